package io.missive.sample.messages;

import io.missive.Command;
import io.missive.PartitionKey;

/** Asks the order service to cancel an order that has not shipped yet. */
@Command
public interface CancelOrder {
  @PartitionKey
  String orderId();

  String reason();
}
