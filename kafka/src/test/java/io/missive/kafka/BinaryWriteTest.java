package io.missive.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.missive.Message;
import io.missive.MessageFormatException;
import io.missive.MessageJsonReader;
import io.missive.UnknownMessage;
import io.missive.kafka.orders.OrderPlacedEvent;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;

/**
 * What binary mode writes into headers: attributes as text, and what headers cannot carry (from an
 * {@link UnknownMessage} forwarded as it came, or text UTF-8 cannot hold) refused by name rather than
 * left out or changed. Without a broker: this is the serializer alone.
 */
class BinaryWriteTest {

  private static final MessageJsonReader LENIENT =
      MessageJsonReader.of(OrderPlacedEvent.JSON).keepingUnknownTypes().lenientAttributes();

  private static final MessageDeserializer DESERIALIZER = new MessageDeserializer(LENIENT);

  private static final String ATTRIBUTES =
      "\"specversion\":\"1.0\",\"id\":\"e-1\",\"source\":\"archive\",\"type\":\"OrderArchived\","
          + "\"time\":\"2026-03-15T10:30:00Z\",\"schemaversion\":2";

  @Test
  void numbersAndBooleansBecomeTheirTextAndASecondHopChangesNothing() {
    UnknownMessage unknown =
        read("{" + ATTRIBUTES + ",\"retries\":3,\"replayed\":true,\"note\":null,\"data\":{\"k\":1}}");
    RecordHeaders headers = new RecordHeaders();
    byte[] value = new MessageSerializer(Mode.BINARY).serialize("parking", headers, unknown);

    assertThat(new String(value, StandardCharsets.UTF_8)).isEqualTo("{\"k\":1}");
    Map<String, String> written = new LinkedHashMap<>();
    headers.forEach(h -> written.put(h.key(), new String(h.value(), StandardCharsets.UTF_8)));
    // No content-type: the event had no datacontenttype, and one added would read back as one.
    assertThat(written)
        .containsExactly(
            Map.entry("ce_specversion", "1.0"),
            Map.entry("ce_id", "e-1"),
            Map.entry("ce_source", "archive"),
            Map.entry("ce_type", "OrderArchived"),
            Map.entry("ce_time", "2026-03-15T10:30:00Z"),
            Map.entry("ce_schemaversion", "2"),
            Map.entry("ce_retries", "3"),
            Map.entry("ce_replayed", "true"));

    UnknownMessage back = (UnknownMessage) DESERIALIZER.deserialize("parking", headers, value);
    assertThat(back.attributes())
        .containsEntry("schemaversion", "2")
        .containsEntry("retries", "3")
        .containsEntry("replayed", "true")
        .doesNotContainKey("note")
        .doesNotContainKey("datacontenttype");
    assertThat(back.extensions()).containsEntry("retries", "3").containsEntry("replayed", "true");
    assertThat(back.data()).isEqualTo(unknown.data());

    RecordHeaders again = new RecordHeaders();
    byte[] valueAgain = new MessageSerializer(Mode.BINARY).serialize("parking", again, back);
    assertThat(DESERIALIZER.deserialize("parking", again, valueAgain)).isEqualTo(back);
  }

  @Test
  void anEventWithoutDataIsRefusedNotSentAsATombstone() {
    UnknownMessage unknown = read("{" + ATTRIBUTES + "}");
    assertThatThrownBy(() -> new MessageSerializer(Mode.BINARY).serialize("parking", new RecordHeaders(), unknown))
        .isInstanceOf(MessageFormatException.class)
        .hasMessage(
            "Cannot write OrderArchived JSON at data: the event has no data, and a binary-mode value is the"
                + " data: write this message in structured mode");
    assertThat(new MessageSerializer(Mode.STRUCTURED).serialize("parking", new RecordHeaders(), unknown))
        .isEqualTo(unknown.toJsonBytes());
  }

