package io.missive.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.missive.json.JsonArray;
import io.missive.json.JsonObject;
import java.io.IOException;
import java.math.BigDecimal;

/** A polymorphic value whose discriminator does not come first: see {@link JsonRead#variant}. */
final class Variants {

  private Variants() {}

  /**
   * Reads the rest of the object at {@code parser} (on its first member's name, or its end) into a
   * tree with member {@code property} first, and returns a parser over that tree, on the
   * discriminator's value. {@code parser} is left on the object's {@code END_OBJECT}.
   */
  static JsonParser reordered(JsonParser parser, String property) throws IOException {
    JsonObject rest = new JsonObject();
    String discriminator = null;
    boolean found = false;
    for (String name = parser.currentToken() == JsonToken.FIELD_NAME ? parser.currentName() : null;
        name != null;
        name = parser.nextFieldName()) {
      JsonToken token = parser.nextToken();
      if (name.equals(property) && !found) {
        found = true;
        if (token != JsonToken.VALUE_STRING) {
          throw new ReadProblem("expected a string, found " + Json.describe(token), null);
        }
        discriminator = parser.getText();
        continue;
      }
      put(rest, name, Json.readTree(parser, token));
    }
    if (!found) {
      throw ReadProblem.missing(property);
    }
    JsonObject object = new JsonObject().put(property, discriminator);
    for (String name : rest.names()) {
      put(object, name, rest.get(name));
    }
    JsonParser tree = new TreeParser(object);
    tree.nextToken();
    tree.nextToken();
    tree.nextToken();
    return tree;
  }

  private static void put(JsonObject object, String name, Object value) {
    if (value instanceof String string) {
      object.put(name, string);
    } else if (value instanceof BigDecimal number) {
      object.put(name, number);
    } else if (value instanceof JsonObject member) {
      object.put(name, member);
    } else if (value instanceof JsonArray array) {
      object.put(name, array);
    } else if (value instanceof Boolean bool) {
      object.put(name, bool.booleanValue());
    } else {
      object.putNull(name);
    }
  }
}
