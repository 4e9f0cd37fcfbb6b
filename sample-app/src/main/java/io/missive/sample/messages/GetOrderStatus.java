package io.missive.sample.messages;

import io.missive.Query;

/** Asks for the status of an order; answered with an {@code OrderStatus}, changes nothing. */
@Query
public interface GetOrderStatus {
  String orderId();
}
