package io.missive;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

/**
 * The metadata half of every generated builder: id, timestamp, correlation and causation. The
 * generated {@code Builder} adds a setter per payload field and {@code build()}, which hands the
 * fields here to {@link AbstractMessage}'s constructor.
 *
 * <p>Every setter is optional: an unset id is a new UUIDv7, an unset timestamp the clock's time when
 * the message is built, an unset correlation id the message's own id (it starts a flow).
 *
 * @param <B> the generated builder, which every setter returns
 */
public abstract class MessageBuilder<B extends MessageBuilder<B>> {

  /** The clock the timestamp is read from; for generated code. */
  protected final Clock clock;
  /** The id set, or null; for generated code. */
  protected String id;
  /** The timestamp set, or null; for generated code. */
  protected Instant timestamp;
  /** The correlation id set, or null; for generated code. */
  protected String correlationId;
  /** The causation id set, or null; for generated code. */
  protected String causationId;

  /** For generated code: a builder that takes the time from {@code clock}. */
  protected MessageBuilder(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Sets the id; by default a new UUIDv7 from {@link MessageIds#next()}.
   *
   * @throws IllegalArgumentException if {@code id} is empty
   */
  public final B id(String id) {
    if (Objects.requireNonNull(id, "id").isEmpty()) {
      throw new IllegalArgumentException("id must not be empty");
    }
    this.id = id;
    return self();
  }

  /** Sets the timestamp; by default the clock's time when the message is built. */
  public final B timestamp(Instant timestamp) {
    this.timestamp = Objects.requireNonNull(timestamp, "timestamp");
    return self();
  }

  /**
   * Sets the correlation id; by default the message's own id.
   *
   * @throws IllegalArgumentException if {@code correlationId} is empty
   */
  public final B correlationId(String correlationId) {
    if (Objects.requireNonNull(correlationId, "correlationId").isEmpty()) {
      throw new IllegalArgumentException("correlationId must not be empty");
    }
    this.correlationId = correlationId;
    return self();
  }

  /** Sets the id of the message that caused this one; {@code null} for none. */
  public final B causationId(String causationId) {
    this.causationId = causationId;
    return self();
  }

  /**
   * Continues the flow of {@code cause}: copies its correlation id and takes its id as the causation
   * id.
   */
  public final B causedBy(Message<?> cause) {
    Objects.requireNonNull(cause, "cause");
    this.correlationId = cause.correlationId();
    this.causationId = cause.id();
    return self();
  }

  @SuppressWarnings("unchecked")
  private B self() {
    return (B) this;
  }

  /**
   * For generated code: the exception for a {@code build()} with required fields unset.
   *
   * @param what the message built, such as {@code OrderPlacedEvent (type OrderPlaced)}
   * @param namesAndValues each required field's name followed by its value, null when unset
   * @return an exception whose message names every unset field
   */
  protected static IllegalStateException missingFields(String what, Object... namesAndValues) {
    StringBuilder missing = new StringBuilder();
    for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
      if (namesAndValues[i + 1] == null) {
        missing.append(missing.length() == 0 ? "" : ", ").append(namesAndValues[i]);
      }
    }
    return new IllegalStateException("Cannot build " + what + ": missing " + missing);
  }
}
