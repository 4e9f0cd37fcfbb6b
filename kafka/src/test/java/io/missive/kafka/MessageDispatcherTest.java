package io.missive.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.entry;

import io.missive.Message;
import io.missive.kafka.orders.OrderPlacedEvent;
import io.missive.kafka.orders.OrderShippedEvent;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.support.KafkaUtils;
import org.springframework.kafka.support.serializer.ErrorHandlingDeserializer;
import org.springframework.kafka.support.serializer.SerializationUtils;

/**
 * {@link MessageDispatcher#dispatch(ConsumerRecords)} on polls built by hand, without a broker: which
 * record failed, and where each partition of the poll stopped.
 */
class MessageDispatcherTest {

  static final TopicPartition P1 = new TopicPartition("orders", 0);
  static final TopicPartition P2 = new TopicPartition("orders", 1);
  static final TopicPartition P3 = new TopicPartition("orders", 2);

  /** The order ids the handler was given, in order. */
  final List<String> handled = new ArrayList<>();

  /** The order id whose handler throws; {@code null} for none. */
  String refused;

  final MessageDispatcher dispatcher =
      MessageDispatcher.builder()
          .on(
              OrderShippedEvent.class,
              shipped -> {
                if (shipped.data().orderId().equals(refused)) {
                  throw new IllegalStateException("the carrier refused " + refused);
                }
                handled.add(shipped.data().orderId());
              })
          .build();

  @Test
  void aHandlerThatThrowsInTheMiddleOfAPartitionNamesItsRecordAndWhereEachPartitionStopped() {
    OrderShippedEvent earlier = shipped("a-0");
    dispatcher.dispatch(earlier);
    handled.clear();
    OrderShippedEvent failing = shipped("b-12");
    // P1 holds a duplicate and a tombstone: both count as handled, so P1 is handled to its end.
    ConsumerRecords<String, Message<?>> poll =
        poll(
            P1, List.of(record(P1, 0, earlier), record(P1, 1, null), record(P1, 2, shipped("a-2"))),
            P2,
                List.of(
                    record(P2, 10, shipped("b-10")),
                    record(P2, 11, shipped("b-11")),
                    record(P2, 12, failing),
                    record(P2, 13, shipped("b-13"))),
            P3, List.of(record(P3, 20, shipped("c-20")), record(P3, 21, shipped("c-21"))));
    refused = "b-12";

    DispatchException e = catchThrowableOfType(DispatchException.class, () -> dispatcher.dispatch(poll));

    assertThat(e)
        .hasMessage(
            "handler of OrderShippedEvent failed on record orders-1 at offset 12 (type OrderShipped, id "
                + failing.id() + "): java.lang.IllegalStateException: the carrier refused b-12")
        .cause()
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("the carrier refused b-12");
    assertThat(e.topicPartition()).isEqualTo(P2);
    assertThat(e.offset()).isEqualTo(12);
    assertThat(e.record()).isSameAs(poll.records(P2).get(2));
    assertThat(e.message()).containsSame(failing);
    assertThat(e.messageType()).contains("OrderShipped");
    assertThat(e.messageId()).contains(failing.id());
    assertThat(e.unhandled()).containsExactly(entry(P2, at(12)), entry(P3, at(20)));
    assertThat(handled).containsExactly("a-2", "b-10", "b-11");

    // What a consumer polls after e.unhandled().forEach(consumer::seek): exactly the rest, none of
    // which was handled before.
    refused = null;
    ConsumerRecords<String, Message<?>> redelivered = afterSeek(poll, e.unhandled());
    assertThat(redelivered.count()).isEqualTo(4);
    assertThat(dispatcher.dispatch(redelivered)).isEqualTo(4);
    assertThat(handled).containsExactly("a-2", "b-10", "b-11", "b-12", "b-13", "c-20", "c-21");
  }

