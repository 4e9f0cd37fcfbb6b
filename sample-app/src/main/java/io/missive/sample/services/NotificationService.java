package io.missive.sample.services;

import io.missive.sample.bus.Bus;
import io.missive.sample.bus.Idempotent;
import io.missive.sample.bus.Journal;
import io.missive.sample.messages.GetOrderQuery;
import io.missive.sample.messages.OrderPlaced;
import io.missive.sample.messages.OrderPlacedEvent;
import io.missive.sample.messages.ShipmentDispatchedEvent;
import java.util.ArrayList;
import java.util.List;

/**
 * Emails customers. For {@code OrderPlaced} (event-carried state) everything it needs is in the event;
 * for {@code ShipmentDispatched} (a notification, ids only) it calls back with {@code GetOrder}.
 */
public final class NotificationService {

  private final Bus bus;
  private final Journal journal;
  private final List<String> sent = new ArrayList<>();

  public NotificationService(Bus bus, Journal journal) {
    this.bus = bus;
    this.journal = journal;
    bus.subscribe(OrderPlacedEvent.class, Idempotent.of("notifications", journal, this::confirm));
    bus.subscribe(ShipmentDispatchedEvent.class, Idempotent.of("notifications", journal, this::announceShipment));
  }

  private void confirm(OrderPlacedEvent event) {
    OrderPlaced order = event.data();
    if (order.customerEmail().equals("(unknown)")) {
      journal.say("        notifications: no email in an upcast v1 event, no confirmation sent");
      return;
    }
    send(order.customerEmail(), "Thank you " + order.customerName() + ", order " + order.orderId() + " is placed ("
        + order.total() + ")", "from the event itself");
  }

  private void announceShipment(ShipmentDispatchedEvent event) {
    OrderView order =
        bus.ask(GetOrderQuery.builder().orderId(event.data().orderId()).causedBy(event).build(), OrderView.class);
    send(order.customerEmail(), "Order " + order.orderId() + " is on its way (" + event.data().shipmentId() + ")",
        "after calling back with GetOrder");
  }

  private void send(String to, String text, String how) {
    sent.add(to + ": " + text);
    journal.say("        notifications: emailed " + to + " \"" + text + "\" (" + how + ")");
  }

  /** Every email sent, as "to: text". */
  public List<String> sent() {
    return List.copyOf(sent);
  }
}
