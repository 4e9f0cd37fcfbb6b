package io.missive.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import io.missive.Message;
import io.missive.MessageFormatException;
import io.missive.UnknownMessage;
import io.missive.kafka.broker.KafkaBroker;
import io.missive.kafka.orders.GetOrderStatusQuery;
import io.missive.kafka.orders.OrderPackedEvent;
import io.missive.kafka.orders.OrderPlaced;
import io.missive.kafka.orders.OrderPlacedEvent;
import io.missive.kafka.orders.OrderShippedEvent;
import io.missive.kafka.orders.ShipOrderCommand;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RecordDeserializationException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Missive messages through a real Kafka broker, in both modes of the CloudEvents Kafka binding. */
@ExtendWith(BrokerExtension.class)
@Order(1)
class KafkaBindingTest {

  static final String MESSAGES =
      OrderPlacedEvent.class.getName() + "," + OrderShippedEvent.class.getName() + ","
          + ShipOrderCommand.class.getName() + "," + GetOrderStatusQuery.class.getName();

  static final Instant TIME = Instant.parse("2026-03-15T10:30:00.123Z");

  static OrderPlacedEvent placed(String orderId) {
    return OrderPlacedEvent.builder()
        .orderId(orderId)
        .customerId("cust-7")
        .customerName("Zoë Ångström \"Z\"")
        .lines(List.of(new OrderPlaced.Line("sku-1", 2, new BigDecimal("29.99"))))
        .total(new BigDecimal("59.98"))
        .timestamp(TIME)
        .correlationId("req-42")
        .causationId("cmd-41")
        .subject(orderId)
        .dataSchema("https://schemas.example.com/order-placed/2")
        .traceParent("00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01")
        .traceState("rojo=00f067aa0ba902b7")
        .partitionKey(orderId)
        .extension("tenantid", "acme")
        .build();
  }

  static List<Message<?>> everyKind() {
    OrderPlacedEvent placed = placed("ord-1");
    return List.of(
        placed,
        OrderShippedEvent.builder().orderId("ord-1").carrier("DHL").sequence(3).causedBy(placed).build(),
        ShipOrderCommand.builder().orderId("ord-1").express(true).causedBy(placed).partitionKey("ord-1").build(),
        GetOrderStatusQuery.builder().orderId("ord-1").build());
  }

  static String topic() {
    return "t-" + UUID.randomUUID();
  }

  @ParameterizedTest
  @ValueSource(strings = {"binary", "structured"})
  void everyMessageKindRoundTripsWithAllAttributesAndExtensions(String mode, KafkaBroker broker) {
    String topic = topic();
    List<Message<?>> sent = everyKind();
    try (KafkaProducer<String, Message<?>> producer = Clients.producer(broker, mode)) {
      Clients.sendAll(producer, sent.stream().map(message -> MessageRecords.record(topic, message)).toList());
    }
    try (KafkaConsumer<String, Message<?>> consumer = Clients.consumer(broker, topic, MESSAGES)) {
      List<ConsumerRecord<String, Message<?>>> records = Clients.pollAll(consumer, sent.size());
      assertThat(records).extracting(ConsumerRecord::value).containsExactlyElementsOf(sent);
      assertThat(records).extracting(ConsumerRecord::key).containsExactly("ord-1", null, "ord-1", null);
      assertThat(records.get(0).value().extensions())
          .containsExactly(
              Map.entry("subject", "ord-1"),
              Map.entry("dataschema", "https://schemas.example.com/order-placed/2"),
              Map.entry("traceparent", "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01"),
              Map.entry("tracestate", "rojo=00f067aa0ba902b7"),
              Map.entry("partitionkey", "ord-1"),
              Map.entry("tenantid", "acme"));
      // Re-written, what was read is the same record again.
      Message<?> reread = records.get(0).value();
      assertThat(reread.toJson()).isEqualTo(sent.get(0).toJson());
      Map<String, String> headers = headers(records.get(0));
      if (mode.equals("binary")) {
        // Every attribute and extension as its header, and nothing else.
        assertThat(headers)
            .containsOnly(
                Map.entry("ce_specversion", "1.0"),
                Map.entry("ce_id", sent.get(0).id()),
                Map.entry("ce_source", "order-service"),
                Map.entry("ce_type", "OrderPlaced"),
                Map.entry("ce_time", "2026-03-15T10:30:00.123Z"),
                Map.entry("ce_schemaversion", "2"),
                Map.entry("ce_correlationid", "req-42"),
                Map.entry("ce_causationid", "cmd-41"),
                Map.entry("ce_subject", "ord-1"),
                Map.entry("ce_dataschema", "https://schemas.example.com/order-placed/2"),
                Map.entry("ce_traceparent", "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01"),
                Map.entry("ce_tracestate", "rojo=00f067aa0ba902b7"),
                Map.entry("ce_partitionkey", "ord-1"),
                Map.entry("ce_tenantid", "acme"),
                Map.entry("content-type", "application/json"));
        assertThat(records.get(0).headers().toArray()).hasSize(headers.size());
        assertThat(headers(records.get(3))).doesNotContainKey("ce_causationid");
      } else {
        assertThat(headers).containsExactly(Map.entry("content-type", "application/cloudevents+json; charset=UTF-8"));
      }
    }
  }