  @Test
  void anAttributeThatIsAnObjectOrAnArrayIsRefusedByName() {
    UnknownMessage object = read("{" + ATTRIBUTES + ",\"route\":{\"hops\":2},\"data\":{}}");
    assertThatThrownBy(() -> new MessageSerializer(Mode.BINARY).serialize("parking", new RecordHeaders(), object))
        .isInstanceOf(MessageFormatException.class)
        .hasMessage(
            "Cannot write OrderArchived JSON at route: the attribute is a JSON object, which a Kafka header"
                + " cannot carry: write this message in structured mode");
    UnknownMessage array = read("{" + ATTRIBUTES + ",\"hops\":[1,2],\"data\":{}}");
    assertThatThrownBy(() -> new MessageSerializer(Mode.BINARY).serialize("parking", new RecordHeaders(), array))
        .hasMessageContaining("at hops: the attribute is a JSON array");
  }

  @Test
  void anAttributeNameThatNoHeaderReaderTakesIsRefusedByName() {
    UnknownMessage unknown = read("{" + ATTRIBUTES + ",\"Trace-Id\":\"t-1\",\"data\":{}}");
    assertThatThrownBy(() -> new MessageSerializer(Mode.BINARY).serialize("parking", new RecordHeaders(), unknown))
        .isInstanceOf(MessageFormatException.class)
        .hasMessage(
            "Cannot write OrderArchived JSON: attribute \"Trace-Id\" is no CloudEvents attribute name"
                + " (lower-case letters a-z and digits), which binary mode's ce_ headers need: write this"
                + " message in structured mode");
  }

  @Test
  void aCloudEventsContentTypeIsRefusedAsItWouldReadAsStructuredMode() {
    UnknownMessage unknown =
        read("{" + ATTRIBUTES + ",\"datacontenttype\":\"application/cloudevents+json\",\"data\":{}}");
    assertThatThrownBy(() -> new MessageSerializer(Mode.BINARY).serialize("parking", new RecordHeaders(), unknown))
        .isInstanceOf(MessageFormatException.class)
        .hasMessage(
            "Cannot write OrderArchived JSON at datacontenttype: the data's content type"
                + " \"application/cloudevents+json\" would mark the record as structured mode: write this"
                + " message in structured mode");
  }

  @Test
  void textThatUtf8CannotHoldIsRefusedNotWrittenAsQuestionMarks() {
    String placed =
        "{\"specversion\":\"1.0\",\"id\":\"e-\\ud800\",\"source\":\"orders\",\"type\":\"OrderPlaced\","
            + "\"time\":\"2026-03-15T10:30:00Z\",\"schemaversion\":2,\"tenantid\":\"acme\","
            + "\"data\":{\"orderId\":\"ord-1\",\"customerId\":\"c-1\",\"customerName\":\"Ana\","
            + "\"lines\":[],\"total\":0}}";
    Message<?> known = LENIENT.read(placed);
    assertThat(known.id()).isEqualTo("e-\ud800");
    assertThatThrownBy(() -> new MessageSerializer(Mode.BINARY).serialize("orders", new RecordHeaders(), known))
        .isInstanceOf(MessageFormatException.class)
        .hasMessage(
            "Cannot write OrderPlaced JSON at id: the text has an unpaired surrogate, U+D800 at index 2, which a"
                + " UTF-8 header cannot carry (JSON escapes it): write this message in structured mode");
    // Structured mode escapes it, and reads it back as it was.
    RecordHeaders headers = new RecordHeaders();
    byte[] json = new MessageSerializer(Mode.STRUCTURED).serialize("orders", headers, known);
    assertThat(DESERIALIZER.deserialize("orders", headers, json)).isEqualTo(known);

    UnknownMessage unknown = read("{" + ATTRIBUTES.replace("OrderArchived", "Order\\udc00Archived") + ",\"data\":{}}");
    assertThatThrownBy(() -> new MessageSerializer(Mode.BINARY).serialize("parking", new RecordHeaders(), unknown))
        .hasMessageContaining(" at type: the text has an unpaired surrogate, U+DC00 at index 5");
  }

