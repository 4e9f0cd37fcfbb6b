package io.missive.it.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.missive.Message;
import io.missive.MessageFormatException;
import io.missive.UnknownMessage;
import io.missive.kafka.MessageDeserializer;
import io.missive.kafka.MessageSerializer;
import io.missive.kafka.Mode;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * Coverage-guided fuzzing (Jazzer) of {@link MessageDeserializer}, the reader of Kafka records in
 * both modes of the CloudEvents Kafka binding: record headers and a value, from any bytes. For any
 * record only a {@link MessageFormatException} escapes; a record is read the same from the
 * {@code byte[]} and the {@link ByteBuffer} the consumer hands over; what is read is written by
 * {@link MessageSerializer} in both modes and reads back equal (after a binary hop, with attribute
 * values as the text headers carry, and unchanged by a second hop), or, for an unknown message that
 * binary mode cannot carry, is refused by name; no read of a 1 KiB record takes 100 ms.
 *
 * <p>The input is a record as text, as HTTP writes a message: header lines {@code name: value} (a
 * line without {@code ": "} is a header without a value), an empty line, then the value, bytes as
 * they are; an input without an empty line is a value alone, without headers. So the seeds in
 * {@code KafkaRecordFuzzTestInputs/} can be read and written by hand. As in {@link MessageFuzzTest},
 * the ordinary test run runs those inputs as regression tests and the build then fuzzes the target
 * for a short while (see the pom; {@code -Dfuzz.skip} leaves that out).
 */
class KafkaRecordFuzzTest {

  private static final String TOPIC = "orders";

  static final MessageDeserializer STRICT = new MessageDeserializer(MessageFuzzTest.STRICT);

  /** Any type (as an {@code UnknownMessage}), any attribute, no version needed. */
  static final MessageDeserializer LENIENT = new MessageDeserializer(MessageFuzzTest.LENIENT);

  // libFuzzer dictionary entries are escaped as in its dictionary files: \x0A for a new line.
  @FuzzTest
  @DictionaryEntries({
    "ce_specversion: 1.0\\x0A", "ce_id: ", "ce_source: ", "ce_type: OrderPlaced\\x0A", "ce_type: ParcelWeighed\\x0A",
    "ce_time: 2026-03-15T10:30:00Z\\x0A", "ce_schemaversion: ", "ce_correlationid: ", "ce_causationid: ",
    "ce_dataschema: urn:missive:ParcelWeighed:1\\x0A", "ce_partitionkey: ", "ce_traceparent: ",
    "content-type: application/json\\x0A", "content-type: application/cloudevents+json; charset=UTF-8\\x0A",
    "content-type: application/cloudevents-batch+json\\x0A", "\\x0A\\x0A", "{\"parcelId\":", "\"weightGrams\":",
    "\"specversion\":\"1.0\"", "\"data\":{", "\\ud800"
  })
  void kafkaRecord(byte[] input) {
    Record record = Record.parse(input);
    for (MessageDeserializer deserializer : List.of(STRICT, LENIENT)) {
      Message<?> read = timed(input.length, () -> record.readWith(deserializer));
      Message<?> fromBuffer = timed(input.length, () -> record.readFromBufferWith(deserializer));
      assertThat(fromBuffer).as("read from a ByteBuffer as from a byte[]").isEqualTo(read);
      if (read == null) {
        continue;
      }
      RecordHeaders structured = new RecordHeaders();
      byte[] json = new MessageSerializer(Mode.STRUCTURED).serialize(TOPIC, structured, read);
      assertThat(deserializer.deserialize(TOPIC, structured, json)).as("written in structured mode and read back").isEqualTo(read);
      Message<?> hopped = binaryHop(deserializer, read);
      if (hopped != null) {
        assertThat(asHeaderText(hopped)).as("written in binary mode and read back").isEqualTo(asHeaderText(read));
        assertThat(binaryHop(deserializer, hopped)).as("written in binary mode once more").isEqualTo(hopped);
      }
    }
  }

