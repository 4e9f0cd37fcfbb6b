package io.missive.it.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import io.missive.MessageFormatException;
import io.missive.MessageJson;
import io.missive.MessageJsonReader;
import io.missive.it.orders.OrderPlacedEvent;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collections;

import org.junit.jupiter.api.Test;

/**
 * The reader's options: events without a schema version, and limits a user sets; and how quickly
 * oversized input is refused.
 */
class ReaderOptionsTest {

  /** Version 1 of ParcelWeighed, as a producer that does not know Missive writes it: no version. */
  private static final String UNVERSIONED =
      "{\"specversion\":\"1.0\",\"id\":\"w-1\",\"source\":\"/scales\",\"type\":\"ParcelWeighed\","
          + "\"time\":\"2026-03-15T10:30:00Z\",\"datacontenttype\":\"application/json\","
          + "\"data\":{\"parcelId\":\"p-1\",\"weightGrams\":1200,\"pieces\":[{\"label\":\"box\",\"qty\":2}]}}";

  private static final MessageJsonReader READER =
      MessageJsonReader.of(ParcelWeighedEvent.JSON, OrderPlacedEvent.JSON);

  @Test
  void anEventWithoutASchemaVersionIsRefusedByDefault() {
    assertThatThrownBy(() -> READER.read(UNVERSIONED))
        .hasMessage(
            "Cannot read ParcelWeighed JSON at schemaversion: missing (neither schemaversion nor a"
                + " dataschema urn:missive:ParcelWeighed:<version> says which version the data has; read"
                + " with MessageJsonReader.unversionedAsOldest() to take it as the oldest version read, 1)");
    assertThatThrownBy(() -> ParcelWeighedEvent.fromJson(UNVERSIONED))
        .isInstanceOf(MessageFormatException.class);
  }

  @Test
  void orReadAsTheOldestVersionWhenTheReaderSaysSo() {
    ParcelWeighedEvent read = (ParcelWeighedEvent) READER.unversionedAsOldest().read(UNVERSIONED);
    assertThat(read.data().weightKg()).isEqualTo(new BigDecimal("1.200"));
    assertThat(read.data().pieces()).containsExactly(new ParcelWeighed.Piece("box", 2));
    assertThat(read.data().scale()).isEqualTo("unknown");
    // Written back as the current version, it reads without the option.
    assertThat(READER.read(read.toJsonBytes())).isEqualTo(read);
  }

