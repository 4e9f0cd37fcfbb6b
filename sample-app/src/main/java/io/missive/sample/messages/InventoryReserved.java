package io.missive.sample.messages;

import io.missive.DomainEvent;
import java.util.List;

/** Stock was set aside for every line of an order. */
@DomainEvent(source = "inventory-service")
public interface InventoryReserved {
  String orderId();

  List<LineItem> items();
}
