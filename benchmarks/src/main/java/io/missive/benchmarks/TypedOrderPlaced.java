package io.missive.benchmarks;

import io.missive.DomainEvent;
import io.missive.Upcast;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The benchmarks' message with a typed upcaster: the same order as {@link OrderPlaced}, at version 2,
 * whose version 1 (locked in src/main/missive) is read into the frozen {@code TypedOrderPlacedEvent.V1}.
 */
@DomainEvent(source = "order-service", version = 2)
public interface TypedOrderPlaced {
  String orderId();

  String customerId();

  List<LineItem> items();

  BigDecimal total();

  /** v1: {"orderId": "ord-123", "customerId": "cust-456", "items": [...], "amount": 59.98} */
  @Upcast(from = 1)
  static TypedOrderPlaced amountBecameTotal(TypedOrderPlacedEvent.V1 v1) {
    List<LineItem> items = new ArrayList<>(v1.items().size());
    for (TypedOrderPlacedEvent.V1.LineItem item : v1.items()) {
      items.add(new LineItem(item.productId(), item.quantity(), item.price()));
    }
    return new TypedOrderPlacedData(v1.orderId(), v1.customerId(), items, v1.amount());
  }
}