  @Test
  void withoutAListTheDeserializerReadsEveryGeneratedMessageOnTheClassPath(KafkaBroker broker) {
    String topic = topic();
    List<Message<?>> sent = everyKind();
    try (KafkaProducer<String, Message<?>> producer = Clients.producer(broker, "binary")) {
      Clients.sendAll(producer, sent.stream().map(message -> MessageRecords.record(topic, message)).toList());
    }
    Map<String, Object> props = Clients.consumerProperties(broker, MESSAGES);
    props.remove(MissiveKafkaConfig.MESSAGES);
    try (KafkaConsumer<String, Message<?>> consumer = new KafkaConsumer<>(props)) {
      consumer.subscribe(List.of(topic));
      assertThat(Clients.pollAll(consumer, sent.size())).extracting(ConsumerRecord::value).containsExactlyElementsOf(sent);
    }
    assertThat(io.missive.MessageJsonReader.discovered().types())
        .containsExactlyInAnyOrder("OrderPlaced", "OrderShipped", "OrderPacked", "ShipOrder", "GetOrderStatus");
  }

  @Test
  void typedExtensionsKeepTheirTypeInStructuredModeAndBecomeTextInBinaryMode(KafkaBroker broker) {
    OrderShippedEvent shipped =
        OrderShippedEvent.builder().orderId("o").carrier("UPS").sequence(1)
            .extension("attempt", 3).extension("fragile", true).build();
    for (String mode : List.of("structured", "binary")) {
      String topic = topic();
      try (KafkaProducer<String, Message<?>> producer = Clients.producer(broker, mode)) {
        Clients.sendAll(producer, MessageRecords.record(topic, shipped));
      }
      try (KafkaConsumer<String, Message<?>> consumer = Clients.consumer(broker, topic, MESSAGES)) {
        Message<?> read = Clients.pollAll(consumer, 1).get(0).value();
        if (mode.equals("structured")) {
          assertThat(read).isEqualTo(shipped);
        } else {
          assertThat(read.extensions()).containsExactly(Map.entry("attempt", "3"), Map.entry("fragile", "true"));
          assertThat(read.data()).isEqualTo(shipped.data());
        }
      }
    }
  }

  @Test
  void aVersion1RecordOfAnOlderProducerIsReadAsVersion2InBothModes(KafkaBroker broker) {
    String topic = topic();
    String data = "{\"orderId\":\"ord-9\",\"customerId\":\"c-1\",\"lines\":[],\"total\":0}";
    String structured =
        "{\"specversion\":\"1.0\",\"id\":\"e-2\",\"source\":\"legacy-orders\",\"type\":\"OrderPlaced\","
            + "\"time\":\"2025-01-01T00:00:00Z\",\"datacontenttype\":\"application/json\","
            + "\"schemaversion\":1,\"data\":" + data + "}";
    try (KafkaProducer<byte[], byte[]> producer = Clients.rawProducer(broker)) {
      ProducerRecord<byte[], byte[]> record =
          new ProducerRecord<>(topic, null, structured.getBytes(StandardCharsets.UTF_8));
      record.headers().add("content-type", utf8("application/cloudevents+json; charset=UTF-8"));
      Clients.sendAll(producer, List.of(binaryRecord(topic, data, "e-1", "1"), record));
    }
    try (KafkaConsumer<String, Message<?>> consumer = Clients.consumer(broker, topic, MESSAGES)) {
      List<ConsumerRecord<String, Message<?>>> records = Clients.pollAll(consumer, 2);
      for (ConsumerRecord<String, Message<?>> record : records) {
        OrderPlacedEvent event = (OrderPlacedEvent) record.value();
        assertThat(event.version()).isEqualTo(2);
        assertThat(event.data().customerName()).isEqualTo("(unknown)");
        assertThat(event.data().orderId()).isEqualTo("ord-9");
        assertThat(event.source()).isEqualTo("legacy-orders");
      }
      assertThat(records).extracting(r -> r.value().id()).containsExactly("e-1", "e-2");
    }
  }