  /**
   * The seeds do reach what they are for: those named {@code read-*} are records the strict reader
   * reads (so the round trips above run from the start), the others ones it refuses.
   */
  @org.junit.jupiter.api.Test
  void theSeedsAreReadOrRefusedAsTheirNamesSay() throws Exception {
    java.nio.file.Path seeds =
        java.nio.file.Path.of("src/test/resources/io/missive/it/json/KafkaRecordFuzzTestInputs/kafkaRecord");
    int read = 0;
    try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.list(seeds)) {
      for (java.nio.file.Path seed : files.sorted().toList()) {
        Record record = Record.parse(java.nio.file.Files.readAllBytes(seed));
        String name = seed.getFileName().toString();
        if (name.startsWith("read-")) {
          assertThat(record.readWith(STRICT)).as(name).isNotNull();
          read++;
        } else {
          org.assertj.core.api.Assertions.assertThatThrownBy(() -> record.readWith(STRICT))
              .as(name)
              .isInstanceOf(MessageFormatException.class);
        }
      }
    }
    assertThat(read).isGreaterThanOrEqualTo(5);
  }

  /**
   * {@code message} written in binary mode and read back; {@code null} when the serializer refuses it
   * as it should: text UTF-8 cannot hold, or an unknown message with no binary form (no data, an
   * attribute that is an object or an array or has a name no header reader takes, a content type of
   * structured mode).
   */
  private static Message<?> binaryHop(MessageDeserializer deserializer, Message<?> message) {
    RecordHeaders headers = new RecordHeaders();
    byte[] value;
    try {
      value = new MessageSerializer(Mode.BINARY).serialize(TOPIC, headers, message);
    } catch (MessageFormatException e) {
      assertThat(e.getMessage()).endsWith("write this message in structured mode");
      if (!e.getMessage().contains(": the text has an unpaired surrogate, U+")) {
        assertThat(message).as("refused in binary mode: %s", e.getMessage()).isInstanceOf(UnknownMessage.class);
      }
      return null;
    }
    return deserializer.deserialize(TOPIC, headers, value);
  }

  /**
   * What a binary hop keeps of a message, as docs/kafka.md says: everything, but headers carry text,
   * so an attribute or extension set as a number or a boolean reads back as its text, and one that is
   * JSON {@code null} as absent.
   */
  private static List<Object> asHeaderText(Message<?> message) {
    if (message instanceof UnknownMessage unknown) {
      Map<String, String> attributes = new LinkedHashMap<>();
      unknown.attributes().forEach((name, value) -> {
        if (value != null) {
          attributes.put(name, value instanceof BigDecimal number ? number.toPlainString() : value.toString());
        }
      });
      return Arrays.asList(attributes, unknown.hasData(), unknown.data());
    }
    Map<String, String> extensions = new LinkedHashMap<>();
    message.extensions().forEach((name, value) -> extensions.put(name, value.toString()));
    return Arrays.asList(
        message.getClass(), message.id(), message.type(), message.source(), message.timestamp(),
        message.version(), message.correlationId(), message.causationId(), extensions, message.data());
  }

  /**
   * What {@code read} returns, or {@code null} when it refuses the record as it should, naming the
   * topic; timed as {@link RoundTrips#timed} times a read.
   */
  private static Message<?> timed(int length, Supplier<Message<?>> read) {
    return RoundTrips.timed(
        length,
        () -> {
          try {
            Message<?> message = read.get();
            assertThat(message).as("a record with a value is a message").isNotNull();
            return message;
          } catch (MessageFormatException e) {
            assertThat(e.getMessage()).contains("(record of topic " + TOPIC);
            throw e;
          }
        });
  }

  /** A record of the fuzz input: its headers ({@code null}: none at all) and its value. */
  private record Record(Headers headers, byte[] value) {

    static Record parse(byte[] input) {
      int blank = indexOf(input, new byte[] {'\n', '\n'}, 0);
      if (blank < 0) {
        return new Record(null, input);
      }
      RecordHeaders headers = new RecordHeaders();
      int line = 0;
      while (line < blank) {
        int end = indexOf(input, new byte[] {'\n'}, line);
        if (end < 0 || end > blank) {
          end = blank;
        }
        int colon = indexOf(input, new byte[] {':', ' '}, line);
        if (colon < 0 || colon > end) {
          headers.add(new String(input, line, end - line, StandardCharsets.UTF_8), null);
        } else {
          headers.add(
              new String(input, line, colon - line, StandardCharsets.UTF_8),
              Arrays.copyOfRange(input, colon + 2, end));
        }
        line = end + 1;
      }
      return new Record(headers, Arrays.copyOfRange(input, blank + 2, input.length));
    }

    Message<?> readWith(MessageDeserializer deserializer) {
      return headers == null ? deserializer.deserialize(TOPIC, value) : deserializer.deserialize(TOPIC, headers, value);
    }

    /** As the consumer reads: a buffer over part of a larger array, as a fetched batch is. */
    Message<?> readFromBufferWith(MessageDeserializer deserializer) {
      if (headers == null) {
        return readWith(deserializer);
      }
      byte[] batch = new byte[value.length + 2];
      System.arraycopy(value, 0, batch, 1, value.length);
      return deserializer.deserialize(TOPIC, headers, ByteBuffer.wrap(batch, 1, value.length).slice());
    }

    private static int indexOf(byte[] bytes, byte[] what, int from) {
      for (int i = from; i <= bytes.length - what.length; i++) {
        if (bytes[i] == what[0] && (what.length == 1 || bytes[i + 1] == what[1])) {
          return i;
        }
      }
      return -1;
    }
  }
}
