package io.missive.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.missive.Message;
import io.missive.MessageFormatException;
import io.missive.MessageJsonReader;
import io.missive.kafka.orders.OrderPlacedEvent;
import io.missive.kafka.orders.OrderShippedEvent;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.errors.LogAndContinueExceptionHandler;
import org.apache.kafka.streams.errors.StreamsException;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.JoinWindows;
import org.apache.kafka.streams.kstream.KTable;
import org.apache.kafka.streams.kstream.StreamJoined;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.common.utils.Bytes;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.Test;

/**
 * docs/kafka.md's Kafka Streams setup, on Kafka's own {@link TopologyTestDriver}: the page's serde
 * (its code is this test's, checked below) reads and writes both modes through a topology, and an
 * unreadable record goes to the {@code deserialization.exception.handler} as the page says.
 */
class KafkaStreamsTest {

  private static final Instant TIME = Instant.parse("2026-03-15T10:30:00Z");

  @Test
  void theDocumentedSerdeCarriesMessagesThroughATopologyInBinaryMode() {
    StreamsBuilder builder = new StreamsBuilder();
    // --- docs/kafka.md, "Kafka Streams" ---
    Serde<Message<?>> messages =
        Serdes.serdeFrom(new MessageSerializer(), MessageDeserializer.of(OrderPlacedEvent.JSON, OrderShippedEvent.JSON));
    KStream<String, Message<?>> orders = builder.stream("orders", Consumed.with(Serdes.String(), messages));
    // ---
    orders.filter((key, message) -> message instanceof OrderShippedEvent).to("shipped", Produced.with(Serdes.String(), messages));

    OrderPlacedEvent placed = KafkaBindingTest.placed("ord-1");
    OrderShippedEvent shipped =
        OrderShippedEvent.builder().orderId("ord-1").carrier("DHL").sequence(1).causedBy(placed).partitionKey("ord-1").build();
    try (TopologyTestDriver driver = new TopologyTestDriver(builder.build(), properties(Map.of()))) {
      TestInputTopic<String, Message<?>> in =
          driver.createInputTopic("orders", new StringSerializer(), new MessageSerializer());
      TestOutputTopic<byte[], byte[]> out =
          driver.createOutputTopic("shipped", new ByteArrayDeserializer(), new ByteArrayDeserializer());
      in.pipeInput(MessageRecords.partitionKey(placed), placed);
      in.pipeInput(MessageRecords.partitionKey(shipped), shipped);

      List<TestRecord<byte[], byte[]>> records = out.readRecordsToList();
      assertThat(records).hasSize(1);
      TestRecord<byte[], byte[]> record = records.get(0);
      // Streams handed the headers to both: the value is the data alone, the attributes are headers.
      assertThat(new String(record.value(), StandardCharsets.UTF_8)).isEqualTo(new String(shipped.dataJsonBytes(), StandardCharsets.UTF_8));
      assertThat(new String(record.headers().lastHeader("ce_type").value(), StandardCharsets.UTF_8)).isEqualTo("OrderShipped");
      assertThat(new String(record.key(), StandardCharsets.UTF_8)).isEqualTo("ord-1");
      Message<?> read = MessageDeserializer.of(OrderShippedEvent.JSON).deserialize("shipped", record.headers(), record.value());
      assertThat(read).isEqualTo(shipped);
    }
  }

  @ParameterizedTest(name = "caching {0}")
  @ValueSource(booleans = {true, false})
  void aStructuredSerdeKeepsMessagesInAStateStore(boolean caching) {
    StreamsBuilder builder = new StreamsBuilder();
    Serde<Message<?>> messages =
        Serdes.serdeFrom(new MessageSerializer(), MessageDeserializer.of(OrderPlacedEvent.JSON, OrderShippedEvent.JSON));
    // --- docs/kafka.md, "State stores" ---
    Serde<Message<?>> stored = StateStoreSerde.of(OrderPlacedEvent.JSON, OrderShippedEvent.JSON);
    KTable<String, Message<?>> latest =
        builder.stream("orders", Consumed.with(Serdes.String(), messages))
            .toTable(Materialized.<String, Message<?>, KeyValueStore<Bytes, byte[]>>as("latest-by-order")
                .withKeySerde(Serdes.String())
                .withValueSerde(stored));
    // ---
    latest.toStream().to("latest", Produced.with(Serdes.String(), messages));
    Map<String, Object> cache = Map.of(StreamsConfig.STATESTORE_CACHE_MAX_BYTES_CONFIG, caching ? 10_000_000L : 0L);

    OrderPlacedEvent placed = KafkaBindingTest.placed("ord-1");
    OrderShippedEvent shipped =
        OrderShippedEvent.builder().orderId("ord-1").carrier("DHL").sequence(1).causedBy(placed).partitionKey("ord-1").build();
    OrderPlacedEvent other = KafkaBindingTest.placed("ord-2");
    try (TopologyTestDriver driver = new TopologyTestDriver(builder.build(), properties(cache))) {
      TestInputTopic<String, Message<?>> in = driver.createInputTopic("orders", new StringSerializer(), new MessageSerializer());
      TestOutputTopic<String, Message<?>> out =
          driver.createOutputTopic("latest", new StringDeserializer(), MessageDeserializer.of(OrderPlacedEvent.JSON, OrderShippedEvent.JSON));
      in.pipeInput("ord-1", placed);
      in.pipeInput("ord-2", other);
      in.pipeInput("ord-1", shipped);

      KeyValueStore<String, Message<?>> store = driver.getKeyValueStore("latest-by-order");
      assertThat(store.get("ord-1")).isEqualTo(shipped);
      assertThat(store.get("ord-2")).isEqualTo(other);
      // What the table forwards was read back from the store (through its cache when on), in full.
      List<org.apache.kafka.streams.KeyValue<String, Message<?>>> forwarded = out.readKeyValuesToList();
      assertThat(forwarded).isNotEmpty();
      assertThat(forwarded.get(forwarded.size() - 1).value).isEqualTo(shipped);
      assertThat(forwarded).extracting(keyValue -> (Object) keyValue.value).contains(other);
    }
  }

