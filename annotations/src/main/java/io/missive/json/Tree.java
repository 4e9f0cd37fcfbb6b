package io.missive.json;

import io.missive.MessageFormatException;
import io.missive.internal.Json;
import io.missive.internal.JsonPaths;
import java.math.BigDecimal;
import java.math.BigInteger;

/** What {@link JsonObject} and {@link JsonArray} share: where a value is held, numbers, errors. */
final class Tree {

  private Tree() {}

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

  /**
   * The path of a tree value held by {@code holder} as {@code name} or {@code index}; for a root
   * (no holder) placed as member {@code name} of the message, that member's path, else {@code ""}.
   */
  static String path(Object holder, String name, int index) {
    if (holder instanceof JsonObject object) {
      return JsonPaths.member(object.path(), name);
    }
    if (holder instanceof JsonArray array) {
      return JsonPaths.index(array.path(), index);
    }
    return name == null ? "" : JsonPaths.member("", name);
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
        null, path, "expected " + expected + ", found " + Json.describeTree(value), null);
  }

  static MessageFormatException notExact(String path, String expected, BigDecimal value, Exception e) {
    return new MessageFormatException(null, path, "expected " + expected + ", found " + value, e);
  }
}
