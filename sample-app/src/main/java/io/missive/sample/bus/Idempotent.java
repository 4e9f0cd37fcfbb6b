package io.missive.sample.bus;

import io.missive.Message;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Makes a consumer idempotent by message id: a broker delivers at least once, so a redelivered message
 * (same id) must have no second effect. A real service keeps the ids in the same transaction as its
 * state; here a set is enough. Over Kafka, each service's {@code MessageDispatcher} skips a
 * redelivery before it gets here ({@code io.missive.sample.kafka.KafkaService}).
 */
public final class Idempotent<M extends Message<?>> implements Consumer<M> {

  private final String consumer;
  private final Consumer<? super M> delegate;
  private final Journal journal;
  private final Set<String> processed = new HashSet<>();

  private Idempotent(String consumer, Consumer<? super M> delegate, Journal journal) {
    this.consumer = consumer;
    this.delegate = delegate;
    this.journal = journal;
  }

  public static <M extends Message<?>> Idempotent<M> of(
      String consumer, Journal journal, Consumer<? super M> delegate) {
    return new Idempotent<>(consumer, delegate, journal);
  }

  @Override
  public void accept(M message) {
    if (!processed.add(message.id())) {
      journal.say("        " + consumer + ": already processed " + Journal.shortId(message.id()) + ", ignored");
      return;
    }
    delegate.accept(message);
  }
}
