package io.missive.sample.messages;

import io.missive.DomainEvent;

/** An order was cancelled before it shipped. */
@DomainEvent
public interface OrderCancelled {
  String orderId();

  String reason();
}