  @ParameterizedTest(name = "StateStoreSerde {0}")
  @ValueSource(booleans = {true, false})
  void aStreamStreamJoinKeepsBothSidesInWindowStoresWithStateStoreSerde(boolean stateStoreSerde) {
    StreamsBuilder builder = new StreamsBuilder();
    Serde<Message<?>> messages =
        Serdes.serdeFrom(new MessageSerializer(), MessageDeserializer.of(OrderPlacedEvent.JSON, OrderShippedEvent.JSON));
    Serde<Message<?>> stored =
        stateStoreSerde ? StateStoreSerde.of(OrderPlacedEvent.JSON, OrderShippedEvent.JSON) : messages;
    KStream<String, Message<?>> placed = builder.stream("orders", Consumed.with(Serdes.String(), messages));
    KStream<String, Message<?>> shipped = builder.stream("shipments", Consumed.with(Serdes.String(), messages));
    placed
        .<Message<?>, Message<?>>join(
            shipped,
            (order, shipment) -> shipment,
            JoinWindows.ofTimeDifferenceWithNoGrace(Duration.ofHours(1)),
            StreamJoined.with(Serdes.String(), stored, stored))
        .to("shipped", Produced.with(Serdes.String(), messages));
    OrderPlacedEvent order = KafkaBindingTest.placed("ord-1");
    OrderShippedEvent shipment =
        OrderShippedEvent.builder().orderId("ord-1").carrier("DHL").sequence(1).causedBy(order).partitionKey("ord-1").build();
    try (TopologyTestDriver driver = new TopologyTestDriver(builder.build(), properties(Map.of()))) {
      TestInputTopic<String, Message<?>> orders = driver.createInputTopic("orders", new StringSerializer(), new MessageSerializer());
      TestInputTopic<String, Message<?>> shipments =
          driver.createInputTopic("shipments", new StringSerializer(), new MessageSerializer());
      TestOutputTopic<String, Message<?>> out =
          driver.createOutputTopic("shipped", new StringDeserializer(), MessageDeserializer.of(OrderPlacedEvent.JSON, OrderShippedEvent.JSON));
      if (!stateStoreSerde) {
        assertThatThrownBy(() -> orders.pipeInput("ord-1", order))
            .rootCause()
            .isInstanceOf(MessageFormatException.class)
            .hasMessageContaining("-changelog is the changelog of a Kafka Streams state store");
        return;
      }
      orders.pipeInput("ord-1", order, TIME);
      shipments.pipeInput("ord-1", shipment, TIME.plusSeconds(60));
      assertThat(out.readValuesToList()).containsExactly(shipment);
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"toTable", "reduce"})
  void theRecordSerdeInAStateStoreIsRefusedAtTheFirstWrite(String operation) {
    StreamsBuilder builder = new StreamsBuilder();
    Serde<Message<?>> messages =
        Serdes.serdeFrom(new MessageSerializer(), MessageDeserializer.of(OrderPlacedEvent.JSON, OrderShippedEvent.JSON));
    KStream<String, Message<?>> orders = builder.stream("orders", Consumed.with(Serdes.String(), messages));
    Materialized<String, Message<?>, KeyValueStore<Bytes, byte[]>> store =
        Materialized.<String, Message<?>, KeyValueStore<Bytes, byte[]>>as("latest-by-order")
            .withKeySerde(Serdes.String())
            .withValueSerde(messages);
    if (operation.equals("toTable")) {
      orders.toTable(store);
    } else {
      // The first of each key kept: with the record serde, the stored message would come back with
      // the attributes of the record in flight and the data of the first, silently.
      orders.groupByKey().reduce((first, later) -> first, store);
    }
    try (TopologyTestDriver driver = new TopologyTestDriver(builder.build(), properties(Map.of()))) {
      TestInputTopic<String, Message<?>> in = driver.createInputTopic("orders", new StringSerializer(), new MessageSerializer());
      assertThatThrownBy(() -> in.pipeInput("ord-1", KafkaBindingTest.placed("ord-1")))
          .isInstanceOf(StreamsException.class)
          .rootCause()
          .isInstanceOf(MessageFormatException.class)
          .hasMessageContaining("topic orders-app-latest-by-order-changelog is the changelog of a Kafka Streams state store")
          .hasMessageContaining("A store's value serde is StateStoreSerde");
    }
  }

