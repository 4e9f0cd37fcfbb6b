package io.missive.benchmarks;

import java.math.BigDecimal;

/** One line of an order; Missive and Jackson read and write the same record. */
public record LineItem(String productId, int quantity, BigDecimal price) {}
