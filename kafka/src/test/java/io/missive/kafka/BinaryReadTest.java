package io.missive.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonGenerator;
import io.missive.Message;
import io.missive.MessageFormatException;
import io.missive.MessageJson;
import io.missive.MessageJsonReader;
import io.missive.internal.Extensions;
import io.missive.kafka.orders.GetOrderStatusQuery;
import io.missive.kafka.orders.OrderPlacedEvent;
import io.missive.kafka.orders.OrderShippedEvent;
import io.missive.kafka.orders.ShipOrderCommand;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Binary mode reads the attributes from the headers and the data from the value directly; this holds
 * it to the structured reader: for each record, reading it in binary mode gives what reading the same
 * event as one structured document gives (the message, or the error, with the attribute's path as its
 * header), without a broker.
 */
class BinaryReadTest {

  private static final String TOPIC = "orders";
  private static final String COLUMN = " \\(line \\d+, column \\d+\\)";
  private static final String WHERE = " (record of topic " + TOPIC + ", binary mode)";
  private static final String PLACED_V2 =
      "{\"orderId\":\"ord-1\",\"customerId\":\"c-1\",\"customerName\":\"Ana\","
          + "\"lines\":[{\"sku\":\"A-1\",\"quantity\":2,\"price\":9.5}],\"total\":19.0}";
  private static final String PLACED_V1 =
      "{\"orderId\":\"ord-1\",\"customerId\":\"c-1\",\"lines\":[{\"sku\":\"A-1\",\"quantity\":2,\"price\":9.5}],"
          + "\"total\":19.0}";

  private static final MessageJsonReader READER =
      MessageJsonReader.of(OrderPlacedEvent.JSON, OrderShippedEvent.JSON, ShipOrderCommand.JSON, GetOrderStatusQuery.JSON);

