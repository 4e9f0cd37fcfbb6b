package io.missive.it.orders;

import io.missive.DomainEvent;
import io.missive.Sensitive;
import java.math.BigDecimal;

/** A payload with values that must not show in logs. */
@DomainEvent(source = "payment-service")
public interface CardCharged {
  String orderId();

  @Sensitive
  String cardNumber();

  BigDecimal amount();

  @Sensitive
  @Nullable
  String holder();
}
