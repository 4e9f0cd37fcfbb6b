package io.missive.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import io.missive.Message;
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
    props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 120_000);
    props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
    props.put(ProducerConfig.RETRY_BACKOFF_MS_CONFIG, 100);
    props.put(ProducerConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 500);
    AtomicInteger acked = new AtomicInteger();
    AtomicReference<Exception> failure = new AtomicReference<>();
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
              } else {
                acked.incrementAndGet();
              }
            });
      }
      producer.flush();
      restarter.join();
    }
    assertThat(restartFailure.get()).as("restarting the broker").isNull();
    assertThat(failure.get()).as("a send that failed").isNull();
    assertThat(acked.get()).isEqualTo(COUNT);

    BitSet handled = new BitSet(COUNT);
    AtomicInteger handledTwice = new AtomicInteger();
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
        dispatcher.dispatch(consumer.poll(Duration.ofMillis(200)));
      }
    }
    assertThat(handled.cardinality()).isEqualTo(COUNT);
    assertThat(handledTwice.get()).isZero();
  }
}
