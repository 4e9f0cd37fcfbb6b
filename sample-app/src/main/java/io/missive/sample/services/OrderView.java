package io.missive.sample.services;

import io.missive.sample.messages.LineItem;
import java.math.BigDecimal;
import java.util.List;

/** The answer to {@code GetOrder}: an order as the order service knows it. */
public record OrderView(
    String orderId,
    String customerName,
    String customerEmail,
    List<LineItem> items,
    BigDecimal total,
    OrderStatus status) {

  @Override
  public String toString() {
    return orderId + " for " + customerName + " <" + customerEmail + ">, " + items.size() + " line(s), " + total
        + ", " + status;
  }
}
