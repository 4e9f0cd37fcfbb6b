package io.missive.it.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.missive.MessageFormatException;
import io.missive.it.orders.OrderPlacedEvent;
import io.missive.it.orders.PlaceOrderCommand;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The generated envelopes carry Jackson annotations, so a plain {@link ObjectMapper}, with no module
 * and no configuration, writes and reads the same JSON as {@code toJson()} and {@code fromJson()}.
 */
class ObjectMapperTest {

  private final ObjectMapper mapper = new ObjectMapper();

  /** A document of the user's, with messages inside. */
  record Outbox(String name, List<OrderPlacedEvent> events, PlaceOrderCommand last) {}

  @Test
  void writesTheSameJson() throws Exception {
    OrderPlacedEvent event = JsonFormatTest.orderPlaced();
    assertThat(mapper.writeValueAsString(event)).isEqualTo(event.toJson());
    assertThat(mapper.writeValueAsBytes(event)).isEqualTo(event.toJsonBytes());
    ParcelShippedEvent parcel = Parcels.shipped().build();
    assertThat(mapper.writeValueAsString(parcel)).isEqualTo(parcel.toJson());
  }

  @Test
  void readsTheSameJson() throws Exception {
    OrderPlacedEvent event = JsonFormatTest.orderPlaced();
    assertThat(mapper.readValue(event.toJson(), OrderPlacedEvent.class)).isEqualTo(event);
    assertThat(mapper.readValue(event.toJsonBytes(), OrderPlacedEvent.class)).isEqualTo(event);
    ParcelShippedEvent parcel = Parcels.shipped().build();
    assertThat(mapper.readValue(parcel.toJson(), ParcelShippedEvent.class)).isEqualTo(parcel);
  }

  @Test
  void readsOlderVersionsThroughTheUpcasters() throws Exception {
    String v1 =
        "{\"specversion\":\"1.0\",\"id\":\"w-1\",\"source\":\"/scales\",\"type\":\"ParcelWeighed\","
            + "\"time\":\"2026-03-15T10:30:00Z\",\"schemaversion\":1,"
            + "\"data\":{\"parcelId\":\"p-1\",\"weightGrams\":1200,\"pieces\":[]}}";
    assertThat(mapper.readValue(v1, ParcelWeighedEvent.class)).isEqualTo(ParcelWeighedEvent.fromJson(v1));
  }

  @Test
  void messagesInsideTheUsersOwnTypesRoundTrip() throws Exception {
    OrderPlacedEvent event = JsonFormatTest.orderPlaced();
    PlaceOrderCommand command =
        PlaceOrderCommand.builder().customerId("c").items(List.of()).causedBy(event).build();
    Outbox outbox = new Outbox("main", List.of(event, event), command);
    String json = mapper.writeValueAsString(outbox);
    assertThat(json)
        .isEqualTo(
            "{\"name\":\"main\",\"events\":[" + event.toJson() + "," + event.toJson() + "],\"last\":"
                + command.toJson() + "}");
    assertThat(mapper.readValue(json, Outbox.class)).isEqualTo(outbox);
    assertThat(mapper.readTree(json).get("events").get(0)).isEqualTo(mapper.readTree(event.toJson()));
  }

  @Test
  void theTreeModelAndConversionsGoThroughTheSameCodec() throws Exception {
    OrderPlacedEvent event = JsonFormatTest.orderPlaced();
    JsonNode tree = mapper.valueToTree(event);
    // As text: the tree holds BigDecimal numbers as decimals, where readTree would make doubles.
    assertThat(mapper.writeValueAsString(tree)).isEqualTo(event.toJson());
    assertThat(mapper.treeToValue(tree, OrderPlacedEvent.class)).isEqualTo(event);
    assertThat(mapper.convertValue(event, OrderPlacedEvent.class)).isEqualTo(event);
  }

  @Test
  void aMapperThatHasUsedTheAdaptersCanBeSerialized() throws Exception {
    // Spark, Flink and Beam ship mappers and readers inside serialized functions; a mapper keeps
    // the adapters it has used, so they must be Serializable.
    OrderPlacedEvent event = JsonFormatTest.orderPlaced();
    ObjectMapper used = new ObjectMapper();
    ObjectReader reader = used.readerFor(OrderPlacedEvent.class);
    ObjectWriter writer = used.writerFor(OrderPlacedEvent.class);
    assertThat(used.readValue(event.toJson(), OrderPlacedEvent.class)).isEqualTo(event);
    assertThat(reader.<OrderPlacedEvent>readValue(event.toJson())).isEqualTo(event);
    assertThat(writer.writeValueAsString(event)).isEqualTo(event.toJson());

    ObjectMapper mapperCopy = roundTrip(used);
    ObjectReader readerCopy = roundTrip(reader);
    ObjectWriter writerCopy = roundTrip(writer);
    assertThat(mapperCopy.readValue(event.toJson(), OrderPlacedEvent.class)).isEqualTo(event);
    assertThat(readerCopy.<OrderPlacedEvent>readValue(event.toJson())).isEqualTo(event);
    assertThat(writerCopy.writeValueAsString(event)).isEqualTo(event.toJson());
  }

  @SuppressWarnings("unchecked")
  private static <T> T roundTrip(T value) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(value);
    }
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return (T) in.readObject();
    }
  }

  @Test
  void badInputIsAMessageFormatExceptionWithThePathInsideTheMessage() {
    String json = JsonFormatTest.ORDER_PLACED_JSON.replace("\"quantity\":2", "\"quantity\":\"two\"");
    assertThatThrownBy(() -> mapper.readValue(json, OrderPlacedEvent.class))
        .isInstanceOf(MessageFormatException.class)
        .hasMessage(
            "Cannot read OrderPlaced JSON at data.items[0].quantity: expected an integer, found a string");
    String outbox = "{\"name\":\"main\",\"events\":[" + json + "]}";
    assertThatThrownBy(() -> mapper.readValue(outbox, Outbox.class))
        .isInstanceOf(JsonMappingException.class)
        .hasRootCauseInstanceOf(MessageFormatException.class)
        .hasMessageContaining("Cannot read OrderPlaced JSON at data.items[0].quantity");
  }
}
