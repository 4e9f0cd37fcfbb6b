package io.missive.it.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.missive.Message;
import io.missive.MessageFormatException;
import io.missive.MessageJsonReader;
import io.missive.UnknownMessage;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** CloudEvents optional attributes and extensions: set on the builder, written, read back, kept. */
class ExtensionsTest {

  static ParcelShippedEvent withExtensions() {
    return Parcels.shipped()
        .subject("parcel-1")
        .dataSchema("https://schemas.example.com/parcel-shipped/4")
        .traceParent("00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01")
        .traceState("rojo=00f067aa0ba902b7")
        .partitionKey("parcel-1")
        .extension("attempt", 3)
        .extension("express", true)
        .build();
  }

  @Test
  void extensionsAreWrittenAfterMissivesAttributesAndReadBackIntoAnEqualMessage() {
    ParcelShippedEvent event = withExtensions();
    String json = event.toJson();
    assertThat(json)
        .contains(
            ",\"subject\":\"parcel-1\",\"dataschema\":\"https://schemas.example.com/parcel-shipped/4\","
                + "\"traceparent\":\"00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01\","
                + "\"tracestate\":\"rojo=00f067aa0ba902b7\",\"partitionkey\":\"parcel-1\",\"attempt\":3,"
                + "\"express\":true,\"data\":{");
    ParcelShippedEvent back = ParcelShippedEvent.fromJson(json);
    assertThat(back).isEqualTo(event);
    assertThat(back.extensions()).isEqualTo(event.extensions());
    assertThat(back.toJson()).isEqualTo(json);
    Message<?> read = MessageJsonReader.of(ParcelShippedEvent.JSON).read(json.getBytes(StandardCharsets.UTF_8));
    assertThat(read).isEqualTo(event);
  }

  @Test
  void extensionsTakePartInEqualityAndSurviveToBuilder() {
    ParcelShippedEvent event = withExtensions();
    ParcelShippedEvent without = Parcels.shipped().build();
    assertThat(without.extensions()).isEmpty();
    assertThat(event).isNotEqualTo(without);
    assertThat(event.toBuilder().build()).isEqualTo(event);
    assertThat(event.toBuilder().extension("attempt", null).build().extensions()).doesNotContainKey("attempt");
    assertThat(event.toString()).contains("extensions={subject=parcel-1");
  }

  @Test
  void theDataBytesAreTheDataMemberOfTheJson() {
    ParcelShippedEvent event = withExtensions();
    String json = new String(event.toJsonBytes(), StandardCharsets.UTF_8);
    String data = new String(event.dataJsonBytes(), StandardCharsets.UTF_8);
    assertThat(json).endsWith(",\"data\":" + data + "}");
  }

  @Test
  void aBadNameOrValueIsRefusedByTheBuilder() {
    assertThatThrownBy(() -> Parcels.shipped().extension("TenantId", "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "extension name \"TenantId\" is not valid: CloudEvents attribute names are lower-case letters"
                + " and digits only, such as \"tenantid\"");
    assertThatThrownBy(() -> Parcels.shipped().extension("type", "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("\"type\" is an attribute Missive writes itself; set it with its own setter");
    assertThatThrownBy(() -> Parcels.shipped().extension("weight", 1.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("extension \"weight\" has a value of java.lang.Double");
  }

  @Test
  void membersOfOtherShapesAreRefusedAndALenientReaderIgnoresThem() {
    String json = withExtensions().toJson().replace(",\"data\":{", ",\"nested\":{\"a\":1},\"ratio\":1.5,\"Upper\":\"x\",\"data\":{");
    assertThatThrownBy(() -> ParcelShippedEvent.fromJson(json))
        .isInstanceOfSatisfying(MessageFormatException.class, e -> assertThat(e.path()).isEqualTo("nested"));
    Message<?> lenient = MessageJsonReader.of(ParcelShippedEvent.JSON).lenientAttributes().read(json);
    assertThat(lenient.extensions())
        .containsEntry("subject", "parcel-1")
        .doesNotContainKeys("nested", "ratio", "Upper");
  }

  @Test
  void anUnknownMessageShowsItsExtensions() {
    String json = withExtensions().toJson().replace("\"type\":\"ParcelShipped\"", "\"type\":\"Other\"");
    UnknownMessage unknown =
        (UnknownMessage) MessageJsonReader.of(ParcelShippedEvent.JSON).keepingUnknownTypes().read(json);
    assertThat(unknown.extensions())
        .containsEntry("subject", "parcel-1")
        .containsEntry("attempt", 3)
        .containsEntry("express", true)
        .doesNotContainKeys("id", "type", "schemaversion");
    assertThat(unknown.extensions()).isInstanceOf(Map.class);
  }
}
