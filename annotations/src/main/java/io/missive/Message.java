package io.missive;

import java.time.Instant;

/**
 * The envelope every generated message implements: metadata plus an immutable payload.
 *
 * <p>Buses, stores and loggers can handle any message through this contract. Implementations are
 * immutable and compare by value.
 *
 * @param <D> the payload interface (the annotated interface)
 */
public interface Message<D> {

  /** A unique id (a UUIDv7 string by default), used by consumers for idempotency. Never empty. */
  String id();

  /** The message type, by default the payload interface's simple name, such as {@code OrderPlaced}. */
  String type();

  /** The service or component that sent the message. */
  String source();

  /** When the message was created. */
  Instant timestamp();

  /** The schema version of the payload. */
  int version();

  /** The id shared by every message of one flow; the message's own id when it starts a flow. */
  String correlationId();

  /** The id of the message that caused this one, or {@code null} when nothing caused it. */
  String causationId();

  /** The immutable payload. */
  D data();
}
