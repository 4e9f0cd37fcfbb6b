package io.missive.kafka;

import io.missive.Message;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * A record of a poll that {@link MessageDispatcher#dispatch(ConsumerRecords)} could not handle: its
 * handler, the {@link MessageDispatcher.Builder#otherwise otherwise} handler or the {@link
 * ProcessedMessages} store threw (the {@linkplain #getCause() cause}), or its value is {@code null}
 * because Spring Kafka's {@code ErrorHandlingDeserializer} could not deserialize it (no cause). The
 * dispatcher stops at the first such record, so the exception says where the poll stopped:
 *
 * <pre>{@code
 * try {
 *   dispatcher.dispatch(consumer.poll(Duration.ofMillis(500)));
 * } catch (DispatchException e) {
 *   e.unhandled().forEach(consumer::seek);   // the next polls redeliver what was not handled
 *   // or, to go past the failed record once it is parked:
 *   // consumer.seek(e.topicPartition(), e.offset() + 1);
 * }
 * consumer.commitSync();                     // commits only what was handled
 * }</pre>
 *
 * <p>{@link #unhandled()} maps each partition of the poll that still has records not handled to the
 * offset of the first of them: the failed record's own offset for its partition, and the offset of
 * the first record of the poll for the partitions the dispatcher had not reached. A partition whose
 * records were all handled (duplicates that {@link ProcessedMessages} skipped and tombstones count as
 * handled) is not in it. Seeking each of them there makes the failed record the next one its
 * partition delivers, and puts the position of every partition of the poll just past what was
 * handled, which is what {@code commitSync()} then commits. Without the seek, the consumer's position
 * is already past the whole poll: a {@code commitSync()} would commit the records that were not
 * handled as if they had been. The partitions are still assigned when the exception reaches the poll
 * loop (the classic consumer rebalances only inside {@code poll()}), so they can be sought; a loop that
 * took longer than {@code max.poll.interval.ms} has left the group, and its seek and commit fail as
 * any would.
 *
 * <p>The records the dispatcher handled before the failed one were remembered by its {@link
 * ProcessedMessages}, so a redelivery of them (after a rebalance, say) is skipped as duplicates.
 */
public final class DispatchException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Not serializable: not kept when the exception is serialized. */
  private final transient ConsumerRecord<?, ?> record;

  private final TopicPartition topicPartition;
  private final long offset;
  private final String messageType;
  private final String messageId;
  private final Map<TopicPartition, OffsetAndMetadata> unhandled;

  DispatchException(
      String message,
      Throwable cause,
      ConsumerRecord<?, ?> record,
      Map<TopicPartition, OffsetAndMetadata> unhandled) {
    super(message, cause);
    this.record = record;
    this.topicPartition = new TopicPartition(record.topic(), record.partition());
    this.offset = record.offset();
    Message<?> value = record.value() instanceof Message<?> m ? m : null;
    this.messageType = value == null ? null : value.type();
    this.messageId = value == null ? null : value.id();
    this.unhandled = Collections.unmodifiableMap(new LinkedHashMap<>(unhandled));
  }

  /**
   * The record that failed, as the consumer returned it: its key, headers and value, the {@link
   * Message} (or {@code null} when Spring's {@code ErrorHandlingDeserializer} could not deserialize
   * it). {@code null} only in a copy of this exception made by Java serialization, which does not
   * keep it.
   */
  public ConsumerRecord<?, ?> record() {
    return record;
  }

  /** The topic and partition of the record that failed. */
  public TopicPartition topicPartition() {
    return topicPartition;
  }

  /** The offset of the record that failed. */
  public long offset() {
    return offset;
  }

  /**
   * The message of the record that failed, whose handler threw; empty when the record had none (its
   * value could not be deserialized), and in a serialized copy of this exception.
   */
  public Optional<Message<?>> message() {
    return record != null && record.value() instanceof Message<?> m
        ? Optional.of(m)
        : Optional.empty();
  }

  /** The CloudEvents {@code type} of the message that failed; empty when there was no message. */
  public Optional<String> messageType() {
    return Optional.ofNullable(messageType);
  }

  /** The CloudEvents {@code id} of the message that failed; empty when there was no message. */
  public Optional<String> messageId() {
    return Optional.ofNullable(messageId);
  }

  /**
   * Per partition of the poll that has records not handled, the offset of the first of them with its
   * leader epoch, in the order the dispatcher went through the partitions (the failed record's
   * partition first, at the failed record's offset): seek each there ({@code
   * e.unhandled().forEach(consumer::seek)}, which takes {@code seek(TopicPartition,
   * OffsetAndMetadata)} and so keeps the consumer's check for a log truncated under it) and the
   * following polls redeliver exactly what was not handled, the failed record first on its partition.
   * The same map is what to commit for those partitions ({@code consumer.commitSync(e.unhandled())}).
   * To go past the failed record instead (once it is parked), seek its partition to {@link #offset()}
   * {@code + 1} after that. Unmodifiable.
   */
  public Map<TopicPartition, OffsetAndMetadata> unhandled() {
    return unhandled;
  }
}
