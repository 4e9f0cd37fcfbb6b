package io.missive;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
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
  // Where this array is, as for a JsonObject: what holds it and where, or the path of a root.
  private Object holder;
  private String nameInHolder;
  private int indexInHolder;
  private String rootPath = "";

  /** An empty array. */
  public JsonArray() {}

  /** The JSON path of this array in the message, such as {@code data.items}. */
  public String path() {
    return Json.path(holder, nameInHolder, indexInHolder, rootPath);
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
    return as(index, String.class, "a string");
  }

  /** The number at {@code index}, exactly as written; fails if it is {@code null} or not a number. */
  public BigDecimal getNumber(int index) {
    return as(index, BigDecimal.class, "a number");
  }

  /** The object at {@code index}; fails if it is {@code null} or not an object. */
  public JsonObject getObject(int index) {
    return as(index, JsonObject.class, "an object");
  }

  /** The array at {@code index}; fails if it is {@code null} or not an array. */
  public JsonArray getArray(int index) {
    return as(index, JsonArray.class, "an array");
  }

  /** The element at {@code index} as a {@code type}; fails naming its path. */
  private <T> T as(int index, Class<T> type, String expected) {
    Object value = require(index);
    if (!type.isInstance(value)) {
      throw Json.wrongType(indexPath(index), expected, value);
    }
    return type.cast(value);
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
    // The elements after it moved up one place.
    for (int i = index; i < elements.size(); i++) {
      Json.place(elements.get(i), this, null, i);
    }
    return removed;
  }

  private JsonArray append(Object value) {
    elements.add(value);
    Json.place(value, this, null, elements.size() - 1);
    return this;
  }

  /** The elements as held, for {@link TreeParser}. */
  List<Object> elements() {
    return elements;
  }

  /** Makes this array the root of a tree whose path is {@code newPath}. */
  void repathTo(String newPath) {
    holder = null;
    nameInHolder = null;
    rootPath = newPath;
  }

  /** Records that {@code holder} holds this array as member {@code name} or element {@code index}. */
  void place(Object holder, String name, int index) {
    this.holder = holder;
    this.nameInHolder = name;
    this.indexInHolder = index;
  }

  private Object require(int index) {
    Object value = elements.get(index);
    if (value == null) {
      throw new MessageFormatException(null, indexPath(index), "must not be null", null);
    }
    return value;
  }

  private String indexPath(int index) {
    return JsonPaths.index(path(), index);
  }

  /** Reads the array at the parser's current {@code START_ARRAY}. */
  static JsonArray read(JsonParser parser) throws IOException {
    JsonArray array = new JsonArray();
    for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
      array.append(Json.readTree(parser, token));
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
    return Json.text(this::write);
  }
}
