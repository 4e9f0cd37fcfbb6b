package io.missive.sample.kafka;

import io.missive.CommandMessage;
import io.missive.EventMessage;
import io.missive.Message;
import io.missive.MessageJsonReader;
import io.missive.QueryMessage;
import io.missive.kafka.MessageDeserializer;
import io.missive.kafka.MessageRecords;
import io.missive.kafka.MessageSerializer;
import io.missive.kafka.MissiveKafkaConfig;
import io.missive.sample.bus.Bus;
import io.missive.sample.bus.CommandResult;
import io.missive.sample.bus.Journal;
import io.missive.sample.bus.MessageBus;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The sample's bus over a Kafka topic, with Missive's Kafka binding as docs/kafka.md shows. Every
 * message is produced by {@link MessageSerializer} in the CloudEvents Kafka binding's binary mode
 * (the payload's JSON as the value, the attributes as {@code ce_} headers), as the record that {@link
 * MessageRecords#record} builds (its partition key as the record key), acknowledged by the broker
 * ({@code acks=all}). Each service consumes the topic itself ({@link KafkaService}): a consumer group
 * of its own, a {@code MessageDispatcher} with its handlers, a commit after each dispatch.
 *
 * <p>One thread plays every service, so the bus gives them their turns in the order of the in-process
 * {@link MessageBus}: it produces a message, has each service with a handler for it poll until it has
 * dispatched it, and produces what their handlers published after that. A command's verdict and a
 * query's answer go back to the sender in the process; services apart would send them on a reply
 * topic. The journal reads each record back on a consumer of its own, so that the story shows each
 * message as the broker delivered it, and the schema version it was written in (its {@code
 * ce_schemaversion} header), also for an event no service takes. A message that came from elsewhere
 * (an older producer's, a redelivery) goes on the topic as it came, version and all, and is read
 * through its upcasters.
 */
public final class KafkaBus implements Bus, AutoCloseable {

  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  /** Knows no type, so it keeps every event as it came: raw JSON from a broker, to be put on the topic. */
  private static final MessageJsonReader AS_IT_CAME = MessageJsonReader.of().keepingUnknownTypes();

  /** A record the bus produced, as it was read back. */
  private record Received(long offset, Message<?> message, int writtenVersion) {}

  private final String bootstrapServers;
  private final String topic;
  private final Journal journal;
  private final KafkaProducer<String, Message<?>> producer;
  private final KafkaConsumer<String, Message<?>> journalReader;
  private final Map<String, KafkaService> services = new LinkedHashMap<>();
  /** The verdict of each command and the answer to each query, by its id, until its sender takes it. */
  private final Map<String, Object> answers = new HashMap<>();
  /** The events published while a message is handled: produced once it is. */
  private final Queue<Message<?>> pending = new ArrayDeque<>();
  private boolean delivering;
  private long carried;
  private long keyed;
  private Iterator<ConsumerRecord<String, Message<?>>> polled =
      List.<ConsumerRecord<String, Message<?>>>of().iterator();

  /** A bus over {@code topic}, a topic of one partition on the broker at {@code bootstrapServers}. */
  public KafkaBus(String bootstrapServers, String topic, Journal journal) {
    this.bootstrapServers = bootstrapServers;
    this.topic = topic;
    this.journal = journal;
    Map<String, Object> producerProps = new HashMap<>();
    producerProps.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    producerProps.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
    producerProps.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, MessageSerializer.class);
    producerProps.put(MissiveKafkaConfig.MODE, "binary");
    producerProps.put(ProducerConfig.ACKS_CONFIG, "all");
    producerProps.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    producerProps.put(ProducerConfig.LINGER_MS_CONFIG, 0);
    producer = new KafkaProducer<>(producerProps);

    // The journal's reader: no group, the one partition assigned, read from its start.
    Map<String, Object> readerProps = new HashMap<>();
    readerProps.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    readerProps.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
    readerProps.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, MessageDeserializer.class);
    readerProps.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    readerProps.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 10);
    journalReader = new KafkaConsumer<>(readerProps);
    TopicPartition partition = new TopicPartition(topic, 0);
    journalReader.assign(List.of(partition));
    journalReader.seekToBeginning(List.of(partition));
  }

  /** The service {@code name} on the topic: its consumer, in a group named after it, and its handlers. */
  @Override
  public KafkaService service(String name) {
    return services.computeIfAbsent(name, n -> new KafkaService(n, this, bootstrapServers, topic, journal));
  }

  @Override
  public <C extends CommandMessage<?>> void handleCommands(
      Class<C> type, Function<? super C, CommandResult> handler) {
    throw new UnsupportedOperationException("a handler belongs to a service: register it on service(name)");
  }

  @Override
  public <E extends EventMessage<?>> void subscribe(Class<E> type, Consumer<? super E> consumer) {
    throw new UnsupportedOperationException("a subscriber is a service: subscribe on service(name)");
  }

  @Override
  public <Q extends QueryMessage<?>, R> void answerQueries(Class<Q> type, Function<? super Q, R> handler) {
    throw new UnsupportedOperationException("a handler belongs to a service: register it on service(name)");
  }

  @Override
  public CommandResult send(CommandMessage<?> command) {
    Received received = carry(command);
    delivering = true;
    try {
      handlerOf(received.message()).takeUpTo(received.offset());
    } finally {
      delivering = false;
    }
    CommandResult result = (CommandResult) answerTo(received.message());
    journal.record(received.message(), result.describe());
    deliverPending();
    return result;
  }

  @Override
  public void publish(EventMessage<?> event) {
    enqueue(event);
  }

  @Override
  public void deliver(byte[] json) {
    enqueue(AS_IT_CAME.read(json));
  }

  private void enqueue(Message<?> event) {
    pending.add(event);
    if (!delivering) {
      deliverPending();
    }
  }

  @Override
  public <R> R ask(QueryMessage<?> query, Class<R> answerType) {
    Received received = carry(query);
    handlerOf(received.message()).takeUpTo(received.offset());
    R answer = answerType.cast(answerTo(received.message()));
    journal.record(received.message(), "answered: " + answer);
    return answer;
  }

  /** Puts each pending event on the topic and has every service with a handler for it take it. */
  private void deliverPending() {
    delivering = true;
    try {
      Message<?> event;
      while ((event = pending.poll()) != null) {
        Received received = carry(event);
        List<KafkaService> subscribers = takers(received.message());
        journal.record(
            received.message(),
            "to " + subscribers.size() + " subscriber" + (subscribers.size() == 1 ? "" : "s") + upcastNote(received));
        for (KafkaService subscriber : subscribers) {
          subscriber.takeUpTo(received.offset());
        }
      }
    } finally {
      delivering = false;
    }
  }

  /** Keeps what a command's or a query's handler gave, for its sender. */
  void answer(Message<?> message, Object answer) {
    answers.put(message.id(), answer);
  }

  private Object answerTo(Message<?> message) {
    if (!answers.containsKey(message.id())) {
      throw new IllegalStateException(
          "no answer to " + message.type() + " " + message.id() + ": its service had handled it already");
    }
    return answers.remove(message.id());
  }

  /** The services with a handler for {@code message}'s class, in the order they joined. */
  private List<KafkaService> takers(Message<?> message) {
    return services.values().stream().filter(service -> service.takes(message.getClass())).toList();
  }

  /** The one service that handles a command or a query. */
  private KafkaService handlerOf(Message<?> message) {
    return takers(message).stream()
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("No handler for " + message.type()));
  }

  /** Says so when the topic carried an older schema version than the one handlers received. */
  private static String upcastNote(Received received) {
    int written = received.writtenVersion();
    int read = received.message().version();
    return written == read ? "" : " (written as v" + written + ", upcast to v" + read + ")";
  }

  /** Produces {@code message} to the topic and reads it back for the journal. */
  private Received carry(Message<?> message) {
    RecordMetadata sent;
    try {
      sent = producer.send(MessageRecords.record(topic, message)).get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while sending to " + topic, e);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("the broker did not take a record of " + topic + ": " + e, e);
    }
    long deadline = System.nanoTime() + TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      while (polled.hasNext()) {
        ConsumerRecord<String, Message<?>> record = polled.next();
        if (record.offset() == sent.offset()) {
          carried++;
          if (record.key() != null) {
            keyed++;
          }
          return new Received(record.offset(), record.value(), writtenVersion(record));
        }
      }
      polled = journalReader.poll(Duration.ofMillis(100)).iterator();
    }
    throw new IllegalStateException(
        "record " + sent.offset() + " of " + topic + " did not come back within " + TIMEOUT.toSeconds() + " s");
  }

  /** The schema version the record was written in: its {@code ce_schemaversion} header. */
  private int writtenVersion(ConsumerRecord<String, Message<?>> record) {
    Header version = record.headers().lastHeader("ce_schemaversion");
    if (version == null) {
      throw new IllegalStateException(
          "record " + record.offset() + " of " + topic + " has no ce_schemaversion header: not binary mode");
    }
    return Integer.parseInt(new String(version.value(), StandardCharsets.UTF_8));
  }

  /** How many records went through the broker. */
  public long carried() {
    return carried;
  }

  /** How many of them had a record key, the message's partition key. */
  public long keyed() {
    return keyed;
  }

  /** For each service, how many redelivered messages its dispatcher skipped. */
  public Map<String, Integer> skipped() {
    Map<String, Integer> skipped = new LinkedHashMap<>();
    services.values().forEach(service -> skipped.put(service.name(), service.skipped()));
    return skipped;
  }

  /** For each service, the offset its consumer group has committed on the broker. */
  public Map<String, Long> committed() {
    Map<String, Long> committed = new LinkedHashMap<>();
    services.values().forEach(service -> committed.put(service.name(), service.committed()));
    return committed;
  }

  @Override
  public void close() {
    services.values().forEach(KafkaService::close);
    journalReader.close();
    producer.close(Duration.ofSeconds(5));
  }
}
