package io.missive.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import io.missive.Message;
import io.missive.MessageCodec;
import io.missive.MessageIds;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;

/**
 * What every generated envelope shares: its metadata and payload, their accessors, equality by value,
 * {@code toString}, and writing it as JSON through the codec of its class. The generated class adds
 * the codec, which knows the message type and version, the builder and the static {@code fromJson}
 * methods.
 *
 * <p>Two envelopes are equal when they are of the same class and all metadata and payloads are
 * equal. Instances are immutable when the payload is, which the generated records ensure.
 *
 * @param <D> the payload interface (the annotated interface)
 */
public abstract class AbstractMessage<D> implements Message<D> {

  private final String id;
  private final String source;
  private final Instant timestamp;
  private final String correlationId;
  private final String causationId;
  private final D data;
  /**
   * The CloudEvents extensions, null for none. Set at most once, by the builder or the reader, before
   * the message is handed out (the generated constructors do not take them); volatile so that a
   * message passed to another thread without a happens-before edge still shows them.
   */
  private volatile Map<String, Object> extensions;

  /**
   * For generated code: a message with all its metadata given, as read from JSON.
   *
   * @throws NullPointerException if anything but {@code causationId} is null
   */
  protected AbstractMessage(
      String id, String source, Instant timestamp, String correlationId, String causationId, D data) {
    this.id = Objects.requireNonNull(id, "id");
    this.source = Objects.requireNonNull(source, "source");
    this.timestamp = Objects.requireNonNull(timestamp, "timestamp");
    this.correlationId = Objects.requireNonNull(correlationId, "correlationId");
    this.causationId = causationId;
    this.data = Objects.requireNonNull(data, "data");
  }

  /**
   * For generated code: a message built by an {@link AbstractBuilder}, from the metadata set on it
   * (null where unset), whose unset metadata take their defaults. Without a timestamp {@code clock} is
   * read once, and the new id (a UUIDv7 from {@link MessageIds}) takes its time from that reading when
   * the clock is the system clock; without a correlation id the message starts a flow and takes its
   * own id.
   *
   * <p>The builder passes its fields rather than itself, so that a builder used once need not be
   * allocated at all.
   */
  protected AbstractMessage(
      Clock clock,
      String id,
      Instant timestamp,
      String correlationId,
      String causationId,
      String source,
      D data) {
    Instant time = timestamp;
    String messageId = id;
    if (time == null) {
      time = MessageIds.now(clock);
      if (messageId == null) {
        // One reading of the system clock serves both.
        messageId = MessageIds.next(clock, time);
      }
    }
    if (messageId == null) {
      messageId = MessageIds.next();
    }
    this.id = messageId;
    this.source = Objects.requireNonNull(source, "source");
    this.timestamp = time;
    this.correlationId = correlationId != null ? correlationId : messageId;
    this.causationId = causationId;
    this.data = Objects.requireNonNull(data, "data");
  }

  /**
   * For generated code: the codec of this message's class (its {@code JSON} constant), which knows
   * the message type and current version, and writes the message. It must be the generated codec (a
   * {@link CloudEventCodec}) whose {@link MessageCodec#messageClass()} is this object's class, as it
   * is in every generated envelope (a final class).
   */
  protected abstract MessageCodec<?> codec();

  /** The message type, {@link MessageCodec#type()} of the class's codec. */
  @Override
  public final String type() {
    return ownCodec().type();
  }

  /**
   * The current schema version, {@link MessageCodec#version()} of the class's codec: a message read
   * from an older version has been upcast to it.
   */
  @Override
  public final int version() {
    return ownCodec().version();
  }

  /** This message as CloudEvents 1.0 JSON (structured mode), at the current version. */
  @Override
  public final String toJson() {
    return ownCodec().toJson(this);
  }

  /** This message as CloudEvents 1.0 JSON (structured mode) in UTF-8. */
  @Override
  public final byte[] toJsonBytes() {
    return ownCodec().toJsonBytes(this);
  }

  /**
   * Writes this message as one JSON object to {@code generator}, to embed it in other JSON or write it
   * to a stream.
   *
   * @throws IOException if the generator fails
   */
  @Override
  public final void writeJson(JsonGenerator generator) throws IOException {
    ownCodec().write(this, generator);
  }

  /**
   * {@link #codec()} as the generated codec it is, whose methods are final: calls to it need no
   * look-up of the interface's implementation.
   */
  @SuppressWarnings("unchecked") // codec() is the codec of this very class
  private CloudEventCodec<AbstractMessage<D>> ownCodec() {
    return (CloudEventCodec<AbstractMessage<D>>) codec();
  }

  /** The payload as JSON in UTF-8, the {@code data} member of {@link #toJsonBytes()}. */
  @Override
  public final byte[] dataJsonBytes() {
    return ownCodec().dataJsonBytes(this);
  }

  @Override
  public final Map<String, Object> extensions() {
    Map<String, Object> set = extensions;
    return set == null ? Collections.emptyMap() : set;
  }

  /** Sets the extensions of a message being built or read, once, before it is handed out. */
  final void initExtensions(Map<String, Object> given) {
    if (extensions != null) {
      throw new IllegalStateException("the extensions of a message are set once");
    }
    extensions = Extensions.copy(given);
  }

  @Override
  public final String id() {
    return id;
  }

  @Override
  public final String source() {
    return source;
  }

  @Override
  public final Instant timestamp() {
    return timestamp;
  }

  @Override
  public final String correlationId() {
    return correlationId;
  }

  @Override
  public final String causationId() {
    return causationId;
  }

  @Override
  public final D data() {
    return data;
  }

  @Override
  public final boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || other.getClass() != getClass()) {
      return false;
    }
    AbstractMessage<?> that = (AbstractMessage<?>) other;
    return id.equals(that.id)
        && source.equals(that.source)
        && timestamp.equals(that.timestamp)
        && correlationId.equals(that.correlationId)
        && Objects.equals(causationId, that.causationId)
        && data.equals(that.data)
        && extensions().equals(that.extensions());
  }

  @Override
  public final int hashCode() {
    return Objects.hash(id, source, timestamp, correlationId, causationId, data, extensions());
  }

  /**
   * The class, then every attribute and the payload:
   * {@code OrderPlacedEvent{id=..., type=OrderPlaced, source=..., ..., data=OrderPlacedData[...]}}.
   */
  @Override
  public final String toString() {
    return getClass().getSimpleName()
        + "{id=" + id
        + ", type=" + type()
        + ", source=" + source
        + ", timestamp=" + timestamp
        + ", version=" + version()
        + ", correlationId=" + correlationId
        + ", causationId=" + causationId
        + (extensions().isEmpty() ? "" : ", extensions=" + extensions())
        + ", data=" + data
        + '}';
  }
}
