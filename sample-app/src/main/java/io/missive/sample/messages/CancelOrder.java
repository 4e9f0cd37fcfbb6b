package io.missive.sample.messages;

import io.missive.Command;

/** Asks the order service to cancel an order that has not shipped yet. */
@Command
public interface CancelOrder {
  String orderId();

  String reason();
}