  @Test
  void theDefaultSerdeIsMadeAndConfiguredByKafkaStreamsFromTheProperties() {
    Map<String, Object> props = new java.util.HashMap<>();
    // --- as in docs/kafka.md, "Kafka Streams" ---
    props.put(StreamsConfig.DEFAULT_KEY_SERDE_CLASS_CONFIG, Serdes.StringSerde.class);
    props.put(StreamsConfig.DEFAULT_VALUE_SERDE_CLASS_CONFIG, MessageSerde.class);
    props.put(MissiveKafkaConfig.MODE, "structured"); // written in structured mode; read in either
    // ---
    props.put(MissiveKafkaConfig.MESSAGES, OrderPlacedEvent.class.getName() + "," + OrderShippedEvent.class.getName());
    StreamsBuilder builder = new StreamsBuilder();
    // No serde given: Kafka Streams makes the default one and configures it with the properties above.
    builder.<String, Message<?>>stream("orders")
        .filter((key, message) -> message instanceof OrderShippedEvent)
        .to("shipped");
    OrderPlacedEvent placed = KafkaBindingTest.placed("ord-1");
    OrderShippedEvent shipped =
        OrderShippedEvent.builder().orderId("ord-1").carrier("DHL").sequence(1).causedBy(placed).build();
    try (TopologyTestDriver driver = new TopologyTestDriver(builder.build(), properties(props))) {
      TestInputTopic<String, Message<?>> in = driver.createInputTopic("orders", new StringSerializer(), new MessageSerializer());
      TestOutputTopic<byte[], byte[]> out =
          driver.createOutputTopic("shipped", new ByteArrayDeserializer(), new ByteArrayDeserializer());
      in.pipeInput("ord-1", placed);
      in.pipeInput("ord-1", shipped);
      List<TestRecord<byte[], byte[]>> records = out.readRecordsToList();
      assertThat(records).hasSize(1);
      // Read from binary mode, written in the mode of the properties: the whole event as the value.
      assertThat(header(records.get(0), "content-type")).isEqualTo("application/cloudevents+json; charset=UTF-8");
      assertThat(records.get(0).headers().lastHeader("ce_type")).isNull();
      assertThat(MessageJsonReader.of(OrderShippedEvent.JSON).read(records.get(0).value())).isEqualTo(shipped);
    }
    // The types of missive.kafka.messages reach the deserializer too: another type is unknown to it.
    props.put(MissiveKafkaConfig.MESSAGES, OrderPlacedEvent.class.getName());
    try (TopologyTestDriver driver = new TopologyTestDriver(passThroughByDefault(), properties(props))) {
      TestInputTopic<String, Message<?>> in = driver.createInputTopic("orders", new StringSerializer(), new MessageSerializer());
      assertThatThrownBy(() -> in.pipeInput("ord-1", shipped))
          .isInstanceOf(StreamsException.class)
          .cause()
          .isInstanceOf(MessageFormatException.class)
          .hasMessageContaining("unknown message type \"OrderShipped\"");
    }
  }

  @Test
  void anUnreadableRecordFailsTheTaskByDefaultWithTheMessageFormatException() {
    try (TopologyTestDriver driver = new TopologyTestDriver(passThrough(), properties(Map.of()))) {
      TestInputTopic<byte[], byte[]> in = driver.createInputTopic("orders", new ByteArraySerializer(), new ByteArraySerializer());
      assertThatThrownBy(() -> in.pipeInput(unknownType()))
          .isInstanceOf(StreamsException.class)
          .cause()
          .isInstanceOf(MessageFormatException.class)
          .hasMessageContaining("header ce_type: unknown message type \"OrderLost\"");
    }
  }

