package io.missive.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import io.missive.Message;
import io.missive.kafka.broker.KafkaBroker;
import io.missive.kafka.orders.OrderShippedEvent;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.listener.KafkaMessageListenerContainer;
import org.springframework.kafka.listener.MessageListener;
import org.springframework.kafka.support.serializer.DelegatingByTypeSerializer;
import org.springframework.util.backoff.FixedBackOff;

/**
 * docs/kafka.md's Spring Kafka setup, run on the real broker without Spring Boot: the producer and
 * consumer are configured from the page's {@code application.yaml} block, mapped as Boot maps it,
 * and the error handler is the page's {@code errorHandler} bean, word for word.
 */
@ExtendWith(BrokerExtension.class)
@Order(3)
class SpringKafkaTest {

  /** Spring Boot's {@code spring.kafka.*} keys of the page's YAML, as Boot hands them to Kafka. */
  private static final Map<String, String> BOOT_KEYS =
      Map.of(
          "spring.kafka.producer.key-serializer", ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
          "spring.kafka.producer.value-serializer", ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG,
          "spring.kafka.consumer.key-deserializer", ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG,
          "spring.kafka.consumer.value-deserializer", ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG);

  @Test
  void theDocumentedSetupCarriesMessagesAndParksWhatCannotBeReadOrHandledOnTheDeadLetterTopic(KafkaBroker broker)
      throws Exception {
    String topic = "spring-" + UUID.randomUUID();
    String deadLetters = topic + "-dlt";
    broker.createTopic(topic, 1);
    broker.createTopic(deadLetters, 1);

    Map<String, Object> producerProps = bootProperties("producer");
    producerProps.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
    Map<String, Object> consumerProps = bootProperties("consumer");
    consumerProps.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
    consumerProps.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");

    ProducerFactory<String, Message<?>> producerFactory = new DefaultKafkaProducerFactory<>(producerProps);
    KafkaTemplate<String, Message<?>> template = new KafkaTemplate<>(producerFactory);
    String data = "{\"orderId\":\"o-1\",\"carrier\":\"DHL\",\"sequence\":1}";
    ProducerRecord<byte[], byte[]> corrupt = KafkaBindingTest.binaryShipped(topic, "{\"orderId\":\"o-1\",", Map.of());
    ProducerRecord<byte[], byte[]> unknown = KafkaBindingTest.binaryShipped(topic, data, Map.of("ce_type", "OrderLost"));
    OrderShippedEvent first = shipped("ord-1", "DHL", 1);
    OrderShippedEvent refused = shipped("ord-2", "REFUSED", 2);
    OrderShippedEvent last = shipped("ord-3", "UPS", 3);
    try (KafkaProducer<byte[], byte[]> raw = Clients.rawProducer(broker)) {
      template.send(MessageRecords.record(topic, first)).get(30, TimeUnit.SECONDS);
      raw.send(corrupt).get(30, TimeUnit.SECONDS);
      raw.send(unknown).get(30, TimeUnit.SECONDS);
      template.send(MessageRecords.record(topic, refused)).get(30, TimeUnit.SECONDS);
      template.send(MessageRecords.record(topic, last)).get(30, TimeUnit.SECONDS);
    }

    List<OrderShippedEvent> handled = new CopyOnWriteArrayList<>();
    List<String> attempts = new CopyOnWriteArrayList<>();
    MessageDispatcher dispatcher =
        MessageDispatcher.builder()
            .on(
                OrderShippedEvent.class,
                shipped -> {
                  attempts.add(shipped.data().orderId());
                  if (shipped.data().carrier().equals("REFUSED")) {
                    throw new IllegalStateException("the carrier refused " + shipped.data().orderId());
                  }
                  handled.add(shipped);
                })
            .build();
    ContainerProperties container = new ContainerProperties(topic);
    container.setGroupId("spring-" + UUID.randomUUID());
    container.setMessageListener((MessageListener<String, Message<?>>) record -> dispatcher.dispatch(record.value()));
    KafkaMessageListenerContainer<String, Message<?>> listener =
        new KafkaMessageListenerContainer<>(new DefaultKafkaConsumerFactory<>(consumerProps), container);
    listener.setCommonErrorHandler(errorHandler(producerFactory));
    listener.start();
    List<ConsumerRecord<byte[], byte[]>> parked;
    try (KafkaConsumer<byte[], byte[]> dlt = Clients.rawConsumer(broker, deadLetters)) {
      parked = Clients.pollAll(dlt, 3);
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (handled.size() < 2 && System.nanoTime() < deadline) {
        Thread.sleep(50);
      }
    } finally {
      listener.stop();
      producerFactory.reset();
    }

    // The good records before and after the bad ones arrive, once each.
    assertThat(handled).extracting(Message::id).containsExactly(first.id(), last.id());
    // What cannot be read never reaches the listener and is not retried; the refused one is tried
    // three times (once and the two retries of FixedBackOff(1_000L, 2)) before it is parked.
    assertThat(attempts).containsExactly("ord-1", "ord-2", "ord-2", "ord-2", "ord-3");

    assertThat(parked).hasSize(3);
    ConsumerRecord<byte[], byte[]> parkedCorrupt = parked.get(0);
    ConsumerRecord<byte[], byte[]> parkedUnknown = parked.get(1);
    ConsumerRecord<byte[], byte[]> parkedRefused = parked.get(2);
    // An unreadable record is parked byte for byte, with its ce_ headers, to be read again later.
    assertThat(parkedCorrupt.value()).isEqualTo(corrupt.value());
    assertThat(parkedUnknown.value()).isEqualTo(unknown.value());
    assertThat(DeadLetterTest.header(parkedCorrupt, "ce_id")).isEqualTo(header(corrupt, "ce_id"));
    assertThat(DeadLetterTest.header(parkedUnknown, "ce_id")).isEqualTo(header(unknown, "ce_id"));
    assertThat(DeadLetterTest.header(parkedUnknown, "ce_type")).isEqualTo("OrderLost");
    // Spring Kafka's headers say where it came from and why.
    for (ConsumerRecord<byte[], byte[]> record : List.of(parkedCorrupt, parkedUnknown, parkedRefused)) {
      assertThat(DeadLetterTest.header(record, "kafka_dlt-original-topic")).isEqualTo(topic);
    }
    // The offset as Spring writes it: a big-endian long, not text.
    assertThat(longHeader(parkedCorrupt, "kafka_dlt-original-offset")).isEqualTo(1L);
    assertThat(longHeader(parkedUnknown, "kafka_dlt-original-offset")).isEqualTo(2L);
    assertThat(longHeader(parkedRefused, "kafka_dlt-original-offset")).isEqualTo(3L);
    // Spring's exception headers name its DeserializationException ("failed to deserialize"); the
    // MessageFormatException, with what is wrong where, is its cause, in the stack trace header.
    for (ConsumerRecord<byte[], byte[]> record : List.of(parkedCorrupt, parkedUnknown)) {
      assertThat(DeadLetterTest.header(record, "kafka_dlt-exception-fqcn"))
          .isEqualTo("org.springframework.kafka.support.serializer.DeserializationException");
      assertThat(DeadLetterTest.header(record, "kafka_dlt-exception-message")).isEqualTo("failed to deserialize");
    }
    assertThat(DeadLetterTest.header(parkedCorrupt, "kafka_dlt-exception-stacktrace"))
        .contains("Caused by: io.missive.MessageFormatException: Cannot read OrderShipped JSON at data: the record"
            + " value is not valid JSON");
    assertThat(DeadLetterTest.header(parkedUnknown, "kafka_dlt-exception-stacktrace"))
        .contains("Caused by: io.missive.MessageFormatException: Cannot read OrderLost JSON: header ce_type: unknown"
            + " message type \"OrderLost\"");
    // ErrorHandlingDeserializer's own header, the serialized exception, is not carried along.
    assertThat(parkedUnknown.headers().lastHeader("springDeserializerExceptionValue")).isNull();
    // A record that was read but whose handler failed is parked as the message, in binary mode,
    // readable as it was before.
    assertThat(DeadLetterTest.header(parkedRefused, "kafka_dlt-exception-cause-fqcn")).isEqualTo("java.lang.IllegalStateException");
    assertThat(DeadLetterTest.header(parkedRefused, "kafka_dlt-exception-message")).contains("the carrier refused ord-2");
    assertThat(DeadLetterTest.header(parkedRefused, "content-type")).isEqualTo("application/json");
    assertThat(new String(parkedRefused.key(), StandardCharsets.UTF_8)).isEqualTo("ord-2");
    Message<?> reread =
        MessageDeserializer.of(OrderShippedEvent.JSON)
            .deserialize(deadLetters, parkedRefused.headers(), parkedRefused.value());
    assertThat(reread).isEqualTo(refused);
  }

