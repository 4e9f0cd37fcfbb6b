package io.missive.kafka;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import io.missive.Message;
import io.missive.kafka.broker.KafkaBroker;
import io.missive.kafka.orders.OrderShippedEvent;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.RecordDeserializationException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The dead-letter loop of docs/kafka.md, with the plain clients, on the real broker: a poll loop
 * that dispatches with a {@link MessageDispatcher}, parks what cannot be read, retries what could
 * not be handled and parks it after three tries, and commits only what was handled.
 */
@ExtendWith(BrokerExtension.class)
@Order(3)
class DeadLetterTest {

  @Test
  void whatCannotBeReadOrHandledGoesToTheDeadLetterTopicAndEveryOtherRecordIsHandledOnce(KafkaBroker broker)
      throws Exception {
    String topic = "orders-" + UUID.randomUUID();
    // The page's name: one broker per test run, and no other test writes it.
    String dltTopic = "orders.DLT";
    broker.createTopic(topic, 2);
    ProducerRecord<byte[], byte[]> unreadable =
        KafkaBindingTest.binaryShipped(topic, data("o-lost", "DHL"), Map.of("ce_type", "OrderLost"));
    ProducerRecord<byte[], byte[]> refused = KafkaBindingTest.binaryShipped(topic, data("o-5", "REFUSED"), Map.of());
    try (KafkaProducer<byte[], byte[]> producer = Clients.rawProducer(broker)) {
      Clients.sendAll(
          producer,
          List.of(
              on(0, KafkaBindingTest.binaryShipped(topic, data("o-1", "DHL"), Map.of())),
              on(0, unreadable),
              // Its handler throws the first time only: retried, then handled.
              on(0, KafkaBindingTest.binaryShipped(topic, data("o-2", "FLAKY"), Map.of())),
              on(0, KafkaBindingTest.binaryShipped(topic, data("o-3", "DHL"), Map.of())),
              on(1, KafkaBindingTest.binaryShipped(topic, data("o-4", "DHL"), Map.of())),
              // Its handler always throws: tried three times, then parked.
              on(1, refused),
              on(1, KafkaBindingTest.binaryShipped(topic, data("o-6", "DHL"), Map.of()))));
    }

    Map<String, Integer> tries = new HashMap<>();
    List<String> handled = new ArrayList<>();
    AtomicInteger duplicates = new AtomicInteger();
    MessageDispatcher dispatcher =
        MessageDispatcher.builder()
            .on(
                OrderShippedEvent.class,
                shipped -> {
                  String order = shipped.data().orderId();
                  int attempt = tries.merge(order, 1, Integer::sum);
                  String carrier = shipped.data().carrier();
                  if (carrier.equals("REFUSED") || (carrier.equals("FLAKY") && attempt == 1)) {
                    throw new IllegalStateException("the carrier refused " + order);
                  }
                  handled.add(order);
                })
            .processed(counting(ProcessedMessages.inMemory(1_000), duplicates))
            .build();
    Map<String, Object> props = Clients.consumerProperties(broker, KafkaBindingTest.MESSAGES);
    props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    Map<TopicPartition, OffsetAndMetadata> committed;
    try (KafkaConsumer<String, Message<?>> consumer = new KafkaConsumer<>(props);
        KafkaProducer<byte[], byte[]> deadLetters = Clients.rawProducer(broker);
        KafkaProducer<String, Message<?>> producer = Clients.producer(broker, "binary")) {
      consumer.subscribe(List.of(topic));
      Map<String, Integer> attempts = new HashMap<>(); // failures per record: "orders-1@12" -> 2
      long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      while (handled.size() < 5 && System.nanoTime() < deadline) {
        // --- as in docs/kafka.md ---
        try {
          dispatcher.dispatch(consumer.poll(Duration.ofMillis(500)));
        } catch (RecordDeserializationException e) {
          RecordHeaders headers = new RecordHeaders(e.headers().toArray());
          headers.add("dlt-exception", String.valueOf(e.getCause()).getBytes(UTF_8));
          headers.add("dlt-origin", (e.topicPartition() + "@" + e.offset()).getBytes(UTF_8));
          deadLetters.send(new ProducerRecord<>("orders.DLT", null, bytes(e.keyBuffer()), bytes(e.valueBuffer()), headers));
          consumer.seek(e.topicPartition(), e.offset() + 1);
        } catch (DispatchException e) {
          e.unhandled().forEach(consumer::seek); // the next polls go on where this one stopped
          String place = e.topicPartition() + "@" + e.offset();
          if (attempts.merge(place, 1, Integer::sum) == 3) { // its third failure: park it and go past it
            attempts.remove(place);
            ProducerRecord<String, Message<?>> parked = MessageRecords.record("orders.DLT", e.message().orElseThrow());
            parked.headers().add("dlt-exception", e.getMessage().getBytes(UTF_8));
            parked.headers().add("dlt-origin", place.getBytes(UTF_8));
            producer.send(parked);
            consumer.seek(e.topicPartition(), e.offset() + 1);
          }
        }
        consumer.commitSync();
        // ---
      }
      committed = consumer.committed(Set.of(new TopicPartition(topic, 0), new TopicPartition(topic, 1)));
    }

    // Every record that could be read and handled was handled once, in its partition's order, the
    // flaky one on its second try; the refused one was tried three times.
    assertThat(handled).hasSize(5).doesNotHaveDuplicates().containsSubsequence("o-1", "o-2", "o-3")
        .containsSubsequence("o-4", "o-6");
    assertThat(tries)
        .containsOnly(entry("o-1", 1), entry("o-2", 2), entry("o-3", 1), entry("o-4", 1), entry("o-5", 3), entry("o-6", 1));
    // The seeks redelivered exactly what was not handled: no handled record came again.
    assertThat(duplicates).hasValue(0);
    // Committed: every record of both partitions, the parked ones included.
    assertThat(committed.get(new TopicPartition(topic, 0)).offset()).isEqualTo(4);
    assertThat(committed.get(new TopicPartition(topic, 1)).offset()).isEqualTo(3);

    Map<String, ConsumerRecord<byte[], byte[]>> parked = new HashMap<>();
    try (KafkaConsumer<byte[], byte[]> consumer = Clients.rawConsumer(broker, dltTopic)) {
      for (ConsumerRecord<byte[], byte[]> record : Clients.pollAll(consumer, 2)) {
        parked.put(header(record, "dlt-origin"), record);
      }
    }
    assertThat(parked).containsOnlyKeys(topic + "-0@1", topic + "-1@1");
    // What could not be read is parked byte for byte, with its ce_ headers.
    ConsumerRecord<byte[], byte[]> parkedUnreadable = parked.get(topic + "-0@1");
    assertThat(parkedUnreadable.value()).isEqualTo(unreadable.value());
    assertThat(header(parkedUnreadable, "ce_type")).isEqualTo("OrderLost");
    assertThat(header(parkedUnreadable, "ce_id")).isEqualTo(header(unreadable, "ce_id"));
    assertThat(header(parkedUnreadable, "dlt-exception"))
        .startsWith("io.missive.MessageFormatException: Cannot read OrderLost JSON: header ce_type: unknown message type");
    // What could not be handled is parked as the message, readable again, with what failed where.
    ConsumerRecord<byte[], byte[]> parkedRefused = parked.get(topic + "-1@1");
    String id = header(refused, "ce_id");
    assertThat(header(parkedRefused, "dlt-exception"))
        .isEqualTo(
            "handler of OrderShippedEvent failed on record " + topic + "-1 at offset 1 (type OrderShipped, id " + id
                + "): java.lang.IllegalStateException: the carrier refused o-5");
    Message<?> reread =
        MessageDeserializer.of(OrderShippedEvent.JSON).deserialize(dltTopic, parkedRefused.headers(), parkedRefused.value());
    assertThat(reread).isInstanceOfSatisfying(
        OrderShippedEvent.class,
        shipped -> {
          assertThat(shipped.id()).isEqualTo(id);
          assertThat(shipped.source()).isEqualTo("shipping-service");
          assertThat(shipped.data().orderId()).isEqualTo("o-5");
          assertThat(shipped.data().carrier()).isEqualTo("REFUSED");
        });
  }

