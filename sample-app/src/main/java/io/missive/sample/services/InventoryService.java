package io.missive.sample.services;

import io.missive.sample.bus.Bus;
import io.missive.sample.bus.Idempotent;
import io.missive.sample.bus.Journal;
import io.missive.sample.messages.InventoryReservedEvent;
import io.missive.sample.messages.LineItem;
import io.missive.sample.messages.OrderCancelledEvent;
import io.missive.sample.messages.OrderPlacedEvent;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Keeps stock: reserves it when an order is placed, releases it when an order is cancelled. */
public final class InventoryService {

  private final Bus bus;
  private final Journal journal;
  private final Map<String, Integer> stock;
  private final Map<String, List<LineItem>> reservations = new HashMap<>();

  public InventoryService(Bus bus, Journal journal, Map<String, Integer> stock) {
    this.bus = bus;
    this.journal = journal;
    this.stock = new LinkedHashMap<>(stock);
    bus.subscribe(OrderPlacedEvent.class, Idempotent.of("inventory", journal, this::reserve));
    bus.subscribe(OrderCancelledEvent.class, Idempotent.of("inventory", journal, this::release));
  }

  boolean canReserve(LineItem item) {
    return available(item.productId()) >= item.quantity();
  }

  public int available(String productId) {
    return stock.getOrDefault(productId, 0);
  }

  private void reserve(OrderPlacedEvent event) {
    List<LineItem> items = event.data().items();
    for (LineItem item : items) {
      stock.merge(item.productId(), -item.quantity(), Integer::sum);
    }
    reservations.put(event.data().orderId(), items);
    journal.say("        inventory: reserved " + items.size() + " line(s) for " + event.data().orderId());
    bus.publish(InventoryReservedEvent.builder().orderId(event.data().orderId()).items(items).causedBy(event).build());
  }

  private void release(OrderCancelledEvent event) {
    List<LineItem> items = reservations.remove(event.data().orderId());
    if (items != null) {
      for (LineItem item : items) {
        stock.merge(item.productId(), item.quantity(), Integer::sum);
      }
      journal.say("        inventory: released the stock of " + event.data().orderId());
    }
  }
}
