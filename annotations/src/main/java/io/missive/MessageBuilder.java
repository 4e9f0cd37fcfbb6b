package io.missive;

import java.time.Instant;

/**
 * The metadata setters of every generated builder: id, timestamp, correlation and causation. The
 * generated {@code Builder} of an envelope ({@code OrderPlacedEvent.builder()}) adds a setter per
 * payload field and {@code build()}.
 *
 * <p>Every setter is optional: an unset id is a new UUIDv7 ({@link MessageIds#next()}), an unset
 * timestamp the builder's clock's time when the message is built, an unset correlation id the
 * message's own id (it starts a flow), an unset causation id none.
 *
 * <pre>{@code
 * OrderPlacedEvent placed = OrderPlacedEvent.builder()
 *     .orderId("ord-123")
 *     ...
 *     .causedBy(placeOrder)     // the same flow as the command, caused by it
 *     .build();
 * }</pre>
 *
 * <p>Only generated builders implement this interface. Builders are mutable and not thread-safe.
 *
 * @param <B> the generated builder, which every setter returns
 */
public interface MessageBuilder<B extends MessageBuilder<B>> {

  /**
   * Sets the id; by default a new UUIDv7 from {@link MessageIds#next()}.
   *
   * @throws IllegalArgumentException if {@code id} is empty
   */
  B id(String id);

  /**
   * Sets the timestamp; by default the clock's time when the message is built.
   *
   * @throws IllegalArgumentException if {@code timestamp} is outside the years 0000 to 9999, which
   *     CloudEvents JSON (RFC 3339) cannot hold
   */
  B timestamp(Instant timestamp);

  /**
   * Sets the correlation id; by default the message's own id.
   *
   * @throws IllegalArgumentException if {@code correlationId} is empty
   */
  B correlationId(String correlationId);

  /**
   * Sets the id of the message that caused this one; {@code null} for none.
   *
   * @throws IllegalArgumentException if {@code causationId} is empty
   */
  B causationId(String causationId);

  /**
   * Continues the flow of {@code cause}: copies its correlation id and takes its id as the causation
   * id.
   */
  B causedBy(Message<?> cause);
}
