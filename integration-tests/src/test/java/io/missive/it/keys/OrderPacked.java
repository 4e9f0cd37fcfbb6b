package io.missive.it.keys;

import io.missive.DomainEvent;
import io.missive.PartitionKey;

/** An event keyed by a String: the order it belongs to. */
@DomainEvent(source = "warehouse")
public interface OrderPacked {
  @PartitionKey
  String orderId();

  int parcels();
}
