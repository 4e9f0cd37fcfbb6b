package io.missive.kafka.orders;

import io.missive.DomainEvent;
import io.missive.Upcast;
import io.missive.json.JsonObject;
import java.math.BigDecimal;
import java.util.List;

/** An order was placed; version 2 added the customer's name. */
@DomainEvent(version = 2, source = "order-service")
public interface OrderPlaced {
  String orderId();

  String customerId();

  String customerName();

  List<Line> lines();

  BigDecimal total();

  /** One line of the order. */
  record Line(String sku, int quantity, BigDecimal price) {}

  /** Version 1 had no customer name. */
  @Upcast(from = 1)
  static void customerNameAdded(JsonObject data) {
    data.put("customerName", "(unknown)");
  }
}
