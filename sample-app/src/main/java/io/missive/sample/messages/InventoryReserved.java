package io.missive.sample.messages;

import io.missive.DomainEvent;
import io.missive.PartitionKey;
import java.util.List;

/** Stock was set aside for every line of an order. */
@DomainEvent(source = "inventory-service")
public interface InventoryReserved {
  @PartitionKey
  String orderId();

  List<LineItem> items();
}
