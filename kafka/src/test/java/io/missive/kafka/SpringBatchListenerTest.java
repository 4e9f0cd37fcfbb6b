package io.missive.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import io.missive.Message;
import io.missive.kafka.broker.KafkaBroker;
import io.missive.kafka.orders.OrderShippedEvent;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.annotation.EnableKafka;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.FixedBackOff;

/**
 * docs/kafka.md's Spring Kafka batch listener, on the real broker with Spring's own
 * {@code @KafkaListener} machinery: a batch method takes the poll's {@link ConsumerRecords}, hands
 * them to the dispatcher, and rethrows a {@link DispatchException} as the {@link
 * BatchListenerFailedException} that tells the {@link DefaultErrorHandler} which record failed.
 */
@ExtendWith(BrokerExtension.class)
@Order(3)
class SpringBatchListenerTest {

  // Constants, as an annotation needs them: one broker per test run, and no other test uses them.
  static final String TOPIC = "spring-batch-orders";
  static final String GROUP = "spring-batch-warehouse";
  static volatile String bootstrapServers;

  static final List<String> handled = new CopyOnWriteArrayList<>();
  static final Map<String, Integer> tries = new ConcurrentHashMap<>();
  static final List<String> recovered = new CopyOnWriteArrayList<>();
  static final AtomicInteger duplicates = new AtomicInteger();

  @Test
  void theErrorHandlerRetriesAndRecoversExactlyTheRecordTheDispatcherNamed(KafkaBroker broker) throws Exception {
    bootstrapServers = broker.bootstrapServers();
    broker.createTopic(TOPIC, 1);
    try (KafkaProducer<String, Message<?>> producer = Clients.producer(broker, "binary")) {
      Clients.sendAll(
          producer,
          List.of("o-1", "o-2", "o-3", "o-4", "o-5").stream()
              .map(order -> MessageRecords.record(TOPIC, shipped(order, order.equals("o-3") ? "REFUSED" : "DHL")))
              .toList());
    }
    AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext(App.class);
    try {
      long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      while ((handled.size() < 4 || recovered.isEmpty()) && System.nanoTime() < deadline) {
        Thread.sleep(50);
      }
    } finally {
      context.close(); // stops the listener container, which commits what it handled
    }

    // The records before the failed one were committed, not redelivered; the failed one was tried
    // three times (FixedBackOff(0, 2)) and handed to the recoverer; the rest came after it, once.
    assertThat(handled).containsExactly("o-1", "o-2", "o-4", "o-5");
    assertThat(tries).containsEntry("o-3", 3);
    assertThat(recovered).containsExactly("o-3");
    assertThat(duplicates).hasValue(0);
    Map<String, Object> props = Clients.consumerProperties(broker, KafkaBindingTest.MESSAGES);
    props.put(ConsumerConfig.GROUP_ID_CONFIG, GROUP);
    TopicPartition partition = new TopicPartition(TOPIC, 0);
    try (KafkaConsumer<String, Message<?>> sameGroup = new KafkaConsumer<>(props)) {
      Map<TopicPartition, OffsetAndMetadata> committed = sameGroup.committed(Set.of(partition));
      assertThat(committed.get(partition).offset()).isEqualTo(5);
    }
  }

  @Test
  void theDocumentedListenerIsTheOneThisTestRuns() {
    String listener = DocSnippets.blockWith("Consuming", "java", "BatchListenerFailedException");
    // The method as the page shows it; the test's annotation names its own topic and group.
    DocSnippets.assertRunBy(SpringBatchListenerTest.class, listener.substring(listener.indexOf("void listen(")));
  }

  /** The application: Spring Kafka's listener infrastructure, a batch container, the error handler. */
  @Configuration
  @EnableKafka
  static class App {

    @Bean
    ConcurrentKafkaListenerContainerFactory<String, Message<?>> kafkaListenerContainerFactory() {
      Map<String, Object> props = new java.util.HashMap<>();
      props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
      props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
      props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, org.apache.kafka.common.serialization.StringDeserializer.class);
      props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, MessageDeserializer.class);
      ConcurrentKafkaListenerContainerFactory<String, Message<?>> factory = new ConcurrentKafkaListenerContainerFactory<>();
      factory.setConsumerFactory(new DefaultKafkaConsumerFactory<>(props));
      factory.setBatchListener(true);
      factory.setCommonErrorHandler(
          new DefaultErrorHandler(
              (record, exception) -> recovered.add(((OrderShippedEvent) record.value()).data().orderId()),
              new FixedBackOff(0L, 2)));
      return factory;
    }

    @Bean
    Listener listener() {
      return new Listener();
    }
  }

  /** The page's listener, with a dispatcher whose handler refuses one order. */
  static class Listener {

    private final MessageDispatcher dispatcher =
        MessageDispatcher.builder()
            .on(
                OrderShippedEvent.class,
                shipped -> {
                  String order = shipped.data().orderId();
                  tries.merge(order, 1, Integer::sum);
                  if (shipped.data().carrier().equals("REFUSED")) {
                    throw new IllegalStateException("the carrier refused " + order);
                  }
                  handled.add(order);
                })
            .processed(DeadLetterTest.counting(ProcessedMessages.inMemory(1_000), duplicates))
            .build();

    // --- as in docs/kafka.md, "Consuming" ---
    @KafkaListener(topics = TOPIC, groupId = GROUP)
    void listen(ConsumerRecords<String, Message<?>> records) {
      try {
        dispatcher.dispatch(records);
      } catch (DispatchException e) {
        // Tells the DefaultErrorHandler which record failed: it commits the ones before it, seeks to
        // it and retries or recovers it.
        throw new BatchListenerFailedException(e.getMessage(), e.getCause(), e.record());
      }
    }
    // ---
  }

  private static OrderShippedEvent shipped(String orderId, String carrier) {
    return OrderShippedEvent.builder().orderId(orderId).carrier(carrier).sequence(1).partitionKey(orderId).build();
  }
}