  @Test
  void theRecordsHandledBeforeAFailureAreRememberedSoThatARedeliveryOfThePollSkipsThem() {
    ConsumerRecords<String, Message<?>> poll =
        poll(
            P1, List.of(record(P1, 0, shipped("a-0")), record(P1, 1, shipped("a-1"))),
            P2, List.of(record(P2, 0, shipped("b-0")), record(P2, 1, shipped("b-1")), record(P2, 2, shipped("b-2"))),
            P3, List.of(record(P3, 0, shipped("c-0"))));
    refused = "b-1";
    DispatchException e = catchThrowableOfType(DispatchException.class, () -> dispatcher.dispatch(poll));
    assertThat(e.unhandled()).containsExactly(entry(P2, at(1)), entry(P3, at(0)));

    // As after a rebalance, without the seek: the whole poll again.
    refused = null;
    assertThat(dispatcher.dispatch(poll)).isEqualTo(3);
    assertThat(handled).containsExactly("a-0", "a-1", "b-0", "b-1", "b-2", "c-0");
  }

  @Test
  void aTombstoneIsPassedOver() {
    ConsumerRecords<String, Message<?>> poll =
        poll(P1, List.of(record(P1, 0, shipped("a-0")), record(P1, 1, null), record(P1, 2, shipped("a-2"))));

    assertThat(dispatcher.dispatch(poll)).isEqualTo(2);
    assertThat(handled).containsExactly("a-0", "a-2");
  }

  @Test
  @SuppressWarnings("removal") // SerializationUtils' constant, checked as the name older versions write
  void theSpringHeaderIsTheOneSpringKafkaNamesNowAndNamedBefore() {
    assertThat(MessageDispatcher.SPRING_VALUE_DESERIALIZER_EXCEPTION)
        .isEqualTo(KafkaUtils.VALUE_DESERIALIZER_EXCEPTION_HEADER)
        .isEqualTo(SerializationUtils.VALUE_DESERIALIZER_EXCEPTION_HEADER);
  }

  @Test
  void aValueThatSpringsErrorHandlingDeserializerCouldNotReadFailsWithoutItsHeaderBeingRead() {
    // The record as Spring Kafka hands it on: a null value, and the header holding the exception.
    Headers headers = new RecordHeaders();
    Message<?> value;
    try (ErrorHandlingDeserializer<Message<?>> deserializer =
        new ErrorHandlingDeserializer<>(MessageDeserializer.of(OrderShippedEvent.JSON))) {
      value = deserializer.deserialize("orders", headers, "{\"orderId\":".getBytes(StandardCharsets.UTF_8));
    }
    assertThat(value).isNull();
    assertThat(headers.lastHeader(KafkaUtils.VALUE_DESERIALIZER_EXCEPTION_HEADER)).isNotNull();
    ConsumerRecord<String, Message<?>> unreadable =
        new ConsumerRecord<>(
            "orders", 1, 11, 0L, TimestampType.CREATE_TIME, 3, 11, "key", null, headers, Optional.of(7));
    ConsumerRecords<String, Message<?>> poll =
        poll(
            P1, List.of(record(P1, 0, shipped("a-0"))),
            P2, List.of(record(P2, 10, shipped("b-10")), unreadable, record(P2, 12, shipped("b-12"))),
            P3, List.of(record(P3, 20, shipped("c-20"))));

    DispatchException e = catchThrowableOfType(DispatchException.class, () -> dispatcher.dispatch(poll));

    assertThat(e).hasNoCause();
    assertThat(e.getMessage())
        .startsWith(
            "record orders-1 at offset 11 has a null value that is no tombstone: Spring Kafka's"
                + " ErrorHandlingDeserializer could not deserialize it upstream and marked it with the"
                + " header springDeserializerExceptionValue (a Java-serialized exception, deliberately"
                + " not read here). Park the record and seek past it");
    assertThat(e.topicPartition()).isEqualTo(P2);
    assertThat(e.offset()).isEqualTo(11);
    assertThat(e.record()).isSameAs(unreadable);
    assertThat(e.message()).isEmpty();
    assertThat(e.messageType()).isEmpty();
    assertThat(e.messageId()).isEmpty();
    // With the record's leader epoch, for the consumer's check against a truncated log on the seek.
    assertThat(e.unhandled()).containsExactly(entry(P2, new OffsetAndMetadata(11, Optional.of(7), "")), entry(P3, at(20)));
    assertThat(handled).containsExactly("a-0", "b-10");
  }

