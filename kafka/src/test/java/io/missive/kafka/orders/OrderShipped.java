package io.missive.kafka.orders;

import io.missive.DomainEvent;

/** An order left the warehouse. */
@DomainEvent(source = "shipping-service")
public interface OrderShipped {
  String orderId();

  String carrier();

  long sequence();
}