  @Test
  void recordsOfOneKeyKeepTheirOrderOnOnePartition(KafkaBroker broker) throws Exception {
    String topic = topic();
    broker.createTopic(topic, 3);
    int orders = 6;
    int perOrder = 50;
    List<ProducerRecord<String, Message<?>>> records = new ArrayList<>();
    for (int sequence = 0; sequence < perOrder; sequence++) {
      for (int order = 0; order < orders; order++) {
        // Keyed by hand, and by @PartitionKey (OrderPacked.orderId): both are the record key.
        records.add(
            MessageRecords.record(
                topic,
                OrderShippedEvent.builder().orderId("ord-" + order).carrier("DHL").sequence(sequence)
                    .partitionKey("ord-" + order).build()));
        records.add(
            MessageRecords.record(
                topic, OrderPackedEvent.builder().orderId("ord-" + order).sequence(sequence).build()));
      }
    }
    try (KafkaProducer<String, Message<?>> producer = Clients.producer(broker, "binary")) {
      Clients.sendAll(producer, records);
    }
    Map<String, List<String>> sequences = new HashMap<>();
    Map<String, Integer> partitions = new HashMap<>();
    String messages = MESSAGES + "," + OrderPackedEvent.class.getName();
    try (KafkaConsumer<String, Message<?>> consumer = Clients.consumer(broker, topic, messages)) {
      for (ConsumerRecord<String, Message<?>> record : Clients.pollAll(consumer, records.size())) {
        String orderId;
        String step;
        if (record.value() instanceof OrderPackedEvent packed) {
          orderId = packed.data().orderId();
          step = "packed " + packed.data().sequence();
          assertThat(headers(record)).containsEntry("ce_partitionkey", orderId);
        } else {
          OrderShippedEvent shipped = (OrderShippedEvent) record.value();
          orderId = shipped.data().orderId();
          step = "shipped " + shipped.data().sequence();
        }
        sequences.computeIfAbsent(orderId, k -> new ArrayList<>()).add(step);
        Integer previous = partitions.putIfAbsent(record.key(), record.partition());
        assertThat(previous == null || previous == record.partition())
            .as("every record of %s on one partition", record.key())
            .isTrue();
        assertThat(record.key()).isEqualTo(orderId);
      }
    }
    assertThat(sequences).hasSize(orders);
    List<String> expected = new ArrayList<>();
    for (long sequence = 0; sequence < perOrder; sequence++) {
      expected.add("shipped " + sequence);
      expected.add("packed " + sequence);
    }
    sequences.values().forEach(list -> assertThat(list).containsExactlyElementsOf(expected));
    assertThat(new java.util.HashSet<>(partitions.values())).as("the orders spread over partitions").hasSizeGreaterThan(1);
  }

