package io.missive.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import io.missive.Message;
import io.missive.kafka.broker.KafkaBroker;
import io.missive.kafka.orders.OrderPlacedEvent;
import io.missive.kafka.orders.OrderShippedEvent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Kafka Streams application on the real broker, set up by properties alone as docs/kafka.md's
 * "Kafka Streams" shows: {@link MessageSerde} as the default serde (made and configured by Kafka
 * Streams), reading binary mode and writing structured mode, and a state store with {@link
 * StateStoreSerde} whose changelog topic Kafka Streams creates and writes on the broker.
 */
@ExtendWith(BrokerExtension.class)
@Order(3)
class KafkaStreamsBrokerTest {

  @TempDir Path stateDir;

  @Test
  void anApplicationConfiguredByPropertiesCarriesMessagesAndKeepsThemInAStore(KafkaBroker broker) throws Exception {
    String in = "streams-in-" + UUID.randomUUID();
    String out = "streams-out-" + UUID.randomUUID();
    String application = "orders-app-" + UUID.randomUUID();
    broker.createTopic(in, 1);
    broker.createTopic(out, 1);
    OrderPlacedEvent placed = KafkaBindingTest.placed("ord-1");
    OrderShippedEvent shipped =
        OrderShippedEvent.builder().orderId("ord-1").carrier("DHL").sequence(1).causedBy(placed).partitionKey("ord-1").build();

    Properties props = new Properties();
    props.put(StreamsConfig.APPLICATION_ID_CONFIG, application);
    props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
    props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
    props.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 100);
    props.put(StreamsConfig.DEFAULT_KEY_SERDE_CLASS_CONFIG, Serdes.StringSerde.class);
    props.put(StreamsConfig.DEFAULT_VALUE_SERDE_CLASS_CONFIG, MessageSerde.class);
    props.put(MissiveKafkaConfig.MODE, "structured");
    props.put(MissiveKafkaConfig.MESSAGES, KafkaBindingTest.MESSAGES);
    props.put("consumer.auto.offset.reset", "earliest");

    StreamsBuilder builder = new StreamsBuilder();
    KStream<String, Message<?>> orders = builder.stream(in);
    orders.filter((key, message) -> message instanceof OrderShippedEvent).to(out);
    orders.toTable(
        Materialized.<String, Message<?>, KeyValueStore<Bytes, byte[]>>as("latest-by-order")
            .withValueSerde(StateStoreSerde.of(OrderPlacedEvent.JSON, OrderShippedEvent.JSON)));

    try (KafkaProducer<String, Message<?>> producer = Clients.producer(broker, "binary")) {
      Clients.sendAll(producer, List.of(MessageRecords.record(in, placed), MessageRecords.record(in, shipped)));
    }
    try (KafkaStreams streams = new KafkaStreams(builder.build(), props)) {
      streams.start();
      // The shipped event, filtered and written in structured mode by the default serde.
      try (KafkaConsumer<byte[], byte[]> consumer = Clients.rawConsumer(broker, out)) {
        List<ConsumerRecord<byte[], byte[]>> records = Clients.pollAll(consumer, 1);
        assertThat(records).hasSize(1);
        ConsumerRecord<byte[], byte[]> record = records.get(0);
        assertThat(new String(record.headers().lastHeader("content-type").value(), StandardCharsets.UTF_8))
            .isEqualTo("application/cloudevents+json; charset=UTF-8");
        assertThat(new String(record.key(), StandardCharsets.UTF_8)).isEqualTo("ord-1");
        assertThat(MessageDeserializer.of(OrderShippedEvent.JSON).deserialize(out, record.headers(), record.value()))
            .isEqualTo(shipped);
      }
      // The store's changelog, created by Kafka Streams on the broker: whole events, each read back
      // by StateStoreSerde as it was sent, the latest last.
      String changelog = application + "-latest-by-order-changelog";
      try (KafkaConsumer<byte[], byte[]> consumer = Clients.rawConsumer(broker, changelog)) {
        StateStoreSerde stored = StateStoreSerde.of(OrderPlacedEvent.JSON, OrderShippedEvent.JSON);
        List<Message<?>> kept = new java.util.ArrayList<>();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while ((kept.isEmpty() || !kept.get(kept.size() - 1).equals(shipped)) && System.nanoTime() < deadline) {
          for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200))) {
            kept.add(stored.deserializer().deserialize(changelog, record.headers(), record.value()));
          }
        }
        assertThat(kept).isNotEmpty().isSubsetOf(placed, shipped);
        assertThat(kept.get(kept.size() - 1)).isEqualTo(shipped);
      }
      streams.close(Duration.ofSeconds(30));
      streams.cleanUp();
    }
  }
}
