package io.missive.kafka.orders;

import io.missive.Query;

/** Asks for the status of an order. */
@Query(source = "support-desk")
public interface GetOrderStatus {
  String orderId();
}
