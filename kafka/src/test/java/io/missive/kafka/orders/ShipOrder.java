package io.missive.kafka.orders;

import io.missive.Command;

/** Asks the warehouse to ship an order. */
@Command(source = "order-service")
public interface ShipOrder {
  String orderId();

  boolean express();
}
