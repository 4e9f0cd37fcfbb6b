package io.missive.sample.messages;

import io.missive.DomainEvent;
import io.missive.PartitionKey;
import java.math.BigDecimal;

/** The customer's card was charged for an order. */
@DomainEvent
public interface PaymentReceived {
  @PartitionKey
  String orderId();

  PaymentId paymentId();

  PaymentMethod method();

  BigDecimal amount();
}