  @Test
  void logAndContinueSkipsAnUnreadableRecordAndTheDeadLetterQueueKeepsItAsItCame() {
    Map<String, Object> props = new java.util.HashMap<>();
    // --- as in docs/kafka.md, "Kafka Streams" ---
    props.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG, LogAndContinueExceptionHandler.class);
    props.put(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, "orders-dlq");
    // ---
    try (TopologyTestDriver driver = new TopologyTestDriver(passThrough(), properties(props))) {
      TestInputTopic<byte[], byte[]> in = driver.createInputTopic("orders", new ByteArraySerializer(), new ByteArraySerializer());
      TestInputTopic<String, Message<?>> good = driver.createInputTopic("orders", new StringSerializer(), new MessageSerializer());
      TestOutputTopic<String, byte[]> out = driver.createOutputTopic("shipped", new StringDeserializer(), new ByteArrayDeserializer());
      TestOutputTopic<byte[], byte[]> dlq = driver.createOutputTopic("orders-dlq", new ByteArrayDeserializer(), new ByteArrayDeserializer());
      OrderPlacedEvent before = KafkaBindingTest.placed("ord-1");
      OrderPlacedEvent after = KafkaBindingTest.placed("ord-2");
      TestRecord<byte[], byte[]> lost = unknownType();

      good.pipeInput("ord-1", before);
      in.pipeInput(lost);
      good.pipeInput("ord-2", after);

      assertThat(out.readKeyValuesToList()).extracting(keyValue -> keyValue.key).containsExactly("ord-1", "ord-2");
      List<TestRecord<byte[], byte[]>> parked = dlq.readRecordsToList();
      assertThat(parked).hasSize(1);
      assertThat(parked.get(0).value()).isEqualTo(lost.value());
      assertThat(header(parked.get(0), "ce_type")).isEqualTo("OrderLost");
      // Kafka Streams' own headers: the handler got the MessageFormatException itself.
      assertThat(header(parked.get(0), "__streams.errors.exception")).isEqualTo("io.missive.MessageFormatException");
      assertThat(header(parked.get(0), "__streams.errors.message"))
          .startsWith("Cannot read OrderLost JSON: header ce_type: unknown message type \"OrderLost\"")
          .endsWith("(record of topic orders, binary mode)");
      assertThat(header(parked.get(0), "__streams.errors.topic")).isEqualTo("orders");
      assertThat(header(parked.get(0), "__streams.errors.offset")).isEqualTo("1");
    }
  }

  @Test
  void theDocumentedSerdesAndDeadLetterSettingsAreTheOnesThisTestRuns() {
    // The section's own blocks: the serde, the default serde's and the handler's properties (the
    // store's are below).
    List<String> blocks = DocSnippets.blocks("Kafka Streams", "java");
    List<String> stores = DocSnippets.blocks("State stores", "java");
    assertThat(blocks).hasSize(3 + stores.size());
    for (String block : blocks.subList(0, 3)) {
      DocSnippets.assertRunBy(KafkaStreamsTest.class, block);
    }
  }

  @Test
  void theDocumentedStoreSerdeIsTheOneThisTestRuns() {
    List<String> blocks = DocSnippets.blocks("State stores", "java");
    assertThat(blocks).hasSize(1);
    DocSnippets.assertRunBy(KafkaStreamsTest.class, blocks.get(0));
  }

  /** orders to shipped, read and written with the page's serde. */
  private static org.apache.kafka.streams.Topology passThrough() {
    StreamsBuilder builder = new StreamsBuilder();
    Serde<Message<?>> messages =
        Serdes.serdeFrom(new MessageSerializer(), MessageDeserializer.of(OrderPlacedEvent.JSON, OrderShippedEvent.JSON));
    builder.stream("orders", Consumed.with(Serdes.String(), messages)).to("shipped", Produced.with(Serdes.String(), messages));
    return builder.build();
  }

  /** orders to shipped, with the default serdes of the properties. */
  private static org.apache.kafka.streams.Topology passThroughByDefault() {
    StreamsBuilder builder = new StreamsBuilder();
    builder.stream("orders").to("shipped");
    return builder.build();
  }

  private static TestRecord<byte[], byte[]> unknownType() {
    ProducerRecord<byte[], byte[]> record =
        KafkaBindingTest.binaryShipped("orders", "{\"orderId\":\"o-1\",\"carrier\":\"DHL\",\"sequence\":1}", Map.of("ce_type", "OrderLost"));
    return new TestRecord<>(null, record.value(), new RecordHeaders(record.headers().toArray()));
  }

  private static String header(TestRecord<?, ?> record, String name) {
    return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
  }

  private static Properties properties(Map<String, Object> more) {
    Properties properties = new Properties();
    properties.put(StreamsConfig.APPLICATION_ID_CONFIG, "orders-app");
    properties.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
    properties.putAll(more);
    return properties;
  }
}
