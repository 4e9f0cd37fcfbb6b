package io.missive.kafka;

import io.missive.Message;
import io.missive.kafka.broker.KafkaBroker;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.RecordDeserializationException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Producers and consumers of the test broker, configured as a user would, through properties. */
final class Clients {

  /** A plain Jackson mapper, for the SDK's side of the comparisons. */
  static final com.fasterxml.jackson.databind.ObjectMapper MAPPER = new com.fasterxml.jackson.databind.ObjectMapper();

  private Clients() {}

  static Map<String, Object> producerProperties(KafkaBroker broker, String mode) {
    Map<String, Object> props = new HashMap<>();
    props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
    props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
    props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, MessageSerializer.class);
    props.put(ProducerConfig.ACKS_CONFIG, "all");
    props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    props.put(ProducerConfig.LINGER_MS_CONFIG, 5);
    props.put(MissiveKafkaConfig.MODE, mode);
    return props;
  }

  static KafkaProducer<String, Message<?>> producer(KafkaBroker broker, String mode) {
    return new KafkaProducer<>(producerProperties(broker, mode));
  }

  static KafkaProducer<byte[], byte[]> rawProducer(KafkaBroker broker) {
    Map<String, Object> props = new HashMap<>();
    props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
    props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
    props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
    return new KafkaProducer<>(props);
  }

  /** Sends every record and waits until the broker has acknowledged each, failing on any error. */
  static <K, V> void sendAll(KafkaProducer<K, V> producer, ProducerRecord<K, V> record) {
    sendAll(producer, List.of(record));
  }

  static <K, V> void sendAll(KafkaProducer<K, V> producer, List<ProducerRecord<K, V>> records) {
    List<java.util.concurrent.Future<?>> sent = new ArrayList<>();
    for (ProducerRecord<K, V> record : records) {
      sent.add(producer.send(record));
    }
    try {
      for (java.util.concurrent.Future<?> future : sent) {
        future.get(60, java.util.concurrent.TimeUnit.SECONDS);
      }
    } catch (Exception e) {
      throw new IllegalStateException("a record was not acknowledged: " + e, e);
    }
  }

  static Map<String, Object> consumerProperties(KafkaBroker broker, String messages) {
    Map<String, Object> props = new HashMap<>();
    props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
    props.put(ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID());
    props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
    props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, MessageDeserializer.class);
    props.put(MissiveKafkaConfig.MESSAGES, messages);
    return props;
  }

  static KafkaConsumer<String, Message<?>> consumer(KafkaBroker broker, String topic, String messages) {
    KafkaConsumer<String, Message<?>> consumer = new KafkaConsumer<>(consumerProperties(broker, messages));
    consumer.subscribe(List.of(topic));
    return consumer;
  }

  static KafkaConsumer<byte[], byte[]> rawConsumer(KafkaBroker broker, String topic) {
    Map<String, Object> props = new HashMap<>();
    props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
    props.put(ConsumerConfig.GROUP_ID_CONFIG, "raw-" + UUID.randomUUID());
    props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
    props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
    KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(props);
    consumer.subscribe(List.of(topic));
    return consumer;
  }

  /**
   * Polls until {@code count} records and errors have come, or {@code timeout} passes: each record to
   * {@code records}, each record that cannot be read to {@code errors}, after which the loop seeks
   * past it and goes on, as an application does.
   */
  static <K, V> int poll(
      KafkaConsumer<K, V> consumer,
      int count,
      Duration timeout,
      Consumer<ConsumerRecord<K, V>> records,
      Consumer<RecordDeserializationException> errors) {
    long deadline = System.nanoTime() + timeout.toNanos();
    int seen = 0;
    while (seen < count && System.nanoTime() < deadline) {
      try {
        for (ConsumerRecord<K, V> record : consumer.poll(Duration.ofMillis(200))) {
          records.accept(record);
          seen++;
        }
      } catch (RecordDeserializationException e) {
        errors.accept(e);
        seen++;
        TopicPartition partition = e.topicPartition();
        consumer.seek(partition, e.offset() + 1);
      }
    }
    return seen;
  }

  static <K, V> List<ConsumerRecord<K, V>> pollAll(KafkaConsumer<K, V> consumer, int count) {
    List<ConsumerRecord<K, V>> records = new ArrayList<>();
    poll(consumer, count, Duration.ofSeconds(60), records::add, e -> {
      throw e;
    });
    return records;
  }
}
