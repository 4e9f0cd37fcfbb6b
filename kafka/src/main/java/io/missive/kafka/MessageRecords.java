package io.missive.kafka;

import io.missive.Message;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Builds the {@link ProducerRecord} of a message: its topic, its partition key as the record key, and
 * the message as the value, whose headers {@link MessageSerializer} writes. Kafka hashes the key to
 * pick the partition, so every message with the same partition key (such as every event of one
 * order) lands on one partition, in the order it was sent.
 *
 * <pre>{@code
 * OrderPlacedEvent placed = OrderPlacedEvent.builder().partitionKey(orderId)...build();
 * producer.send(MessageRecords.record("orders", placed));
 * }</pre>
 */
public final class MessageRecords {

  /** The CloudEvents Partitioning extension's attribute: the key of a message. */
  public static final String PARTITION_KEY = "partitionkey";

  private MessageRecords() {}

  /**
   * The record of {@code message} on {@code topic}, keyed by its {@link #partitionKey partition key};
   * without one the key is {@code null} and Kafka spreads such records over the partitions.
   */
  public static ProducerRecord<String, Message<?>> record(String topic, Message<?> message) {
    return new ProducerRecord<>(topic, partitionKey(message), message);
  }

  /**
   * The {@code partitionkey} extension of {@code message} as text, set with the builder's
   * {@code partitionKey(...)}; {@code null} when it has none.
   */
  public static String partitionKey(Message<?> message) {
    Object key = message.extensions().get(PARTITION_KEY);
    return key == null ? null : key.toString();
  }
}
