package io.missive.it.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.missive.Message;
import io.missive.MessageFormatException;
import io.missive.MessageJsonReader;
import io.missive.UnknownMessage;
import io.missive.it.orders.LineItem;
import io.missive.it.orders.OrderPlacedEvent;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the reader accepts, the writer writes, and what it writes reads back equal, from text and bytes
 * alike: the inputs here were accepted once and then could not be written, or were written into
 * invalid CloudEvents.
 */
class ReadWriteInvariantTest {

  static final String VALID =
      "{\"specversion\":\"1.0\",\"id\":\"id-1\",\"source\":\"order-service\",\"type\":\"OrderPlaced\","
          + "\"time\":\"2026-03-15T10:30:00Z\",\"datacontenttype\":\"application/json\",\"schemaversion\":2,"
          + "\"correlationid\":\"c-1\",\"data\":{\"customerId\":\"cust-1\",\"orderId\":\"ord-1\","
          + "\"items\":[{\"productId\":\"p-1\",\"quantity\":2,\"price\":29.99}],\"total\":59.98,"
          + "\"tags\":[],\"attributes\":{},\"note\":null,\"priority\":1,\"coupon\":null}}";

  private static final String NAME_PROBLEM =
      "the member name has an unpaired surrogate, U+DFAA at index 0: a name must be valid Unicode"
          + " (from a \\u escape or bytes that are not UTF-8)";

  /** Reads {@code json} from text and from bytes, and checks both write and read back equal. */
  static OrderPlacedEvent readAndRoundTrip(String json) {
    OrderPlacedEvent fromText = OrderPlacedEvent.fromJson(json);
    OrderPlacedEvent fromBytes = OrderPlacedEvent.fromJson(json.getBytes(StandardCharsets.UTF_8));
    assertThat(fromBytes).isEqualTo(fromText);
    assertWritesAndReadsBack(fromText);
    return fromText;
  }

  static void assertWritesAndReadsBack(OrderPlacedEvent message) {
    assertThat(OrderPlacedEvent.fromJson(message.toJson())).isEqualTo(message);
    assertThat(OrderPlacedEvent.fromJson(message.toJsonBytes())).isEqualTo(message);
    // Text converted to UTF-8 is the same JSON when it holds no unpaired surrogate, which
    // String.getBytes turns into '?': bytes come from toJsonBytes(), which escapes it.
  }

