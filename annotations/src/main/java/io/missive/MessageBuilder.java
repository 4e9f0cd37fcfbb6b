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

  /**
   * Sets a CloudEvents extension attribute (or optional attribute such as {@code subject}), kept in
   * {@link Message#extensions()} and written after Missive's own attributes.
   *
   * @param name lower-case letters and digits, as CloudEvents requires, such as {@code tenantid};
   *     not one of the attributes Missive writes itself ({@code id}, {@code type}, ...)
   * @param value a {@link String}, {@link Integer} or {@link Boolean}; {@code null} removes it
   * @throws IllegalArgumentException if the name or the value's type is not one CloudEvents allows
   */
  B extension(String name, Object value);

  /** Sets the CloudEvents {@code subject} attribute, such as the order id; {@code null} for none. */
  default B subject(String subject) {
    return extension("subject", subject);
  }

  /** Sets the CloudEvents {@code dataschema} attribute, a URI of the payload's schema; {@code null} for none. */
  default B dataSchema(String dataSchema) {
    return extension("dataschema", dataSchema);
  }

  /**
   * Sets the W3C Trace Context {@code traceparent} extension (CloudEvents distributed tracing), such
   * as {@code 00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01}; {@code null} for none.
   */
  default B traceParent(String traceParent) {
    return extension("traceparent", traceParent);
  }

  /** Sets the W3C Trace Context {@code tracestate} extension; {@code null} for none. */
  default B traceState(String traceState) {
    return extension("tracestate", traceState);
  }

  /**
   * Sets the CloudEvents {@code partitionkey} extension (the Partitioning extension): the key that
   * keeps related messages in order, such as the order id. The Kafka binding uses it as the record
   * key. {@code null} for none.
   */
  default B partitionKey(String partitionKey) {
    return extension("partitionkey", partitionKey);
  }
}
