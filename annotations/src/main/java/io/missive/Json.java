package io.missive;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;

/** What the tree types and the readers share: trees from and to tokens, and descriptions for errors. */
final class Json {

  private Json() {}

  /** Something that writes itself as JSON: a tree, or a message as it was read. */
  interface Writable {
    void write(JsonGenerator generator) throws IOException;
  }

  /** What {@code writable} writes, as compact JSON text. */
  static String text(Writable writable) {
    StringWriter out = new StringWriter();
    try (JsonGenerator generator = MessageJson.factory().createGenerator(out)) {
      writable.write(generator);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** What {@code writable} writes, as compact JSON in UTF-8. */
  static byte[] bytes(Writable writable) {
    Utf8Bytes out = new Utf8Bytes();
    try (JsonGenerator generator = MessageJson.factory().createGenerator(out, JsonEncoding.UTF8)) {
      writable.write(generator);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /**
   * A JSON value from the parser's current {@code token} as a tree value; an object or array has the
   * path {@code path} (see {@link #repath}).
   */
  static Object readTree(JsonParser parser, JsonToken token, String path) throws IOException {
    Object value = readTree(parser, token);
    repath(value, path);
    return value;
  }

  /** A JSON value from the parser's current {@code token} as a tree value. */
  static Object readTree(JsonParser parser, JsonToken token) throws IOException {
    if (token == null) {
      throw MessageFormatException.unplaced("unexpected end of input", null);
    }
    switch (token) {
      case START_OBJECT:
        return JsonObject.read(parser);
      case START_ARRAY:
        return JsonArray.read(parser);
      case VALUE_STRING:
        return parser.getText();
      case VALUE_NUMBER_INT:
        // An integer that fits in a long reads faster as one.
        JsonParser.NumberType type = parser.getNumberType();
        return type == JsonParser.NumberType.INT || type == JsonParser.NumberType.LONG
            ? BigDecimal.valueOf(parser.getLongValue())
            : parser.getDecimalValue();
      case VALUE_NUMBER_FLOAT:
        return parser.getDecimalValue();
      case VALUE_TRUE:
        return Boolean.TRUE;
      case VALUE_FALSE:
        return Boolean.FALSE;
      case VALUE_NULL:
        return null;
      default:
        throw MessageFormatException.unplaced("unexpected " + describe(token), null);
    }
  }

  /** Writes a tree value. */
  static void writeTree(JsonGenerator generator, Object value) throws IOException {
    if (value == null) {
      generator.writeNull();
    } else if (value instanceof String string) {
      generator.writeString(string);
    } else if (value instanceof BigDecimal number) {
      generator.writeNumber(number);
    } else if (value instanceof Boolean bool) {
      generator.writeBoolean(bool);
    } else if (value instanceof JsonObject object) {
      object.write(generator);
    } else if (value instanceof JsonArray array) {
      array.write(generator);
    } else {
      throw new IllegalArgumentException("Not a JSON tree value: " + value.getClass().getName());
    }
  }

  /** Makes {@code value}, if it is an object or array, the root of a tree at {@code path}. */
  static void repath(Object value, String path) {
    if (value instanceof JsonObject object) {
      object.repathTo(path);
    } else if (value instanceof JsonArray array) {
      array.repathTo(path);
    }
  }

  /**
   * Records, if {@code value} is an object or array, that it is held by {@code holder} (a
   * {@link JsonObject} or {@link JsonArray}) as member {@code name} or element {@code index}: its path
   * is made from that when it is asked for, in an error message.
   */
  static void place(Object value, Object holder, String name, int index) {
    if (value instanceof JsonObject object) {
      object.place(holder, name, index);
    } else if (value instanceof JsonArray array) {
      array.place(holder, name, index);
    }
  }

  /** The path of a tree value held by {@code holder} as {@code name} or {@code index}, else {@code root}. */
  static String path(Object holder, String name, int index, String root) {
    if (holder instanceof JsonObject object) {
      return JsonPaths.member(object.path(), name);
    }
    if (holder instanceof JsonArray array) {
      return JsonPaths.index(array.path(), index);
    }
    return root;
  }

  /** {@code value} as a number tree value. */
  static BigDecimal decimal(Number value) {
    if (value == null) {
      return null;
    }
    if (value instanceof BigDecimal decimal) {
      return decimal;
    }
    if (value instanceof BigInteger integer) {
      return new BigDecimal(integer);
    }
    if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
      return BigDecimal.valueOf(value.longValue());
    }
    if (value instanceof Double || value instanceof Float) {
      double d = value.doubleValue();
      if (Double.isNaN(d) || Double.isInfinite(d)) {
        throw new IllegalArgumentException("JSON numbers cannot be NaN or infinite: " + value);
      }
      return new BigDecimal(value.toString());
    }
    return new BigDecimal(value.toString());
  }

  static MessageFormatException wrongType(String path, String expected, Object value) {
    return new MessageFormatException(
        null, path, "expected " + expected + ", found " + describeTree(value), null);
  }

  static MessageFormatException notExact(String path, String expected, BigDecimal value, Exception e) {
    return new MessageFormatException(null, path, "expected " + expected + ", found " + value, e);
  }

  static String describeTree(Object value) {
    if (value == null) {
      return "null";
    }
    if (value instanceof String) {
      return "a string";
    }
    if (value instanceof BigDecimal) {
      return "a number";
    }
    if (value instanceof Boolean) {
      return "a boolean";
    }
    if (value instanceof JsonObject) {
      return "an object";
    }
    return "an array";
  }

  static String describe(JsonToken token) {
    if (token == null) {
      return "the end of the input";
    }
    switch (token) {
      case START_OBJECT:
        return "an object";
      case START_ARRAY:
        return "an array";
      case VALUE_STRING:
        return "a string";
      case VALUE_NUMBER_INT:
        return "an integer";
      case VALUE_NUMBER_FLOAT:
        return "a decimal number";
      case VALUE_TRUE:
      case VALUE_FALSE:
        return "a boolean";
      case VALUE_NULL:
        return "null";
      default:
        return token.asString() == null ? token.name() : "'" + token.asString() + "'";
    }
  }

  /** The string at the parser's current token, quoted and cut to a length fit for a message. */
  static String quote(JsonParser parser) throws IOException {
    String text = parser.getText();
    if (text.length() > 60) {
      text = text.substring(0, 57) + "...";
    }
    return '"' + text + '"';
  }
}
