package io.missive.kafka;

import io.missive.Message;
import java.util.Map;
import java.util.Objects;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * {@link MessageSerializer} and {@link MessageDeserializer} as one {@link Serde}, for where a serde is
 * named by its class and configured by properties: Kafka Streams'
 * {@code default.value.serde}, which Kafka Streams makes with this constructor and configures with
 * the application's properties ({@link MissiveKafkaConfig#MODE}, {@link MissiveKafkaConfig#MESSAGES},
 * {@link MissiveKafkaConfig#UNKNOWN_TYPES}).
 *
 * <pre>{@code
 * props.put(StreamsConfig.DEFAULT_KEY_SERDE_CLASS_CONFIG, Serdes.StringSerde.class);
 * props.put(StreamsConfig.DEFAULT_VALUE_SERDE_CLASS_CONFIG, MessageSerde.class);
 * props.put(MissiveKafkaConfig.MODE, "structured");
 * }</pre>
 *
 * <p>A record serde: a state store needs {@link StateStoreSerde}, so give every {@code Materialized}
 * and {@code StreamJoined} that one (the default serde in a store fails at its first write, saying so).
 */
public final class MessageSerde implements Serde<Message<?>> {

  private final MessageSerializer serializer;
  private final MessageDeserializer deserializer;

  /** A serde configured by properties, as {@code new MessageSerializer()} and {@code new MessageDeserializer()} are. */
  public MessageSerde() {
    this(new MessageSerializer(), new MessageDeserializer());
  }

  /** A serde of these two, which {@link #configure} configures in turn. */
  public MessageSerde(MessageSerializer serializer, MessageDeserializer deserializer) {
    this.serializer = Objects.requireNonNull(serializer, "serializer");
    this.deserializer = Objects.requireNonNull(deserializer, "deserializer");
  }

  @Override
  public void configure(Map<String, ?> configs, boolean isKey) {
    serializer.configure(configs, isKey);
    deserializer.configure(configs, isKey);
  }

  @Override
  public Serializer<Message<?>> serializer() {
    return serializer;
  }

  @Override
  public Deserializer<Message<?>> deserializer() {
    return deserializer;
  }

  @Override
  public void close() {
    serializer.close();
    deserializer.close();
  }
}
