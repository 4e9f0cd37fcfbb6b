package io.missive.benchmarks;

import io.missive.DomainEvent;
import io.missive.Upcast;
import io.missive.json.JsonObject;
import java.math.BigDecimal;
import java.util.List;

/** The benchmarks' message: an order with its line items, at version 2. */
@DomainEvent(source = "order-service", version = 2)
public interface OrderPlaced {
  String orderId();

  String customerId();

  List<LineItem> items();

  BigDecimal total();

  /** v1: {"orderId": "ord-123", "customerId": "cust-456", "items": [...], "amount": 59.98} */
  @Upcast(from = 1)
  static void amountBecameTotal(JsonObject data) {
    data.rename("amount", "total");
  }
}