  @Test
  void everyUnreadableRecordFailsPreciselyAndTheConsumerGoesOn(KafkaBroker broker) {
    String topic = topic();
    String data = "{\"orderId\":\"o-1\",\"carrier\":\"DHL\",\"sequence\":1}";
    Map<String, ProducerRecord<byte[], byte[]>> bad = new LinkedHashMap<>();
    bad.put("an unknown type", binaryShipped(topic, data, Map.of("ce_type", "OrderLost")));
    bad.put("a missing header", binaryShipped(topic, data, Map.of("ce_id", "")));
    bad.put("a bad time", binaryShipped(topic, data, Map.of("ce_time", "yesterday")));
    bad.put("a bad version", binaryShipped(topic, data, Map.of("ce_schemaversion", "two")));
    bad.put("a newer version", binaryShipped(topic, data, Map.of("ce_schemaversion", "9")));
    bad.put("a corrupt value", binaryShipped(topic, "{\"orderId\":\"o-1\",", Map.of()));
    bad.put("a value that smuggles attributes", binaryShipped(topic, data + ",\"type\":\"X\"", Map.of()));
    bad.put("a field of the wrong type", binaryShipped(topic, data.replace("1}", "\"one\"}"), Map.of()));
    bad.put("a header that is not UTF-8", binaryShipped(topic, data, Map.of("ce_source", "\uFFFF")));
    bad.put("a header twice", withHeader(binaryShipped(topic, data, Map.of()), "ce_id", "again"));
    ProducerRecord<byte[], byte[]> structured =
        new ProducerRecord<>(topic, null, "{\"specversion\":\"1.0\",\"id\":".getBytes(StandardCharsets.UTF_8));
    structured.headers().add("content-type", utf8("application/cloudevents+json"));
    bad.put("a corrupt structured value", structured);
    ProducerRecord<byte[], byte[]> batch = new ProducerRecord<>(topic, null, utf8("[]"));
    batch.headers().add("content-type", utf8("application/cloudevents-batch+json"));
    bad.put("a batch", batch);
    bad.put("no CloudEvents record", new ProducerRecord<>(topic, null, utf8("{\"hello\":1}")));
    bad.put("two JSON values", binaryShipped(topic, data + " " + data, Map.of()));
    try (KafkaProducer<byte[], byte[]> producer = Clients.rawProducer(broker)) {
      List<ProducerRecord<byte[], byte[]>> records = new ArrayList<>();
      records.add(binaryShipped(topic, data, Map.of()));
      records.addAll(bad.values());
      records.add(binaryShipped(topic, data, Map.of()));
      Clients.sendAll(producer, records);
    }
    List<Message<?>> read = new ArrayList<>();
    List<RecordDeserializationException> errors = new ArrayList<>();
    try (KafkaConsumer<String, Message<?>> consumer = Clients.consumer(broker, topic, MESSAGES)) {
      Clients.poll(consumer, bad.size() + 2, Duration.ofSeconds(60), r -> read.add(r.value()), errors::add);
    }
    assertThat(read).hasSize(2);
    assertThat(errors).hasSize(bad.size());
    List<String> messages = new ArrayList<>();
    for (int i = 0; i < errors.size(); i++) {
      RecordDeserializationException error = errors.get(i);
      assertThat(error.offset()).isEqualTo(i + 1);
      assertThat(error.getMessage()).contains(topic + "-0").contains("offset " + (i + 1));
      assertThat(error.getCause()).isInstanceOf(MessageFormatException.class);
      messages.add(error.getCause().getMessage());
    }
    String where = " (record of topic " + topic + ", binary mode)";
    assertThat(messages)
        .containsExactly(
            "Cannot read OrderLost JSON: header ce_type: unknown message type \"OrderLost\"; this reader knows"
                + " [OrderPlaced, OrderShipped, ShipOrder, GetOrderStatus]. Register its codec in"
                + " MessageJsonReader.of(...), or hand unknown types back with keepingUnknownTypes()" + where,
            "Cannot read OrderShipped JSON: header ce_id is missing" + where,
            "Cannot read OrderShipped JSON: header ce_time: expected an RFC 3339 timestamp with seconds such as"
                + " 2026-03-15T10:30:00Z, found \"yesterday\"" + where,
            "Cannot read OrderShipped JSON: header ce_schemaversion: expected a schema version (an integer),"
                + " found \"two\"" + where,
            "Cannot read OrderShipped JSON: header ce_schemaversion: version 9 is newer than 1, the current"
                + " version of OrderShipped that this reader was built with; deploy the newer OrderShipped to"
                + " read it" + where,
            messages.get(5),
            messages.get(6),
            "Cannot read OrderShipped JSON at data.sequence: expected an integer, found a string" + where,
            "Cannot read OrderShipped JSON: header ce_source is not UTF-8 text" + where,
            "Cannot read OrderShipped JSON: header ce_id appears twice" + where,
            messages.get(10),
            "Cannot read message JSON: header content-type is \"application/cloudevents-batch+json\": only single"
                + " events in JSON (application/cloudevents+json) are read, not batches or other formats"
                + " (record of topic " + topic + ", structured mode)",
            messages.get(12),
            "Cannot read OrderShipped JSON at data: the record value goes on after its JSON value" + where);
    assertThat(messages.get(5))
        .startsWith("Cannot read OrderShipped JSON at data: the record value is not valid JSON: Unexpected end-of-input")
        .endsWith(where);
    assertThat(messages.get(6))
        .startsWith("Cannot read OrderShipped JSON at data: the record value is not valid JSON: Unexpected"
            + " character (',' (code 44))")
        .endsWith(where);
    assertThat(messages.get(12))
        .isEqualTo(
            "Cannot read message JSON: the record has neither ce_ headers nor a content-type header, and its"
                + " value is no structured-mode event either (it has no specversion), so it is no CloudEvents"
                + " record (record of topic " + topic + ")");
    assertThat(messages.get(10))
        .startsWith("Cannot read message JSON")
        .contains("Unexpected end-of-input")
        .endsWith(" (record of topic " + topic + ", structured mode)");
  }

