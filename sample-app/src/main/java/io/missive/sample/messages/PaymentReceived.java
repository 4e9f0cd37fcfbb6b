package io.missive.sample.messages;

import io.missive.DomainEvent;
import java.math.BigDecimal;

/** The customer's card was charged for an order. */
@DomainEvent
public interface PaymentReceived {
  String orderId();

  PaymentId paymentId();

  PaymentMethod method();

  BigDecimal amount();
}
