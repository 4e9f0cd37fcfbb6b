package io.missive.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.missive.MessageJson;
import io.missive.json.JsonObject;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Walking a tree gives what parsing its text gives: tokens, names, text, numbers and paths. */
class TreeParserTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{}",
        "{\"a\":1,\"b\":-2.50,\"c\":1E+3,\"d\":12345678901234567890,\"e\":3000000000,\"f\":-0.0}",
        "{\"s\":\"x\",\"t\":true,\"u\":false,\"n\":null,\"o\":{},\"l\":[]}",
        "{\"items\":[{\"id\":\"p-1\",\"qty\":2,\"tags\":[\"a\",[1,{\"deep\":null}]]},{\"id\":\"p-2\"}],\"z\":0}",
        "{\"a b\":{\"c\\\"d\":[[],[[]]]},\"é\":\"ünï\"}"
      })
  void walksATreeAsAParserReadsItsText(String json) throws IOException {
    JsonObject tree = JsonObject.parse(json);
    try (JsonParser text = MessageJson.factory().createParser(tree.toString());
        JsonParser walk = new TreeParser(tree)) {
      assertThat(events(walk)).isEqualTo(events(text));
    }
  }

  /** Every token with what a reader asks of it. */
  private static List<String> events(JsonParser parser) throws IOException {
    List<String> events = new ArrayList<>();
    for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
      StringBuilder event = new StringBuilder(token.name());
      event.append(" name=").append(parser.currentName());
      event.append(" path=").append(JsonPaths.of(parser.getParsingContext(), null, "data"));
      if (token.isScalarValue()) {
        event.append(" text=").append(parser.getText());
        event.append(" chars=")
            .append(new String(parser.getTextCharacters(), parser.getTextOffset(), parser.getTextLength()));
      }
      if (token.isNumeric()) {
        event.append(" decimal=").append(parser.getDecimalValue());
        event.append(" double=").append(parser.getDoubleValue());
        if (token == JsonToken.VALUE_NUMBER_INT) {
          event.append(" type=").append(parser.getNumberType());
          event.append(" integer=").append(parser.getBigIntegerValue());
        }
      }
      events.add(event.toString());
    }
    return events;
  }
}
