package io.missive.sample.messages;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The payment service's id of a charge, as a value object: only {@link #of} makes one, and it checks
 * the form. Jackson's two annotations make it a payload type, written as its text ({@code "pay-1"}).
 */
public final class PaymentId {

  private final String value;

  private PaymentId(String value) {
    this.value = value;
  }

  /** The id {@code value}, such as {@code pay-1}. */
  @JsonCreator
  public static PaymentId of(String value) {
    if (!value.matches("pay-[0-9]+")) {
      throw new IllegalArgumentException("not a payment id: " + value);
    }
    return new PaymentId(value);
  }

  @JsonValue
  public String value() {
    return value;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PaymentId id && id.value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return value;
  }
}
