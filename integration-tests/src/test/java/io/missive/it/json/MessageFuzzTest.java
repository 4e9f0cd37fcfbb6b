package io.missive.it.json;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.missive.MessageCodec;
import io.missive.MessageFormatException;
import io.missive.MessageJsonReader;
import io.missive.it.orders.CardChargedEvent;
import io.missive.it.orders.GetOrderStatusQuery;
import io.missive.it.orders.OrderPlacedEvent;
import io.missive.it.orders.PlaceOrderCommand;
import io.missive.it.orders.ShipmentPlannedEvent;
import io.missive.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Coverage-guided fuzzing (Jazzer) of everything that reads messages: the many-type reader, the
 * generated readers of every value type, and the upcasters' tree. For any input, only a
 * {@link MessageFormatException} escapes; what is read is written by {@code toJson()} and
 * {@code toJsonBytes()}, and each reads back equal; no read of a 1 KB input takes 100 ms.
 *
 * <p>In the ordinary test run each target runs its inputs in {@code MessageFuzzTestInputs/} (the
 * seeds, and what fuzzing found) as regression tests; the build then fuzzes each for a short while
 * (see the pom). {@code docs/security.md} has the command of the long run.
 */
class MessageFuzzTest {

  static final List<MessageCodec<?>> CODECS =
      List.of(
          OrderPlacedEvent.JSON,
          PlaceOrderCommand.JSON,
          GetOrderStatusQuery.JSON,
          CardChargedEvent.JSON,
          ShipmentPlannedEvent.JSON,
          ParcelShippedEvent.JSON,
          ParcelWeighedEvent.JSON,
          ShiftScheduledEvent.JSON,
          RegisterParcelCommand.JSON,
          FindParcelQuery.JSON);

  static final MessageJsonReader STRICT = MessageJsonReader.of(CODECS);

  /** The most accepting reader there is: any type, any attribute, no version needed. */
  static final MessageJsonReader LENIENT =
      STRICT.keepingUnknownTypes().lenientAttributes().unversionedAsOldest();

  @FuzzTest
  @DictionaryEntries({
    "\"specversion\":\"1.0\"", "\"id\":", "\"source\":", "\"type\":\"OrderPlaced\"",
    "\"type\":\"ParcelWeighed\"", "\"type\":\"ShiftScheduled\"", "\"time\":\"2026-03-15T10:30:00Z\"",
    "\"schemaversion\":", "\"dataschema\":\"urn:missive:ParcelWeighed:1\"", "\"correlationid\":",
    "\"causationid\":", "\"data\":{", "\"datacontenttype\":\"application/json\"", "\\ud800", "\\udc00"
  })
  void reader(byte[] input) {
    RoundTrips.check(input, STRICT::read, STRICT::read);
    RoundTrips.check(input, LENIENT::read, LENIENT::read);
  }

  @FuzzTest
  @DictionaryEntries({
    "\"label\":", "\"shippedAt\":", "\"handedOver\":", "\"transit\":\"PT1S\"", "\"parcelId\":",
    "\"counts\":{", "\"itemsByRoom\":{", "\"batches\":[[", "\"startsAt\":\"10:30\"",
    "\"handbook\":\"https://a/b\"", "\"payCurrency\":\"EUR\"", "\"allowances\":{", "\"rate\":{",
    "NaN", "Infinity", "1E+400", "\\ud800"
  })
  void everyValueType(byte[] input) {
    RoundTrips.check(input, ParcelShippedEvent::fromJson, ParcelShippedEvent::fromJson);
    RoundTrips.check(input, ShiftScheduledEvent::fromJson, ShiftScheduledEvent::fromJson);
  }

  /**
   * The data of {@code ParcelWeighed}, put before {@code type} so that it is held as a tree and read
   * through the tree parser, at each version: version 1 and 2 through the upcasters.
   */
  @FuzzTest
  @DictionaryEntries({
    "\"parcelId\":", "\"weightGrams\":", "\"weightKg\":", "\"pieces\":[", "\"qty\":", "\"quantity\":",
    "\"label\":", "\"scale\":"
  })
  void upcasterTree(byte[] input) {
    String data = new String(input, StandardCharsets.UTF_8);
    try {
      JsonObject.parse(data);
    } catch (MessageFormatException e) {
      return;
    }
    for (int version = 1; version <= 3; version++) {
      String json =
          "{\"data\":" + data + ",\"specversion\":\"1.0\",\"id\":\"w-1\",\"source\":\"/scales\","
              + "\"type\":\"ParcelWeighed\",\"time\":\"2026-03-15T10:30:00Z\",\"schemaversion\":"
              + version + "}";
      byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
      RoundTrips.check(bytes, ParcelWeighedEvent::fromJson, ParcelWeighedEvent::fromJson);
    }
  }

}
