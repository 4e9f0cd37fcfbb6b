package com.example.shipping;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.missive.Message;
import io.missive.MessageJson;
import io.missive.MessageJsonReader;
import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShippingTest {

  private static final DispatchParcelCommand DISPATCH =
      DispatchParcelCommand.builder().parcelId("p-1").carrier("dhl").build();
  private static final ParcelShippedEvent SHIPPED =
      Shipping.dispatch(DISPATCH, List.of("book", "lamp"), Instant.parse("2026-03-15T10:30:00.123Z"));

  @Test
  void runsInNamedModules() {
    assertEquals("com.example.shipping", Shipping.class.getModule().getName());
    assertEquals("io.missive", Message.class.getModule().getName());
  }

  @Test
  void findsTheModulesCodecsThroughItsProvidesDirective() {
    MessageJsonReader reader = MessageJsonReader.discovered();
    assertEquals(java.util.Set.of("DispatchParcel", "ParcelShipped"), reader.types());
    assertEquals(SHIPPED, reader.read(SHIPPED.toJsonBytes()));
  }

  @Test
  void buildsTheEnvelopesOfOneFlow() {
    assertEquals("shipping-service", DISPATCH.source());
    assertEquals("ParcelShipped", SHIPPED.type());
    assertEquals(2, SHIPPED.version());
    assertEquals(DISPATCH.correlationId(), SHIPPED.correlationId());
    assertEquals(DISPATCH.id(), SHIPPED.causationId());
  }

  @Test
  void writesEveryMessageAsJsonAndReadsItBack() {
    MessageJsonReader reader = MessageJsonReader.of(DispatchParcelCommand.JSON, ParcelShippedEvent.JSON);
    for (Message<?> message : List.of(DISPATCH, SHIPPED)) {
      assertEquals(message, reader.read(message.toJsonBytes()));
      assertEquals(message, reader.read(message.toJson()));
    }
  }

  @Test
  void writesMessagesIntoJsonOfItsOwnAndReadsThemFromThere() throws IOException {
    StringWriter out = new StringWriter();
    try (JsonGenerator generator = MessageJson.factory().createGenerator(out)) {
      generator.writeStartArray();
      SHIPPED.writeJson(generator);
      DISPATCH.writeJson(generator);
      generator.writeEndArray();
    }
    try (JsonParser parser = MessageJson.factory().createParser(out.toString())) {
      assertEquals(JsonToken.START_ARRAY, parser.nextToken());
      assertEquals(JsonToken.START_OBJECT, parser.nextToken());
      assertEquals(SHIPPED, ParcelShippedEvent.fromJson(parser));
      assertEquals(JsonToken.START_OBJECT, parser.nextToken());
      assertEquals(DISPATCH, DispatchParcelCommand.fromJson(parser));
      assertEquals(JsonToken.END_ARRAY, parser.nextToken());
    }
  }

  @Test
  void readsVersionOneThroughItsUpcaster() {
    String version1 =
        SHIPPED.toJson().replace("\"schemaversion\":2", "\"schemaversion\":1").replace("\"carrier\"", "\"courier\"");
    assertEquals(SHIPPED, ParcelShippedEvent.fromJson(version1));
  }
}
