package io.missive;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A JSON object as a small mutable tree: what an {@link Upcast upcaster} receives as the {@code data}
 * of an older version and changes into the shape of the next one, and what an {@link UnknownMessage}
 * holds.
 *
 * <p>Values are {@link String}, {@link BigDecimal} (every JSON number, exactly as written),
 * {@link Boolean}, {@link JsonObject}, {@link JsonArray}, or {@code null} for JSON {@code null}.
 * Members keep their order. The typed getters ({@link #getString}, {@link #getNumber},
 * {@link #getObject}, ...) throw {@link MessageFormatException} naming the member's JSON path (such as
 * {@code data.items[0].amount}) when the member is missing or has another type, so an upcaster that
 * meets input it cannot handle fails with the same kind of error as any bad input.
 *
 * <pre>{@code
 * // v1: {"orderId": "o-1", "amount": 59.98}     v2: {"orderId": "o-1", "total": 59.98, "currency": "EUR"}
 * @Upcast(from = 1)
 * static void totalWithCurrency(JsonObject data) {
 *   data.rename("amount", "total").put("currency", "EUR");
 * }
 * }</pre>
 */
public final class JsonObject {

  private LinkedHashMap<String, Object> members = new LinkedHashMap<>();
  private String path;

  /** An empty object. */
  public JsonObject() {
    this("");
  }

  JsonObject(String path) {
    this.path = path;
  }

  /** The JSON path of this object in the message, such as {@code data} or {@code data.items[0]}. */
  public String path() {
    return path;
  }

  /** The number of members. */
  public int size() {
    return members.size();
  }

  /** The member names, in order; an unmodifiable view. */
  public Set<String> names() {
    return Collections.unmodifiableSet(members.keySet());
  }

  /** Whether the member is present (possibly {@code null}). */
  public boolean has(String name) {
    return members.containsKey(name);
  }

  /** Whether the member is present and JSON {@code null}. */
  public boolean isNull(String name) {
    return members.containsKey(name) && members.get(name) == null;
  }

  /**
   * The member's value as it is held (see the class comment), or {@code null} when it is absent or
   * JSON {@code null}.
   */
  public Object get(String name) {
    return members.get(name);
  }

  /** The string member {@code name}; fails if it is absent, {@code null} or not a string. */
  public String getString(String name) {
    return Json.as(require(name), String.class, "a string", memberPath(name));
  }

  /** The string member {@code name}, or {@code fallback} when it is absent or {@code null}. */
  public String getString(String name, String fallback) {
    Object value = members.get(name);
    return value == null ? fallback : Json.as(value, String.class, "a string", memberPath(name));
  }

  /** The number member {@code name}, exactly as written; fails if absent, {@code null} or no number. */
  public BigDecimal getNumber(String name) {
    return Json.as(require(name), BigDecimal.class, "a number", memberPath(name));
  }

  /** The number member {@code name} as an {@code int}; fails unless it is a whole number in range. */
  public int getInt(String name) {
    return Json.intExact(getNumber(name), memberPath(name));
  }

  /** The number member {@code name} as a {@code long}; fails unless it is a whole number in range. */
  public long getLong(String name) {
    return Json.longExact(getNumber(name), memberPath(name));
  }

  /** The boolean member {@code name}; fails if it is absent, {@code null} or not a boolean. */
  public boolean getBoolean(String name) {
    return Json.as(require(name), Boolean.class, "true or false", memberPath(name));
  }

  /** The object member {@code name}; fails if it is absent, {@code null} or not an object. */
  public JsonObject getObject(String name) {
    return Json.as(require(name), JsonObject.class, "an object", memberPath(name));
  }

  /** The array member {@code name}; fails if it is absent, {@code null} or not an array. */
  public JsonArray getArray(String name) {
    return Json.as(require(name), JsonArray.class, "an array", memberPath(name));
  }

  /** Sets member {@code name} to a string, or to {@code null}; adds it at the end if it is new. */
  public JsonObject put(String name, String value) {
    return set(name, value);
  }

  /**
   * Sets member {@code name} to a number (held as a {@link BigDecimal}), or to {@code null}.
   *
   * @throws IllegalArgumentException for NaN and infinities, which JSON cannot hold
   */
  public JsonObject put(String name, Number value) {
    return set(name, Json.decimal(value));
  }

  /** Sets member {@code name} to {@code true} or {@code false}. */
  public JsonObject put(String name, boolean value) {
    return set(name, value);
  }

  /** Sets member {@code name} to an object (not copied), or to {@code null}. */
  public JsonObject put(String name, JsonObject value) {
    return set(name, value);
  }

  /** Sets member {@code name} to an array (not copied), or to {@code null}. */
  public JsonObject put(String name, JsonArray value) {
    return set(name, value);
  }

  /** Sets member {@code name} to JSON {@code null}. */
  public JsonObject putNull(String name) {
    return set(name, null);
  }

  /**
   * Renames member {@code from} to {@code to}, keeping its place; does nothing when {@code from} is
   * absent (the reader then reports the missing member of the new version). A member {@code to} that
   * exists already is replaced.
   */
  public JsonObject rename(String from, String to) {
    Objects.requireNonNull(to, "to");
    if (!members.containsKey(from) || from.equals(to)) {
      return this;
    }
    LinkedHashMap<String, Object> renamed = new LinkedHashMap<>();
    for (Map.Entry<String, Object> member : members.entrySet()) {
      if (member.getKey().equals(from)) {
        renamed.put(to, member.getValue());
      } else if (!member.getKey().equals(to)) {
        renamed.put(member.getKey(), member.getValue());
      }
    }
    members = renamed;
    repath(to, members.get(to));
    return this;
  }

  /** Removes member {@code name}; returns its value, or {@code null} if it was absent. */
  public Object remove(String name) {
    return members.remove(name);
  }

  private JsonObject set(String name, Object value) {
    Objects.requireNonNull(name, "name");
    members.put(name, value);
    repath(name, value);
    return this;
  }

  private void repath(String name, Object value) {
    Json.repath(value, memberPath(name));
  }

  void repathTo(String newPath) {
    path = newPath;
    for (Map.Entry<String, Object> member : members.entrySet()) {
      repath(member.getKey(), member.getValue());
    }
  }

  private Object require(String name) {
    Object value = members.get(name);
    if (value == null) {
      throw new MessageFormatException(
          null, memberPath(name), members.containsKey(name) ? "must not be null" : "missing", null);
    }
    return value;
  }

  private String memberPath(String name) {
    return JsonPaths.member(path, name);
  }

  /**
   * Parses a JSON object, such as the {@code data} of an old version in a test of its upcaster.
   *
   * @throws MessageFormatException if {@code json} is not one JSON object
   */
  public static JsonObject parse(String json) {
    try (JsonParser parser = MessageJson.factory().createParser(json)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        throw new MessageFormatException(
            null, "", "expected a JSON object, found " + Json.describe(parser.currentToken()), null);
      }
      JsonObject object = read(parser, "");
      if (parser.nextToken() != null) {
        throw new MessageFormatException(
            null, "", "found " + Json.describe(parser.currentToken()) + " after the object", null);
      }
      return object;
    } catch (JsonProcessingException e) {
      throw new MessageFormatException(null, "", CloudEventReader.problem(e), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads the object at the parser's current {@code START_OBJECT}, whose path is {@code path}. */
  static JsonObject read(JsonParser parser, String path) throws IOException {
    JsonObject object = new JsonObject(path);
    for (String name = parser.nextFieldName(); name != null; name = parser.nextFieldName()) {
      JsonToken token = parser.nextToken();
      object.members.put(name, Json.readTree(parser, token, JsonPaths.member(path, name)));
    }
    return object;
  }

  /** Writes this object to {@code generator}. */
  public void write(JsonGenerator generator) throws IOException {
    generator.writeStartObject();
    for (Map.Entry<String, Object> member : members.entrySet()) {
      generator.writeFieldName(member.getKey());
      Json.writeTree(generator, member.getValue());
    }
    generator.writeEndObject();
  }

  /** Compares members and values; numbers compare as {@link BigDecimal#equals} (1.0 is not 1.00). */
  @Override
  public boolean equals(Object other) {
    return other instanceof JsonObject that && members.equals(that.members);
  }

  @Override
  public int hashCode() {
    return members.hashCode();
  }

  /** This object as compact JSON text. */
  @Override
  public String toString() {
    StringWriter out = new StringWriter();
    try (JsonGenerator generator = MessageJson.factory().createGenerator(out)) {
      write(generator);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}
