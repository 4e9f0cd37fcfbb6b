package io.missive.sample.messages;

import io.missive.Command;
import java.util.List;

/** Asks the order service to place an order. It is accepted or rejected for a business reason. */
@Command
public interface PlaceOrder {
  String customerId();

  List<LineItem> items();

  /** The card to charge; a token, never the number. */
  String paymentToken();
}
