package io.missive.it.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.missive.MessageJson;
import io.missive.it.orders.GetOrderStatusQuery;
import io.missive.it.orders.LineItem;
import io.missive.it.orders.OrderPlacedEvent;
import io.missive.it.orders.PlaceOrderCommand;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The wire format: CloudEvents 1.0 JSON in structured mode, written and read back. */
class JsonFormatTest {

  static OrderPlacedEvent orderPlaced() {
    return OrderPlacedEvent.builder()
        .id("0193c4c2-5b1e-7a3c-9f1d-2b6e8c0a4d17")
        .timestamp(Instant.parse("2026-03-15T10:30:00.123Z"))
        .correlationId("req-xyz-789")
        .causationId("0193c4c1-0000-7000-8000-000000000000")
        .customerId("cust-456")
        .orderId("ord-123")
        .items(List.of(new LineItem("p-1", 2, new BigDecimal("29.99"))))
        .total(new BigDecimal("59.98"))
        .tags(Set.of("gift"))
        .attributes(Map.of("channel", "web"))
        .priority(1)
        .build();
  }

  static final String ORDER_PLACED_JSON =
      "{\"specversion\":\"1.0\",\"id\":\"0193c4c2-5b1e-7a3c-9f1d-2b6e8c0a4d17\","
          + "\"source\":\"order-service\",\"type\":\"OrderPlaced\",\"time\":\"2026-03-15T10:30:00.123Z\","
          + "\"datacontenttype\":\"application/json\",\"schemaversion\":2,"
          + "\"correlationid\":\"req-xyz-789\",\"causationid\":\"0193c4c1-0000-7000-8000-000000000000\","
          + "\"data\":{\"customerId\":\"cust-456\",\"orderId\":\"ord-123\","
          + "\"items\":[{\"productId\":\"p-1\",\"quantity\":2,\"price\":29.99}],\"total\":59.98,"
          + "\"tags\":[\"gift\"],\"attributes\":{\"channel\":\"web\"},\"note\":null,\"priority\":1,"
          + "\"coupon\":null}}";

  @Test
  void writesTheEnvelopeAsACloudEventAndThePayloadByAccessorName() {
    assertThat(orderPlaced().toJson()).isEqualTo(ORDER_PLACED_JSON);
    assertThat(new String(orderPlaced().toJsonBytes(), StandardCharsets.UTF_8)).isEqualTo(ORDER_PLACED_JSON);
  }

  @Test
  void readsWhatItWrites() {
    OrderPlacedEvent event = orderPlaced();
    assertThat(OrderPlacedEvent.fromJson(event.toJson())).isEqualTo(event);
    assertThat(OrderPlacedEvent.fromJson(event.toJsonBytes())).isEqualTo(event);
    ParcelShippedEvent parcel = Parcels.shipped().build();
    assertThat(ParcelShippedEvent.fromJson(parcel.toJson())).isEqualTo(parcel);
    assertThat(ParcelShippedEvent.fromJson(parcel.toJsonBytes())).isEqualTo(parcel);
  }

  @Test
  void numbersRoundTripExactlyScaleIncluded() {
    OrderPlacedEvent back = OrderPlacedEvent.fromJson(orderPlaced().toJson());
    assertThat(back.data().total()).isEqualTo(new BigDecimal("59.98"));
    assertThat(back.data().total().scale()).isEqualTo(2);
    ParcelShippedEvent parcel = ParcelShippedEvent.fromJson(Parcels.shipped().build().toJson());
    assertThat(parcel.data().price().toString()).isEqualTo("59.980");
    assertThat(parcel.data().items().get(1).unitPrice().toString()).isEqualTo("1E+3");
    assertThat(parcel.data().sequence()).isEqualTo(Long.MAX_VALUE);
    assertThat(parcel.data().boxedRatio()).isNaN();
    assertThat(Double.doubleToRawLongBits(parcel.data().weight())).isEqualTo(Double.doubleToRawLongBits(-0.0));
  }

  @Test
  void causationIdIsLeftOutWhenNullAndTimeAlwaysHasSeconds() {
    OrderPlacedEvent event =
        OrderPlacedEvent.builder()
            .data(orderPlaced().data())
            .timestamp(Instant.parse("2026-03-15T10:30:00Z"))
            .build();
    String json = event.toJson();
    assertThat(json).doesNotContain("causationid").contains("\"time\":\"2026-03-15T10:30:00Z\"");
    assertThat(OrderPlacedEvent.fromJson(json)).isEqualTo(event);
  }

