package io.missive.sample.services;

import io.missive.sample.bus.Bus;
import io.missive.sample.bus.CommandResult;
import io.missive.sample.bus.Idempotent;
import io.missive.sample.bus.Journal;
import io.missive.sample.messages.ChargePayment;
import io.missive.sample.messages.ChargePaymentCommand;
import io.missive.sample.messages.OrderCancelledEvent;
import io.missive.sample.messages.PaymentId;
import io.missive.sample.messages.RefundIssuedEvent;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Charges cards (a token ending in "declined" is declined) and refunds cancelled orders. The order
 * service charges by calling {@link #charge} directly; the same charge is also taken as a
 * {@code ChargePayment} command from the bus, answered once per command id.
 */
public final class PaymentService {

  /** The outcome of a charge. */
  public record Charge(boolean approved, PaymentId paymentId, BigDecimal amount) {}

  private static final int REMEMBERED = 10_000;

  private final Bus bus;
  private final Map<String, Charge> charges = new HashMap<>();
  /**
   * The answer given to each recent command id: a broker may deliver a command twice, and a card must be
   * charged once. A real service keeps them as long as its broker may redeliver; here, the last
   * {@value #REMEMBERED} commands.
   */
  private final Map<String, CommandResult> answered =
      new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, CommandResult> eldest) {
          return size() > REMEMBERED;
        }
      };
  private int nextPayment = 1;
  private int declined;

  public PaymentService(Bus bus, Journal journal) {
    this.bus = bus;
    bus.subscribe(OrderCancelledEvent.class, Idempotent.of("payments", journal, this::refund));
    bus.handleCommands(ChargePaymentCommand.class, this::charge);
  }

  /** Charges {@code amount} to the card behind {@code token} for {@code orderId}, and says how it went. */
  public Charge charge(String orderId, String token, BigDecimal amount) {
    if (token.endsWith("declined")) {
      declined++;
      return new Charge(false, null, amount);
    }
    Charge charge = new Charge(true, PaymentId.of("pay-" + nextPayment++), amount);
    charges.put(orderId, charge);
    return charge;
  }

  /** The charge as a command: a redelivered command (same id) gets its first answer and charges nothing. */
  private CommandResult charge(ChargePaymentCommand command) {
    return answered.computeIfAbsent(command.id(), id -> {
      ChargePayment request = command.data();
      Charge charge = charge(request.orderId(), request.paymentToken(), request.amount());
      return charge.approved() ? CommandResult.accepted(charge.paymentId().value()) : CommandResult.rejected("declined");
    });
  }

  /** How many charges were approved so far. */
  public int approvedCharges() {
    return nextPayment - 1;
  }

  /** How many charges were declined so far. */
  public int declinedCharges() {
    return declined;
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
