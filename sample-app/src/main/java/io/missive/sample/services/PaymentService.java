package io.missive.sample.services;

import io.missive.sample.bus.Idempotent;
import io.missive.sample.bus.Journal;
import io.missive.sample.bus.MessageBus;
import io.missive.sample.messages.OrderCancelledEvent;
import io.missive.sample.messages.RefundIssuedEvent;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/** Charges cards (a token ending in "declined" is declined) and refunds cancelled orders. */
public final class PaymentService {

  /** The outcome of a charge. */
  public record Charge(boolean approved, String paymentId, BigDecimal amount) {}

  private final MessageBus bus;
  private final Map<String, Charge> charges = new HashMap<>();
  private int nextPayment = 1;

  public PaymentService(MessageBus bus, Journal journal) {
    this.bus = bus;
    bus.subscribe(OrderCancelledEvent.class, Idempotent.of("payments", journal, this::refund));
  }

  Charge charge(String orderId, String token, BigDecimal amount) {
    if (token.endsWith("declined")) {
      return new Charge(false, null, amount);
    }
    Charge charge = new Charge(true, "pay-" + nextPayment++, amount);
    charges.put(orderId, charge);
    return charge;
  }

  private void refund(OrderCancelledEvent event) {
    Charge charge = charges.remove(event.data().orderId());
    if (charge != null) {
      bus.publish(
          RefundIssuedEvent.builder()
              .orderId(event.data().orderId())
              .paymentId(charge.paymentId())
              .amount(charge.amount())
              .causedBy(event)
              .build());
    }
  }
}
