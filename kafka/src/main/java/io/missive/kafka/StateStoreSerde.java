package io.missive.kafka;

import io.missive.Message;
import io.missive.MessageCodec;
import io.missive.MessageFormatException;
import io.missive.MessageJsonReader;
import java.util.Objects;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * The serde of messages kept in a Kafka Streams state store ({@code toTable}, {@code aggregate},
 * {@code reduce}, any {@code Materialized}): each value is the whole CloudEvents JSON
 * ({@link Message#toJsonBytes()}), and headers are neither written nor read.
 *
 * <pre>{@code
 * KTable<String, Message<?>> latest = orders.toTable(
 *     Materialized.<String, Message<?>, KeyValueStore<Bytes, byte[]>>as("latest-by-order")
 *         .withKeySerde(Serdes.String())
 *         .withValueSerde(StateStoreSerde.of(OrderPlacedEvent.JSON, OrderShippedEvent.JSON)));
 * }</pre>
 *
 * <p>A store keeps a value's bytes but not headers of its own: Kafka Streams hands the store's serde
 * the headers of the record being processed, whatever value it writes or reads. {@link
 * MessageSerializer} and {@link MessageDeserializer} go by headers (binary mode keeps every attribute
 * in them), so as a store's serde they would read a stored value with another record's attributes, and
 * write a stored message's attributes into the record in flight. This serde's values carry all of a
 * message, so the record's headers are left as they are. It is configured in code: properties do not
 * change it. Thread-safe.
 */
public final class StateStoreSerde implements Serde<Message<?>> {

  /** How Kafka Streams names a state store's topic: {@code <application.id>-<store>-changelog}. */
  private static final String CHANGELOG = "-changelog";

  private final MessageJsonReader reader;

  /** A serde of the messages {@code reader} reads (with its options: unknown types, limits). */
  public StateStoreSerde(MessageJsonReader reader) {
    this.reader = Objects.requireNonNull(reader, "reader");
  }

  /** A serde of the given message types, such as {@code OrderPlacedEvent.JSON}. */
  public static StateStoreSerde of(MessageCodec<?>... codecs) {
    return new StateStoreSerde(MessageJsonReader.of(codecs));
  }

  /**
   * Whether {@code topic} is named as a Kafka Streams state store's changelog, the topic a store's
   * serde is handed, where the record serdes cannot work.
   */
  static boolean isStoreTopic(String topic) {
    return topic != null && topic.endsWith(CHANGELOG);
  }

  /** The reader of stored values. */
  public MessageJsonReader reader() {
    return reader;
  }

  @Override
  public Serializer<Message<?>> serializer() {
    return new Writer();
  }

  @Override
  public Deserializer<Message<?>> deserializer() {
    return new Reader();
  }

  /** Writes the whole event; a {@code null} message is a {@code null} value. */
  private static final class Writer implements Serializer<Message<?>> {
    @Override
    public byte[] serialize(String topic, Message<?> message) {
      return message == null ? null : message.toJsonBytes();
    }

    @Override
    public byte[] serialize(String topic, Headers headers, Message<?> message) {
      return serialize(topic, message);
    }
  }

  /** Reads the whole event, whatever the headers say; a {@code null} value is {@code null}. */
  private final class Reader implements Deserializer<Message<?>> {
    @Override
    public Message<?> deserialize(String topic, byte[] data) {
      if (data == null) {
        return null;
      }
      try {
        return reader.read(data);
      } catch (MessageFormatException e) {
        throw new MessageFormatException(
            e.messageType(), e.path(), e.problem() + " (value of state store topic " + topic + ")", e);
      }
    }

    @Override
    public Message<?> deserialize(String topic, Headers headers, byte[] data) {
      return deserialize(topic, data);
    }
  }
}
