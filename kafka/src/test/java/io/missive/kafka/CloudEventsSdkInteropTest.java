package io.missive.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.jackson.JsonFormat;
import io.cloudevents.kafka.CloudEventDeserializer;
import io.cloudevents.kafka.CloudEventSerializer;
import io.missive.Message;
import io.missive.kafka.broker.KafkaBroker;
import io.missive.kafka.orders.OrderPlacedEvent;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The CloudEvents Java SDK's Kafka serde and Missive's read each other's records, in both modes. */
@ExtendWith(BrokerExtension.class)
@Order(2)
class CloudEventsSdkInteropTest {

  @ParameterizedTest
  @ValueSource(strings = {"binary", "structured"})
  void theSdkReadsWhatMissiveWrites(String mode, KafkaBroker broker) {
    String topic = "sdk-in-" + UUID.randomUUID();
    OrderPlacedEvent placed = KafkaBindingTest.placed("ord-5");
    try (KafkaProducer<String, Message<?>> producer = Clients.producer(broker, mode)) {
      Clients.sendAll(producer, MessageRecords.record(topic, placed));
    }
    Map<String, Object> props = new HashMap<>();
    props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
    props.put(ConsumerConfig.GROUP_ID_CONFIG, "sdk-" + UUID.randomUUID());
    props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
    props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, CloudEventDeserializer.class);
    try (KafkaConsumer<String, CloudEvent> consumer = new KafkaConsumer<>(props)) {
      consumer.subscribe(List.of(topic));
      CloudEvent event = Clients.pollAll(consumer, 1).get(0).value();
      assertThat(event.getSpecVersion().toString()).isEqualTo("1.0");
      assertThat(event.getId()).isEqualTo(placed.id());
      assertThat(event.getSource()).isEqualTo(URI.create("order-service"));
      assertThat(event.getType()).isEqualTo("OrderPlaced");
      assertThat(event.getTime().toInstant()).isEqualTo(placed.timestamp());
      assertThat(event.getDataContentType()).startsWith("application/json");
      assertThat(event.getSubject()).isEqualTo("ord-5");
      assertThat(event.getDataSchema()).isEqualTo(URI.create("https://schemas.example.com/order-placed/2"));
      assertThat(event.getExtension("correlationid")).isEqualTo("req-42");
      assertThat(event.getExtension("causationid")).isEqualTo("cmd-41");
      assertThat(event.getExtension("traceparent"))
          .isEqualTo("00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01");
      assertThat(event.getExtension("tenantid")).isEqualTo("acme");
      assertThat(event.getExtension("partitionkey")).isEqualTo("ord-5");
      assertThat(String.valueOf(event.getExtension("schemaversion"))).isEqualTo("2");
      assertThat(new String(event.getData().toBytes(), StandardCharsets.UTF_8))
          .isEqualTo(new String(placed.dataJsonBytes(), StandardCharsets.UTF_8));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"BINARY", "STRUCTURED"})
  void missiveReadsWhatTheSdkWrites(String encoding, KafkaBroker broker) {
    String topic = "sdk-out-" + UUID.randomUUID();
    String data =
        "{\"orderId\":\"ord-6\",\"customerId\":\"c-2\",\"customerName\":\"Ana\","
            + "\"lines\":[{\"sku\":\"sku-2\",\"quantity\":1,\"price\":9.50}],\"total\":9.50}";
    CloudEvent event =
        CloudEventBuilder.v1()
            .withId("sdk-1")
            .withSource(URI.create("/sdk/orders"))
            .withType("OrderPlaced")
            .withTime(OffsetDateTime.of(2026, 3, 15, 10, 30, 0, 0, ZoneOffset.ofHours(1)))
            .withDataContentType("application/json")
            .withSubject("ord-6")
            .withExtension("schemaversion", 2)
            .withExtension("correlationid", "flow-1")
            .withExtension("traceparent", "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01")
            .withData(data.getBytes(StandardCharsets.UTF_8))
            .build();
    Map<String, Object> props = new HashMap<>();
    props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
    props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
    props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, CloudEventSerializer.class);
    props.put(CloudEventSerializer.ENCODING_CONFIG, encoding);
    props.put(CloudEventSerializer.EVENT_FORMAT_CONFIG, JsonFormat.CONTENT_TYPE);
    try (KafkaProducer<String, CloudEvent> producer = new KafkaProducer<>(props)) {
      Clients.sendAll(producer, new ProducerRecord<>(topic, "ord-6", event));
    }
    try (KafkaConsumer<String, Message<?>> consumer =
        Clients.consumer(broker, topic, KafkaBindingTest.MESSAGES)) {
      ConsumerRecord<String, Message<?>> record = Clients.pollAll(consumer, 1).get(0);
      OrderPlacedEvent placed = (OrderPlacedEvent) record.value();
      assertThat(placed.id()).isEqualTo("sdk-1");
      assertThat(placed.source()).isEqualTo("/sdk/orders");
      assertThat(placed.timestamp()).isEqualTo(OffsetDateTime.of(2026, 3, 15, 9, 30, 0, 0, ZoneOffset.UTC).toInstant());
      assertThat(placed.correlationId()).isEqualTo("flow-1");
      assertThat(placed.data().customerName()).isEqualTo("Ana");
      assertThat(placed.data().lines()).hasSize(1);
      assertThat(placed.extensions())
          .containsEntry("subject", "ord-6")
          .containsEntry("traceparent", "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01");
    }
  }
}
