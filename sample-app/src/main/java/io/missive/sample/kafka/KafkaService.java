package io.missive.sample.kafka;

import io.missive.CommandMessage;
import io.missive.EventMessage;
import io.missive.Message;
import io.missive.QueryMessage;
import io.missive.kafka.MessageDeserializer;
import io.missive.kafka.MessageDispatcher;
import io.missive.kafka.ProcessedMessages;
import io.missive.sample.bus.Bus;
import io.missive.sample.bus.CommandResult;
import io.missive.sample.bus.Journal;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * One service on the topic, consuming it as docs/kafka.md's "Consuming" shows: a {@link
 * KafkaConsumer} in a consumer group of the service's own, auto-commit off, a {@link
 * MessageDispatcher} built from the handlers the service registers, and a {@code commitSync()} after
 * each dispatch. The dispatcher hands each message to the handler of its class, skips a message whose
 * source and id it has handled already (a redelivery: its {@link ProcessedMessages} remembers them),
 * and passes over the messages of other services, since every message of the app is on the one topic.
 *
 * <p>A service of its own runs that loop on a thread of its own, {@code while (running) {
 * dispatcher.dispatch(consumer.poll(timeout)); consumer.commitSync(); }}. Here one thread plays every
 * service, so {@link KafkaBus} gives each its turn with {@link #takeUpTo}: the same loop, one record a
 * poll, until the service is past the record the bus has just produced. That keeps the story in the
 * order of the in-process run.
 */
final class KafkaService implements Bus {

  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private final String name;
  private final KafkaBus bus;
  private final Journal journal;
  private final KafkaConsumer<String, Message<?>> consumer;
  private final MessageDispatcher.Builder handlers =
      MessageDispatcher.builder()
          // What this service has handled, by source and id, so that a redelivery is skipped. A real
          // service remembers them in its database (docs/kafka.md, "Consuming", says how).
          .processed(ProcessedMessages.inMemory(10_000))
          // The topic carries every message of the app: the service takes those it has handlers for.
          .otherwise(message -> {});
  private final Set<Class<?>> takes = new HashSet<>();
  private MessageDispatcher dispatcher;
  private long next;
  private int skipped;

  KafkaService(String name, KafkaBus bus, String bootstrapServers, String topic, Journal journal) {
    this.name = name;
    this.bus = bus;
    this.journal = journal;
    Map<String, Object> props = new HashMap<>();
    props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    props.put(ConsumerConfig.GROUP_ID_CONFIG, name);
    props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
    // Without missive.kafka.messages: every message generated for the app, found with ServiceLoader.
    props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, MessageDeserializer.class);
    // Commit only what was handled: commitSync() after each dispatch.
    props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    // A new group starts at the beginning of the topic.
    props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    // One record a poll, so that the services take their turns record by record; a service of its
    // own keeps the default (500).
    props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 1);
    props.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 10);
    consumer = new KafkaConsumer<>(props);
    consumer.subscribe(List.of(topic));
  }

  /**
   * Runs the service's poll loop until it is past the record at {@code offset}, which it has a
   * handler for: each poll dispatched, then committed.
   */
  void takeUpTo(long offset) {
    if (dispatcher == null) {
      dispatcher = handlers.build(); // at the first turn: the service has registered its handlers
    }
    long deadline = System.nanoTime() + TIMEOUT.toNanos();
    while (next <= offset) {
      if (System.nanoTime() - deadline > 0) {
        throw new IllegalStateException(
            name + " did not get record " + offset + " within " + TIMEOUT.toSeconds() + " s");
      }
      ConsumerRecords<String, Message<?>> records = consumer.poll(Duration.ofMillis(100));
      int handled = dispatcher.dispatch(records);
      consumer.commitSync();
      for (ConsumerRecord<String, Message<?>> record : records) { // one at most: max.poll.records
        next = record.offset() + 1;
        if (record.offset() == offset && handled == 0) {
          // A message of ours that the dispatcher did not hand on: it had handled its source and id.
          skipped++;
          String id = Journal.shortId(record.value().id());
          journal.say("        " + name + ": already processed " + id + ", ignored");
        }
      }
    }
  }

  /** Whether the service has a handler for messages of {@code type}. */
  boolean takes(Class<?> type) {
    return takes.contains(type);
  }

  String name() {
    return name;
  }

  /** How many messages of its own the dispatcher skipped as handled already. */
  int skipped() {
    return skipped;
  }

  /** The offset the service's group has committed on the broker: where it would start again. */
  long committed() {
    return consumer.committed(consumer.assignment()).values().stream()
        .filter(Objects::nonNull)
        .mapToLong(OffsetAndMetadata::offset)
        .sum();
  }

  @Override
  public Bus service(String name) {
    return bus.service(name);
  }

  @Override
  public <C extends CommandMessage<?>> void handleCommands(
      Class<C> type, Function<? super C, CommandResult> handler) {
    on(type, command -> bus.answer(command, handler.apply(command)));
  }

  @Override
  public <E extends EventMessage<?>> void subscribe(Class<E> type, Consumer<? super E> consumer) {
    on(type, consumer);
  }

  @Override
  public <Q extends QueryMessage<?>, R> void answerQueries(Class<Q> type, Function<? super Q, R> handler) {
    on(type, query -> bus.answer(query, handler.apply(query)));
  }

  private <M extends Message<?>> void on(Class<M> type, Consumer<? super M> handler) {
    if (dispatcher != null) {
      throw new IllegalStateException(name + " is consuming already: register its handlers before");
    }
    handlers.on(type, handler);
    takes.add(type);
  }

  @Override
  public CommandResult send(CommandMessage<?> command) {
    return bus.send(command);
  }

  @Override
  public void publish(EventMessage<?> event) {
    bus.publish(event);
  }

  @Override
  public void deliver(byte[] json) {
    bus.deliver(json);
  }

  @Override
  public <R> R ask(QueryMessage<?> query, Class<R> answerType) {
    return bus.ask(query, answerType);
  }

  void close() {
    consumer.close();
  }
}
