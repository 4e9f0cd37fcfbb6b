package io.missive.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import io.missive.Message;
import io.missive.kafka.broker.KafkaBroker;
import io.missive.kafka.orders.OrderShippedEvent;
import java.time.Duration;
import java.util.BitSet;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The broker is killed and restarted under a producer: nothing is lost, nothing handled twice. */
/* Last: it kills the broker that the other classes share. */
@ExtendWith(BrokerExtension.class)
@Order(Integer.MAX_VALUE)
class BrokerFaultTest {

  static final int COUNT = 10_000;

  @Test
  void aBrokerKilledAndRestartedMidStreamLosesNoMessageAndTheDispatcherHandlesEachOnce(KafkaBroker broker)
      throws Exception {
    String topic = "fault-" + UUID.randomUUID();
    broker.createTopic(topic, 3);
    Map<String, Object> props = Clients.producerProperties(broker, "binary");
    // Bounded: a send the producer gives up on is sent again below, as an application does.
    props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 30_000);
    props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
    props.put(ProducerConfig.RETRY_BACKOFF_MS_CONFIG, 100);
    props.put(ProducerConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 500);
    AtomicInteger acked = new AtomicInteger();
    AtomicReference<Exception> failure = new AtomicReference<>();
    java.util.Queue<OrderShippedEvent> unsent = new java.util.concurrent.ConcurrentLinkedQueue<>();
    AtomicReference<Exception> restartFailure = new AtomicReference<>();
    try (KafkaProducer<String, Message<?>> producer = new KafkaProducer<>(props)) {
      Thread restarter = null;
      for (int i = 0; i < COUNT; i++) {
        if (i == COUNT / 3) {
          // Some are acknowledged, more are in flight: kill the broker as a crash would, and start
          // it again while the producer goes on sending (and blocking once its metadata is stale).
          while (acked.get() < COUNT / 10 && failure.get() == null) {
            Thread.sleep(5);
          }
          broker.kill();
          restarter =
              new Thread(
                  () -> {
                    try {
                      Thread.sleep(1_000);
                      broker.restart();
                    } catch (Exception e) {
                      restartFailure.set(e);
                    }
                  },
                  "broker-restart");
          restarter.start();
        }
        OrderShippedEvent event =
            OrderShippedEvent.builder().orderId("ord-" + (i % 17)).carrier("DHL").sequence(i)
                .partitionKey("ord-" + (i % 17)).build();
        producer.send(
            MessageRecords.record(topic, event),
            (metadata, exception) -> {
              if (exception != null) {
                failure.compareAndSet(null, exception);
                unsent.add(event);
              } else {
                acked.incrementAndGet();
              }
            });
      }
      producer.flush();
      restarter.join();
    }
    assertThat(restartFailure.get()).as("restarting the broker").isNull();
    // Idempotence keeps the producer's retries from writing twice, but a send it gives up on (the
    // broker may refuse a retried batch's sequence after an unclean restart, until the delivery
    // timeout) is the application's to send again: at least once, which the consumer's
    // de-duplication by source and id turns into exactly once.
    if (!unsent.isEmpty()) {
      System.out.println(
          "BrokerFaultTest: " + unsent.size() + " sends failed and are sent again (first: " + failure.get() + ")");
      try (KafkaProducer<String, Message<?>> again = new KafkaProducer<>(Clients.producerProperties(broker, "binary"))) {
        Clients.sendAll(again, unsent.stream().map(event -> MessageRecords.record(topic, (Message<?>) event)).toList());
      }
    }
    assertThat(acked.get() + unsent.size()).isEqualTo(COUNT);

    BitSet handled = new BitSet(COUNT);
    AtomicInteger handledTwice = new AtomicInteger();
    AtomicInteger duplicates = new AtomicInteger();
    MessageDispatcher dispatcher =
        MessageDispatcher.builder()
            .on(
                OrderShippedEvent.class,
                shipped -> {
                  int sequence = (int) shipped.data().sequence();
                  if (handled.get(sequence)) {
                    handledTwice.incrementAndGet();
                  }
                  handled.set(sequence);
                })
            .build();
    try (KafkaConsumer<String, Message<?>> consumer =
        Clients.consumer(broker, topic, KafkaBindingTest.MESSAGES)) {
      long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
      while (handled.cardinality() < COUNT && System.nanoTime() < deadline) {
        var records = consumer.poll(Duration.ofMillis(200));
        duplicates.addAndGet(records.count() - dispatcher.dispatch(records));
      }
    }
    assertThat(handled.cardinality()).isEqualTo(COUNT);
    assertThat(handledTwice.get()).isZero();
    System.out.println("BrokerFaultTest: " + duplicates.get() + " duplicate records skipped by the dispatcher");
  }
}
