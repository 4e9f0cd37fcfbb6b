package io.missive.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import io.missive.Message;
import io.missive.kafka.broker.KafkaBroker;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RecordDeserializationException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The dead-letter loop of docs/kafka.md, with the plain clients, on the real broker. */
@ExtendWith(BrokerExtension.class)
@Order(3)
class DeadLetterTest {

  @Test
  void anUnreadableRecordGoesToTheDeadLetterTopicAsItCameAndTheConsumerGoesOn(KafkaBroker broker) {
    String topic = "orders-" + UUID.randomUUID();
    String deadLetters = topic + ".DLT";
    String data = "{\"orderId\":\"o-1\",\"carrier\":\"DHL\",\"sequence\":1}";
    ProducerRecord<byte[], byte[]> bad =
        KafkaBindingTest.binaryShipped(topic, data, Map.of("ce_type", "OrderLost"));
    try (KafkaProducer<byte[], byte[]> producer = Clients.rawProducer(broker)) {
      Clients.sendAll(
          producer,
          List.of(
              KafkaBindingTest.binaryShipped(topic, data, Map.of()),
              bad,
              KafkaBindingTest.binaryShipped(topic, data, Map.of())));
    }
    List<Message<?>> handled = new ArrayList<>();
    try (KafkaConsumer<String, Message<?>> consumer = Clients.consumer(broker, topic, KafkaBindingTest.MESSAGES);
        KafkaProducer<byte[], byte[]> dlt = Clients.rawProducer(broker)) {
      long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      while (handled.size() < 2 && System.nanoTime() < deadline) {
        // --- as in docs/kafka.md ---
        try {
          for (ConsumerRecord<String, Message<?>> record : consumer.poll(Duration.ofMillis(500))) {
            handled.add(record.value());
          }
        } catch (RecordDeserializationException e) {
          RecordHeaders headers = new RecordHeaders(e.headers().toArray());
          headers.add("dlt-exception", utf8(String.valueOf(e.getCause())));
          headers.add("dlt-origin", utf8(e.topicPartition() + "@" + e.offset()));
          dlt.send(new ProducerRecord<>(deadLetters, null, bytes(e.keyBuffer()), bytes(e.valueBuffer()), headers));
          consumer.seek(e.topicPartition(), e.offset() + 1);
        }
        // ---
      }
    }
    assertThat(handled).hasSize(2);
    try (KafkaConsumer<byte[], byte[]> consumer = Clients.rawConsumer(broker, deadLetters)) {
      ConsumerRecord<byte[], byte[]> parked = Clients.pollAll(consumer, 1).get(0);
      assertThat(parked.value()).isEqualTo(bad.value());
      assertThat(header(parked, "ce_type")).isEqualTo("OrderLost");
      assertThat(header(parked, "ce_id")).isEqualTo(new String(bad.headers().lastHeader("ce_id").value(), StandardCharsets.UTF_8));
      assertThat(header(parked, "dlt-origin")).isEqualTo(topic + "-0@1");
      assertThat(header(parked, "dlt-exception"))
          .startsWith("io.missive.MessageFormatException: Cannot read OrderLost JSON: header ce_type: unknown message type");
    }
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

  static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
