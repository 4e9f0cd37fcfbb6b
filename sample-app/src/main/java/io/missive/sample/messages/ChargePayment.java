package io.missive.sample.messages;

import io.missive.Command;
import java.math.BigDecimal;

/**
 * Asks the payment service to charge a card. The order service does not send it: it charges by a plain
 * method call, since it cannot answer {@code PlaceOrder} before it knows whether the charge went
 * through, and there is one payment service. The command is the same request as a message, so that the
 * app can time both ways; the type is ready should the charge ever have to cross a broker.
 */
@Command
public interface ChargePayment {
  String orderId();

  /** The card to charge; a token, never the number. */
  String paymentToken();

  BigDecimal amount();
}
