package io.missive.it.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import io.missive.Message;
import io.missive.MessageCodec;
import io.missive.MessageFormatException;
import io.missive.MessageJson;
import io.missive.MessageJsonReader;
import io.missive.UnknownMessage;
import io.missive.internal.CloudEventCodec;
import io.missive.it.orders.GetOrderStatusQuery;
import io.missive.it.orders.OrderPlacedEvent;
import io.missive.it.orders.PlaceOrderCommand;
import io.missive.json.JsonObject;
import java.io.IOException;
import java.io.StringWriter;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One reader for a stream of many message types, as the consumer of a topic needs. */
class MessageJsonReaderTest {

  private static final MessageJsonReader READER =
      MessageJsonReader.of(
          OrderPlacedEvent.JSON,
          PlaceOrderCommand.JSON,
          GetOrderStatusQuery.JSON,
          ParcelShippedEvent.JSON,
          ParcelWeighedEvent.JSON);

  private static final String SHIPMENT_CANCELLED =
      "{\"specversion\":\"1.0\",\"id\":\"x-1\",\"source\":\"/shipping\",\"type\":\"ShipmentCancelled\","
          + "\"time\":\"2026-03-15T10:30:00Z\",\"schemaversion\":7,\"tenant\":\"acme\","
          + "\"data\":{\"reason\":\"lost\",\"refund\":12.50}}";

  @Test
  void readsEachMessageIntoItsTypedEnvelopeByItsType() {
    OrderPlacedEvent placed = JsonFormatTest.orderPlaced();
    PlaceOrderCommand place = PlaceOrderCommand.builder().customerId("c").items(List.of()).build();
    GetOrderStatusQuery get = GetOrderStatusQuery.builder().orderId("o").build();
    ParcelShippedEvent shipped = Parcels.shipped().build();
    List<String> topic = List.of(placed.toJson(), place.toJson(), get.toJson(), shipped.toJson());

    List<String> handled = new ArrayList<>();
    for (String record : topic) {
      Message<?> message = READER.read(record.getBytes(StandardCharsets.UTF_8));
      if (message instanceof OrderPlacedEvent e) {
        handled.add("placed " + e.data().orderId());
      } else if (message instanceof PlaceOrderCommand c) {
        handled.add("place " + c.data().customerId());
      } else if (message instanceof GetOrderStatusQuery q) {
        handled.add("get " + q.data().orderId());
      } else if (message instanceof ParcelShippedEvent p) {
        handled.add("shipped " + p.data().pieces());
      }
    }
    assertThat(handled).containsExactly("placed ord-123", "place c", "get o", "shipped 3");
    assertThat(READER.read(shipped.toJson())).isEqualTo(shipped);
  }

  @Test
  void readsOlderVersionsThroughTheUpcastersOfTheirType() {
    String v1 =
        "{\"data\":{\"parcelId\":\"p-1\",\"weightGrams\":1200,\"pieces\":[]},\"specversion\":\"1.0\","
            + "\"id\":\"w-1\",\"source\":\"/scales\",\"type\":\"ParcelWeighed\","
            + "\"time\":\"2026-03-15T10:30:00Z\",\"schemaversion\":1}";
    ParcelWeighedEvent read = (ParcelWeighedEvent) READER.read(v1);
    assertThat(read.data().weightKg()).isEqualTo(new BigDecimal("1.200"));
  }

  @Test
  void anUnknownTypeIsAClearErrorNamingTheTypesItKnows() {
    assertThatThrownBy(() -> READER.read(SHIPMENT_CANCELLED))
        .isInstanceOfSatisfying(
            MessageFormatException.class,
            e -> {
              assertThat(e.messageType()).isEqualTo("ShipmentCancelled");
              assertThat(e.path()).isEqualTo("type");
            })
        .hasMessage(
            "Cannot read ShipmentCancelled JSON at type: unknown message type \"ShipmentCancelled\";"
                + " this reader knows [OrderPlaced, PlaceOrder, orders.GetOrderStatus, ParcelShipped,"
                + " ParcelWeighed]. Register its codec in MessageJsonReader.of(...), or hand unknown types"
                + " back with keepingUnknownTypes()");
  }