  @Test
  void writesAndReadsInsideOtherJsonThroughJacksonStreaming() throws Exception {
    OrderPlacedEvent first = orderPlaced();
    PlaceOrderCommand second =
        PlaceOrderCommand.builder().customerId("c").items(List.of()).causedBy(first).build();
    StringWriter out = new StringWriter();
    try (JsonGenerator generator = MessageJson.factory().createGenerator(out)) {
      generator.writeStartObject();
      generator.writeFieldName("batch");
      generator.writeStartArray();
      first.writeJson(generator);
      second.writeJson(generator);
      generator.writeEndArray();
      generator.writeEndObject();
    }
    try (JsonParser parser = MessageJson.factory().createParser(out.toString())) {
      assertThat(parser.nextToken()).isEqualTo(JsonToken.START_OBJECT);
      assertThat(parser.nextFieldName()).isEqualTo("batch");
      assertThat(parser.nextToken()).isEqualTo(JsonToken.START_ARRAY);
      parser.nextToken();
      assertThat(OrderPlacedEvent.fromJson(parser)).isEqualTo(first);
      parser.nextToken();
      assertThat(PlaceOrderCommand.fromJson(parser)).isEqualTo(second);
      assertThat(parser.nextToken()).isEqualTo(JsonToken.END_ARRAY);
    }
  }

  @Test
  void commandsAndQueriesUseTheSameFormatWithTheirDefaultSource() {
    PlaceOrderCommand place =
        PlaceOrderCommand.builder().customerId("c").items(List.of()).build();
    assertThat(place.toJson()).contains("\"source\":\"order-service\",\"type\":\"PlaceOrder\"");
    assertThat(PlaceOrderCommand.fromJson(place.toJson())).isEqualTo(place);
    GetOrderStatusQuery get = GetOrderStatusQuery.builder().orderId("o").build();
    assertThat(get.toJson()).contains("\"type\":\"orders.GetOrderStatus\"");
    assertThat(GetOrderStatusQuery.fromJson(get.toJsonBytes())).isEqualTo(get);
    RegisterParcelCommand register = RegisterParcelCommand.builder().parcelId("p").pieces(1).build();
    assertThat(register.toJson()).contains("\"source\":\"io.missive.it.json\"");
    FindParcelQuery find = FindParcelQuery.builder().parcelId("p").build();
    assertThat(FindParcelQuery.fromJson(find.toJson())).isEqualTo(find);
  }

  @Test
  void keepsTheSourceTheMessageCameWith() {
    String json = ORDER_PLACED_JSON.replace("\"order-service\"", "\"/orders/eu-west-1\"");
    OrderPlacedEvent event = OrderPlacedEvent.fromJson(json);
    assertThat(event.source()).isEqualTo("/orders/eu-west-1");
    assertThat(event.toJson()).isEqualTo(json);
  }

  @Test
  void isATolerantReaderOfUnknownMembersAttributeOrderAndOptionalAttributes() {
    String json =
        "{\"data\":{\"orderId\":\"ord-123\",\"extra\":{\"deep\":[1,{\"x\":null}]},\"customerId\":\"c\","
            + "\"items\":[{\"price\":1,\"productId\":\"p\",\"quantity\":1,\"colour\":\"red\"}],\"total\":1,"
            + "\"tags\":[],\"attributes\":{},\"priority\":0},"
            + "\"schemaversion\":2,\"type\":\"OrderPlaced\",\"source\":\"s\",\"id\":\"i\","
            + "\"time\":\"2026-03-15T11:30:00+01:00\",\"specversion\":\"1.0\",\"traceparent\":\"00-ab\","
            + "\"dataschema\":\"https://example.com/schema\",\"subject\":\"ord-123\"}";
    OrderPlacedEvent event = OrderPlacedEvent.fromJson(json);
    assertThat(event.timestamp()).isEqualTo(Instant.parse("2026-03-15T10:30:00Z"));
    assertThat(event.correlationId()).isEqualTo("i");
    assertThat(event.causationId()).isNull();
    assertThat(event.data().note()).isEmpty();
    assertThat(event.data().coupon()).isNull();
    assertThat(event.data().items().get(0).productId()).isEqualTo("p");
  }

  @Test
  void readsOlderVersionsThroughTheChainOfUpcasters() {
    String v1 =
        "{\"specversion\":\"1.0\",\"id\":\"w-1\",\"source\":\"/scales\",\"type\":\"ParcelWeighed\","
            + "\"time\":\"2026-03-15T10:30:00Z\",\"schemaversion\":1,"
            + "\"data\":{\"parcelId\":\"p-1\",\"weightGrams\":1200,\"pieces\":[{\"label\":\"box\",\"qty\":2}]}}";
    ParcelWeighedEvent event = ParcelWeighedEvent.fromJson(v1);
    assertThat(event.version()).isEqualTo(3);
    assertThat(event.data().weightKg()).isEqualTo(new BigDecimal("1.200"));
    assertThat(event.data().pieces()).containsExactly(new ParcelWeighed.Piece("box", 2));
    assertThat(event.data().scale()).isEqualTo("unknown");
    assertThat(event.toJson()).contains("\"schemaversion\":3").contains("\"weightKg\":1.200");

    String v2 =
        v1.replace("\"schemaversion\":1", "\"schemaversion\":2")
            .replace("\"weightGrams\":1200", "\"weightKg\":1.200");
    assertThat(ParcelWeighedEvent.fromJson(v2)).isEqualTo(event);
    assertThat(ParcelWeighedEvent.fromJson(event.toJson())).isEqualTo(event);
  }
}
