package io.missive.internal;

import io.missive.Message;
import io.missive.MessageBuilder;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The metadata half of every generated builder, {@link MessageBuilder} implemented once: the fields
 * the setters fill in. The generated {@code Builder} adds a setter per payload field and
 * {@code build()}, which hands these fields to {@link AbstractMessage}'s constructor.
 *
 * @param <B> the generated builder, which every setter returns
 */
public abstract class AbstractBuilder<B extends AbstractBuilder<B>> implements MessageBuilder<B> {

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
  /** The source of the message copied with {@link #copyMetadata}, or null for the type's own. */
  protected String source;
  /** The extensions set, or null for none; see {@link #extended}. */
  private Map<String, Object> extensions;

  /** For generated code: a builder that takes the time from {@code clock}. */
  protected AbstractBuilder(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public final B id(String id) {
    if (Objects.requireNonNull(id, "id").isEmpty()) {
      throw new IllegalArgumentException("id must not be empty");
    }
    this.id = id;
    return self();
  }

  @Override
  public final B timestamp(Instant timestamp) {
    if (!Rfc3339.canFormat(Objects.requireNonNull(timestamp, "timestamp"))) {
      // Refused here rather than by toJson(), far from the cause.
      throw new IllegalArgumentException(
          "timestamp " + timestamp + " is outside the years 0000 to 9999 that CloudEvents (RFC 3339)"
              + " can hold");
    }
    this.timestamp = timestamp;
    return self();
  }

  @Override
  public final B correlationId(String correlationId) {
    if (Objects.requireNonNull(correlationId, "correlationId").isEmpty()) {
      throw new IllegalArgumentException("correlationId must not be empty");
    }
    this.correlationId = correlationId;
    return self();
  }

  @Override
  public final B causationId(String causationId) {
    if (causationId != null && causationId.isEmpty()) {
      // Written as "causationid":"", it would not be read back: CloudEvents values are not empty.
      throw new IllegalArgumentException("causationId must not be empty; null means none");
    }
    this.causationId = causationId;
    return self();
  }

  @Override
  public final B causedBy(Message<?> cause) {
    Objects.requireNonNull(cause, "cause");
    this.correlationId = cause.correlationId();
    this.causationId = cause.id();
    return self();
  }

  @Override
  public final B extension(String name, Object value) {
    if (value == null) {
      if (extensions != null) {
        extensions.remove(name);
      }
      return self();
    }
    Extensions.check(name, value);
    if (extensions == null) {
      extensions = new LinkedHashMap<>();
    }
    extensions.put(name, value);
    return self();
  }

  /**
   * For generated code ({@code build()}): {@code message}, just built from this builder's fields, with
   * the extensions set on this builder.
   */
  protected final <M extends AbstractMessage<?>> M extended(M message) {
    if (extensions != null && !extensions.isEmpty()) {
      message.initExtensions(extensions);
    }
    return message;
  }

  /**
   * For generated code ({@code toBuilder()}): takes every attribute of {@code message}, its id and
   * source too, so that what is built is the same message with the fields changed that are set after.
   */
  protected final void copyMetadata(Message<?> message) {
    this.id = message.id();
    this.timestamp = message.timestamp();
    this.correlationId = message.correlationId();
    this.causationId = message.causationId();
    this.source = message.source();
    Map<String, Object> copied = message.extensions();
    this.extensions = copied.isEmpty() ? null : new LinkedHashMap<>(copied);
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
