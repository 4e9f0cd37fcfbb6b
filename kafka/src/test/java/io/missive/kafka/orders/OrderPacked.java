package io.missive.kafka.orders;

import io.missive.DomainEvent;
import io.missive.PartitionKey;

/** Parcels of an order were packed; keyed by the order, so its events stay in order. */
@DomainEvent(source = "warehouse-service")
public interface OrderPacked {
  @PartitionKey
  String orderId();

  long sequence();
}
