package io.missive.internal;

import io.missive.EventMessage;
import java.time.Clock;
import java.time.Instant;

/**
 * The base class of every generated event envelope: an {@link AbstractMessage} that implements
 * {@link EventMessage}. For generated code.
 *
 * @param <D> the payload interface (the annotated interface)
 */
public abstract class AbstractEvent<D> extends AbstractMessage<D> implements EventMessage<D> {

  /** As {@link AbstractMessage#AbstractMessage(String, String, Instant, String, String, Object)}. */
  protected AbstractEvent(
      String id, String source, Instant time, String correlationId, String causationId, D data) {
    super(id, source, time, correlationId, causationId, data);
  }

  /**
   * As {@link AbstractMessage#AbstractMessage(Clock, String, Instant, String, String, String,
   * Object)}.
   */
  protected AbstractEvent(
      Clock clock,
      String id,
      Instant time,
      String correlationId,
      String causationId,
      String source,
      D data) {
    super(clock, id, time, correlationId, causationId, source, data);
  }
}
