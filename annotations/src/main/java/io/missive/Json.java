package io.missive;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;

/** What the tree types and the readers share: trees from and to tokens, and descriptions for errors. */
final class Json {

  private Json() {}

  /** A JSON value from the parser's current {@code token} as a tree value. */
  static Object readTree(JsonParser parser, JsonToken token, String path) throws IOException {
    if (token == null) {
      throw MessageFormatException.unplaced("unexpected end of input", null);
    }
    switch (token) {
      case START_OBJECT:
        return JsonObject.read(parser, path);
      case START_ARRAY:
        return JsonArray.read(parser, path);
      case VALUE_STRING:
        return parser.getText();
      case VALUE_NUMBER_INT:
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

  static void repath(Object value, String path) {
    if (value instanceof JsonObject object) {
      object.repathTo(path);
    } else if (value instanceof JsonArray array) {
      array.repathTo(path);
    }
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

  static <T> T as(Object value, Class<T> type, String expected, String path) {
    if (!type.isInstance(value)) {
      throw new MessageFormatException(
          null, path, "expected " + expected + ", found " + describeTree(value), null);
    }
    return type.cast(value);
  }

  static int intExact(BigDecimal value, String path) {
    try {
      return value.intValueExact();
    } catch (ArithmeticException e) {
      throw new MessageFormatException(null, path, "expected an int, found " + value, e);
    }
  }

  static long longExact(BigDecimal value, String path) {
    try {
      return value.longValueExact();
    } catch (ArithmeticException e) {
      throw new MessageFormatException(null, path, "expected a long, found " + value, e);
    }
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
