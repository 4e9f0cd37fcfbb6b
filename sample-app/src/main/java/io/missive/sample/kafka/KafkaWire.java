package io.missive.sample.kafka;

import io.missive.sample.bus.Wire;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
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
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The bus's wire over a Kafka topic: every message is produced as a record of the CloudEvents Kafka
 * binding's structured mode (the CloudEvents JSON as the value, its partition key as the record key,
 * {@code content-type: application/cloudevents+json}), acknowledged by the broker ({@code acks=all}),
 * and consumed back from the topic, so what the services receive is what the broker delivered.
 */
public final class KafkaWire implements Wire, AutoCloseable {

  private static final Duration TIMEOUT = Duration.ofSeconds(30);
  private static final byte[] CONTENT_TYPE =
      "application/cloudevents+json; charset=UTF-8".getBytes(StandardCharsets.UTF_8);

  private final String topic;
  private final KafkaProducer<String, byte[]> producer;
  private final KafkaConsumer<String, byte[]> consumer;
  private long carried;
  private long keyed;
  private Iterator<ConsumerRecord<String, byte[]>> polled = List.<ConsumerRecord<String, byte[]>>of().iterator();

  /** A wire over {@code topic}, a topic of one partition on the broker at {@code bootstrapServers}. */
  public KafkaWire(String bootstrapServers, String topic) {
    this.topic = topic;
    producer =
        new KafkaProducer<>(
            Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.LINGER_MS_CONFIG, 0),
            new StringSerializer(),
            new ByteArraySerializer());
    consumer =
        new KafkaConsumer<>(
            Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 10),
            new StringDeserializer(),
            new ByteArrayDeserializer());
    TopicPartition partition = new TopicPartition(topic, 0);
    consumer.assign(List.of(partition));
    consumer.seekToBeginning(List.of(partition));
  }

  @Override
  public byte[] carry(String key, byte[] json) {
    ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, key, json);
    record.headers().add("content-type", CONTENT_TYPE);
    RecordMetadata sent;
    try {
      sent = producer.send(record).get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while sending to " + topic, e);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("the broker did not take a record of " + topic + ": " + e, e);
    }
    long deadline = System.nanoTime() + TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      while (polled.hasNext()) {
        ConsumerRecord<String, byte[]> received = polled.next();
        if (received.offset() == sent.offset()) {
          carried++;
          if (received.key() != null) {
            keyed++;
          }
          return received.value();
        }
      }
      polled = consumer.poll(Duration.ofMillis(100)).iterator();
    }
    throw new IllegalStateException(
        "record " + sent.offset() + " of " + topic + " did not come back within " + TIMEOUT.toSeconds() + " s");
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
