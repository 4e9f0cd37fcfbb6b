package io.missive.sample.messages;

import java.math.BigDecimal;

/** One line of an order. */
public record LineItem(String productId, int quantity, BigDecimal unitPrice) {

  /** quantity × unit price. */
  public BigDecimal subtotal() {
    return unitPrice.multiply(BigDecimal.valueOf(quantity));
  }
}