  @Test
  void aDataschemaOfMissiveSaysTheVersion() {
    String v2 =
        "{\"specversion\":\"1.0\",\"id\":\"w-1\",\"source\":\"/scales\",\"type\":\"ParcelWeighed\","
            + "\"time\":\"2026-03-15T10:30:00Z\",\"dataschema\":\"urn:missive:ParcelWeighed:2\","
            + "\"data\":{\"parcelId\":\"p-1\",\"weightKg\":1.5,\"pieces\":[{\"label\":\"box\",\"qty\":2}]}}";
    ParcelWeighedEvent read = (ParcelWeighedEvent) READER.read(v2);
    assertThat(read.data().weightKg()).isEqualTo(new BigDecimal("1.5"));
    assertThat(ParcelWeighedEvent.fromJson(v2)).isEqualTo(read);
    // Beside a schemaversion that agrees, and after the data.
    String both = v2.replace("\"dataschema\":\"urn:missive:ParcelWeighed:2\",", "\"schemaversion\":2,")
        .replace("}}", "},\"dataschema\":\"urn:missive:ParcelWeighed:2\"}");
    assertThat(READER.read(both)).isEqualTo(read);
    // It is the version, not an extension: written back (upcast to the current version), the message
    // says its version once, in schemaversion, and reads back equal.
    assertThat(read.extensions()).doesNotContainKey("dataschema");
    assertThat(read.toJson()).doesNotContain("dataschema").contains("\"schemaversion\":" + read.version());
    assertThat(READER.read(read.toJson())).isEqualTo(read);
    assertThatThrownBy(() -> read.toBuilder().dataSchema("urn:missive:ParcelWeighed:1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("dataschema \"urn:missive:ParcelWeighed:1\" names a Missive schema version");
    // Another dataschema is only an attribute.
    String other = v2.replace("urn:missive:ParcelWeighed:2", "https://example.com/weighed.json");
    assertThatThrownBy(() -> READER.read(other)).hasMessageContaining("at schemaversion: missing");
    // Read as the oldest version, version 2's data lacks what version 1 had: the option is a choice.
    assertThatThrownBy(() -> READER.unversionedAsOldest().read(other))
        .hasMessage("Cannot read ParcelWeighed JSON at data.weightGrams: missing");
  }

  @Test
  void limitsAreSetOnTheReader() {
    MessageJsonReader small =
        READER.withLimits(StreamReadConstraints.builder().maxDocumentLength(200).build());
    assertThat(small.limits().getMaxDocumentLength()).isEqualTo(200);
    assertThat(READER.limits().getMaxDocumentLength()).isEqualTo(MessageJson.MAX_DOCUMENT_LENGTH);
    String json = ReadWriteInvariantTest.VALID;
    assertThat(READER.read(json)).isNotNull();
    assertThatThrownBy(() -> small.read(json))
        .hasMessage(
            "Cannot read message JSON: the input is " + json.length() + " chars long, over the limit of 200")
        .isInstanceOf(MessageFormatException.class);

    MessageJsonReader shortStrings =
        READER.withLimits(StreamReadConstraints.builder().maxStringLength(3).build());
    assertThatThrownBy(() -> shortStrings.read(json.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOfSatisfying(
            MessageFormatException.class,
            e -> {
              assertThat(e.path()).isEqualTo("id");
              assertThat(e.problem()).startsWith("String value length (4) exceeds the maximum allowed (3");
            });
  }

  @Test
  void aHundredMegabyteStringIsRefusedQuicklyFromAStream() throws Exception {
    String head = ReadWriteInvariantTest.VALID.substring(0, ReadWriteInvariantTest.VALID.indexOf("\"note\":null"))
        + "\"note\":\"";
    InputStream huge = new SequenceInputStream(
        new ByteArrayInputStream(head.getBytes(StandardCharsets.UTF_8)), repeated((byte) 'x', 100 << 20));
    long start = System.nanoTime();
    try (JsonParser parser = MessageJson.factory().createParser(huge)) {
      assertThatThrownBy(() -> OrderPlacedEvent.JSON.read(parser))
          .isInstanceOfSatisfying(
              MessageFormatException.class,
              e -> {
                assertThat(e.path()).isEqualTo("data.note");
                assertThat(e.problem()).contains("exceeds the maximum allowed");
              });
    }
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
  }

  @Test
  void aMillionElementArrayIsRefusedQuickly() {
    String json = ReadWriteInvariantTest.VALID.replace(
        "\"tags\":[]", "\"tags\":[" + String.join(",", Collections.nCopies(1_000_000, "\"t\"")) + "]");
    long start = System.nanoTime();
    assertThatThrownBy(() -> OrderPlacedEvent.fromJson(json))
        .hasMessageStartingWith("Cannot read OrderPlaced JSON: the input is ")
        .hasMessageEndingWith(" chars long, over the limit of 1048576");
    assertThatThrownBy(() -> READER.read(json.getBytes(StandardCharsets.UTF_8)))
        .hasMessageEndingWith(" bytes long, over the limit of 1048576");
    // From a stream, the parser stops at the limit, inside the array.
    try (JsonParser parser = MessageJson.factory().createParser(
        new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)))) {
      assertThatThrownBy(() -> READER.read(parser))
          .isInstanceOfSatisfying(
              MessageFormatException.class,
              e -> {
                assertThat(e.path()).startsWith("data.tags[");
                assertThat(e.problem()).startsWith("Document length");
              });
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
  }

  /** {@code count} bytes {@code b}, made as they are read. */
  private static InputStream repeated(byte b, int count) {
    return new InputStream() {
      private int left = count;

      @Override
      public int read() {
        return left-- > 0 ? b : -1;
      }

      @Override
      public int read(byte[] buffer, int offset, int length) {
        if (left <= 0) {
          return -1;
        }
        int n = Math.min(length, left);
        java.util.Arrays.fill(buffer, offset, offset + n, b);
        left -= n;
        return n;
      }
    };
  }

}
