package io.missive.it.orders;

import java.math.BigDecimal;

/** One line of an order. */
public record LineItem(String productId, int quantity, BigDecimal price) {}
