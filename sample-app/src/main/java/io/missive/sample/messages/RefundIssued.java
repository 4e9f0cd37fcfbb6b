package io.missive.sample.messages;

import io.missive.DomainEvent;
import io.missive.PartitionKey;
import java.math.BigDecimal;

/** Money went back to the customer. */
@DomainEvent(source = "payment-service")
public interface RefundIssued {
  @PartitionKey
  String orderId();

  PaymentId paymentId();

  BigDecimal amount();
}
