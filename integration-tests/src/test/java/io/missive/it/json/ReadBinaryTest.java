package io.missive.it.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.missive.Message;
import io.missive.MessageFormatException;
import io.missive.MessageJsonReader;
import io.missive.it.orders.OrderPlacedEvent;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@link MessageJsonReader#readBinary}, the entry of the binary modes of protocol bindings other than
 * Missive's own Kafka one (HTTP, say), with the attributes in a plain map: read as the same event in
 * structured mode is.
 */
class ReadBinaryTest {

  private static final MessageJsonReader READER = MessageJsonReader.of(OrderPlacedEvent.JSON);

  private static final String DATA =
      "{\"customerId\":\"cust-1\",\"orderId\":\"ord-1\",\"items\":[{\"productId\":\"p-1\",\"quantity\":2,"
          + "\"price\":29.99}],\"total\":59.98,\"tags\":[],\"attributes\":{},\"note\":null,\"priority\":1,"
          + "\"coupon\":null}";

  /** The attributes of {@link ReadWriteInvariantTest#VALID}, in an order other than Missive's. */
  private static Map<String, String> attributes() {
    Map<String, String> attributes = new LinkedHashMap<>();
    attributes.put("tenantid", "t-9");
    attributes.put("time", "2026-03-15T10:30:00Z");
    attributes.put("type", "OrderPlaced");
    attributes.put("correlationid", "c-1");
    attributes.put("schemaversion", "2");
    attributes.put("datacontenttype", "application/json");
    attributes.put("source", "order-service");
    attributes.put("id", "id-1");
    attributes.put("specversion", "1.0");
    return attributes;
  }

  @Test
  void aPlainMapOfAttributesReadsAsTheStructuredEventWithItsExtensionAsText() {
    Message<?> binary = READER.readBinary(attributes(), DATA.getBytes(StandardCharsets.UTF_8));
    Message<?> structured =
        READER.read(ReadWriteInvariantTest.VALID.replace("\"correlationid\"", "\"tenantid\":\"t-9\",\"correlationid\""));
    assertThat(binary).isEqualTo(structured);
    assertThat(binary.extensions()).containsExactly(Map.entry("tenantid", "t-9"));
  }

  @Test
  void aMissingAttributeIsNamed() {
    Map<String, String> attributes = attributes();
    attributes.remove("source");
    assertThatThrownBy(() -> READER.readBinary(attributes, DATA.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOfSatisfying(
            MessageFormatException.class,
            e -> {
              assertThat(e.path()).isEqualTo("source");
              assertThat(e.problem()).isEqualTo("missing");
            });
  }

  @Test
  void aNullNameIsAFormatErrorNotAnEscapingException() {
    Map<String, String> attributes = new HashMap<>(attributes());
    attributes.put(null, "x");
    assertThatThrownBy(() -> READER.readBinary(attributes, DATA.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(MessageFormatException.class);
  }

  @Test
  void aNullValueOfAnAttributeReadsAsAbsentAndOfAnExtensionIsRefused() {
    Map<String, String> attributes = attributes();
    attributes.put("correlationid", null);
    Message<?> read = READER.readBinary(attributes, DATA.getBytes(StandardCharsets.UTF_8));
    assertThat(read.correlationId()).isEqualTo("id-1");
    Map<String, String> extension = attributes();
    extension.put("tenantid", null);
    assertThatThrownBy(() -> READER.readBinary(extension, DATA.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOfSatisfying(
            MessageFormatException.class,
            e -> {
              assertThat(e.path()).isEqualTo("tenantid");
              assertThat(e.problem()).isEqualTo("expected the attribute's text, found null");
            });
  }
}
