package io.missive.it.orders;

/** A supertype whose accessor becomes a payload field of every message that extends it. */
public interface HasCustomer {
  String customerId();
}
