package io.missive;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A JSON array as a small mutable tree, the companion of {@link JsonObject}: elements are
 * {@link String}, {@link BigDecimal}, {@link Boolean}, {@link JsonObject}, {@link JsonArray} or
 * {@code null}. The typed getters fail with a {@link MessageFormatException} naming the element's path,
 * such as {@code data.items[2]}.
 */
public final class JsonArray {

  private final List<Object> elements = new ArrayList<>();
  private String path;

  /** An empty array. */
  public JsonArray() {
    this("");
  }

  JsonArray(String path) {
    this.path = path;
  }

  /** The JSON path of this array in the message, such as {@code data.items}. */
  public String path() {
    return path;
  }

  /** The number of elements. */
  public int size() {
    return elements.size();
  }

  /** The elements as they are held; an unmodifiable view. */
  public List<Object> values() {
    return Collections.unmodifiableList(elements);
  }

  /**
   * The elements, every one of which must be an object (as in an array of records); fails naming the
   * first that is not.
   */
  public List<JsonObject> objects() {
    List<JsonObject> objects = new ArrayList<>(elements.size());
    for (int i = 0; i < elements.size(); i++) {
      objects.add(getObject(i));
    }
    return objects;
  }

  /** The element at {@code index} as it is held, {@code null} for JSON {@code null}. */
  public Object get(int index) {
    return elements.get(index);
  }

  /** The string at {@code index}; fails if it is {@code null} or not a string. */
  public String getString(int index) {
    return Json.as(require(index), String.class, "a string", indexPath(index));
  }

  /** The number at {@code index}, exactly as written; fails if it is {@code null} or not a number. */
  public BigDecimal getNumber(int index) {
    return Json.as(require(index), BigDecimal.class, "a number", indexPath(index));
  }

  /** The object at {@code index}; fails if it is {@code null} or not an object. */
  public JsonObject getObject(int index) {
    return Json.as(require(index), JsonObject.class, "an object", indexPath(index));
  }

  /** The array at {@code index}; fails if it is {@code null} or not an array. */
  public JsonArray getArray(int index) {
    return Json.as(require(index), JsonArray.class, "an array", indexPath(index));
  }

  /** Appends a string. */
  public JsonArray add(String value) {
    return append(value);
  }

  /** Appends a number (held as a {@link BigDecimal}). */
  public JsonArray add(Number value) {
    return append(Json.decimal(value));
  }

  /** Appends {@code true} or {@code false}. */
  public JsonArray add(boolean value) {
    return append(value);
  }

  /** Appends an object (not copied). */
  public JsonArray add(JsonObject value) {
    return append(value);
  }

  /** Appends an array (not copied). */
  public JsonArray add(JsonArray value) {
    return append(value);
  }

  /** Removes the element at {@code index}; returns it. */
  public Object remove(int index) {
    Object removed = elements.remove(index);
    repathTo(path);
    return removed;
  }

  private JsonArray append(Object value) {
    elements.add(value);
    Json.repath(value, indexPath(elements.size() - 1));
    return this;
  }

  void repathTo(String newPath) {
    path = newPath;
    for (int i = 0; i < elements.size(); i++) {
      Json.repath(elements.get(i), indexPath(i));
    }
  }

  private Object require(int index) {
    Object value = elements.get(index);
    if (value == null) {
      throw new MessageFormatException(null, indexPath(index), "must not be null", null);
    }
    return value;
  }

  private String indexPath(int index) {
    return JsonPaths.index(path, index);
  }

  /** Reads the array at the parser's current {@code START_ARRAY}, whose path is {@code path}. */
  static JsonArray read(JsonParser parser, String path) throws IOException {
    JsonArray array = new JsonArray(path);
    for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
      array.elements.add(Json.readTree(parser, token, JsonPaths.index(path, array.elements.size())));
    }
    return array;
  }

  /** Writes this array to {@code generator}. */
  public void write(JsonGenerator generator) throws IOException {
    generator.writeStartArray();
    for (Object element : elements) {
      Json.writeTree(generator, element);
    }
    generator.writeEndArray();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof JsonArray that && elements.equals(that.elements);
  }

  @Override
  public int hashCode() {
    return elements.hashCode();
  }

  /** This array as compact JSON text. */
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
