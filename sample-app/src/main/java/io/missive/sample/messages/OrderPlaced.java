package io.missive.sample.messages;

import io.missive.DomainEvent;
import io.missive.Upcast;
import io.missive.json.JsonObject;
import io.missive.PartitionKey;
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
   * {@code customerName} and {@code customerEmail}; for old events they are not known.
   */
  @Upcast(from = 1)
  static void customerDetailsAdded(JsonObject data) {
    data.put("customerName", "(unknown)");
    data.put("customerEmail", "(unknown)");
  }
}
