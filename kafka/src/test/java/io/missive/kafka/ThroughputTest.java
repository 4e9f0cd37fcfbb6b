package io.missive.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.kafka.CloudEventDeserializer;
import io.cloudevents.kafka.CloudEventSerializer;
import io.missive.Message;
import io.missive.kafka.broker.KafkaBroker;
import io.missive.kafka.orders.OrderShippedEvent;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Produce-and-consume throughput of 100,000 messages through the local broker, with Missive's serde
 * (both modes) and the CloudEvents SDK's with Jackson for the data. Not part of the default test run
 * (tag {@code throughput}); run it with
 * {@code mvn -pl kafka test -Dtest=ThroughputTest -Dkafka.excludedGroups=none}.
 */
@Tag("throughput")
@ExtendWith(BrokerExtension.class)
@Order(4)
class ThroughputTest {

  static final int COUNT = 100_000;

  @Test
  void produceAndConsume100kMessagesWithEachSerde(KafkaBroker broker) throws Exception {
    StringBuilder report = new StringBuilder("\n| serde | produce msg/s | consume msg/s |\n|---|---:|---:|\n");
    for (int round = 0; round < 2; round++) {
      // Round 0 warms the JVM and the broker up; round 1 is reported.
      for (String serde : List.of("missive-binary", "missive-structured", "sdk-binary")) {
        double[] rates = run(broker, serde);
        if (round == 1) {
          report.append(String.format("| %s | %,.0f | %,.0f |%n", serde, rates[0], rates[1]));
        }
      }
    }
    System.out.println(report);
  }

  private double[] run(KafkaBroker broker, String serde) throws Exception {
    String topic = "throughput-" + UUID.randomUUID();
    broker.createTopic(topic, 1);
    List<OrderShippedEvent> events = new java.util.ArrayList<>(COUNT);
    for (int i = 0; i < COUNT; i++) {
      events.add(OrderShippedEvent.builder().orderId("ord-" + (i % 100)).carrier("DHL").sequence(i).build());
    }
    Map<String, Object> producerProps = new HashMap<>();
    producerProps.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
    producerProps.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
    producerProps.put(ProducerConfig.ACKS_CONFIG, "all");
    producerProps.put(ProducerConfig.LINGER_MS_CONFIG, 5);
    producerProps.put(ProducerConfig.BATCH_SIZE_CONFIG, 64 * 1024);
    long start = System.nanoTime();
    if (serde.startsWith("missive")) {
      producerProps.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, MessageSerializer.class);
      producerProps.put(MissiveKafkaConfig.MODE, serde.endsWith("binary") ? "binary" : "structured");
      try (KafkaProducer<String, Message<?>> producer = new KafkaProducer<>(producerProps)) {
        for (OrderShippedEvent event : events) {
          producer.send(new ProducerRecord<>(topic, event));
        }
        producer.flush();
      }
    } else {
      producerProps.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, CloudEventSerializer.class);
      producerProps.put(CloudEventSerializer.ENCODING_CONFIG, "BINARY");
      try (KafkaProducer<String, CloudEvent> producer = new KafkaProducer<>(producerProps)) {
        for (OrderShippedEvent event : events) {
          producer.send(new ProducerRecord<>(topic, sdk(event)));
        }
        producer.flush();
      }
    }
    double produce = COUNT / ((System.nanoTime() - start) / 1e9);
    Map<String, Object> consumerProps = new HashMap<>();
    consumerProps.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
    consumerProps.put(ConsumerConfig.GROUP_ID_CONFIG, "throughput-" + UUID.randomUUID());
    consumerProps.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    consumerProps.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2_000);
    start = System.nanoTime();
    long sum;
    if (serde.startsWith("missive")) {
      sum = consume(consumerProps, topic, MessageDeserializer.of(OrderShippedEvent.JSON),
          message -> ((OrderShippedEvent) message).data().sequence());
    } else {
      sum = consume(consumerProps, topic, new CloudEventDeserializer(), event -> {
        try {
          event.getId();
          return Clients.MAPPER.readTree(event.getData().toBytes()).get("sequence").asLong();
        } catch (java.io.IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      });
    }
    double consume = COUNT / ((System.nanoTime() - start) / 1e9);
    assertThat(sum).isEqualTo((long) COUNT * (COUNT - 1) / 2);
    return new double[] {produce, consume};
  }

  private static <V> long consume(
      Map<String, Object> props, String topic, Deserializer<V> values, Function<V, Long> sequence) {
    long sum = 0;
    int seen = 0;
    try (KafkaConsumer<String, V> consumer = new KafkaConsumer<>(props, new StringDeserializer(), values)) {
      consumer.subscribe(List.of(topic));
      long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
      while (seen < COUNT && System.nanoTime() < deadline) {
        for (ConsumerRecord<String, V> record : consumer.poll(Duration.ofMillis(200))) {
          sum += sequence.apply(record.value());
          seen++;
        }
      }
    }
    return sum;
  }

  private static CloudEvent sdk(OrderShippedEvent event) throws Exception {
    return CloudEventBuilder.v1()
        .withId(event.id())
        .withSource(URI.create(event.source()))
        .withType(event.type())
        .withTime(event.timestamp().atOffset(ZoneOffset.UTC))
        .withDataContentType("application/json")
        .withExtension("schemaversion", event.version())
        .withExtension("correlationid", event.correlationId())
        .withData(
            Clients.MAPPER.writeValueAsBytes(
                Map.of("orderId", event.data().orderId(), "carrier", event.data().carrier(), "sequence", event.data().sequence())))
        .build();
  }

  static String utf8(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