  @Test
  void aMessageNoHandlerTakesFailsInTheDefaultOtherwiseWithItsRecord() {
    OrderPlacedEvent placed = KafkaBindingTest.placed("ord-1");
    ConsumerRecords<String, Message<?>> poll =
        poll(P1, List.of(record(P1, 0, shipped("a-0")), record(P1, 1, placed), record(P1, 2, shipped("a-2"))));

    DispatchException e = catchThrowableOfType(DispatchException.class, () -> dispatcher.dispatch(poll));

    assertThat(e)
        .hasMessageStartingWith(
            "otherwise handler (no handler of OrderPlacedEvent) failed on record orders-0 at offset 1"
                + " (type OrderPlaced, id " + placed.id() + "): java.lang.IllegalStateException: no"
                + " handler for OrderPlacedEvent")
        .cause()
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("no handler for OrderPlacedEvent (type OrderPlaced, id " + placed.id() + ")");
    assertThat(e.messageType()).contains("OrderPlaced");
    assertThat(e.unhandled()).containsExactly(entry(P1, at(1)));
    assertThat(handled).containsExactly("a-0");
  }

  @Test
  void aProcessedMessagesStoreThatThrowsFailsWithTheRecord() {
    List<String> added = new ArrayList<>();
    RuntimeException down = new IllegalStateException("the database is down");
    MessageDispatcher failingContains =
        MessageDispatcher.builder()
            .on(OrderShippedEvent.class, shipped -> handled.add(shipped.data().orderId()))
            .processed(store(down, null, added))
            .build();
    OrderShippedEvent first = shipped("a-0");
    ConsumerRecords<String, Message<?>> poll =
        poll(P1, List.of(record(P1, 4, first), record(P1, 5, shipped("a-5"))), P2, List.of(record(P2, 7, shipped("b-7"))));

    DispatchException e = catchThrowableOfType(DispatchException.class, () -> failingContains.dispatch(poll));

    assertThat(e)
        .hasMessage(
            "ProcessedMessages.contains failed on record orders-0 at offset 4 (type OrderShipped, id "
                + first.id() + "), before its handler ran: java.lang.IllegalStateException: the database is down")
        .hasCause(down);
    assertThat(e.unhandled()).containsExactly(entry(P1, at(4)), entry(P2, at(7)));
    assertThat(handled).isEmpty();

    // The handler ran but the message could not be remembered: the record is not handled, so that
    // its redelivery handles it again rather than losing it.
    MessageDispatcher failingAdd =
        MessageDispatcher.builder()
            .on(OrderShippedEvent.class, shipped -> handled.add(shipped.data().orderId()))
            .processed(store(null, down, added))
            .build();

    e = catchThrowableOfType(DispatchException.class, () -> failingAdd.dispatch(poll));

    assertThat(e)
        .hasMessage(
            "ProcessedMessages.add failed on record orders-0 at offset 4 (type OrderShipped, id " + first.id()
                + ") after its handler returned, so the message is not remembered as handled:"
                + " java.lang.IllegalStateException: the database is down")
        .hasCause(down);
    assertThat(e.unhandled()).containsExactly(entry(P1, at(4)), entry(P2, at(7)));
    assertThat(handled).containsExactly("a-0");
    assertThat(added).isEmpty();
  }

