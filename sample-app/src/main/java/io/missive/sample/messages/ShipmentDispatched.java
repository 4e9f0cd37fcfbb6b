package io.missive.sample.messages;

import io.missive.DomainEvent;
import io.missive.PartitionKey;

/**
 * An order left the warehouse. Event notification: only ids; a consumer that needs the details asks
 * for them with {@link GetOrder}.
 */
@DomainEvent(source = "shipping-service")
public interface ShipmentDispatched {
  @PartitionKey
  String orderId();

  String shipmentId();
}
