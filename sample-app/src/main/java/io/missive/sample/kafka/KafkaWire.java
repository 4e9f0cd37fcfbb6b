package io.missive.sample.kafka;

import io.missive.Message;
import io.missive.kafka.MessageDeserializer;
import io.missive.kafka.MessageRecords;
import io.missive.kafka.MessageSerializer;
import io.missive.kafka.MissiveKafkaConfig;
import io.missive.sample.bus.Wire;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
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
 * The bus's wire over a Kafka topic, with Missive's Kafka binding configured as docs/kafka.md shows:
 * every message is produced by {@link MessageSerializer} in the CloudEvents Kafka binding's binary
 * mode (the payload's JSON as the value, the attributes as {@code ce_} headers), as the record that
 * {@link MessageRecords#record} builds (its partition key as the record key), acknowledged by the
 * broker ({@code acks=all}), and consumed back from the topic by {@link MessageDeserializer}, which
 * reads every message the processor generated for the app, so what the services receive is what the
 * broker delivered. A record an older producer wrote goes on the topic as it came, version and all,
 * and is read through its upcasters.
 */
public final class KafkaWire implements Wire, AutoCloseable {

  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private final String topic;
  private final KafkaProducer<String, Message<?>> producer;
  private final KafkaConsumer<String, Message<?>> consumer;
  private long carried;
  private long keyed;
  private Iterator<ConsumerRecord<String, Message<?>>> polled =
      List.<ConsumerRecord<String, Message<?>>>of().iterator();

  /** A wire over {@code topic}, a topic of one partition on the broker at {@code bootstrapServers}. */
  public KafkaWire(String bootstrapServers, String topic) {
    this.topic = topic;
    Map<String, Object> producerProps = new HashMap<>();
    producerProps.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    producerProps.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
    producerProps.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, MessageSerializer.class);
    producerProps.put(MissiveKafkaConfig.MODE, "binary");
    producerProps.put(ProducerConfig.ACKS_CONFIG, "all");
    producerProps.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    producerProps.put(ProducerConfig.LINGER_MS_CONFIG, 0);
    producer = new KafkaProducer<>(producerProps);

    Map<String, Object> consumerProps = new HashMap<>();
    consumerProps.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    consumerProps.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
    // Without missive.kafka.messages: every message generated for the app, found with ServiceLoader.
    consumerProps.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, MessageDeserializer.class);
    consumerProps.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    consumerProps.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 10);
    consumer = new KafkaConsumer<>(consumerProps);
    TopicPartition partition = new TopicPartition(topic, 0);
    consumer.assign(List.of(partition));
    consumer.seekToBeginning(List.of(partition));
  }

  @Override
  public Delivery carry(Message<?> message) {
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
        ConsumerRecord<String, Message<?>> received = polled.next();
        if (received.offset() == sent.offset()) {
          carried++;
          if (received.key() != null) {
            keyed++;
          }
          return new Delivery(received.value(), writtenVersion(received));
        }
      }
      polled = consumer.poll(Duration.ofMillis(100)).iterator();
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

  /** How many records went through the broker and came back. */
  public long carried() {
    return carried;
  }

  /** How many of them had a record key, the message's partition key. */
  public long keyed() {
    return keyed;
  }

  @Override
  public void close() {
    producer.close(Duration.ofSeconds(5));
    consumer.close();
  }
}