  @Test
  void anUnknownTypeIsAnUnknownMessageWhenConfiguredSoAndIsWrittenBackAsItCame(KafkaBroker broker) {
    String topic = topic();
    String data = "{\"orderId\":\"o-1\"}";
    try (KafkaProducer<byte[], byte[]> producer = Clients.rawProducer(broker)) {
      Clients.sendAll(producer, binaryShipped(topic, data, Map.of("ce_type", "OrderLost", "ce_tenantid", "acme")));
    }
    Map<String, Object> props = Clients.consumerProperties(broker, MESSAGES);
    props.put(MissiveKafkaConfig.UNKNOWN_TYPES, "keep");
    try (KafkaConsumer<String, Message<?>> consumer = new KafkaConsumer<>(props)) {
      consumer.subscribe(List.of(topic));
      ConsumerRecord<String, Message<?>> record = Clients.pollAll(consumer, 1).get(0);
      UnknownMessage unknown = (UnknownMessage) record.value();
      assertThat(unknown.type()).isEqualTo("OrderLost");
      assertThat(unknown.extensions()).containsEntry("tenantid", "acme");
      assertThat(new String(unknown.dataJsonBytes(), StandardCharsets.UTF_8)).isEqualTo(data);
      // Forwarded (to a parking topic, say) in binary mode, it keeps its headers.
      org.apache.kafka.common.header.internals.RecordHeaders headers =
          new org.apache.kafka.common.header.internals.RecordHeaders();
      byte[] value = new MessageSerializer().serialize("parking", headers, unknown);
      assertThat(new String(value, StandardCharsets.UTF_8)).isEqualTo(data);
      Map<String, String> written = new LinkedHashMap<>();
      headers.forEach(h -> written.put(h.key(), new String(h.value(), StandardCharsets.UTF_8)));
      assertThat(written).containsEntry("ce_type", "OrderLost").containsEntry("ce_tenantid", "acme")
          .containsEntry("content-type", "application/json");
    }
  }

  static ProducerRecord<byte[], byte[]> binaryShipped(String topic, String data, Map<String, String> changes) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("ce_specversion", "1.0");
    headers.put("ce_id", "e-" + UUID.randomUUID());
    headers.put("ce_source", "shipping-service");
    headers.put("ce_type", "OrderShipped");
    headers.put("ce_time", "2026-03-15T10:30:00Z");
    headers.put("ce_schemaversion", "1");
    headers.put("content-type", "application/json");
    headers.putAll(changes);
    ProducerRecord<byte[], byte[]> record = new ProducerRecord<>(topic, null, utf8(data));
    headers.forEach(
        (name, value) -> {
          if (value.equals("\uFFFF")) {
            record.headers().add(new RecordHeader(name, new byte[] {(byte) 0xC3, (byte) 0x28}));
          } else if (!value.isEmpty()) {
            record.headers().add(name, utf8(value));
          }
        });
    return record;
  }

  static ProducerRecord<byte[], byte[]> binaryRecord(String topic, String data, String id, String version) {
    return binaryShipped(
        topic, data, Map.of("ce_id", id, "ce_type", "OrderPlaced", "ce_source", "legacy-orders", "ce_schemaversion", version));
  }

  static ProducerRecord<byte[], byte[]> withHeader(ProducerRecord<byte[], byte[]> record, String name, String value) {
    record.headers().add(name, utf8(value));
    return record;
  }

  static Map<String, String> headers(ConsumerRecord<?, ?> record) {
    Map<String, String> headers = new LinkedHashMap<>();
    for (Header header : record.headers()) {
      headers.put(header.key(), new String(header.value(), StandardCharsets.UTF_8));
    }
    return headers;
  }

  static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
