package io.missive.sample.messages;

import io.missive.DomainEvent;
import io.missive.PartitionKey;
import io.missive.Upcast;
import java.math.BigDecimal;
import java.util.List;

/**
 * An order was accepted. Event-carried state transfer: it carries everything its consumers need
 * (the customer's name and email, the lines, the total), so none of them calls back.
 */
@DomainEvent(version = 2)
public interface OrderPlaced {
  @PartitionKey
  String orderId();

  String customerId();

  String customerName();

  String customerEmail();

  List<LineItem> items();

  BigDecimal total();

  /**
   * Version 1, as older producers still write it, carried no customer details:
   * {@code {"orderId":"ord-1","customerId":"cust-1","items":[...],"total":59.98}}. Version 2 added
   * {@code customerName} and {@code customerEmail}; for old events they are not known. Written against
   * types: {@code OrderPlacedEvent.V1} is version 1 as it was, generated from the committed snapshot
   * {@code src/main/missive/OrderPlaced/1.schema.json}, so javac checks this method.
   */
  @Upcast(from = 1)
  static OrderPlaced customerDetailsAdded(OrderPlacedEvent.V1 v1) {
    List<LineItem> items =
        v1.items().stream().map(item -> new LineItem(item.productId(), item.quantity(), item.unitPrice())).toList();
    return new OrderPlacedData(v1.orderId(), v1.customerId(), "(unknown)", "(unknown)", items, v1.total());
  }
}
