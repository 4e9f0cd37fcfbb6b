package io.missive.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import io.missive.Message;
import io.missive.kafka.broker.KafkaBroker;
import io.missive.kafka.orders.OrderPlaced;
import io.missive.kafka.orders.OrderPlacedEvent;
import io.missive.kafka.orders.OrderShipped;
import io.missive.kafka.orders.OrderShippedEvent;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The consumer of docs/kafka.md's "Consuming", as the page writes it, on the real broker: the
 * registry found on the class path, the dispatcher's handlers, a redelivered message skipped, and
 * the commit after each poll.
 */
@ExtendWith(BrokerExtension.class)
@Order(3)
class ConsumingTest {

  private volatile boolean running = true;
  private final List<String> reserved = new CopyOnWriteArrayList<>();
  private final List<String> notified = new CopyOnWriteArrayList<>();

  @Test
  void thePagesLoopHandlesEachMessageOnceAndCommitsWhatItHandled(KafkaBroker broker) throws Exception {
    // The page's topic name: one broker per test run, and no other test writes it.
    broker.createTopic("orders", 1);
    OrderPlacedEvent order = KafkaBindingTest.placed("ord-123");
    OrderShippedEvent shipment =
        OrderShippedEvent.builder().orderId("ord-123").carrier("DHL").sequence(1).causedBy(order).build();
    try (KafkaProducer<String, Message<?>> producer = Clients.producer(broker, "binary")) {
      Clients.sendAll(
          producer,
          List.of(
              MessageRecords.record("orders", order),
              // A producer's retry after a lost acknowledgement: the same message a second time.
              MessageRecords.record("orders", order),
              MessageRecords.record("orders", shipment)));
    }
    Map<String, Object> props = new HashMap<>();
    props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
    props.put(ConsumerConfig.GROUP_ID_CONFIG, "warehouse");
    props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor();
    // Ends the loop if the messages never come, for the assertions below to say so.
    watchdog.schedule(() -> running = false, 60, TimeUnit.SECONDS);
    try {
      // --- as in docs/kafka.md, "Consuming" ---
      props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
      props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, MessageDeserializer.class);
      // Commit only what was handled: with auto-commit on, closing the consumer after a handler threw
      // would commit the positions of the records after it too, which are then never handled.
      props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
      // Reads every message generated on the class path; or list them, see "The registry":
      // props.put(MissiveKafkaConfig.MESSAGES, "com.example.orders.OrderPlacedEvent,com.example.orders.OrderShippedEvent");

      MessageDispatcher dispatcher = MessageDispatcher.builder()
          .on(OrderPlacedEvent.class, placed -> reserve(placed.data()))
          .on(OrderShippedEvent.class, shipped -> notifyCustomer(shipped.data()))
          .build();

      try (KafkaConsumer<String, Message<?>> consumer = new KafkaConsumer<>(props)) {
        consumer.subscribe(List.of("orders"));
        while (running) {
          dispatcher.dispatch(consumer.poll(Duration.ofMillis(500)));
          consumer.commitSync();
        }
      }
      // ---
    } finally {
      watchdog.shutdownNow();
    }

    // The redelivered order was skipped by its source and id; each message was handled once.
    assertThat(reserved).containsExactly("ord-123");
    assertThat(notified).containsExactly("ord-123 by DHL");
    // The loop committed every record it handled, the skipped one too.
    TopicPartition partition = new TopicPartition("orders", 0);
    Map<String, Object> group = Clients.consumerProperties(broker, KafkaBindingTest.MESSAGES);
    group.put(ConsumerConfig.GROUP_ID_CONFIG, "warehouse");
    try (KafkaConsumer<String, Message<?>> sameGroup = new KafkaConsumer<>(group)) {
      Map<TopicPartition, OffsetAndMetadata> committed = sameGroup.committed(Set.of(partition));
      assertThat(committed.get(partition).offset()).isEqualTo(3);
    }
  }

  @Test
  void theDocumentedLoopIsTheOneThisTestRuns() {
    DocSnippets.assertRunBy(ConsumingTest.class, DocSnippets.blockWith("Consuming", "java", "new KafkaConsumer<>(props)"));
  }

  private void reserve(OrderPlaced order) {
    reserved.add(order.orderId());
  }

  private void notifyCustomer(OrderShipped shipment) {
    notified.add(shipment.orderId() + " by " + shipment.carrier());
    // The last of the three records: the loop ends after this poll's commit.
    running = false;
  }
}