  @Test
  void aHeaderIsItsTextInUtf8AndAnUnpairedSurrogateIsFoundWhereverItIs() {
    Message<?> message = KafkaBindingTest.placed("ord-1");
    for (String text : List.of("", "ord-1", "what?", "??", "Zoë Ångström", "\uD83D\uDE80 launch", "a\u00e9?")) {
      assertThat(MessageSerializer.header(message, "id", text)).as(text).isEqualTo(text.getBytes(StandardCharsets.UTF_8));
    }
    Map<String, Integer> unpaired =
        Map.of(
            "\uD800", 0, "ab?\uDC00", 3, "?\uD800?", 1, "\uD83D\uDE80\uD800", 2, "é\uDC00x", 1, "x\uDE80\uD83D", 1);
    unpaired.forEach(
        (text, index) ->
            assertThatThrownBy(() -> MessageSerializer.header(message, "id", text))
                .as(text)
                .isInstanceOf(MessageFormatException.class)
                .hasMessageContaining(" at index " + index + ","));
  }

  @Test
  void aRootMessageCarriesItsIdAsItsCorrelationAndAMessageItCausedCarriesTheRoots() {
    OrderPlacedEvent root = OrderPlacedEvent.builder()
        .orderId("ord-1").customerId("c-1").customerName("Ana").lines(List.of()).total(java.math.BigDecimal.ZERO).build();
    OrderPlacedEvent caused = OrderPlacedEvent.builder()
        .orderId("ord-2").customerId("c-1").customerName("Ana").lines(List.of()).total(java.math.BigDecimal.ONE)
        .causedBy(root)
        .build();
    assertThat(root.correlationId()).isEqualTo(root.id());
    assertThat(caused.id()).isNotEqualTo(root.id());
    for (OrderPlacedEvent message : List.of(root, caused)) {
      RecordHeaders headers = new RecordHeaders();
      byte[] value = new MessageSerializer().serialize("orders", headers, message);
      assertThat(new String(headers.lastHeader("ce_id").value(), StandardCharsets.UTF_8)).isEqualTo(message.id());
      assertThat(new String(headers.lastHeader("ce_correlationid").value(), StandardCharsets.UTF_8)).isEqualTo(root.id());
      assertThat(DESERIALIZER.deserialize("orders", headers, value)).isEqualTo(message);
    }
  }

  @Test
  void eachRecordCarriesItsOwnSourceWhateverTheRecordsBeforeItCarried() {
    MessageSerializer serializer = new MessageSerializer(Mode.BINARY);
    for (String source : new String[] {"orders", "billing", "orders", "/eu/orders", "or\\ud800ders", "orders"}) {
      Message<?> placed = LENIENT.read(placed(source));
      RecordHeaders headers = new RecordHeaders();
      if (placed.source().indexOf('\ud800') >= 0) {
        // A source UTF-8 cannot hold is refused, though one of the same class was written just before.
        assertThatThrownBy(() -> serializer.serialize("orders", headers, placed))
            .hasMessageContaining(" at source: the text has an unpaired surrogate, U+D800 at index 2");
        continue;
      }
      byte[] value = serializer.serialize("orders", headers, placed);
      assertThat(new String(headers.lastHeader("ce_source").value(), StandardCharsets.UTF_8))
          .isEqualTo(placed.source());
      assertThat(new String(headers.lastHeader("ce_type").value(), StandardCharsets.UTF_8))
          .isEqualTo("OrderPlaced");
      assertThat(new String(headers.lastHeader("ce_schemaversion").value(), StandardCharsets.UTF_8))
          .isEqualTo(Integer.toString(placed.version()));
      assertThat(DESERIALIZER.deserialize("orders", headers, value)).isEqualTo(placed);
    }
  }

  private static String placed(String source) {
    return "{\"specversion\":\"1.0\",\"id\":\"e-1\",\"source\":\"" + source + "\",\"type\":\"OrderPlaced\","
        + "\"time\":\"2026-03-15T10:30:00Z\",\"schemaversion\":2,"
        + "\"data\":{\"orderId\":\"ord-1\",\"customerId\":\"c-1\",\"customerName\":\"Ana\","
        + "\"lines\":[],\"total\":0}}";
  }

  private static UnknownMessage read(String json) {
    Message<?> message = LENIENT.read(json);
    return (UnknownMessage) message;
  }
}