  @Test
  void theDocumentedErrorHandlerIsTheOneThisTestRuns() {
    String bean = DocSnippets.blockWith("Dead letters", "java", "DefaultErrorHandler").replaceFirst("@Bean\n", "");
    DocSnippets.assertRunBy(SpringKafkaTest.class, bean);
  }

  // --- docs/kafka.md, "Dead letters", as the @Bean it shows ---
  DefaultErrorHandler errorHandler(ProducerFactory<?, ?> producerFactory) {
    // What could not be read is parked as it came, bytes; a message whose handler failed, as a message.
    Serializer<Object> values = new DelegatingByTypeSerializer(
        Map.of(byte[].class, new ByteArraySerializer(), Message.class, new MessageSerializer()), true);
    KafkaTemplate<String, Object> deadLetters = new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(
        producerFactory.getConfigurationProperties(), new StringSerializer(), values));
    return new DefaultErrorHandler(new DeadLetterPublishingRecoverer(deadLetters), new FixedBackOff(1_000L, 2));
  }
  // ---

  /**
   * The Kafka properties of the page's {@code spring.kafka.<client>} block, as Spring Boot passes
   * them on: its {@code key-}/{@code value-(de)serializer} and everything under {@code properties}.
   */
  private static Map<String, Object> bootProperties(String client) {
    Map<String, Object> props = new HashMap<>();
    String prefix = "spring.kafka." + client + ".";
    DocSnippets.flatYaml(DocSnippets.block("Spring Kafka", "yaml")).forEach(
        (key, value) -> {
          if (!key.startsWith(prefix)) {
            return;
          }
          if (key.startsWith(prefix + "properties.")) {
            props.put(key.substring((prefix + "properties.").length()), value);
          } else if (BOOT_KEYS.containsKey(key)) {
            props.put(BOOT_KEYS.get(key), value);
          } else {
            throw new IllegalStateException("docs/kafka.md sets " + key + ", which this test does not map");
          }
        });
    assertThat(props).as("spring.kafka." + client + " of docs/kafka.md").isNotEmpty();
    return props;
  }

  private static OrderShippedEvent shipped(String orderId, String carrier, long sequence) {
    return OrderShippedEvent.builder().orderId(orderId).carrier(carrier).sequence(sequence).partitionKey(orderId).build();
  }

  private static long longHeader(ConsumerRecord<?, ?> record, String name) {
    return java.nio.ByteBuffer.wrap(record.headers().lastHeader(name).value()).getLong();
  }

  private static String header(ProducerRecord<?, ?> record, String name) {
    return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
  }
}