  @Test
  void anErrorIsNotWrappedAndASingleMessageIsDispatchedAsBefore() {
    StackOverflowError overflow = new StackOverflowError();
    MessageDispatcher overflowing =
        MessageDispatcher.builder()
            .on(
                OrderShippedEvent.class,
                shipped -> {
                  throw overflow;
                })
            .build();
    ConsumerRecords<String, Message<?>> poll = poll(P1, List.of(record(P1, 0, shipped("a-0"))));

    assertThatThrownBy(() -> overflowing.dispatch(poll)).isSameAs(overflow);

    refused = "a-0";
    assertThatThrownBy(() -> dispatcher.dispatch(shipped("a-0")))
        .isExactlyInstanceOf(IllegalStateException.class)
        .hasMessage("the carrier refused a-0");
  }

  @Test
  void aSerializedCopyKeepsThePlaceButNotTheRecord() throws Exception {
    refused = "b-1";
    ConsumerRecords<String, Message<?>> poll =
        poll(P2, List.of(record(P2, 0, shipped("b-0")), record(P2, 1, shipped("b-1"))), P3, List.of(record(P3, 3, shipped("c-3"))));
    DispatchException e = catchThrowableOfType(DispatchException.class, () -> dispatcher.dispatch(poll));

    DispatchException copy = copy(e);

    assertThat(copy).hasMessage(e.getMessage());
    assertThat(copy.topicPartition()).isEqualTo(P2);
    assertThat(copy.offset()).isEqualTo(1);
    assertThat(copy.messageType()).isEqualTo(e.messageType());
    assertThat(copy.messageId()).isEqualTo(e.messageId()).isPresent();
    assertThat(copy.unhandled()).containsExactly(entry(P2, at(1)), entry(P3, at(3)));
    assertThat(copy.record()).isNull();
    assertThat(copy.message()).isEmpty();
  }

  /** The position of offset {@code offset} of a record without a leader epoch, as built here. */
  static OffsetAndMetadata at(long offset) {
    return new OffsetAndMetadata(offset, Optional.empty(), "");
  }

  static OrderShippedEvent shipped(String orderId) {
    return OrderShippedEvent.builder().orderId(orderId).carrier("DHL").sequence(1).build();
  }

  static ConsumerRecord<String, Message<?>> record(TopicPartition partition, long offset, Message<?> value) {
    return new ConsumerRecord<>(partition.topic(), partition.partition(), offset, null, value);
  }

  /** A poll of {@code partitionsAndRecords} (a partition, its records, ...), in that order. */
  @SuppressWarnings("unchecked")
  static ConsumerRecords<String, Message<?>> poll(Object... partitionsAndRecords) {
    Map<TopicPartition, List<ConsumerRecord<String, Message<?>>>> records = new LinkedHashMap<>();
    for (int i = 0; i < partitionsAndRecords.length; i += 2) {
      records.put(
          (TopicPartition) partitionsAndRecords[i], (List<ConsumerRecord<String, Message<?>>>) partitionsAndRecords[i + 1]);
    }
    return new ConsumerRecords<>(records, Map.of());
  }

  /** The records of {@code poll} that a consumer redelivers after seeking to {@code positions}. */
  static ConsumerRecords<String, Message<?>> afterSeek(
      ConsumerRecords<String, Message<?>> poll, Map<TopicPartition, OffsetAndMetadata> positions) {
    Map<TopicPartition, List<ConsumerRecord<String, Message<?>>>> records = new LinkedHashMap<>();
    positions.forEach(
        (partition, position) ->
            records.put(
                partition, poll.records(partition).stream().filter(r -> r.offset() >= position.offset()).toList()));
    return new ConsumerRecords<>(records, Map.of());
  }

  /** A store that forgets, and whose {@code contains} or {@code add} throws when given an exception. */
  static ProcessedMessages store(RuntimeException onContains, RuntimeException onAdd, List<String> added) {
    return new ProcessedMessages() {
      @Override
      public boolean contains(String source, String id) {
        if (onContains != null) {
          throw onContains;
        }
        return false;
      }

      @Override
      public void add(String source, String id) {
        if (onAdd != null) {
          throw onAdd;
        }
        added.add(id);
      }
    };
  }

  static DispatchException copy(DispatchException e) throws IOException, ClassNotFoundException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(e);
    }
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return (DispatchException) in.readObject();
    }
  }
}
