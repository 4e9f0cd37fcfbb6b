package io.missive.sample.services;

/** Where an order stands. */
public enum OrderStatus {
  PLACED,
  RESERVED,
  SHIPPED,
  CANCELLED
}
