package io.missive.it.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.CloudEvent;
import io.cloudevents.SpecVersion;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.core.format.EventFormat;
import io.cloudevents.core.provider.EventFormatProvider;
import io.cloudevents.jackson.JsonFormat;
import io.missive.Message;
import io.missive.MessageCodec;
import io.missive.MessageFormatException;
import io.missive.MessageJsonReader;
import io.missive.it.orders.GetOrderStatusQuery;
import io.missive.it.orders.LineItem;
import io.missive.it.orders.OrderPlacedEvent;
import io.missive.it.orders.PlaceOrderCommand;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The CloudEvents Java SDK is the external judge of the wire format: it reads every message we write
 * and sees the same attributes and data, and we read the events it builds. Where the SDK is lenient
 * (an empty id, a time without seconds), we check that we never write such a thing.
 */
class CloudEventsInteropTest {

  private static final EventFormat SDK =
      EventFormatProvider.getInstance().resolveFormat(JsonFormat.CONTENT_TYPE);
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String RFC_3339_UTC_WITH_SECONDS =
      "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{3}|\\.\\d{6}|\\.\\d{9})?Z";

  static Stream<Arguments> messages() {
    OrderPlacedEvent placed = JsonFormatTest.orderPlaced();
    PlaceOrderCommand place =
        PlaceOrderCommand.builder()
            .customerId("c-1")
            .items(List.of(new LineItem("p", 1, BigDecimal.ONE)))
            .causedBy(placed)
            .build();
    GetOrderStatusQuery get = GetOrderStatusQuery.builder().orderId("o-1").build();
    ParcelShippedEvent shipped = Parcels.shipped().causationId("cause-9").build();
    ParcelWeighedEvent weighed =
        ParcelWeighedEvent.builder()
            .parcelId("p-1")
            .weightKg(new BigDecimal("1.200"))
            .pieces(List.of(new ParcelWeighed.Piece("box", 2)))
            .scale("s-1")
            .timestamp(Instant.parse("2026-03-15T10:30:00Z"))
            .build();
    RegisterParcelCommand register = RegisterParcelCommand.builder().parcelId("p").pieces(2).build();
    FindParcelQuery find = FindParcelQuery.builder().parcelId("p").build();
    return Stream.of(
        arguments("OrderPlaced", placed, placed.toJsonBytes()),
        arguments("PlaceOrder", place, place.toJsonBytes()),
        arguments("GetOrderStatus", get, get.toJsonBytes()),
        arguments("ParcelShipped", shipped, shipped.toJsonBytes()),
        arguments("ParcelWeighed", weighed, weighed.toJsonBytes()),
        arguments("RegisterParcel", register, register.toJsonBytes()),
        arguments("FindParcel", find, find.toJsonBytes()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("messages")
  void theSdkReadsEveryMessageWeWriteAndSeesTheSameAttributesAndData(
      String name, Message<?> message, byte[] json) throws Exception {
    CloudEvent event = SDK.deserialize(json);

    assertThat(event.getSpecVersion()).isEqualTo(SpecVersion.V1);
    assertThat(event.getId()).isEqualTo(message.id());
    assertThat(event.getSource()).isEqualTo(URI.create(message.source()));
    assertThat(event.getType()).isEqualTo(message.type());
    assertThat(event.getTime().toInstant()).isEqualTo(message.timestamp());
    assertThat(event.getDataContentType()).isEqualTo("application/json");
    assertThat(((Number) event.getExtension("schemaversion")).intValue()).isEqualTo(message.version());
    assertThat(event.getExtension("correlationid")).isEqualTo(message.correlationId());
    assertThat(event.getExtension("causationid")).isEqualTo(message.causationId());
    if (message.causationId() == null) {
      assertThat(event.getExtensionNames()).containsExactlyInAnyOrder("schemaversion", "correlationid");
    }
    JsonNode ours = MAPPER.readTree(json);
    assertThat(MAPPER.readTree(event.getData().toBytes())).isEqualTo(ours.get("data"));
    assertThat(ours.get("data").isObject()).isTrue();
    assertThat(ours.get("time").asText()).matches(RFC_3339_UTC_WITH_SECONDS);
  }

  /**
   * The SDK holds JSON data as a Jackson tree of doubles, so what it writes back has the same numbers
   * but not always the same decimal scale (1.200 comes back as 1.2): the messages are equal as JSON.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("messages")
  void whatTheSdkWritesBackWeReadAsTheSameMessage(String name, Message<?> message, byte[] json)
      throws Exception {
    byte[] rewritten = SDK.serialize(SDK.deserialize(json));
    MessageJsonReader reader =
        MessageJsonReader.of(
            OrderPlacedEvent.JSON,
            PlaceOrderCommand.JSON,
            GetOrderStatusQuery.JSON,
            ParcelShippedEvent.JSON,
            ParcelWeighedEvent.JSON,
            RegisterParcelCommand.JSON,
            FindParcelQuery.JSON);
    Message<?> read = reader.read(rewritten);
    assertThat(read.getClass()).isEqualTo(message.getClass());
    assertThat(MAPPER.readTree(toJson(reader.codec(read.type()), read))).isEqualTo(MAPPER.readTree(json));
    if (!name.startsWith("Parcel")) {
      assertThat(read).isEqualTo(message);
    }
  }

  private static <M extends Message<?>> String toJson(MessageCodec<M> codec, Message<?> message) {
    return codec.toJson(codec.messageClass().cast(message));
  }

  @Test
  void eventsBuiltWithTheSdkAreReadByOurReader() {
    byte[] data =
        ("{\"customerId\":\"cust-456\",\"orderId\":\"ord-123\",\"items\":[{\"productId\":\"p-1\","
                + "\"quantity\":2,\"price\":29.99}],\"total\":59.98,\"tags\":[\"gift\"],"
                + "\"attributes\":{\"channel\":\"web\"},\"priority\":1}")
            .getBytes(StandardCharsets.UTF_8);
    CloudEvent event =
        CloudEventBuilder.v1()
            .withId("sdk-1")
            .withSource(URI.create("https://orders.example.com/eu"))
            .withType("OrderPlaced")
            .withTime(OffsetDateTime.of(2026, 3, 15, 12, 30, 0, 123_000_000, ZoneOffset.ofHours(2)))
            .withSubject("ord-123")
            .withExtension("schemaversion", 2)
            .withExtension("correlationid", "req-xyz-789")
            .withExtension("causationid", "cmd-1")
            .withExtension("tenant", "acme")
            .withData("application/json", data)
            .build();

    OrderPlacedEvent read = OrderPlacedEvent.fromJson(SDK.serialize(event));

    assertThat(read.id()).isEqualTo("sdk-1");
    assertThat(read.source()).isEqualTo("https://orders.example.com/eu");
    assertThat(read.timestamp()).isEqualTo(Instant.parse("2026-03-15T10:30:00.123Z"));
    assertThat(read.correlationId()).isEqualTo("req-xyz-789");
    assertThat(read.causationId()).isEqualTo("cmd-1");
    assertThat(read.data().total()).isEqualTo(new BigDecimal("59.98"));
    assertThat(read.data().note()).isEmpty();
    assertThat(read.data().items()).containsExactly(new LineItem("p-1", 2, new BigDecimal("29.99")));
  }

  @Test
  void anOlderVersionBuiltWithTheSdkIsUpcastAndAStringVersionIsRead() {
    byte[] v1 =
        "{\"parcelId\":\"p-1\",\"weightGrams\":1200,\"pieces\":[{\"label\":\"box\",\"qty\":2}]}"
            .getBytes(StandardCharsets.UTF_8);
    CloudEvent event =
        CloudEventBuilder.v1()
            .withId("w-1")
            .withSource(URI.create("/scales"))
            .withType("ParcelWeighed")
            .withTime(OffsetDateTime.of(2026, 3, 15, 10, 30, 0, 0, ZoneOffset.UTC))
            .withExtension("schemaversion", "1")
            .withData("application/json", v1)
            .build();
    ParcelWeighedEvent read = ParcelWeighedEvent.fromJson(SDK.serialize(event));
    assertThat(read.data().weightKg()).isEqualTo(new BigDecimal("1.200"));
    assertThat(read.data().scale()).isEqualTo("unknown");
  }

  @Test
  void whatTheSdkAcceptsButCloudEventsForbidsWeNeitherWriteNorRead() {
    String noSeconds =
        new String(JsonFormatTest.orderPlaced().toJsonBytes(), StandardCharsets.UTF_8)
            .replace("10:30:00.123Z", "10:30Z");
    assertThat(SDK.deserialize(noSeconds.getBytes(StandardCharsets.UTF_8)).getTime()).isNotNull();
    assertThatThrownBy(() -> OrderPlacedEvent.fromJson(noSeconds))
        .isInstanceOf(MessageFormatException.class)
        .hasMessageContaining("at time: expected an RFC 3339 timestamp with seconds");

    assertThatThrownBy(() -> RegisterParcelCommand.builder().id(""))
        .isInstanceOf(IllegalArgumentException.class);
    RegisterParcelCommand emptyId =
        new RegisterParcelCommand("", "src", Instant.EPOCH, "c", null, new RegisterParcelData("p", 1));
    assertThatThrownBy(emptyId::toJson)
        .isInstanceOf(MessageFormatException.class)
        .hasMessage("Cannot write RegisterParcel JSON at id: the id is empty");
  }

  @Property(tries = 500)
  void theTimeWeWriteAlwaysHasSecondsAndTheIdIsNeverEmpty(
      @ForAll("instants") Instant time, @ForAll("ids") String id) {
    RegisterParcelCommand command =
        RegisterParcelCommand.builder().id(id).timestamp(time).parcelId("p").pieces(1).build();
    String written = command.toJson();
    CloudEvent event = SDK.deserialize(written.getBytes(StandardCharsets.UTF_8));
    assertThat(event.getId()).isNotEmpty().isEqualTo(id);
    assertThat(event.getTime().toInstant()).isEqualTo(time);
    assertThat(written).containsPattern("\"time\":\"" + RFC_3339_UTC_WITH_SECONDS + "\"");
    assertThat(RegisterParcelCommand.fromJson(written)).isEqualTo(command);
  }

  @Provide
  Arbitrary<Instant> instants() {
    Arbitrary<Long> seconds = Arbitraries.longs().between(-62_167_219_200L, 253_402_300_799L);
    Arbitrary<Integer> nanos =
        Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(3, Arbitraries.just(0)),
            net.jqwik.api.Tuple.of(3, Arbitraries.integers().between(0, 999).map(n -> n * 1_000_000)),
            net.jqwik.api.Tuple.of(2, Arbitraries.integers().between(0, 999_999).map(n -> n * 1000)),
            net.jqwik.api.Tuple.of(2, Arbitraries.integers().between(0, 999_999_999)));
    Arbitrary<Long> wholeMinutes = seconds.map(s -> s - Math.floorMod(s, 60));
    return Arbitraries.oneOf(seconds, wholeMinutes)
        .flatMap(s -> nanos.map(n -> Instant.ofEpochSecond(s, n)));
  }

  @Provide
  Arbitrary<String> ids() {
    return Arbitraries.strings().alpha().numeric().withChars('-', ':', '/').ofMinLength(1).ofMaxLength(40);
  }
}