  static String data(String orderId, String carrier) {
    return "{\"orderId\":\"" + orderId + "\",\"carrier\":\"" + carrier + "\",\"sequence\":1}";
  }

  /** {@code record} on {@code partition}. */
  static ProducerRecord<byte[], byte[]> on(int partition, ProducerRecord<byte[], byte[]> record) {
    return new ProducerRecord<>(record.topic(), partition, record.key(), record.value(), record.headers());
  }

  /** {@code processed}, counting the messages it says were handled already. */
  static ProcessedMessages counting(ProcessedMessages processed, AtomicInteger duplicates) {
    return new ProcessedMessages() {
      @Override
      public boolean contains(String source, String id) {
        boolean seen = processed.contains(source, id);
        if (seen) {
          duplicates.incrementAndGet();
        }
        return seen;
      }

      @Override
      public void add(String source, String id) {
        processed.add(source, id);
      }
    };
  }

  static String header(ProducerRecord<?, ?> record, String name) {
    return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
  }

  static String header(ConsumerRecord<?, ?> record, String name) {
    Header header = record.headers().lastHeader(name);
    return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
  }

  static byte[] bytes(ByteBuffer buffer) {
    if (buffer == null) {
      return null;
    }
    byte[] bytes = new byte[buffer.remaining()];
    buffer.duplicate().get(bytes);
    return bytes;
  }

  @Test
  void theDocumentedLoopIsTheOneThisTestRuns() {
    String block = DocSnippets.blockWith("Dead letters", "java", "RecordDeserializationException");
    // From the try to the commit: what the test's loop runs between its markers.
    String loop = block.substring(block.indexOf("try {"), block.indexOf("consumer.commitSync();") + "consumer.commitSync();".length());
    DocSnippets.assertRunBy(DeadLetterTest.class, loop);
  }

  @Test
  void theDocumentedBufferCopyIsTheOneThisTestRuns() {
    DocSnippets.assertRunBy(DeadLetterTest.class, DocSnippets.blockWith("Dead letters", "java", "static byte[] bytes(ByteBuffer buffer)"));
  }

  static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
