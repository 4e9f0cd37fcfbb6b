package io.missive.sample.messages;

import io.missive.Query;

/** Asks for the details of an order; what a consumer of a notification event calls back with. */
@Query
public interface GetOrder {
  String orderId();
}
