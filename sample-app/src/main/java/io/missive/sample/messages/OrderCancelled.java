package io.missive.sample.messages;

import io.missive.DomainEvent;
import io.missive.PartitionKey;

/** An order was cancelled before it shipped. */
@DomainEvent
public interface OrderCancelled {
  @PartitionKey
  String orderId();

  String reason();
}