  @Test
  void aMapKeyWithAnUnpairedSurrogateIsRefusedWhereItIsReadFromText() {
    String json = VALID.replace("\"attributes\":{}", "\"attributes\":{\"\\uDFAA\":\"x\"}");
    assertThatThrownBy(() -> OrderPlacedEvent.fromJson(json))
        .isInstanceOfSatisfying(
            MessageFormatException.class,
            e -> {
              assertThat(e.path()).isEqualTo("data.attributes[\"\\uDFAA\"]");
              assertThat(e.problem()).isEqualTo(NAME_PROBLEM);
            });
    // Jackson's UTF-8 parser refuses the escape itself: refused either way.
    assertThatThrownBy(() -> OrderPlacedEvent.fromJson(json.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(MessageFormatException.class)
        .hasMessageContaining("Unexpected low surrogate in field name");
  }

  @Test
  void aKeyOfBytesThatAreNotUtf8IsRefusedAsTheTextEscapeIs() {
    // F4 90 80 80 would be a code point above U+10FFFF: Jackson reads it as two U+DC00.
    byte[] prefix = VALID.replace("\"attributes\":{}", "\"attributes\":{\"").split("\"attributes\":\\{\"")[0]
        .getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream json = new ByteArrayOutputStream();
    json.writeBytes(prefix);
    json.writeBytes("\"attributes\":{\"".getBytes(StandardCharsets.UTF_8));
    json.writeBytes(new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80});
    json.writeBytes(
        VALID.substring(VALID.indexOf("\"attributes\":{}") + "\"attributes\":{".length())
            .replaceFirst("^}", "\":\"x\"}")
            .getBytes(StandardCharsets.UTF_8));
    assertThatThrownBy(() -> OrderPlacedEvent.fromJson(json.toByteArray()))
        .isInstanceOfSatisfying(
            MessageFormatException.class,
            e -> {
              assertThat(e.path()).isEqualTo("data.attributes[\"\\uDC00\\uDC00\"]");
              assertThat(e.problem()).startsWith("the member name has an unpaired surrogate, U+DC00");
            });
  }

  @Test
  void aMapKeyOverTheNameLimitInUtf8IsRefusedFromTextAsFromBytes() {
    // 342 chars, under the limit of 1024 as Jackson counts text; 1026 bytes as it is written.
    String key = "\u20ac".repeat(342);
    String json = VALID.replace("\"attributes\":{}", "\"attributes\":{\"" + key + "\":\"x\"}");
    assertThatThrownBy(() -> OrderPlacedEvent.fromJson(json))
        .isInstanceOfSatisfying(
            MessageFormatException.class,
            e -> {
              assertThat(e.path()).isEqualTo("data.attributes." + key);
              assertThat(e.problem())
                  .isEqualTo(
                      "the member name is 1026 bytes long in UTF-8, over the limit of 1024"
                          + " (StreamReadConstraints.getMaxNameLength(), counted in UTF-8 for text"
                          + " input too, as the name is written)");
            });
    assertThatThrownBy(() -> OrderPlacedEvent.fromJson(json.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(MessageFormatException.class)
        .hasMessageContaining("Name length (1026) exceeds the maximum allowed (1024");
  }

  @Test
  void aMapKeyOfExactlyTheNameLimitInUtf8IsReadFromTextAndBytesAndReadsBackEqual() {
    String key = "\u20ac".repeat(341) + "a";
    OrderPlacedEvent read =
        readAndRoundTrip(VALID.replace("\"attributes\":{}", "\"attributes\":{\"" + key + "\":\"x\"}"));
    assertThat(read.data().attributes()).containsOnlyKeys(key);
  }

  @Test
  void anAttributeNameOverTheNameLimitInUtf8IsRefusedFromTextByTheLenientReader() {
    MessageJsonReader lenient =
        MessageJsonReader.of(OrderPlacedEvent.JSON).keepingUnknownTypes().lenientAttributes();
    String name = "\u00e9".repeat(513);
    String json = VALID.replace("\"correlationid\"", "\"" + name + "\":1,\"correlationid\"");
    assertThatThrownBy(() -> lenient.read(json))
        .isInstanceOfSatisfying(
            MessageFormatException.class,
            e -> assertThat(e.problem()).startsWith("the member name is 1026 bytes long in UTF-8"));
    // The same attribute in an unknown type's data, held as a tree.
    String unknown = json.replace("\"type\":\"OrderPlaced\"", "\"type\":\"OrderShelved\"")
        .replace("\"" + name + "\":1,", "").replace("\"data\":{", "\"data\":{\"" + name + "\":1,");
    assertThatThrownBy(() -> lenient.read(unknown))
        .isInstanceOfSatisfying(
            MessageFormatException.class,
            e -> assertThat(e.problem()).startsWith("the member name is 1026 bytes long in UTF-8"));
    Message<?> fits = lenient.read(unknown.replace(name, name.substring(1)));
    assertThat(fits).isInstanceOf(UnknownMessage.class);
    assertThat(lenient.read(fits.toJsonBytes())).isEqualTo(fits);
  }

  @Test
  void aReaderWithALongerNameLimitKeepsItForDataHeldAsATree() {
    MessageJsonReader longNames =
        MessageJsonReader.of(OrderPlacedEvent.JSON)
            .withLimits(
                com.fasterxml.jackson.core.StreamReadConstraints.builder().maxNameLength(4096).build());
    String key = "k".repeat(2000);
    String json = VALID.replace("\"attributes\":{}", "\"attributes\":{\"" + key + "\":\"x\"}");
    // Read straight into the payload, and with the data first, so that it is held as a tree until
    // the type is known and then read from the tree.
    int data = json.indexOf(",\"data\":");
    String dataFirst = "{" + json.substring(data + 1, json.length() - 1) + "," + json.substring(1, data) + "}";
    assertThat(((OrderPlacedEvent) longNames.read(json)).data().attributes()).containsOnlyKeys(key);
    assertThat(longNames.read(dataFirst)).isEqualTo(longNames.read(json));
  }

  @Test
  void aStringValueWithUnpairedSurrogatesIsKeptAndReadsBackEqual() {
    OrderPlacedEvent read =
        readAndRoundTrip(VALID.replace("\"attributes\":{}", "\"attributes\":{\"k\":\"a\\uDFAA\\uD800\"}"));
    assertThat(read.data().attributes()).containsEntry("k", "a\uDFAA\uD800");
  }

  @Test
  void aValueOfBytesThatAreNotUtf8IsReadAsTheParserDecodesItAndReadsBackEqual() {
    String marker = "MARK";
    byte[] text =
        VALID.replace("\"attributes\":{}", "\"attributes\":{\"k\":\"" + marker + "\"}")
            .getBytes(StandardCharsets.UTF_8);
    String asText = new String(text, StandardCharsets.ISO_8859_1);
    int at = asText.indexOf(marker);
    byte[] json = new byte[text.length];
    System.arraycopy(text, 0, json, 0, text.length);
    json[at] = (byte) 0xF4;
    json[at + 1] = (byte) 0x90;
    json[at + 2] = (byte) 0x80;
    json[at + 3] = (byte) 0x80;
    OrderPlacedEvent read = OrderPlacedEvent.fromJson(json);
    assertWritesAndReadsBack(read);
  }

  @Test
  void aMapKeyWithAnUnpairedSurrogateBuiltInCodeFailsOnWriteAtItsPath() {
    OrderPlacedEvent built =
        OrderPlacedEvent.builder()
            .customerId("c")
            .orderId("o")
            .items(List.of(new LineItem("p", 1, BigDecimal.ONE)))
            .total(BigDecimal.ONE)
            .tags(Set.of())
            .attributes(Map.of("k\uDFAA", "v"))
            .priority(1)
            .build();
    assertThatThrownBy(built::toJsonBytes)
        .isInstanceOfSatisfying(
            MessageFormatException.class,
            e -> {
              assertThat(e.path()).isEqualTo("data.attributes");
              assertThat(e.problem())
                  .isEqualTo(
                      "the map key \"k...\" has an unpaired surrogate, U+DFAA at index 1, which JSON in"
                          + " UTF-8 cannot hold");
            });
    assertThatThrownBy(built::toJson).isInstanceOf(MessageFormatException.class);
  }

  /** The sources of the CloudEvents spec's examples and of the SDKs' test events: all read. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://github.com/cloudevents",
        "mailto:cncf-wg-serverless@lists.cncf.io",
        "urn:uuid:6e8bc430-9c3a-11d9-9669-0800200c9a66",
        "cloudevents/spec/pull/123",
        "/sensors/tn-1234567/alerts",
        "1-555-123-4567",
        "/cloudevents/spec/pull/123",
        "http://localhost",
        "https://example.com/storage/tenant/container",
        "order-service",
        "urn:event:from:myapi/resource/123"
      })
  void aSourceThatIsAUriReferenceIsReadAndKept(String source) {
    OrderPlacedEvent read = readAndRoundTrip(VALID.replace("\"order-service\"", "\"" + source + "\""));
    assertThat(read.source()).isEqualTo(source);
  }

  @Test
  void aSourceThatIsNoUriReferenceIsRefusedByTheManyTypeReaderToo() {
    MessageJsonReader reader = MessageJsonReader.of(OrderPlacedEvent.JSON).keepingUnknownTypes();
    assertThatThrownBy(() -> reader.read(VALID.replace("\"order-service\"", "\"%zz\"")))
        .hasMessage(
            "Cannot read OrderPlaced JSON at source: \"%zz\" is not a URI reference (Malformed escape"
                + " pair at index 0), as CloudEvents requires");
    String unknown = VALID.replace("\"OrderPlaced\"", "\"Other\"").replace("\"order-service\"", "\"a b\"");
    assertThatThrownBy(() -> reader.read(unknown))
        .hasMessage(
            "Cannot read Other JSON at source: \"a b\" is not a URI reference (Illegal character in path"
                + " at index 1), as CloudEvents requires");
  }

  @Test
  void lenientAttributesAcceptWhatCloudEventsForbidsAndIgnoreIt() {
    String json =
        VALID.replace(
            "\"correlationid\"",
            "\"aString\":\"x\",\"a_invalid_name\":1,\"ext\":{\"a\":[1]},\"list\":[{}],\"dec\":1.5,"
                + "\"big\":1e400,\"correlationid\"");
    assertThatThrownBy(() -> MessageJsonReader.of(OrderPlacedEvent.JSON).read(json))
        .isInstanceOf(MessageFormatException.class)
        .hasMessageContaining("at aString");
    MessageJsonReader lenient = MessageJsonReader.of(OrderPlacedEvent.JSON).lenientAttributes();
    OrderPlacedEvent read = (OrderPlacedEvent) lenient.read(json);
    assertThat(read).isEqualTo(OrderPlacedEvent.fromJson(VALID));
    assertWritesAndReadsBack(read);

    // Kept, and written back as they came, in a message of a type the reader does not know.
    Message<?> unknown =
        lenient.keepingUnknownTypes().read(json.replace("\"OrderPlaced\"", "\"Other\""));
    assertThat(((UnknownMessage) unknown).attributes())
        .containsKeys("aString", "a_invalid_name", "ext", "list", "dec", "big");
    assertThat(lenient.keepingUnknownTypes().read(unknown.toJsonBytes())).isEqualTo(unknown);
  }

  @Test
  void aLenientReaderStillRefusesNamesThatCannotBeWrittenBack() {
    MessageJsonReader lenient =
        MessageJsonReader.of(OrderPlacedEvent.JSON).lenientAttributes().keepingUnknownTypes();
    assertThatThrownBy(
            () -> lenient.read(VALID.replace("\"correlationid\"", "\"\\uDFAA\":1,\"correlationid\"")))
        .isInstanceOfSatisfying(
            MessageFormatException.class,
            e -> {
              assertThat(e.path()).isEqualTo("[\"\\uDFAA\"]");
              assertThat(e.problem()).isEqualTo(NAME_PROBLEM);
            });
  }

  @Test
  void extensionsOfTheCloudEventsTypesAreRead() {
    String json =
        VALID.replace(
            "\"correlationid\"",
            "\"comexampleextension1\":\"value\",\"comexampleothervalue\":5,\"abool\":true,"
                + "\"subject\":\"123\",\"dataschema\":\"http://example.com/schema\",\"nothing\":null,"
                + "\"correlationid\"");
    readAndRoundTrip(json);
  }

  @Test
  void theBuilderRefusesWhatCouldNotBeWrittenOrReadBack() {
    assertThatThrownBy(() -> OrderPlacedEvent.builder().timestamp(java.time.Instant.parse("+10000-01-01T00:00:00Z")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "timestamp +10000-01-01T00:00:00Z is outside the years 0000 to 9999 that CloudEvents"
                + " (RFC 3339) can hold");
    assertThatThrownBy(() -> OrderPlacedEvent.builder().timestamp(java.time.Instant.parse("-0001-12-31T23:59:59Z")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> OrderPlacedEvent.builder().causationId(""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("causationId must not be empty; null means none");
    assertThat(OrderPlacedEvent.builder().causationId(null)).isNotNull();
    assertThat(OrderPlacedEvent.builder().timestamp(java.time.Instant.parse("9999-12-31T23:59:59.999999999Z")))
        .isNotNull();
  }

  /** Found by fuzzing: bytes with zeros look like UTF-32 to Jackson, which then fails to decode them. */
  @Test
  void bytesThatLookLikeUtf32AreAMessageFormatException() {
    byte[] json = {'{', 0, 0, 0, 0, 0, 0, 0, 0, '"', 's', 'p', 'e', 'c', 'v'};
    assertThatThrownBy(() -> OrderPlacedEvent.fromJson(json))
        .isInstanceOf(MessageFormatException.class)
        .hasMessage(
            "Cannot read OrderPlaced JSON: the bytes are not text in the encoding they seem to be in"
                + " (Invalid UTF-32 character 0x70722200 (above 0x0010ffff) at char #2, byte #11)); a"
                + " message is JSON in UTF-8");
    assertThatThrownBy(() -> MessageJsonReader.of(OrderPlacedEvent.JSON).read(json))
        .isInstanceOf(MessageFormatException.class);
  }
}
