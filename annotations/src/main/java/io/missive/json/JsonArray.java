package io.missive.json;

import com.fasterxml.jackson.core.JsonGenerator;
import io.missive.MessageFormatException;
import io.missive.internal.Json;
import io.missive.internal.JsonPaths;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * A JSON array as a small mutable tree, the companion of {@link JsonObject}: elements are
 * {@link String}, {@link BigDecimal}, {@link Boolean}, {@link JsonObject}, {@link JsonArray} or
 * {@code null}. The typed getters fail with a {@link MessageFormatException} naming the element's path,
 * such as {@code data.items[2]}.
 */
public final class JsonArray {

  private static final Object[] NO_ELEMENTS = {};

  // The elements in order, in an array of their own (no list around it: one allocation less per
  // array a reader builds).
  private Object[] elements = NO_ELEMENTS;
  private int size;
  // The view values() returns, once asked for: told of every element added or removed, so that its
  // iterators fail fast.
  private Values values;
  // Where this array is, as for a JsonObject: what holds it and where; none for a root.
  private Object holder;
  private String nameInHolder;
  private int indexInHolder;

  /** An empty array. */
  public JsonArray() {}

  /** The JSON path of this array in the message, such as {@code data.items}. */
  public String path() {
    return Tree.path(holder, nameInHolder, indexInHolder);
  }

  /** The number of elements. */
  public int size() {
    return size;
  }

  /**
   * The elements as they are held; an unmodifiable view, which shows later changes. Its iterators fail
   * fast with a {@link java.util.ConcurrentModificationException} if the array gains or loses an
   * element while they walk it, as an {@code ArrayList}'s do.
   */
  public List<Object> values() {
    if (values == null) {
      values = new Values();
    }
    return Collections.unmodifiableList(values);
  }

  /** The elements, read in place; AbstractList's iterators fail fast on its {@code modCount}. */
  private final class Values extends AbstractList<Object> implements RandomAccess {
    @Override
    public Object get(int index) {
      return JsonArray.this.get(index);
    }

    @Override
    public int size() {
      return size;
    }

    void changed() {
      modCount++;
    }
  }

  /**
   * The elements, every one of which must be an object (as in an array of records); fails naming the
   * first that is not.
   */
  public List<JsonObject> objects() {
    List<JsonObject> objects = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      objects.add(getObject(i));
    }
    return objects;
  }

  /** The element at {@code index} as it is held, {@code null} for JSON {@code null}. */
  public Object get(int index) {
    Objects.checkIndex(index, size);
    return elements[index];
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
      throw Tree.wrongType(indexPath(index), expected, value);
    }
    return type.cast(value);
  }

  /** Appends a string, or JSON {@code null} for {@code null}. */
  public JsonArray add(String value) {
    return append(value);
  }

  /** Appends a number (held as a {@link BigDecimal}). */
  public JsonArray add(Number value) {
    return append(Tree.decimal(value));
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
    Object removed = get(index);
    System.arraycopy(elements, index + 1, elements, index, size - index - 1);
    elements[--size] = null;
    changed();
    // The elements after it moved up one place.
    for (int i = index; i < size; i++) {
      Tree.place(elements[i], this, null, i);
    }
    return removed;
  }

  /** Appends a tree value; for {@code JsonObject}'s tree members too. */
  JsonArray append(Object value) {
    if (size == elements.length) {
      elements = Arrays.copyOf(elements, Math.max(4, 2 * size));
    }
    elements[size] = value;
    changed();
    Tree.place(value, this, null, size++);
    return this;
  }

  private void changed() {
    if (values != null) {
      values.changed();
    }
  }

  /** Records that {@code holder} holds this array as member {@code name} or element {@code index}. */
  void place(Object holder, String name, int index) {
    this.holder = holder;
    this.nameInHolder = name;
    this.indexInHolder = index;
  }

  private Object require(int index) {
    Object value = get(index);
    if (value == null) {
      throw new MessageFormatException(null, indexPath(index), "must not be null", null);
    }
    return value;
  }

  private String indexPath(int index) {
    return JsonPaths.index(path(), index);
  }

  /** Writes this array to {@code generator}. */
  public void write(JsonGenerator generator) throws IOException {
    generator.writeStartArray();
    for (int i = 0; i < size; i++) {
      Json.writeTree(generator, elements[i]);
    }
    generator.writeEndArray();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof JsonArray that
        && Arrays.equals(elements, 0, size, that.elements, 0, that.size);
  }

  /** As a {@link List} of the elements would compute it. */
  @Override
  public int hashCode() {
    int hash = 1;
    for (int i = 0; i < size; i++) {
      hash = 31 * hash + Objects.hashCode(elements[i]);
    }
    return hash;
  }

  /** This array as compact JSON text. */
  @Override
  public String toString() {
    return Json.text(this::write);
  }
}
