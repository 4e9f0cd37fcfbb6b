package io.missive.kafka;

import io.missive.Message;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;

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
 *   dispatcher.dispatch(consumer.poll(Duration.ofMillis(500)));
 *   consumer.commitSync();
 * }
 * }</pre>
 *
 * <p>A message is remembered only after its handler returns, so a handler that throws sees it again
 * when it is redelivered. A message of a class no handler is registered for goes to
 * {@link Builder#otherwise otherwise}, which by default throws: nothing is skipped unless the
 * application says so. Not thread-safe: one per consumer, as the consumer itself.
 */
public final class MessageDispatcher {

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
   * Dispatches every record of a poll in order; records with a {@code null} value (tombstones) are
   * passed over.
   *
   * @return how many messages were handled (duplicates not counted)
   */
  public int dispatch(ConsumerRecords<?, ? extends Message<?>> records) {
    int handled = 0;
    for (ConsumerRecord<?, ? extends Message<?>> record : records) {
      if (record.value() != null && dispatch(record.value())) {
        handled++;
      }
    }
    return handled;
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