  static Stream<Arguments> records() {
    return Stream.of(
        record("a current order", PLACED_V2),
        record("version 1, upcast", PLACED_V1, "ce_schemaversion", "1"),
        record("the version in a dataschema", PLACED_V1, "ce_schemaversion", null, "ce_dataschema", "urn:missive:OrderPlaced:1"),
        record("a dataschema that disagrees", PLACED_V2, "ce_dataschema", "urn:missive:OrderPlaced:1"),
        record("a dataschema of another type", PLACED_V2, "ce_schemaversion", null, "ce_dataschema", "urn:missive:OrderShipped:2"),
        record("a malformed Missive dataschema", PLACED_V2, "ce_dataschema", "urn:missive:OrderPlaced:two"),
        record("another dataschema, kept", PLACED_V2, "ce_dataschema", "https://schemas.example.com/order-placed/2"),
        record("no version", PLACED_V2, "ce_schemaversion", null),
        record("version 0", PLACED_V2, "ce_schemaversion", "0"),
        record("a newer version", PLACED_V2, "ce_schemaversion", "3"),
        record("a version that is no integer", PLACED_V2, "ce_schemaversion", "2.0"),
        record("a time after 9999", PLACED_V2, "ce_time", "10000-01-01T00:00:00Z"),
        record("a time without offset", PLACED_V2, "ce_time", "2026-03-15T10:30:00"),
        record("a time with an offset", PLACED_V2, "ce_time", "2026-03-15T11:30:00.5+01:00"),
        record("a time of February 30", PLACED_V2, "ce_time", "2026-02-30T10:30:00Z"),
        record("a source of a URL", PLACED_V2, "ce_source", "https://orders.example.com/eu"),
        record("a source with a space", PLACED_V2, "ce_source", "order service"),
        record("a source with a bad escape", PLACED_V2, "ce_source", "/orders/%zz"),
        record("an empty id", PLACED_V2, "ce_id", ""),
        record("an old specversion", PLACED_V2, "ce_specversion", "0.3"),
        record("a correlation and a cause", PLACED_V2, "ce_correlationid", "flow-9", "ce_causationid", "cmd-8"),
        record("an empty cause", PLACED_V2, "ce_causationid", ""),
        record("an unknown type", PLACED_V2, "ce_type", "OrderLost"),
        record("an empty type", PLACED_V2, "ce_type", ""),
        record(
            "extensions",
            PLACED_V2,
            "ce_subject", "ord-1",
            "ce_traceparent", "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01",
            "ce_tracestate", "rojo=00f067aa0ba902b7",
            "ce_partitionkey", "ord-1"),
        record("a header whose name is no attribute's", PLACED_V2, "ce_Tenant_Id", "acme"),
        record("a content type with a charset", PLACED_V2, "content-type", "application/json; charset=UTF-8"),
        record("a vendor JSON content type", PLACED_V2, "content-type", "application/vnd.orders+json"),
        record("a content type that is no JSON", PLACED_V2, "content-type", "text/plain"),
        record("no content type", PLACED_V2, "content-type", null),
        record("a field of the wrong type", PLACED_V2.replace("\"quantity\":2", "\"quantity\":\"two\"")),
        record("a missing field", PLACED_V2.replace("\"customerId\":\"c-1\",", "")),
        record("an unknown field", PLACED_V2.replace("{\"orderId\"", "{\"coupon\":\"X\",\"orderId\"")),
        record("a missing field in an old version", PLACED_V1.replace("\"customerId\":\"c-1\",", ""), "ce_schemaversion", "1"),
        record("data that is an array", "[1,2]"),
        record("data that is a string", "\"ord-1\""),
        record("invalid JSON inside balanced brackets", PLACED_V2.replace("19.0", "19.0.1")),
        record("a shipped order", "{\"orderId\":\"o-1\",\"carrier\":\"DHL\",\"sequence\":1}",
            "ce_type", "OrderShipped", "ce_source", "shipping-service", "ce_schemaversion", "1"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("records")
  void readsAsTheStructuredReaderReadsTheSameEvent(String name, Map<String, String> headers, String data) {
    for (MessageJsonReader reader : List.of(READER, READER.keepingUnknownTypes())) {
      MessageDeserializer deserializer = new MessageDeserializer(reader);
      RecordHeaders recordHeaders = new RecordHeaders();
      headers.forEach((key, value) -> recordHeaders.add(key, value.getBytes(StandardCharsets.UTF_8)));
      byte[] value = data.getBytes(StandardCharsets.UTF_8);
      byte[] document = document(headers, data);

      Message<?> expected = null;
      MessageFormatException expectedError = null;
      try {
        expected = reader.read(document);
      } catch (MessageFormatException e) {
        expectedError = e;
      }
      if (expectedError == null) {
        Message<?> read = deserializer.deserialize(TOPIC, recordHeaders, value);
        assertThat(read).isEqualTo(expected);
        assertThat(read.extensions()).isEqualTo(expected.extensions());
        assertThat(new String(read.toJsonBytes(), StandardCharsets.UTF_8))
            .isEqualTo(new String(expected.toJsonBytes(), StandardCharsets.UTF_8));
      } else {
        MessageFormatException error =
            catchThrowableOfType(
                MessageFormatException.class, () -> deserializer.deserialize(TOPIC, recordHeaders, value));
        assertThat(error).as("binary mode fails where structured mode fails: " + expectedError.getMessage()).isNotNull();
        assertThat(error.messageType()).isEqualTo(expectedError.messageType());
        String path = expectedError.path();
        if (path.equals("data") || path.startsWith("data.") || path.startsWith("data[")) {
          assertThat(error.path()).isEqualTo(path);
          // A syntax error's place is in the record value, not in the document around it.
          assertThat(error.problem().replaceAll(COLUMN, ""))
              .isEqualTo(expectedError.problem().replaceAll(COLUMN, "") + WHERE);
          if (name.equals("invalid JSON inside balanced brackets")) {
            assertThat(error.problem()).contains("(line 1, column " + (data.indexOf("19.0.1") + 5) + ")");
          }
        } else {
          String header = path.equals("datacontenttype") ? "content-type" : "ce_" + path;
          assertThat(error.path()).isEmpty();
          assertThat(error.problem()).isEqualTo("header " + header + ": " + expectedError.problem() + WHERE);
        }
      }
    }
  }

  @Test
  void aHeaderTwiceOrWithoutValueFailsEvenWhenItsNameIsNotRead() {
    MessageDeserializer deserializer = new MessageDeserializer(READER);
    byte[] value = PLACED_V2.getBytes(StandardCharsets.UTF_8);
    for (String key : List.of("ce_Tenant_Id", "ce_tenantid", "ce_id")) {
      RecordHeaders twice = headers(record("", PLACED_V2));
      twice.add(key, "a".getBytes(StandardCharsets.UTF_8));
      twice.add(key, "b".getBytes(StandardCharsets.UTF_8));
      assertThat(catchThrowableOfType(MessageFormatException.class, () -> deserializer.deserialize(TOPIC, twice, value)))
          .hasMessage("Cannot read OrderPlaced JSON: header " + key + " appears twice" + WHERE);
      RecordHeaders empty = headers(record("", PLACED_V2));
      empty.remove(key);
      empty.add(new RecordHeader(key, null));
      assertThat(catchThrowableOfType(MessageFormatException.class, () -> deserializer.deserialize(TOPIC, empty, value)))
          .hasMessage("Cannot read OrderPlaced JSON: header " + key + " has no value" + WHERE);
    }
    RecordHeaders badType = headers(record("", PLACED_V2));
    badType.remove("ce_type");
    badType.add(new RecordHeader("ce_type", new byte[] {(byte) 0xC3, (byte) 0x28}));
    assertThat(catchThrowableOfType(MessageFormatException.class, () -> deserializer.deserialize(TOPIC, badType, value)))
        .hasMessage("Cannot read message JSON: header ce_type is not UTF-8 text" + WHERE);
  }

  @Test
  void ofSeveralContentTypesTheLastCountsAndOneWithoutValueOrNotTextFails() {
    MessageDeserializer deserializer = new MessageDeserializer(READER);
    byte[] value = PLACED_V2.getBytes(StandardCharsets.UTF_8);
    String where = " (record of topic " + TOPIC + ")";
    Message<?> placed = deserializer.deserialize(TOPIC, headers(record("", PLACED_V2)), value);
    // The CloudEvents SDK's structured writer adds its content-type after the one a record kept:
    // the last counts, as for Kafka's lastHeader and the SDK's own reader.
    RecordHeaders rewritten = headers(record("", PLACED_V2));
    rewritten.add("content-type", "application/cloudevents+json; charset=UTF-8".getBytes(StandardCharsets.UTF_8));
    assertThat(deserializer.deserialize(TOPIC, rewritten, placed.toJsonBytes())).isEqualTo(placed);
    RecordHeaders binary = headers(record("", PLACED_V2));
    binary.remove("content-type");
    binary.add("content-type", "application/cloudevents+json".getBytes(StandardCharsets.UTF_8));
    binary.add("content-type", "application/json".getBytes(StandardCharsets.UTF_8));
    assertThat(deserializer.deserialize(TOPIC, binary, value)).isEqualTo(placed);
    RecordHeaders empty = headers(record("", PLACED_V2));
    empty.remove("content-type");
    empty.add(new RecordHeader("content-type", null));
    assertThat(catchThrowableOfType(MessageFormatException.class, () -> deserializer.deserialize(TOPIC, empty, value)))
        .hasMessage("Cannot read message JSON: header content-type has no value" + where);
    RecordHeaders notText = headers(record("", PLACED_V2));
    notText.remove("content-type");
    notText.add(new RecordHeader("content-type", new byte[] {(byte) 0xC3, (byte) 0x28}));
    assertThat(catchThrowableOfType(MessageFormatException.class, () -> deserializer.deserialize(TOPIC, notText, value)))
        .hasMessage("Cannot read message JSON: header content-type is not UTF-8 text" + where);
  }

  @Test
  void aRecordWithoutCloudEventsHeadersIsReadAsStructuredMode() {
    MessageDeserializer deserializer = new MessageDeserializer(READER);
    Message<?> placed = deserializer.deserialize(TOPIC, headers(record("", PLACED_V2)), PLACED_V2.getBytes(StandardCharsets.UTF_8));
    byte[] whole = placed.toJsonBytes();
    // Headers of the application's own, none of CloudEvents: structured mode, as without headers.
    RecordHeaders others = new RecordHeaders();
    others.add("traceId", "t-1".getBytes(StandardCharsets.UTF_8));
    assertThat(deserializer.deserialize(TOPIC, others, whole)).isEqualTo(placed);
    assertThat(deserializer.deserialize(TOPIC, new RecordHeaders(), whole)).isEqualTo(placed);
    assertThat(deserializer.deserialize(TOPIC, whole)).isEqualTo(placed);
    assertThat(deserializer.deserialize(TOPIC, null, whole)).isEqualTo(placed);
    // A payload alone (a binary-mode value whose headers were lost) is no event: said so, not what the
    // structured reader would first find wrong with it (a member name that is no attribute name).
    for (String value : List.of(PLACED_V2, "{\"hello\":1}", "[1]", "{\"data\":{\"specversion\":\"1.0\"}}", "{", "")) {
      assertThat(
              catchThrowableOfType(
                  MessageFormatException.class,
                  () -> deserializer.deserialize(TOPIC, others, value.getBytes(StandardCharsets.UTF_8))))
          .as(value)
          .hasMessage(
              "Cannot read message JSON: the record has neither ce_ headers nor a content-type header, and its"
                  + " value is no structured-mode event either (it has no specversion), so it is no CloudEvents"
                  + " record (record of topic " + TOPIC + ")");
    }
    // An event with a problem: the problem, and how the record was taken.
    assertThat(
            catchThrowableOfType(
                MessageFormatException.class,
                () -> deserializer.deserialize(TOPIC, new RecordHeaders(), "{\"specversion\":\"1.0\"}".getBytes(StandardCharsets.UTF_8))))
        .hasMessage(
            "Cannot read message JSON at id: missing; the record has neither ce_ headers nor a content-type"
                + " header, so it was read as a structured-mode event, the one mode that needs no headers (record of"
                + " topic " + TOPIC + ", structured mode)");
    // A content type without ce_ headers is binary mode, and no CloudEvents record.
    RecordHeaders json = new RecordHeaders();
    json.add("content-type", "application/json".getBytes(StandardCharsets.UTF_8));
    assertThat(
            catchThrowableOfType(
                MessageFormatException.class,
                () -> deserializer.deserialize(TOPIC, json, PLACED_V2.getBytes(StandardCharsets.UTF_8))))
        .hasMessage(
            "Cannot read message JSON: header ce_specversion is missing: the record has no ce_ headers, only a"
                + " content-type of \"application/json\", so it is no CloudEvents record" + WHERE);
  }

  @Test
  void aValueThatIsNotOneJsonValueIsReportedBeforeAnyOtherProblem() {
    MessageDeserializer deserializer = new MessageDeserializer(READER);
    RecordHeaders headers = headers(record("", PLACED_V2, "ce_time", "yesterday"));
    Map<String, String> values =
        Map.of(
            "", "the record value is empty: a binary-mode value is the payload as JSON",
            PLACED_V2 + " " + PLACED_V2, "the record value goes on after its JSON value",
            "{\"orderId\":\"ord-1\",", "the record value is not valid JSON: Unexpected end-of-input",
            // Three zero bytes first: the parser takes it for UTF-32, which it is not either.
            "\u0000\u0000\u0000{\"orderId\":\"ord-1\"}",
            "the record value is not text in the encoding it seems to be in (Invalid UTF-32 character",
            // A byte order that no UTF-32 has: the parser gives up as it starts.
            "\u0000\u0000\u007f\u0000{\"orderId\":\"ord-1\"}",
            "the record value is not text in the encoding it seems to be in (Unsupported UCS-4 endianness");
    values.forEach(
        (value, problem) ->
            assertThat(
                    catchThrowableOfType(
                        MessageFormatException.class,
                        () -> deserializer.deserialize(TOPIC, headers, value.getBytes(StandardCharsets.UTF_8))))
                .hasMessageStartingWith("Cannot read OrderPlaced JSON at data: " + problem)
                .hasMessageEndingWith(WHERE));
    // With a value that is one JSON value, the header is the problem.
    assertThat(
            catchThrowableOfType(
                MessageFormatException.class,
                () -> deserializer.deserialize(TOPIC, headers, PLACED_V2.getBytes(StandardCharsets.UTF_8))))
        .hasMessageStartingWith("Cannot read OrderPlaced JSON: header ce_time: expected an RFC 3339 timestamp");
  }

  @Test
  void serializingOntoARecordWithOldAttributesReplacesThemAndKeepsTheOtherHeaders() {
    Message<?> placed =
        new MessageDeserializer(READER)
            .deserialize(TOPIC, headers(record("", PLACED_V2)), PLACED_V2.getBytes(StandardCharsets.UTF_8));
    RecordHeaders headers = new RecordHeaders();
    headers.add("ce_id", "old".getBytes(StandardCharsets.UTF_8));
    headers.add("ce_tenantid", "old".getBytes(StandardCharsets.UTF_8));
    headers.add("content-type", "text/plain".getBytes(StandardCharsets.UTF_8));
    headers.add("traceId", "t-1".getBytes(StandardCharsets.UTF_8));
    new MessageSerializer().serialize(TOPIC, headers, placed);
    Map<String, List<String>> written = new LinkedHashMap<>();
    headers.forEach(
        header ->
            written
                .computeIfAbsent(header.key(), key -> new java.util.ArrayList<>())
                .add(new String(header.value(), StandardCharsets.UTF_8)));
    assertThat(written)
        .containsEntry("ce_id", List.of(placed.id()))
        .containsEntry("content-type", List.of("application/json"))
        .containsEntry("traceId", List.of("t-1"))
        .doesNotContainKey("ce_tenantid");
  }

  @SuppressWarnings("unchecked")
  private static RecordHeaders headers(Arguments record) {
    RecordHeaders headers = new RecordHeaders();
    ((Map<String, String>) record.get()[1])
        .forEach((key, value) -> headers.add(key, value.getBytes(StandardCharsets.UTF_8)));
    return headers;
  }

  private static Arguments record(String name, String data, String... changes) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("ce_specversion", "1.0");
    headers.put("ce_id", "0193c4c2-5b1e-7a3c-9f1d-2b6e8c0a4d17");
    headers.put("ce_source", "order-service");
    headers.put("ce_type", "OrderPlaced");
    headers.put("ce_time", "2026-03-15T10:30:00.123Z");
    headers.put("ce_schemaversion", "2");
    headers.put("ce_correlationid", "0193c4c2-5b1e-7a3c-9f1d-2b6e8c0a4d17");
    headers.put("content-type", "application/json");
    for (int i = 0; i < changes.length; i += 2) {
      if (changes[i + 1] == null) {
        headers.remove(changes[i]);
      } else {
        headers.put(changes[i], changes[i + 1]);
      }
    }
    return Arguments.of(name, headers, data);
  }

  /** The same event in structured mode: Missive's attributes in its order, the extensions, the data. */
  private static byte[] document(Map<String, String> headers, String data) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator generator = MessageJson.factory().createGenerator(out)) {
      generator.writeStartObject();
      for (String name : List.of("specversion", "id", "source", "type", "time")) {
        string(generator, name, headers.get("ce_" + name));
      }
      string(generator, "datacontenttype", headers.get("content-type"));
      for (String name : List.of("schemaversion", "correlationid", "causationid")) {
        string(generator, name, headers.get("ce_" + name));
      }
      for (Map.Entry<String, String> header : headers.entrySet()) {
        String name = header.getKey().startsWith("ce_") ? header.getKey().substring(3) : "";
        if (!Extensions.RESERVED.contains(name) && Extensions.isExtensionName(name)) {
          string(generator, name, header.getValue());
        }
      }
      generator.writeFieldName("data");
      generator.writeRawValue(data);
      generator.writeEndObject();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    return out.toByteArray();
  }

  private static void string(JsonGenerator generator, String name, String value) throws IOException {
    if (value != null) {
      generator.writeStringField(name, value);
    }
  }
}
