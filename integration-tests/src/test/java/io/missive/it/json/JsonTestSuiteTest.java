package io.missive.it.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.missive.MessageFormatException;
import io.missive.it.orders.OrderPlacedEvent;
import io.missive.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The JSONTestSuite parsing corpus (318 texts a JSON parser must accept, refuse, or may do either
 * with; see {@code src/test/resources/jsontestsuite/README.md}) in every position of a message:
 * whole, as the value of each attribute, as an extension, as {@code data} and as the value of fields
 * of every shape, from bytes and from text, with the strict and the most lenient reader. Every read
 * either refuses the input with a {@link MessageFormatException} or accepts what then writes and
 * reads back equal.
 */
class JsonTestSuiteTest {

  private static final String MARK = "@@@";

  /** The message with {@link #MARK} where a text of the corpus goes. */
  private static final List<String> POSITIONS =
      List.of(
          MARK,
          ReadWriteInvariantTest.VALID.replace("\"id-1\"", MARK),
          ReadWriteInvariantTest.VALID.replace("\"order-service\"", MARK),
          ReadWriteInvariantTest.VALID.replace("\"2026-03-15T10:30:00Z\"", MARK),
          ReadWriteInvariantTest.VALID.replace("\"schemaversion\":2", "\"schemaversion\":" + MARK),
          ReadWriteInvariantTest.VALID.replace("\"c-1\"", MARK),
          ReadWriteInvariantTest.VALID.replace("\"correlationid\"", "\"ext\":" + MARK + ",\"correlationid\""),
          ReadWriteInvariantTest.VALID.substring(0, ReadWriteInvariantTest.VALID.indexOf("{\"customerId\""))
              + MARK + "}",
          ReadWriteInvariantTest.VALID.replace("\"note\":null", "\"note\":" + MARK),
          ReadWriteInvariantTest.VALID.replace("\"tags\":[]", "\"tags\":" + MARK),
          ReadWriteInvariantTest.VALID.replace("\"attributes\":{}", "\"attributes\":" + MARK),
          ReadWriteInvariantTest.VALID.replace("\"attributes\":{}", "\"attributes\":{\"k\":" + MARK + "}"),
          ReadWriteInvariantTest.VALID.replace("\"price\":29.99", "\"price\":" + MARK),
          ReadWriteInvariantTest.VALID.replace("\"priority\":1", "\"priority\":" + MARK),
          // Data before the type is held as a tree: the corpus through the tree parser.
          "{\"data\":{\"parcelId\":\"p-1\",\"weightGrams\":" + MARK + ",\"pieces\":[]},"
              + "\"specversion\":\"1.0\",\"id\":\"w-1\",\"source\":\"/scales\",\"type\":\"ParcelWeighed\","
              + "\"time\":\"2026-03-15T10:30:00Z\",\"schemaversion\":1}");

  static Stream<Path> corpus() throws IOException, URISyntaxException {
    Path dir = Path.of(JsonTestSuiteTest.class.getResource("/jsontestsuite/test_parsing").toURI());
    try (Stream<Path> files = Files.list(dir)) {
      return files.sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void inEveryPositionOfAMessageItIsRefusedOrReadsBackEqual(Path file) throws IOException {
    byte[] text = Files.readAllBytes(file);
    for (String position : POSITIONS) {
      byte[] input = splice(position, text);
      RoundTrips.check(input, MessageFuzzTest.STRICT::read, MessageFuzzTest.STRICT::read);
      RoundTrips.check(input, MessageFuzzTest.LENIENT::read, MessageFuzzTest.LENIENT::read);
      RoundTrips.check(input, OrderPlacedEvent::fromJson, OrderPlacedEvent::fromJson);
    }
  }

  /** The tree of the upcasters parses what a JSON parser must, and refuses what it must. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void theTreeParsesWhatJsonAllowsAndRefusesWhatItDoesNot(Path file) throws IOException {
    String name = file.getFileName().toString();
    String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    boolean object = text.strip().startsWith("{");
    if (name.startsWith("n_")) {
      assertThatThrownBy(() -> JsonObject.parse(text)).isInstanceOf(MessageFormatException.class);
    } else if (name.startsWith("y_") && object) {
      JsonObject parsed = JsonObject.parse(text);
      assertThat(JsonObject.parse(parsed.toString())).isEqualTo(parsed);
    } else {
      try {
        JsonObject parsed = JsonObject.parse(text);
        assertThat(JsonObject.parse(parsed.toString())).isEqualTo(parsed);
      } catch (MessageFormatException refused) {
        // Either is allowed (i_), or it is no object.
      }
    }
  }

  private static byte[] splice(String position, byte[] text) {
    int at = position.indexOf(MARK);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(position.substring(0, at).getBytes(StandardCharsets.UTF_8));
    out.writeBytes(text);
    out.writeBytes(position.substring(at + MARK.length()).getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

}
