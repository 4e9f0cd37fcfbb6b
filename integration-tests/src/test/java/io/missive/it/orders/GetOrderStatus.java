package io.missive.it.orders;

import io.missive.Query;

@Query(type = "orders.GetOrderStatus")
public interface GetOrderStatus {
  String orderId();
}
