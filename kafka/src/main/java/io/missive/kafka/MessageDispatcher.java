package io.missive.kafka;

import io.missive.Message;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * Hands each message of a poll loop to the handler of its class, once: a message already handled (the
 * same {@code source} and {@code id}, as {@link ProcessedMessages} remembers) is skipped.
 *
 * <pre>{@code
 * MessageDispatcher dispatcher = MessageDispatcher.builder()
 *     .on(OrderPlacedEvent.class, placed -> reserve(placed.data()))
 *     .on(OrderCancelledEvent.class, cancelled -> release(cancelled.data()))
 *     .build();
 * while (running) {
 *   try {
 *     dispatcher.dispatch(consumer.poll(Duration.ofMillis(500)));
 *   } catch (DispatchException e) {
 *     e.unhandled().forEach(consumer::seek);   // the next polls start again at the failed record
 *   }
 *   consumer.commitSync();                     // what was handled, and nothing after it
 * }
 * }</pre>
 *
 * <p>A message is remembered only after its handler returns, so a handler that throws sees it again
 * when it is redelivered. {@link #dispatch(ConsumerRecords)} stops at the first record that fails
 * with a {@link DispatchException} that says which record it was and where each partition of the
 * poll stopped, to retry it (as above), park it on a dead-letter topic and seek past it, or give up
 * without committing what was not handled. A message of a class no handler is registered for goes to
 * {@link Builder#otherwise otherwise}, which by default throws: nothing is skipped unless the
 * application says so. Not thread-safe: one per consumer, as the consumer itself.
 */
public final class MessageDispatcher {

  /**
   * The header with which Spring Kafka's {@code ErrorHandlingDeserializer} marks a record whose value
   * it could not deserialize, and whose value it makes {@code null}: {@code
   * KafkaUtils.VALUE_DESERIALIZER_EXCEPTION_HEADER} in Spring Kafka 4.1. Its older homes have the same
   * name: {@code SerializationUtils.VALUE_DESERIALIZER_EXCEPTION_HEADER} (since 2.8, deprecated for
   * removal in 4.1.2) and, before 2.8, {@code ErrorHandlingDeserializer}'s. Its value is the
   * Java-serialized exception, which the dispatcher never deserializes. A string here, so that
   * missive-kafka does not depend on Spring.
   */
  static final String SPRING_VALUE_DESERIALIZER_EXCEPTION = "springDeserializerExceptionValue";

  private final Map<Class<?>, Consumer<Message<?>>> handlers;
  private final Consumer<Message<?>> otherwise;
  private final ProcessedMessages processed;

  private MessageDispatcher(Builder builder) {
    this.handlers = new IdentityHashMap<>(builder.handlers);
    this.otherwise = builder.otherwise;
    this.processed = builder.processed;
  }

  /** A builder with the in-memory {@link ProcessedMessages} of the last 100,000 messages. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Handles {@code message} unless it was handled already.
   *
   * @return {@code false} when it was a duplicate and skipped; {@code true} when handled
   */
  public boolean dispatch(Message<?> message) {
    Objects.requireNonNull(message, "message");
    if (processed.contains(message.source(), message.id())) {
      return false;
    }
    Consumer<Message<?>> handler = handlers.get(message.getClass());
    (handler != null ? handler : otherwise).accept(message);
    processed.add(message.source(), message.id());
    return true;
  }

  /**
   * Dispatches every record of a poll, partition by partition in the order of {@link
   * ConsumerRecords#partitions()}, each partition's records in offset order. A record with a {@code
   * null} value is a tombstone and passed over, unless Spring Kafka's {@code ErrorHandlingDeserializer}
   * marked it as a value it could not deserialize (its {@code springDeserializerExceptionValue}
   * header): that one fails, without the header's content (a Java-serialized exception) being read.
   *
   * <p>The first record that fails ends the dispatch with a {@link DispatchException} naming it, its
   * message and what failed (its handler, the {@link Builder#otherwise otherwise} handler or the
   * {@link ProcessedMessages} store, whose exception is the cause), and holding the offset of the first
   * record not handled of each partition that has some: {@code e.unhandled().forEach(consumer::seek)}
   * makes the next poll redeliver exactly those, and a {@code commitSync()} after it commits only
   * what was handled. The records handled before it stay handled and remembered. {@link Error}s are
   * not wrapped.
   *
   * @return how many messages were handled (duplicates and tombstones not counted)
   * @throws DispatchException for the first record that could not be handled
   */
  public int dispatch(ConsumerRecords<?, ? extends Message<?>> records) {
    Objects.requireNonNull(records, "records");
    List<TopicPartition> partitions = List.copyOf(records.partitions());
    int handled = 0;
    for (int p = 0; p < partitions.size(); p++) {
      for (ConsumerRecord<?, ? extends Message<?>> record : records.records(partitions.get(p))) {
        Message<?> message = record.value();
        if (message == null) {
          if (record.headers().lastHeader(SPRING_VALUE_DESERIALIZER_EXCEPTION) != null) {
            throw new DispatchException(
                "record " + place(record) + " has a null value that is no tombstone: Spring Kafka's"
                    + " ErrorHandlingDeserializer could not deserialize it upstream and marked it with"
                    + " the header " + SPRING_VALUE_DESERIALIZER_EXCEPTION + " (a Java-serialized"
                    + " exception, deliberately not read here). Park the record and seek past it, or"
                    + " let Spring's error handler take it (a DeadLetterPublishingRecoverer publishes"
                    + " its original bytes); a plain consumer needs no ErrorHandlingDeserializer: with"
                    + " MessageDeserializer itself, poll() throws a RecordDeserializationException"
                    + " holding the record's bytes",
                null,
                record,
                unhandled(records, partitions, p, record));
          }
          continue;
        }
        String step = "ProcessedMessages.contains";
        String after = ", before its handler ran";
        try {
          if (processed.contains(message.source(), message.id())) {
            continue;
          }
          Consumer<Message<?>> handler = handlers.get(message.getClass());
          String name = message.getClass().getSimpleName();
          step =
              handler != null ? "handler of " + name : "otherwise handler (no handler of " + name + ")";
          after = "";
          (handler != null ? handler : otherwise).accept(message);
          step = "ProcessedMessages.add";
          after = " after its handler returned, so the message is not remembered as handled";
          processed.add(message.source(), message.id());
        } catch (Exception e) {
          throw new DispatchException(
              step + " failed on record " + place(record) + " (type " + message.type() + ", id "
                  + message.id() + ")" + after + ": " + e,
              e,
              record,
              unhandled(records, partitions, p, record));
        }
        handled++;
      }
    }
    return handled;
  }

  /** {@code orders-0 at offset 5}. */
  private static String place(ConsumerRecord<?, ?> record) {
    return record.topic() + "-" + record.partition() + " at offset " + record.offset();
  }

  /**
   * The first record not handled of each partition from {@code partitions.get(failed)} on, as an
   * offset with its leader epoch: the failed one for its partition, the first record for those after
   * it.
   */
  private static Map<TopicPartition, OffsetAndMetadata> unhandled(
      ConsumerRecords<?, ?> records,
      List<TopicPartition> partitions,
      int failed,
      ConsumerRecord<?, ?> record) {
    Map<TopicPartition, OffsetAndMetadata> unhandled = new LinkedHashMap<>();
    unhandled.put(partitions.get(failed), position(record));
    for (TopicPartition partition : partitions.subList(failed + 1, partitions.size())) {
      List<? extends ConsumerRecord<?, ?>> rest = records.records(partition);
      if (!rest.isEmpty()) {
        unhandled.put(partition, position(rest.get(0)));
      }
    }
    return unhandled;
  }

  private static OffsetAndMetadata position(ConsumerRecord<?, ?> record) {
    return new OffsetAndMetadata(record.offset(), record.leaderEpoch(), "");
  }

  /** Registers the handlers; {@link #build()} makes the dispatcher. */
  public static final class Builder {
    private final Map<Class<?>, Consumer<Message<?>>> handlers = new IdentityHashMap<>();
    private Consumer<Message<?>> otherwise =
        message -> {
          throw new IllegalStateException(
              "no handler for " + message.getClass().getSimpleName() + " (type " + message.type()
                  + ", id " + message.id() + "): register one with on(...), or say what to do with"
                  + " others with otherwise(...)");
        };
    private ProcessedMessages processed = ProcessedMessages.inMemory(100_000);

    private Builder() {}

    /**
     * Handles messages of the envelope class {@code type}, such as {@code OrderPlacedEvent.class}.
     *
     * @throws IllegalArgumentException if {@code type} already has a handler
     */
    public <M extends Message<?>> Builder on(Class<M> type, Consumer<? super M> handler) {
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(handler, "handler");
      if (handlers.putIfAbsent(type, message -> handler.accept(type.cast(message))) != null) {
        throw new IllegalArgumentException(type.getName() + " has a handler already");
      }
      return this;
    }

    /**
     * Handles messages no {@link #on} handler takes, {@link io.missive.UnknownMessage}s among them;
     * by default an {@link IllegalStateException}. {@code message -> {}} ignores them.
     */
    public Builder otherwise(Consumer<Message<?>> handler) {
      this.otherwise = Objects.requireNonNull(handler, "handler");
      return this;
    }

    /** Remembers the messages handled in {@code processed} rather than in memory. */
    public Builder processed(ProcessedMessages processed) {
      this.processed = Objects.requireNonNull(processed, "processed");
      return this;
    }

    /** The dispatcher. */
    public MessageDispatcher build() {
      return new MessageDispatcher(this);
    }
  }
}