  @Test
  void orHandedBackAsAnUnknownMessageWithItsRawAttributes() {
    assertThat(READER.keepsUnknownTypes()).isFalse();
    assertThat(READER.keepingUnknownTypes().keepsUnknownTypes()).isTrue();
    assertThat(READER.keepingUnknownTypes().lenientAttributes().keepsUnknownTypes()).isTrue();
    Message<?> message = READER.keepingUnknownTypes().read(SHIPMENT_CANCELLED);
    assertThat(message).isInstanceOf(UnknownMessage.class);
    UnknownMessage unknown = (UnknownMessage) message;
    assertThat(unknown.type()).isEqualTo("ShipmentCancelled");
    assertThat(unknown.id()).isEqualTo("x-1");
    assertThat(unknown.source()).isEqualTo("/shipping");
    assertThat(unknown.timestamp()).isEqualTo(Instant.parse("2026-03-15T10:30:00Z"));
    assertThat(unknown.version()).isEqualTo(7);
    assertThat(unknown.correlationId()).isEqualTo("x-1");
    assertThat(unknown.attributes()).containsEntry("tenant", "acme").containsEntry("schemaversion", new BigDecimal(7));
    assertThat(unknown.data()).isEqualTo(new JsonObject().put("reason", "lost").put("refund", new BigDecimal("12.50")));
    assertThat(unknown.toJson()).isEqualTo(SHIPMENT_CANCELLED);
    // Known types still come back typed.
    OrderPlacedEvent placed = JsonFormatTest.orderPlaced();
    assertThat(READER.keepingUnknownTypes().read(placed.toJson())).isEqualTo(placed);
  }

  @Test
  void everyMessageReadWritesItselfBackWithoutACast() throws IOException {
    OrderPlacedEvent placed = JsonFormatTest.orderPlaced();
    for (String json : List.of(SHIPMENT_CANCELLED, placed.toJson())) {
      Message<?> message = READER.keepingUnknownTypes().read(json);
      assertThat(message.toJson()).isEqualTo(json);
      assertThat(new String(message.toJsonBytes(), StandardCharsets.UTF_8)).isEqualTo(json);
      StringWriter out = new StringWriter();
      try (JsonGenerator generator = MessageJson.factory().createGenerator(out)) {
        message.writeJson(generator);
      }
      assertThat(out.toString()).isEqualTo(json);
    }
  }

  @Test
  void anUnknownMessageMustStillBeAValidCloudEvent() {
    assertThatThrownBy(() -> READER.keepingUnknownTypes().read(SHIPMENT_CANCELLED.replace("\"id\":\"x-1\",", "")))
        .isInstanceOf(MessageFormatException.class)
        .hasMessage("Cannot read ShipmentCancelled JSON at id: missing");
    assertThatThrownBy(() -> READER.read("{\"specversion\":\"1.0\"}"))
        .isInstanceOf(MessageFormatException.class)
        .hasMessage("Cannot read message JSON at id: missing");
  }

  @Test
  void twoCodecsForOneTypeAreRefused() {
    MessageCodec<OrderPlacedEvent> impostor =
        new CloudEventCodec<>(OrderPlacedEvent.class, "OrderPlaced", "elsewhere", 1, 1) {
          @Override
          protected void writeData(OrderPlacedEvent message, JsonGenerator generator) {}

          @Override
          protected Object readData(JsonParser parser) {
            return null;
          }

          @Override
          protected OrderPlacedEvent create(
              String id, String source, Instant time, String correlationId, String causationId, Object data) {
            return null;
          }
        };
    assertThatThrownBy(() -> MessageJsonReader.of(OrderPlacedEvent.JSON, impostor))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Two codecs read type \"OrderPlaced\": io.missive.it.orders.OrderPlacedEvent and"
                + " io.missive.it.orders.OrderPlacedEvent");
    assertThat(READER.types()).hasSize(5);
    assertThat(READER.codec("OrderPlaced")).isSameAs(OrderPlacedEvent.JSON);
  }

  @Test
  void aCodecThatIsNotGeneratedIsRefused() {
    MessageCodec<?> forged =
        (MessageCodec<?>)
            Proxy.newProxyInstance(
                getClass().getClassLoader(),
                new Class<?>[] {MessageCodec.class},
                (proxy, method, arguments) -> method.invoke(OrderPlacedEvent.JSON, arguments));
    assertThat(forged.type()).isEqualTo("OrderPlaced");
    assertThatThrownBy(() -> MessageJsonReader.of(PlaceOrderCommand.JSON, forged))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            forged.getClass().getName() + " is not a generated codec: a MessageJsonReader reads with the"
                + " JSON constants of generated envelopes, such as OrderPlacedEvent.JSON");
  }
}
