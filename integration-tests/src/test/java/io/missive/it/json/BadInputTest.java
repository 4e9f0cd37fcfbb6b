package io.missive.it.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.missive.MessageFormatException;
import io.missive.it.orders.OrderPlacedEvent;
import io.missive.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every kind of bad input fails with a {@link MessageFormatException} that names the message type and
 * the JSON path, from text and from bytes alike.
 */
class BadInputTest {

  private static final String VALID =
      "{\"specversion\":\"1.0\",\"id\":\"id-1\",\"source\":\"order-service\",\"type\":\"OrderPlaced\","
          + "\"time\":\"2026-03-15T10:30:00Z\",\"datacontenttype\":\"application/json\",\"schemaversion\":2,"
          + "\"correlationid\":\"c-1\",\"data\":{\"customerId\":\"cust-1\",\"orderId\":\"ord-1\","
          + "\"items\":[{\"productId\":\"p-1\",\"quantity\":2,\"price\":29.99}],\"total\":59.98,"
          + "\"tags\":[],\"attributes\":{},\"note\":null,\"priority\":1,\"coupon\":null}}";

  private static final String PREFIX = "Cannot read OrderPlaced JSON";

  static Stream<Arguments> orderPlaced() {
    return Stream.of(
        // The document
        arguments("malformed JSON", "{\"specversion\":\"1.0\",,}", "specversion",
            " at specversion: Unexpected character (',' (code 44)): was expecting double-quote to start field name (line 1, column 22)"),
        arguments("truncated JSON", VALID.substring(0, 40), "id",
            " at id: Unexpected end-of-input in field name (line 1, column 41)"),
        arguments("an array", "[]", "",
            ": expected a JSON object (a CloudEvents event), found an array"),
        arguments("a string", "\"OrderPlaced\"", "",
            ": expected a JSON object (a CloudEvents event), found a string"),
        arguments("nothing", "", "",
            ": expected a JSON object (a CloudEvents event), found the end of the input"),
        arguments("content after the message", VALID + " {}", "",
            ": found an object after the message"),
        // The attributes
        arguments("no specversion", VALID.replace("\"specversion\":\"1.0\",", ""), "specversion",
            " at specversion: missing"),
        arguments("another specversion", VALID.replace("\"1.0\"", "\"0.3\""), "specversion",
            " at specversion: expected \"1.0\" (CloudEvents 1.0), found \"0.3\""),
        arguments("a numeric specversion", VALID.replace("\"1.0\"", "1.0"), "specversion",
            " at specversion: expected a string, found a decimal number"),
        arguments("no id", VALID.replace("\"id\":\"id-1\",", ""), "id", " at id: missing"),
        arguments("an empty id", VALID.replace("\"id-1\"", "\"\""), "id", " at id: must not be empty"),
        arguments("no type", VALID.replace("\"type\":\"OrderPlaced\",", ""), "type", " at type: missing"),
        arguments("no source", VALID.replace("\"source\":\"order-service\",", ""), "source",
            " at source: missing"),
        arguments("no time", VALID.replace("\"time\":\"2026-03-15T10:30:00Z\",", ""), "time",
            " at time: missing"),
        arguments("a time without seconds", VALID.replace("10:30:00Z", "10:30Z"), "time",
            " at time: expected an RFC 3339 timestamp with seconds such as 2026-03-15T10:30:00Z,"
                + " found \"2026-03-15T10:30Z\""),
        arguments("a time on no day", VALID.replace("2026-03-15T", "2026-02-30T"), "time",
            " at time: expected an RFC 3339 timestamp with seconds such as 2026-03-15T10:30:00Z,"
                + " found \"2026-02-30T10:30:00Z\""),
        arguments("the type of another message", VALID.replace("\"OrderPlaced\"", "\"OrderShipped\""),
            "type", " at type: found type \"OrderShipped\", another message; this reads only \"OrderPlaced\""),
        arguments("data that is not JSON", VALID.replace("application/json", "text/plain"),
            "datacontenttype", " at datacontenttype: expected application/json, found \"text/plain\";"
                + " the data of a message is a JSON object"),
        arguments("no data", VALID.substring(0, VALID.indexOf(",\"data\"")) + "}", "data", " at data: missing"),
        arguments("data as a string", VALID.substring(0, VALID.indexOf("{\"customerId")) + "\"x\"}", "data",
            " at data: expected an object, found a string"),
        arguments("binary data", VALID.replace("\"data\":", "\"data_base64\":\"AAAA\",\"data\":"),
            "data_base64", " at data_base64: binary data is not supported: the data of a message is a"
                + " JSON object in \"data\""),
        // The version
        arguments("a future version", VALID.replace("\"schemaversion\":2", "\"schemaversion\":3"),
            "schemaversion", " at schemaversion: version 3 is newer than 2, the current version of"
                + " OrderPlaced that this reader was built with; deploy the newer OrderPlaced to read it"),
        arguments("a version too old", VALID.replace("\"schemaversion\":2", "\"schemaversion\":1"),
            "schemaversion", " at schemaversion: version 1 is older than 2, the oldest version of"
                + " OrderPlaced this reader can read (declare an @Upcast(from = 1) method to read it)"),
        arguments("no version", VALID.replace("\"schemaversion\":2,", ""), "schemaversion",
            " at schemaversion: missing (neither schemaversion nor a dataschema"
                + " urn:missive:OrderPlaced:<version> says which version the data has; read with"
                + " MessageJsonReader.unversionedAsOldest() to take it as the oldest version read, 2)"),
        arguments("a dataschema that disagrees", VALID.replace("\"schemaversion\":2,",
                "\"schemaversion\":2,\"dataschema\":\"urn:missive:OrderPlaced:1\","), "dataschema",
            " at dataschema: version 1 disagrees with version 2 in schemaversion"),
        arguments("a dataschema of another type", VALID.replace("\"schemaversion\":2,",
                "\"dataschema\":\"urn:missive:OrderShipped:2\","), "dataschema",
            " at dataschema: names type \"OrderShipped\", but the event's type is \"OrderPlaced\""),
        arguments("a Missive dataschema without a version", VALID.replace("\"schemaversion\":2,",
                "\"dataschema\":\"urn:missive:OrderPlaced\","), "dataschema",
            " at dataschema: expected urn:missive:<type>:<version> such as urn:missive:OrderPlaced:2,"
                + " found \"urn:missive:OrderPlaced\""),
        // Found by reading public corpora: what was read must be writable and read back.
        arguments("a time that an offset moves before year 0000",
            VALID.replace("2026-03-15T10:30:00Z", "0000-01-01T00:30:00+01:00"), "time",
            " at time: found \"0000-01-01T00:30:00+01:00\": in UTC that is -0001-12-31T23:30:00Z,"
                + " outside the years 0000 to 9999 that RFC 3339 can write"),
        arguments("a time that an offset moves past year 9999",
            VALID.replace("2026-03-15T10:30:00Z", "9999-12-31T23:59:59-01:00"), "time",
            " at time: found \"9999-12-31T23:59:59-01:00\": in UTC that is +10000-01-01T00:59:59Z,"
                + " outside the years 0000 to 9999 that RFC 3339 can write"),
        arguments("a decimal no BigDecimal can hold", VALID.replace("59.98", "1.21e" + "1".repeat(60)),
            "data.total", " at data.total: expected a number a BigDecimal can hold (an exponent that fits"
                + " in an int), found 1.21e" + "1".repeat(52) + "..."),
        arguments("a leap second", VALID.replace("2026-03-15T10:30:00Z", "2016-12-31T23:59:60Z"), "time",
            " at time: found \"2016-12-31T23:59:60Z\": a leap second (:60), valid in RFC 3339, cannot"
                + " be represented as an Instant"),
        arguments("ten fraction digits", VALID.replace("10:30:00Z", "10:30:00.1234567891Z"), "time",
            " at time: found \"2026-03-15T10:30:00.1234567891Z\": more than 9 fraction digits (10); an"
                + " Instant holds nanoseconds, 9 digits at most"),
        arguments("a decimal point without digits", VALID.replace("10:30:00Z", "10:30:00.Z"), "time",
            " at time: found \"2026-03-15T10:30:00.Z\": a decimal point needs at least one fraction digit"),
        arguments("a source with spaces", VALID.replace("\"order-service\"", "\"not a uri reference\""),
            "source", " at source: \"not a uri reference\" is not a URI reference (Illegal character in"
                + " path at index 3), as CloudEvents requires"),
        arguments("a source with a space in the host", VALID.replace("\"order-service\"",
                "\"http://exa mple.com/\""), "source", " at source: \"http://exa mple.com/\" is not a URI"
                + " reference (Illegal character in authority at index 7), as CloudEvents requires"),
        arguments("a source with a broken escape", VALID.replace("\"order-service\"", "\"%zz\""),
            "source", " at source: \"%zz\" is not a URI reference (Malformed escape pair at index 0), as"
                + " CloudEvents requires"),
        // CloudEvents attribute rules, as the SDKs apply them
        arguments("an attribute name in camel case", VALID.replace("\"correlationid\"",
                "\"aString\":\"x\",\"correlationid\""), "aString",
            " at aString: \"aString\" is not a CloudEvents attribute name: names are lowercase letters"
                + " a-z and digits 0-9 only (read with MessageJsonReader.lenientAttributes() to accept it)"),
        arguments("an attribute name with an underscore", VALID.replace("\"correlationid\"",
                "\"a_invalid_name\":\"x\",\"correlationid\""), "a_invalid_name",
            " at a_invalid_name: \"a_invalid_name\" is not a CloudEvents attribute name: names are"
                + " lowercase letters a-z and digits 0-9 only (read with"
                + " MessageJsonReader.lenientAttributes() to accept it)"),
        arguments("an extension that is an object", VALID.replace("\"correlationid\"",
                "\"ext\":{\"a\":1},\"correlationid\""), "ext",
            " at ext: expected a string, boolean or integer of 32 bits (a CloudEvents extension value), found an"
                + " object (read with MessageJsonReader.lenientAttributes() to accept it)"),
        arguments("an extension that is a decimal", VALID.replace("\"correlationid\"",
                "\"ext\":1.5,\"correlationid\""), "ext",
            " at ext: expected a string, boolean or integer of 32 bits (a CloudEvents extension value),"
                + " found a decimal number 1.5 (read with MessageJsonReader.lenientAttributes() to accept it)"),
        arguments("an extension beyond 32 bits", VALID.replace("\"correlationid\"",
                "\"ext\":2147483648,\"correlationid\""), "ext",
            " at ext: expected a string, boolean or integer of 32 bits (a CloudEvents extension value),"
                + " found an integer 2147483648 (read with MessageJsonReader.lenientAttributes() to accept"
                + " it)"),
        arguments("an extension that is an array", VALID.replace("\"correlationid\"",
                "\"ext\":[1],\"correlationid\""), "ext",
            " at ext: expected a string, boolean or integer of 32 bits (a CloudEvents extension value), found an"
                + " array (read with MessageJsonReader.lenientAttributes() to accept it)"),
        arguments("a version that is no number", VALID.replace("\"schemaversion\":2", "\"schemaversion\":\"two\""),
            "schemaversion", " at schemaversion: expected a schema version (an integer), found \"two\""),
        // The payload
        arguments("a missing field", VALID.replace("\"orderId\":\"ord-1\",", ""), "data.orderId",
            " at data.orderId: missing"),
        arguments("a missing primitive", VALID.replace(",\"priority\":1", ""), "data.priority",
            " at data.priority: missing"),
        arguments("a missing field of a record in a list", VALID.replace(",\"price\":29.99", ""),
            "data.items[0].price", " at data.items[0].price: missing"),
        arguments("a string for an int", VALID.replace("\"quantity\":2", "\"quantity\":\"2\""),
            "data.items[0].quantity", " at data.items[0].quantity: expected an integer, found a string"),
        arguments("a decimal for an int", VALID.replace("\"quantity\":2", "\"quantity\":2.5"),
            "data.items[0].quantity", " at data.items[0].quantity: expected an integer, found a decimal number"),
        arguments("an int out of range", VALID.replace("\"priority\":1", "\"priority\":3000000000"),
            "data.priority", " at data.priority: expected an integer that fits in an int, found 3000000000"),
        arguments("null for a required field", VALID.replace("\"cust-1\"", "null"), "data.customerId",
            " at data.customerId: expected a string, found null"),
        arguments("a string for a number", VALID.replace("\"total\":59.98", "\"total\":\"59.98\""), "data.total",
            " at data.total: expected a number, found a string"),
        arguments("a wrong list element", VALID.replace("\"tags\":[]", "\"tags\":[\"a\",1]"), "data.tags[1]",
            " at data.tags[1]: expected a string, found an integer"),
        arguments("a wrong map value", VALID.replace("\"attributes\":{}", "\"attributes\":{\"a b\":true}"),
            "data.attributes[\"a b\"]", " at data.attributes[\"a b\"]: expected a string, found a boolean"),
        arguments("an object for a list", VALID.replace("\"tags\":[]", "\"tags\":{}"), "data.tags",
            " at data.tags: expected an array, found an object"),
        // Limits
        arguments("a number too long", VALID.replace("59.98", "5" + "0".repeat(1000)), "data.total",
            " at data.total: Number value length (1001) exceeds the maximum allowed (1000, from `StreamReadConstraints.getMaxNumberLength()`)"),
        arguments("nesting too deep", VALID.replace("\"note\":null", "\"note\":null,\"deep\":" + "[".repeat(70) + "]".repeat(70)),
            "data.deep" + "[0]".repeat(63),
            " at data.deep" + "[0]".repeat(63) + ": Document nesting depth (65) exceeds the maximum allowed (64, from `StreamReadConstraints.getMaxNestingDepth()`)"),
        arguments("a document too long", VALID.replace("\"note\":null", "\"note\":\"" + "x".repeat(1 << 20) + "\""), "",
            ": the input is 1048945 chars long, over the limit of 1048576"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("orderPlaced")
  void orderPlacedFromText(String name, String json, String path, String message) {
    assertRejected(() -> OrderPlacedEvent.fromJson(json), "OrderPlaced", path, PREFIX + message);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("orderPlaced")
  void orderPlacedFromBytes(String name, String json, String path, String message) {
    String expected =
        PREFIX + message.replace("1048945 chars", "1048945 bytes");
    assertRejected(
        () -> OrderPlacedEvent.fromJson(json.getBytes(StandardCharsets.UTF_8)), "OrderPlaced", path, expected);
  }

  static Stream<Arguments> parcelShipped() {
    return Stream.of(
        arguments("a bad UUID", edit(d -> d.put("parcelId", "0193c4c2-5b1e-7a3c-9f1d")), "data.parcelId",
            " at data.parcelId: expected a UUID such as 0193c4c2-5b1e-7a3c-9f1d-2b6e8c0a4d17, found"
                + " \"0193c4c2-5b1e-7a3c-9f1d\""),
        arguments("a bad instant", edit(d -> d.put("shippedAt", "yesterday")), "data.shippedAt",
            " at data.shippedAt: expected an RFC 3339 timestamp such as 2026-03-15T10:30:00Z, found \"yesterday\""),
        arguments("a bad date", edit(d -> d.put("plannedOn", "2026-13-01")), "data.plannedOn",
            " at data.plannedOn: expected an ISO-8601 date such as 2026-03-15, found \"2026-13-01\""),
        arguments("a bad duration", edit(d -> d.put("transit", "1 day")), "data.transit",
            " at data.transit: expected an ISO-8601 duration such as PT1H30M, found \"1 day\""),
        arguments("an unknown enum constant", edit(d -> d.put("carrier", "SHIP")), "data.carrier",
            " at data.carrier: expected one of [POST, COURIER, DRONE], found \"SHIP\""),
        arguments("two characters for a char", edit(d -> d.put("grade", "AB")), "data.grade",
            " at data.grade: expected a string of one character, found a string"),
        arguments("a byte out of range", edit(d -> d.put("lane", 300)), "data.lane",
            " at data.lane: expected an integer that fits in a byte, found 300"),
        arguments("a wrong value in a nested record", edit(d -> d.getObject("destination").getObject("point").put("latitude", "north")),
            "data.destination.point.latitude", " at data.destination.point.latitude: expected a number, found a string"),
        arguments("a missing field two records down", edit(d -> d.getObject("returnAddress").getObject("point").remove("longitude")),
            "data.returnAddress.point.longitude", " at data.returnAddress.point.longitude: missing"),
        arguments("a wrong element in a list of lists", edit(d -> d.getArray("batches").getArray(0).add(7)),
            "data.batches[0][1]", " at data.batches[0][1]: expected a UUID string, found an integer"),
        arguments("a wrong element in a map of lists", edit(d -> d.getObject("itemsByRoom").getArray("kitchen").getObject(0).put("quantity", true)),
            "data.itemsByRoom.kitchen[0].quantity", " at data.itemsByRoom.kitchen[0].quantity: expected an integer, found a boolean"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("parcelShipped")
  void parcelShipped(String name, String json, String path, String message) {
    assertRejected(() -> ParcelShippedEvent.fromJson(json), "ParcelShipped", path, "Cannot read ParcelShipped JSON" + message);
  }

  static Stream<Arguments> parcelWeighed() {
    String v1 =
        "{\"specversion\":\"1.0\",\"id\":\"w-1\",\"source\":\"/scales\",\"type\":\"ParcelWeighed\","
            + "\"time\":\"2026-03-15T10:30:00Z\",\"schemaversion\":1,"
            + "\"data\":{\"parcelId\":\"p-1\",\"weightGrams\":1200,\"pieces\":[{\"label\":\"box\",\"qty\":2}]}}";
    return Stream.of(
        arguments("a record that rejects its value", v1.replace("\"qty\":2", "\"qty\":0"), "data.pieces[0]",
            " at data.pieces[0]: invalid value: quantity must be at least 1, was 0"),
        arguments("an old version the upcaster cannot read", v1.replace("\"weightGrams\":1200,", ""),
            "data.weightGrams", " at data.weightGrams: missing"),
        arguments("an old version with a wrong type", v1.replace("1200", "\"heavy\""),
            "data.weightGrams", " at data.weightGrams: expected a number, found a string"),
        arguments("an old version whose list is not one", v1.replace("[{\"label\":\"box\",\"qty\":2}]", "{}"),
            "data.pieces", " at data.pieces: expected an array, found an object"),
        arguments("a version older than the oldest upcaster", v1.replace("\"schemaversion\":1", "\"schemaversion\":0"),
            "schemaversion", " at schemaversion: version 0 is older than 1, the oldest version of ParcelWeighed"
                + " this reader can read (it upcasts versions 1 to 2)"),
        arguments("a future version", v1.replace("\"schemaversion\":1", "\"schemaversion\":4"),
            "schemaversion", " at schemaversion: version 4 is newer than 3, the current version of"
                + " ParcelWeighed that this reader was built with; deploy the newer ParcelWeighed to read it"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("parcelWeighed")
  void parcelWeighed(String name, String json, String path, String message) {
    assertRejected(() -> ParcelWeighedEvent.fromJson(json), "ParcelWeighed", path, "Cannot read ParcelWeighed JSON" + message);
  }

  /** The example parcel, with its data changed by {@code change}. */
  private static String edit(java.util.function.Consumer<JsonObject> change) {
    JsonObject message = JsonObject.parse(Parcels.shipped().build().toJson());
    change.accept(message.getObject("data"));
    return message.toString();
  }

  private static void assertRejected(
      org.assertj.core.api.ThrowableAssert.ThrowingCallable read, String type, String path, String message) {
    assertThatThrownBy(read)
        .isInstanceOfSatisfying(
            MessageFormatException.class,
            e -> {
              assertThat(e.getMessage()).isEqualTo(message);
              assertThat(e.messageType()).isEqualTo(type);
              assertThat(e.path()).isEqualTo(path);
            });
  }
}
