package io.missive.json;

import com.fasterxml.jackson.core.JsonGenerator;
import io.missive.MessageFormatException;
import io.missive.UnknownMessage;
import io.missive.Upcast;
import io.missive.internal.Json;
import io.missive.internal.JsonPaths;
import io.missive.internal.TreeMembers;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Collections;
import java.util.ConcurrentModificationException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
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
 * meets input it cannot handle fails with the same kind of error as any bad input. A {@code null}
 * member name is a {@link NullPointerException} in every method that takes a name.
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

  /** Above this many members, names are found through {@link #index} rather than by a scan. */
  private static final int SCAN_LIMIT = 16;

  private static final Object[] NO_MEMBERS = {};

  // The members in order, in one array of names and values (name i at 2i, its value at 2i + 1):
  // small objects, the usual case, are built, searched, walked and renamed in place without a map's
  // entries and hashing, in one allocation.
  private Object[] members = NO_MEMBERS;
  private int size;
  /** Name to position, kept only while the object has more than {@link #SCAN_LIMIT} members. */
  private HashMap<String, Integer> index;
  // Members added, removed or renamed so far: what the iterators of names() check, to fail fast.
  private int changes;

  // Where this object is, from which path() makes its path when an error needs it: the object or
  // array that holds it, with its name or index there; none for the root of a tree.
  private Object holder;
  private String nameInHolder;
  private int indexInHolder;

  static {
    TreeMembers.install(new Members());
  }

  /** An empty object. */
  public JsonObject() {}

  /** The JSON path of this object in the message, such as {@code data} or {@code data.items[0]}. */
  public String path() {
    return Tree.path(holder, nameInHolder, indexInHolder);
  }

  /** The number of members. */
  public int size() {
    return size;
  }

  /**
   * The member names, in order; an unmodifiable view, which shows later changes. Its iterators fail
   * fast with a {@link ConcurrentModificationException} if a member is added, removed or renamed while
   * they walk it.
   */
  public Set<String> names() {
    return Collections.unmodifiableSet(new Names());
  }

  /** The names, read in place. */
  private final class Names extends AbstractSet<String> {
    @Override
    public Iterator<String> iterator() {
      // The names in place: one object to walk them, as a reader does per object.
      int expected = changes;
      return new Iterator<>() {
        private int next;

        @Override
        public boolean hasNext() {
          return next < size;
        }

        @Override
        public String next() {
          if (changes != expected) {
            throw new ConcurrentModificationException();
          }
          if (next >= size) {
            throw new NoSuchElementException();
          }
          return name(next++);
        }
      };
    }

    @Override
    public int size() {
      return size;
    }

    @Override
    public boolean contains(Object name) {
      return name instanceof String string && has(string);
    }
  }

  /** Whether the member is present (possibly {@code null}). */
  public boolean has(String name) {
    return indexOf(name) >= 0;
  }

  /** Whether the member is present and JSON {@code null}. */
  public boolean isNull(String name) {
    int i = indexOf(name);
    return i >= 0 && value(i) == null;
  }

  /**
   * The member's value as it is held (see the class comment), or {@code null} when it is absent or
   * JSON {@code null}.
   */
  public Object get(String name) {
    int i = indexOf(name);
    return i < 0 ? null : value(i);
  }

  /** The string member {@code name}; fails if it is absent, {@code null} or not a string. */
  public String getString(String name) {
    return as(name, require(name), String.class, "a string");
  }

  /** The string member {@code name}, or {@code fallback} when it is absent or {@code null}. */
  public String getString(String name, String fallback) {
    Object value = get(name);
    return value == null ? fallback : as(name, value, String.class, "a string");
  }

  /** The number member {@code name}, exactly as written; fails if absent, {@code null} or no number. */
  public BigDecimal getNumber(String name) {
    return as(name, require(name), BigDecimal.class, "a number");
  }

  /** The number member {@code name} as an {@code int}; fails unless it is a whole number in range. */
  public int getInt(String name) {
    BigDecimal number = getNumber(name);
    try {
      return number.intValueExact();
    } catch (ArithmeticException e) {
      throw Tree.notExact(memberPath(name), "an int", number, e);
    }
  }

  /** The number member {@code name} as a {@code long}; fails unless it is a whole number in range. */
  public long getLong(String name) {
    BigDecimal number = getNumber(name);
    try {
      return number.longValueExact();
    } catch (ArithmeticException e) {
      throw Tree.notExact(memberPath(name), "a long", number, e);
    }
  }

  /** The boolean member {@code name}; fails if it is absent, {@code null} or not a boolean. */
  public boolean getBoolean(String name) {
    return as(name, require(name), Boolean.class, "true or false");
  }

  /** The object member {@code name}; fails if it is absent, {@code null} or not an object. */
  public JsonObject getObject(String name) {
    return as(name, require(name), JsonObject.class, "an object");
  }

  /** The array member {@code name}; fails if it is absent, {@code null} or not an array. */
  public JsonArray getArray(String name) {
    return as(name, require(name), JsonArray.class, "an array");
  }

  /** {@code value}, the value of member {@code name}, as a {@code type}; fails naming its path. */
  private <T> T as(String name, Object value, Class<T> type, String expected) {
    if (!type.isInstance(value)) {
      throw Tree.wrongType(memberPath(name), expected, value);
    }
    return type.cast(value);
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
    return set(name, Tree.decimal(value));
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
    int i = indexOf(from);
    if (i < 0 || from.equals(to)) {
      return this;
    }
    removeAt(indexOf(to));
    i = indexOf(from);
    members[2 * i] = to;
    changes++;
    if (index != null) {
      index.remove(from);
      index.put(to, i);
    }
    repath(to, value(i));
    return this;
  }

  /** Removes member {@code name}; returns its value, or {@code null} if it was absent. */
  public Object remove(String name) {
    int i = indexOf(name);
    Object value = i < 0 ? null : value(i);
    removeAt(i);
    return value;
  }

  private JsonObject set(String name, Object value) {
    Objects.requireNonNull(name, "name");
    int i = indexOf(name);
    if (i >= 0) {
      members[2 * i + 1] = value;
    } else {
      append(name, value);
    }
    repath(name, value);
    return this;
  }

  /** The position of member {@code name}, or -1; a null name is an error whatever the size. */
  private int indexOf(String name) {
    Objects.requireNonNull(name, "name");
    if (index != null) {
      Integer i = index.get(name);
      return i == null ? -1 : i;
    }
    // Names read by a parser are canonical instances whose hash is kept, so comparing hashes first
    // rules out the other names without comparing their characters.
    int hash = name.hashCode();
    for (int i = 0; i < size; i++) {
      String held = name(i);
      if (held == name || held.hashCode() == hash && held.equals(name)) {
        return i;
      }
    }
    return -1;
  }

  /** Adds a member that is not there yet at the end. */
  private void append(String name, Object value) {
    if (2 * size == members.length) {
      members = Arrays.copyOf(members, Math.max(8, 4 * size));
    }
    members[2 * size] = name;
    members[2 * size + 1] = value;
    size++;
    changes++;
    if (index != null) {
      index.put(name, size - 1);
    } else if (size > SCAN_LIMIT) {
      reindex();
    }
  }

  /** Removes the member at {@code i}, if {@code i} is not -1. */
  private void removeAt(int i) {
    if (i < 0) {
      return;
    }
    System.arraycopy(members, 2 * i + 2, members, 2 * i, 2 * (size - i - 1));
    size--;
    members[2 * size] = null;
    members[2 * size + 1] = null;
    changes++;
    index = null;
    if (size > SCAN_LIMIT) {
      reindex();
    }
  }

  private void reindex() {
    index = new HashMap<>();
    for (int i = 0; i < size; i++) {
      index.put(name(i), i);
    }
  }

  private void repath(String name, Object value) {
    Tree.place(value, this, name, -1);
  }

  /** Records that {@code holder} holds this object as member {@code name} or element {@code index}. */
  void place(Object holder, String name, int index) {
    this.holder = holder;
    this.nameInHolder = name;
    this.indexInHolder = index;
  }

  private Object require(String name) {
    int i = indexOf(name);
    if (i < 0 || value(i) == null) {
      throw new MessageFormatException(
          null, memberPath(name), i >= 0 ? "must not be null" : "missing", null);
    }
    return value(i);
  }

  private String name(int i) {
    return (String) members[2 * i];
  }

  private Object value(int i) {
    return members[2 * i + 1];
  }

  private String memberPath(String name) {
    return JsonPaths.member(path(), name);
  }

  /**
   * Parses a JSON object, such as the {@code data} of an old version in a test of its upcaster.
   *
   * @throws MessageFormatException if {@code json} is not one JSON object
   */
  public static JsonObject parse(String json) {
    return Json.parseObject(json);
  }

  /** Writes this object to {@code generator}. */
  public void write(JsonGenerator generator) throws IOException {
    generator.writeStartObject();
    for (int i = 0; i < size; i++) {
      generator.writeFieldName(name(i));
      Json.writeTree(generator, value(i));
    }
    generator.writeEndObject();
  }

  /** Compares members and values; numbers compare as {@link BigDecimal#equals} (1.0 is not 1.00). */
  @Override
  public boolean equals(Object other) {
    if (!(other instanceof JsonObject that) || that.size != size) {
      return false;
    }
    for (int i = 0; i < size; i++) {
      int j = that.indexOf(name(i));
      if (j < 0 || !Objects.equals(value(i), that.value(j))) {
        return false;
      }
    }
    return true;
  }

  /** As a {@link Map} of the members would compute it. */
  @Override
  public int hashCode() {
    int hash = 0;
    for (int i = 0; i < size; i++) {
      hash += name(i).hashCode() ^ Objects.hashCode(value(i));
    }
    return hash;
  }

  /** This object as compact JSON text. */
  @Override
  public String toString() {
    return Json.text(this::write);
  }

  /** What Missive's readers build and walk trees with: see {@link TreeMembers}. */
  private static final class Members extends TreeMembers {

    @Override
    protected String name(JsonObject object, int index) {
      return object.name(index);
    }

    @Override
    protected Object value(JsonObject object, int index) {
      return object.value(index);
    }

    @Override
    protected void put(JsonObject object, String name, Object value) {
      object.set(name, value);
    }

    @Override
    protected void add(JsonArray array, Object value) {
      array.append(value);
    }

    @Override
    protected void root(Object value, String name) {
      Tree.place(value, null, name, -1);
    }
  }
}
