package io.missive.sample.services;

import io.missive.sample.bus.Bus;
import io.missive.sample.bus.Idempotent;
import io.missive.sample.bus.Journal;
import io.missive.sample.messages.InventoryReservedEvent;
import io.missive.sample.messages.OrderCancelledEvent;
import io.missive.sample.messages.ShipmentDispatchedEvent;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Ships reserved orders when the truck leaves ({@link #dispatch()}), announcing each with a
 * notification event that carries ids only.
 */
public final class ShippingService {

  private final Bus bus;
  private final Map<String, InventoryReservedEvent> ready = new LinkedHashMap<>();
  private int nextShipment = 1;

  public ShippingService(Bus bus, Journal journal) {
    this.bus = bus;
    bus.subscribe(InventoryReservedEvent.class, Idempotent.of("shipping", journal, event -> ready.put(event.data().orderId(), event)));
    bus.subscribe(OrderCancelledEvent.class, Idempotent.of("shipping", journal, event -> ready.remove(event.data().orderId())));
  }

  /** The truck leaves with every order reserved and not cancelled. */
  public void dispatch() {
    for (InventoryReservedEvent reserved : ready.values()) {
      bus.publish(
          ShipmentDispatchedEvent.builder()
              .orderId(reserved.data().orderId())
              .shipmentId("shp-" + nextShipment++)
              .causedBy(reserved)
              .build());
    }
    ready.clear();
  }
}
