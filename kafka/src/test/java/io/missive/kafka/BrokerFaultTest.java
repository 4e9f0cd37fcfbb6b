package io.missive.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import io.missive.Message;
import io.missive.kafka.broker.KafkaBroker;
import io.missive.kafka.orders.OrderShippedEvent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.CommitFailedException;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.RebalanceInProgressException;
import org.apache.kafka.common.errors.RetriableException;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue #16: the broker is killed (SIGKILL) and restarted while a producer sends 10,000 messages with
 * {@code acks=all} and idempotence on, and a consumer group reads them all along, through the fault;
 * after the dispatcher's de-duplication every message is handled exactly once.
 *
 * <p>The idempotent producer keeps its own retries from writing twice, so the duplicates here come
 * from the consumer's side, as Kafka's at-least-once gives them: auto-commit is off, each commit is of
 * what was handled up to the poll before, and every {@value #CRASH_EVERY} handled messages the
 * consumer is closed without committing its last two polls, as a crash would leave it. The next
 * consumer of the group starts at the last commit and reads again records that were handled already;
 * a new {@link MessageDispatcher} over the shared {@link ProcessedMessages} must skip them. The test
 * counts those skips and requires some: with a store that forgets, it fails.
 */
/* Last: it kills the broker that the other classes share. */
@ExtendWith(BrokerExtension.class)
@Order(Integer.MAX_VALUE)
class BrokerFaultTest {

  static final int COUNT = 10_000;
  static final int PARTITIONS = 3;
  /** Messages a consumer handles before it is closed without its last commits. */
  static final int CRASH_EVERY = 2_000;
  /** For the whole test: producing through the fault, re-sending, consuming to the end. */
  static final Duration TIMEOUT = Duration.ofSeconds(90);

  @Test
  void aBrokerKilledAndRestartedUnderProducerAndConsumersLosesNoMessageAndTheDispatcherHandlesEachOnce(
      KafkaBroker broker) throws Exception {
    long deadline = System.nanoTime() + TIMEOUT.toNanos();
    String topic = "fault-" + UUID.randomUUID();
    String group = "fault-" + UUID.randomUUID();
    broker.createTopic(topic, PARTITIONS);

    AtomicBoolean brokerDown = new AtomicBoolean();
    AtomicReference<Map<TopicPartition, Long>> ends = new AtomicReference<>();
    CrashingConsumers consumers = new CrashingConsumers(broker, topic, group, deadline, brokerDown, ends);
    Thread consuming = new Thread(consumers, "fault-consumer");
    consuming.start();

    try {
      Map<String, Object> props = Clients.producerProperties(broker, "binary");
      // Bounded: a send the producer gives up on is sent again below, as an application does.
      props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 30_000);
      props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
      props.put(ProducerConfig.RETRY_BACKOFF_MS_CONFIG, 100);
      props.put(ProducerConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 500);
      AtomicInteger acked = new AtomicInteger();
      AtomicReference<Exception> failure = new AtomicReference<>();
      Queue<OrderShippedEvent> unsent = new ConcurrentLinkedQueue<>();
      Set<String> sentIds = new HashSet<>();
      AtomicReference<Exception> restartFailure = new AtomicReference<>();
      AtomicInteger outageMillis = new AtomicInteger();
      AtomicInteger restartMillis = new AtomicInteger();
      try (KafkaProducer<String, Message<?>> producer = new KafkaProducer<>(props)) {
        Thread restarter = null;
        for (int i = 0; i < COUNT; i++) {
          if (i == COUNT / 3) {
            // Some are acknowledged, more are in flight: kill the broker as a crash would, and start
            // it again while the producer goes on sending (and blocking once its metadata is stale)
            // and the consumer goes on polling.
            while (acked.get() < COUNT / 10 && failure.get() == null && System.nanoTime() < deadline) {
              Thread.sleep(5);
            }
            brokerDown.set(true);
            broker.kill();
            long killed = System.nanoTime();
            restarter =
                new Thread(
                    () -> {
                      try {
                        // The outage itself, not a wait for a condition.
                        Thread.sleep(1_000);
                        long start = System.nanoTime();
                        broker.restart();
                        long up = System.nanoTime();
                        restartMillis.set((int) TimeUnit.NANOSECONDS.toMillis(up - start));
                        outageMillis.set((int) TimeUnit.NANOSECONDS.toMillis(up - killed));
                      } catch (Exception e) {
                        restartFailure.set(e);
                      } finally {
                        brokerDown.set(false);
                      }
                    },
                    "broker-restart");
            restarter.start();
          }
          OrderShippedEvent event =
              OrderShippedEvent.builder().orderId("ord-" + (i % 17)).carrier("DHL").sequence(i)
                  .partitionKey("ord-" + (i % 17)).build();
          sentIds.add(event.id());
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
        restarter.join(TimeUnit.NANOSECONDS.toMillis(Math.max(1, deadline - System.nanoTime())));
      }
      assertThat(restartFailure.get()).as("restarting the broker").isNull();
      assertThat(brokerDown.get()).as("the broker restarted in time").isFalse();
      // Idempotence keeps the producer's retries from writing twice, but a send it gives up on (the
      // broker may refuse a retried batch's sequence after an unclean restart, until the delivery
      // timeout) is the application's to send again: at least once, which the consumer's
      // de-duplication by source and id turns into exactly once.
      Set<Long> resent = unsent.stream().map(event -> event.data().sequence()).collect(Collectors.toSet());
      if (!unsent.isEmpty()) {
        try (KafkaProducer<String, Message<?>> again = new KafkaProducer<>(Clients.producerProperties(broker, "binary"))) {
          Clients.sendAll(again, unsent.stream().map(event -> MessageRecords.record(topic, (Message<?>) event)).toList());
        }
      }
      assertThat(acked.get() + unsent.size()).isEqualTo(COUNT);
      assertThat(sentIds).hasSize(COUNT);

      // Everything is written: the consumers go on until their commits reach the end of each partition.
      Map<TopicPartition, Long> endOffsets;
      try (Admin admin = broker.admin()) {
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        for (int p = 0; p < PARTITIONS; p++) {
          latest.put(new TopicPartition(topic, p), OffsetSpec.latest());
        }
        endOffsets = new HashMap<>();
        admin.listOffsets(latest).all().get(30, TimeUnit.SECONDS)
            .forEach((partition, info) -> endOffsets.put(partition, info.offset()));
      }
      ends.set(endOffsets);
      consuming.join(TimeUnit.NANOSECONDS.toMillis(Math.max(1, deadline - System.nanoTime())) + 10_000);
      assertThat(consumers.failure.get()).as("the consumers' loop").isNull();

      System.out.println(
          "BrokerFaultTest: outage " + outageMillis.get() + " ms (restart " + restartMillis.get() + " ms), "
              + unsent.size() + " sends failed and were sent again"
              + (unsent.isEmpty() ? "" : " (first: " + failure.get() + ")") + "; " + consumers.incarnations
              + " consumers, " + consumers.crashes + " closed without their last commits, "
              + consumers.pollsWhileDown + " polls while the broker was killed or restarting, "
              + consumers.commitFailures + " commits failed; " + consumers.skipped.get()
              + " redelivered messages skipped as already handled");

      assertThat(consumers.finished).as("the consumers committed the end of every partition in time").isTrue();
      assertThat(consumers.pollsWhileDown).as("polls while the broker was killed or restarting").isPositive();
      assertThat(consumers.crashes).as("consumers closed without their last commits").isPositive();
      // Every message handled exactly once, and in order within its partition.
      assertThat(consumers.handledTwice).as("messages handled twice").isZero();
      assertThat(consumers.handledIds).isEqualTo(sentIds);
      assertThat(consumers.handledSequences.cardinality()).isEqualTo(COUNT);
      assertThat(consumers.outOfOrder).as("records handled below an offset handled before in its partition").isZero();
      // Within a key (one partition) the producer's order holds for the sends acknowledged the first
      // time; a send given up on and sent again comes later.
      consumers.handledByKey.forEach(
          (key, sequences) -> {
            List<Long> firstTime = sequences.stream().filter(s -> !resent.contains(s)).toList();
            assertThat(firstTime).as("sequences of " + key).isSorted();
          });
      // The redelivery really happened and reached the dispatcher, which skipped it.
      assertThat(consumers.skipped.get()).as("redelivered messages the store reported as handled").isPositive();
      assertThat(consumers.redelivered)
          .as("records dispatch(records) did not handle")
          .isEqualTo(consumers.skipped.get());
      // And the group's committed offsets cover every record.
      try (Admin admin = broker.admin()) {
        Map<TopicPartition, Long> committed = new HashMap<>();
        admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get(30, TimeUnit.SECONDS)
            .forEach((partition, offset) -> committed.put(partition, offset.offset()));
        assertThat(committed).isEqualTo(endOffsets);
      }
      assertThat(endOffsets.values().stream().mapToLong(Long::longValue).sum()).isGreaterThanOrEqualTo(COUNT);
    } finally {
      // A failure above leaves no consumer running into the next test class.
      consumers.stop.set(true);
      consuming.join(30_000);
    }
  }

  /**
   * One consumer of the group after another, in a thread, each with its own dispatcher over the one
   * store, each closed without its last commits once it has handled {@link #CRASH_EVERY} messages;
   * the last one commits the end of every partition and stops. Its fields are read after the join.
   */
  private static final class CrashingConsumers implements Runnable {
    final KafkaBroker broker;
    final String topic;
    final String group;
    final long deadline;
    final AtomicBoolean brokerDown;
    final AtomicReference<Map<TopicPartition, Long>> ends;
    final AtomicBoolean stop = new AtomicBoolean();
    final AtomicReference<Throwable> failure = new AtomicReference<>();

    /** The real in-memory store, counting the messages it reports as handled already. */
    final AtomicInteger skipped = new AtomicInteger();
    final ProcessedMessages processed;

    final Set<String> handledIds = new HashSet<>();
    final BitSet handledSequences = new BitSet(COUNT);
    final Map<String, List<Long>> handledByKey = new HashMap<>();
    final long[] lastHandledOffset = new long[PARTITIONS];
    /** The records of the poll being dispatched, by their message, to know a handled message's record. */
    final Map<Message<?>, ConsumerRecord<String, Message<?>>> polled = new IdentityHashMap<>();
    /** Per partition, the offset after the last record handled (or skipped as handled before). */
    final Map<TopicPartition, Long> handledThrough = new HashMap<>();
    final Map<TopicPartition, Long> committed = new HashMap<>();

    int handledTwice;
    int outOfOrder;
    int redelivered;
    int incarnations;
    int crashes;
    int pollsWhileDown;
    int commitFailures;
    boolean finished;

    CrashingConsumers(
        KafkaBroker broker,
        String topic,
        String group,
        long deadline,
        AtomicBoolean brokerDown,
        AtomicReference<Map<TopicPartition, Long>> ends) {
      this.broker = broker;
      this.topic = topic;
      this.group = group;
      this.deadline = deadline;
      this.brokerDown = brokerDown;
      this.ends = ends;
      java.util.Arrays.fill(lastHandledOffset, -1);
      processed = DeadLetterTest.counting(ProcessedMessages.inMemory(COUNT), skipped);
    }

    @Override
    public void run() {
      try {
        while (!finished && !stop.get() && System.nanoTime() < deadline) {
          consumeUntilCrash();
        }
      } catch (Throwable e) {
        failure.set(e);
      }
    }

    /** One consumer of the group, from the group's last commit. */
    private void consumeUntilCrash() {
      incarnations++;
      MessageDispatcher dispatcher =
          MessageDispatcher.builder().on(OrderShippedEvent.class, this::handle).processed(processed).build();
      Map<String, Object> props = Clients.consumerProperties(broker, KafkaBindingTest.MESSAGES);
      props.put(ConsumerConfig.GROUP_ID_CONFIG, group);
      props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
      props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 250);
      // A consumer whose leaving the broker missed (it was down) is out of the group soon.
      props.put(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, 10_000);
      props.put(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG, 1_000);
      props.put(ConsumerConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 500);
      KafkaConsumer<String, Message<?>> consumer = new KafkaConsumer<>(props);
      try {
        consumer.subscribe(List.of(topic));
        int handledHere = 0;
        boolean lastCommitSucceeded = false;
        Map<TopicPartition, Long> previousPoll = Map.of();
        while (!stop.get() && System.nanoTime() < deadline) {
          boolean down = brokerDown.get();
          ConsumerRecords<String, Message<?>> records = consumer.poll(Duration.ofMillis(200));
          if (down && brokerDown.get()) {
            pollsWhileDown++;
          }
          polled.clear();
          records.forEach(record -> polled.put(record.value(), record));
          int handled = dispatcher.dispatch(records);
          handledHere += handled;
          redelivered += records.count() - handled;
          for (TopicPartition partition : records.partitions()) {
            List<ConsumerRecord<String, Message<?>>> inPartition = records.records(partition);
            handledThrough.merge(partition, inPartition.get(inPartition.size() - 1).offset() + 1, Math::max);
          }
          Map<TopicPartition, Long> end = ends.get();
          if (end != null && reaches(handledThrough, end)) {
            // Every record is handled: commit the end of each partition, and stop.
            if (commit(consumer, end)) {
              finished = true;
              return;
            }
            continue;
          }
          if (handledHere >= CRASH_EVERY && lastCommitSucceeded && !reaches(committed, handledThrough)) {
            // Closed below without committing this poll and the one before: the next consumer
            // reads them again.
            crashes++;
            return;
          }
          // Commits lag a poll behind what was handled.
          if (!previousPoll.isEmpty()) {
            lastCommitSucceeded = commit(consumer, previousPoll);
          }
          previousPoll = Map.copyOf(handledThrough);
        }
      } finally {
        // enable.auto.commit is off: closing commits nothing.
        consumer.close(CloseOptions.timeout(Duration.ofSeconds(5)));
      }
    }

    private void handle(OrderShippedEvent shipped) {
      ConsumerRecord<String, Message<?>> record = polled.get(shipped);
      if (!handledIds.add(shipped.id())) {
        handledTwice++;
      }
      handledSequences.set((int) shipped.data().sequence());
      handledByKey.computeIfAbsent(record.key(), key -> new ArrayList<>()).add(shipped.data().sequence());
      if (record.offset() <= lastHandledOffset[record.partition()]) {
        outOfOrder++;
      }
      lastHandledOffset[record.partition()] = record.offset();
    }

    /** Commits {@code offsets}; {@code false} when the broker is away or the group rebalancing. */
    private boolean commit(KafkaConsumer<?, ?> consumer, Map<TopicPartition, Long> offsets) {
      Map<TopicPartition, OffsetAndMetadata> commit = new HashMap<>();
      offsets.forEach((partition, offset) -> commit.put(partition, new OffsetAndMetadata(offset)));
      try {
        consumer.commitSync(commit, Duration.ofSeconds(2));
        committed.putAll(offsets);
        return true;
      } catch (RetriableException | CommitFailedException | RebalanceInProgressException e) {
        commitFailures++;
        return false;
      }
    }

    /** Whether {@code offsets} reach {@code target} in every partition of it. */
    private static boolean reaches(Map<TopicPartition, Long> offsets, Map<TopicPartition, Long> target) {
      return target.entrySet().stream().allMatch(e -> offsets.getOrDefault(e.getKey(), 0L) >= e.getValue());
    }
  }
}
