package io.missive.sample.messages;

import io.missive.DomainEvent;

/**
 * An order left the warehouse. Event notification: only ids; a consumer that needs the details asks
 * for them with {@link GetOrder}.
 */
@DomainEvent(source = "shipping-service")
public interface ShipmentDispatched {
  String orderId();

  String shipmentId();
}
