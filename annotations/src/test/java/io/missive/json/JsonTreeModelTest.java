package io.missive.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.missive.MessageFormatException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.statistics.Statistics;

/**
 * The tree against a model: random sequences of changes applied to a {@link JsonObject} and to a
 * {@code LinkedHashMap} with the documented semantics (a put on an existing name keeps its place, a
 * rename keeps the place of {@code from} and replaces an existing {@code to}), and to a
 * {@link JsonArray} and an {@code ArrayList}, agree after every step: members, order, views,
 * equality, hash codes, text and paths.
 */
class JsonTreeModelTest {

  /** 25 names: enough for an object to go past 16 members, where it keeps an index, and back. */
  private static final List<String> NAMES =
      List.of(
          "a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m", "n", "o", "p", "q", "r", "s",
          "t", "u", "", "a b", "é", "q\"t");

  /** A name never put. */
  private static final String ABSENT = "zz";

  /** Where the object or array under test is held in its root: its path. */
  private static final String AT = "m";

  // --- JsonObject ---------------------------------------------------------------------------------

  // Without edge cases mixed in, which are mostly short sequences that stay below 16 members.
  @Property(tries = 300, edgeCases = EdgeCasesMode.NONE)
  void anObjectAgreesWithItsModelAfterEveryStep(
      @ForAll("shuffledNames") List<String> shuffled,
      @ForAll("prefills") int prefilled,
      @ForAll("objectOps") List<ObjectOp> ops) {
    List<ObjectOp> steps = new ArrayList<>();
    // A head start of distinct members, so that many runs start above 16 members and go down.
    for (int i = 0; i < prefilled; i++) {
      steps.add(new PutNumber(shuffled.get(i), i));
    }
    steps.addAll(ops);

    JsonObject root = new JsonObject();
    JsonObject object = new JsonObject();
    root.put(AT, object);
    Set<String> names = object.names();
    LinkedHashMap<String, Object> model = new LinkedHashMap<>();
    checkObject(object, model, names);
    boolean up = false;
    boolean down = false;
    for (ObjectOp op : steps) {
      int before = object.size();
      if (op instanceof Rename rename) {
        Statistics.label("renames")
            .collect(
                !model.containsKey(rename.from())
                    ? "from an absent name"
                    : rename.from().equals(rename.to())
                        ? "onto itself"
                        : model.containsKey(rename.to()) ? "onto an existing name" : "onto a new name");
      }
      Iterator<String> walking = names.iterator();
      Iterator<String> walkingModel = model.keySet().iterator();
      op.apply(object, model);
      // An iterator taken before the change fails fast exactly when the model's does.
      assertSameNext(walking, walkingModel);
      checkObject(object, model, names);
      up |= before == 16 && object.size() == 17;
      down |= before == 17 && object.size() == 16;
    }
    Statistics.label("crossed 16 members upwards").collect(up);
    Statistics.label("crossed 16 members downwards").collect(down);
    Statistics.label("crossed 16 members upwards")
        .coverage(coverage -> coverage.check(true).percentage(p -> p >= 30));
    Statistics.label("crossed 16 members downwards")
        .coverage(coverage -> coverage.check(true).percentage(p -> p >= 20));
    Statistics.label("renames")
        .coverage(
            coverage -> {
              coverage.check("onto itself").count(n -> n >= 100);
              coverage.check("onto an existing name").count(n -> n >= 100);
              coverage.check("from an absent name").count(n -> n >= 100);
            });
  }

  /** Equality and hash codes of two objects agree with those of their models. */
  @Property(tries = 300)
  void equalsAndHashCodeOfTwoObjectsAgreeWithTheirModels(
      @ForAll("fewObjectOps") List<ObjectOp> left, @ForAll("fewObjectOps") List<ObjectOp> right) {
    JsonObject a = new JsonObject();
    JsonObject b = new JsonObject();
    LinkedHashMap<String, Object> modelA = new LinkedHashMap<>();
    LinkedHashMap<String, Object> modelB = new LinkedHashMap<>();
    left.forEach(op -> op.apply(a, modelA));
    right.forEach(op -> op.apply(b, modelB));
    assertThat(a.equals(b)).isEqualTo(modelA.equals(modelB));
    assertThat(b.equals(a)).isEqualTo(modelB.equals(modelA));
    assertThat(a.hashCode()).isEqualTo(modelA.hashCode());
    assertThat(b.hashCode()).isEqualTo(modelB.hashCode());
    Statistics.collect(modelA.equals(modelB) ? "equal" : "not equal");
  }

  private static void checkObject(JsonObject object, Map<String, Object> model, Set<String> namesView) {
    List<String> order = new ArrayList<>(model.keySet());
    assertThat(object.size()).isEqualTo(model.size());
    assertThat(new ArrayList<>(object.names())).isEqualTo(order);
    // The view taken before the changes shows them.
    assertThat(new ArrayList<>(namesView)).isEqualTo(order);
    assertThat(namesView).hasSize(model.size());
    assertThat(namesView.isEmpty()).isEqualTo(model.isEmpty());
    List<String> probed = new ArrayList<>(NAMES);
    probed.add(ABSENT);
    for (String name : probed) {
      boolean present = model.containsKey(name);
      assertThat(object.has(name)).as("has(%s)", name).isEqualTo(present);
      assertThat(namesView.contains(name)).as("names().contains(%s)", name).isEqualTo(present);
      assertThat(object.isNull(name)).as("isNull(%s)", name).isEqualTo(present && model.get(name) == null);
      assertHeld(object.get(name), model.get(name));
    }
    assertThat(namesView.contains(1)).isFalse();
    Iterator<String> iterator = namesView.iterator();
    for (int i = 0; i < order.size(); i++) {
      assertThat(iterator.hasNext()).isTrue();
      assertThat(iterator.next()).isEqualTo(order.get(i));
    }
    assertThat(iterator.hasNext()).isFalse();
    assertThatThrownBy(iterator::next).isInstanceOf(NoSuchElementException.class);
    assertThatThrownBy(() -> namesView.add("x")).isInstanceOf(UnsupportedOperationException.class);
    // Refused even when they would change nothing, as an unmodifiable set's are.
    assertThatThrownBy(namesView::clear).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> namesView.removeIf(name -> false))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> namesView.addAll(Set.of())).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> namesView.retainAll(order)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> namesView.removeAll(Set.of(ABSENT)))
        .isInstanceOf(UnsupportedOperationException.class);
    if (!order.isEmpty()) {
      assertThatThrownBy(() -> namesView.remove(order.get(0)))
          .isInstanceOf(UnsupportedOperationException.class);
      Iterator<String> removing = namesView.iterator();
      removing.next();
      assertThatThrownBy(removing::remove).isInstanceOf(UnsupportedOperationException.class);
    }
    assertThat(object.size()).isEqualTo(model.size());

    // Equality and hash codes, as a map of the members has them.
    assertThat(object.hashCode()).isEqualTo(model.hashCode());
    JsonObject copy = objectOf(order, model);
    assertThat(object).isEqualTo(copy);
    assertThat(copy).isEqualTo(object);
    assertThat(copy.hashCode()).isEqualTo(object.hashCode());
    List<String> reversed = new ArrayList<>(order);
    Collections.reverse(reversed);
    assertThat(object).isEqualTo(objectOf(reversed, model));
    assertThat(object.equals(null)).isFalse();
    assertThat(object.equals(model)).isFalse();
    if (!order.isEmpty()) {
      String first = order.get(0);
      LinkedHashMap<String, Object> changed = new LinkedHashMap<>(model);
      changed.put(first, "\u0000not a value put");
      assertThat(object).isNotEqualTo(objectOf(order, changed));
      assertThat(objectOf(order, changed)).isNotEqualTo(object);
      List<String> fewer = order.subList(1, order.size());
      assertThat(object).isNotEqualTo(objectOf(fewer, model));
      assertThat(objectOf(fewer, model)).isNotEqualTo(object);
    }
    LinkedHashMap<String, Object> more = new LinkedHashMap<>(model);
    more.put(ABSENT, null);
    assertThat(object).isNotEqualTo(objectOf(new ArrayList<>(more.keySet()), more));

    // The text reads back as an equal object, with the members in order.
    String text = object.toString();
    JsonObject reread = JsonObject.parse(text);
    assertThat(reread).isEqualTo(object);
    assertThat(new ArrayList<>(reread.names())).isEqualTo(order);
    assertThat(reread.toString()).isEqualTo(text);

    // Paths, and the typed getters' errors, from the member's current name.
    assertThat(object.path()).isEqualTo(AT);
    for (Map.Entry<String, Object> member : model.entrySet()) {
      String name = member.getKey();
      Object value = member.getValue();
      String path = member(AT, name);
      checkPaths(value, path);
      if (value instanceof String string) {
        assertThat(object.getString(name)).isEqualTo(string);
      } else {
        assertThatThrownBy(() -> object.getString(name))
            .isInstanceOfSatisfying(
                MessageFormatException.class, e -> assertThat(e.path()).isEqualTo(path));
      }
    }
    assertThatThrownBy(() -> object.getString(ABSENT))
        .isInstanceOfSatisfying(
            MessageFormatException.class, e -> assertThat(e.path()).isEqualTo(member(AT, ABSENT)));
  }

  // --- JsonArray ----------------------------------------------------------------------------------

  @Property(tries = 300, edgeCases = EdgeCasesMode.NONE)
  void anArrayAgreesWithItsModelAfterEveryStep(@ForAll("arrayOps") List<ArrayOp> ops) {
    JsonObject root = new JsonObject();
    JsonArray array = new JsonArray();
    root.put(AT, array);
    List<Object> values = array.values();
    List<Object> model = new ArrayList<>();
    checkArray(array, model, values);
    boolean removedFirst = false;
    for (ArrayOp op : ops) {
      // The elements after a removed one move up: their paths are those of their new places.
      removedFirst |= op instanceof RemoveAt remove && model.size() > 1 && remove.index(model.size()) == 0;
      Iterator<Object> walking = values.iterator();
      Iterator<Object> walkingModel = model.iterator();
      op.apply(array, model);
      // An iterator taken before the change fails fast exactly when the list's does.
      assertSameNext(walking, walkingModel);
      checkArray(array, model, values);
    }
    Statistics.label("removed the first of several elements").collect(removedFirst);
    Statistics.label("removed the first of several elements")
        .coverage(coverage -> coverage.check(true).percentage(p -> p >= 25));
  }

  /** Equality and hash codes of two arrays agree with those of their lists. */
  @Property(tries = 300)
  void equalsAndHashCodeOfTwoArraysAgreeWithTheirModels(
      @ForAll("fewArrayOps") List<ArrayOp> left, @ForAll("fewArrayOps") List<ArrayOp> right) {
    JsonArray a = new JsonArray();
    JsonArray b = new JsonArray();
    List<Object> modelA = new ArrayList<>();
    List<Object> modelB = new ArrayList<>();
    left.forEach(op -> op.apply(a, modelA));
    right.forEach(op -> op.apply(b, modelB));
    assertThat(a.equals(b)).isEqualTo(modelA.equals(modelB));
    assertThat(b.equals(a)).isEqualTo(modelB.equals(modelA));
    assertThat(a.hashCode()).isEqualTo(modelA.hashCode());
    assertThat(b.hashCode()).isEqualTo(modelB.hashCode());
    Statistics.collect(modelA.equals(modelB) ? "equal" : "not equal");
  }

  private static void checkArray(JsonArray array, List<Object> model, List<Object> valuesView) {
    int size = model.size();
    assertThat(array.size()).isEqualTo(size);
    for (int i = 0; i < size; i++) {
      assertHeld(array.get(i), model.get(i));
      assertHeld(valuesView.get(i), model.get(i));
    }
    for (int outside : new int[] {-1, size, size + 1, Integer.MIN_VALUE}) {
      assertThatThrownBy(() -> array.get(outside)).isInstanceOf(IndexOutOfBoundsException.class);
      assertThatThrownBy(() -> valuesView.get(outside)).isInstanceOf(IndexOutOfBoundsException.class);
    }
    // The view taken before the changes shows them; a new one is the same.
    assertThat(valuesView).hasSize(size).isEqualTo(model);
    assertThat(array.values()).isEqualTo(model);
    assertThat(valuesView.hashCode()).isEqualTo(model.hashCode());
    assertThat(new ArrayList<>(valuesView)).isEqualTo(model);
    assertThatThrownBy(() -> valuesView.add("x")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> valuesView.add(0, "x")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> valuesView.set(0, "x")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> valuesView.remove(0)).isInstanceOf(UnsupportedOperationException.class);
    // Refused even when they would change nothing, as an unmodifiable list's are.
    assertThatThrownBy(valuesView::clear).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> valuesView.removeIf(value -> false))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> valuesView.addAll(List.of())).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> valuesView.sort(null)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> valuesView.replaceAll(value -> value))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> valuesView.subList(0, size).clear())
        .isInstanceOf(UnsupportedOperationException.class);
    if (size > 0) {
      assertThatThrownBy(() -> valuesView.remove(model.get(0)))
          .isInstanceOf(UnsupportedOperationException.class);
      Iterator<Object> removing = valuesView.iterator();
      removing.next();
      assertThatThrownBy(removing::remove).isInstanceOf(UnsupportedOperationException.class);
    }
    assertThat(array.size()).isEqualTo(size);

    // Equality and hash codes, as a list of the elements has them.
    assertThat(array.hashCode()).isEqualTo(model.hashCode());
    JsonArray copy = arrayOf(model);
    assertThat(array).isEqualTo(copy);
    assertThat(copy).isEqualTo(array);
    assertThat(copy.hashCode()).isEqualTo(array.hashCode());
    assertThat(array.equals(null)).isFalse();
    assertThat(array.equals(model)).isFalse();
    List<Object> longer = new ArrayList<>(model);
    longer.add(null);
    assertThat(array).isNotEqualTo(arrayOf(longer));
    assertThat(arrayOf(longer)).isNotEqualTo(array);
    if (size > 0) {
      List<Object> changed = new ArrayList<>(model);
      changed.set(size - 1, "\u0000not a value added");
      assertThat(array).isNotEqualTo(arrayOf(changed));
      List<Object> shorter = model.subList(0, size - 1);
      assertThat(array).isNotEqualTo(arrayOf(shorter));
      assertThat(arrayOf(shorter)).isNotEqualTo(array);
    }

    // The text reads back as an equal array.
    String text = array.toString();
    JsonArray reread = JsonObject.parse("{\"a\":" + text + "}").getArray("a");
    assertThat(reread).isEqualTo(array);
    assertThat(reread.toString()).isEqualTo(text);

    // Paths from the element's current index.
    assertThat(array.path()).isEqualTo(AT);
    for (int i = 0; i < size; i++) {
      String path = AT + "[" + i + "]";
      Object value = model.get(i);
      checkPaths(value, path);
      int at = i;
      if (value instanceof String string) {
        assertThat(array.getString(i)).isEqualTo(string);
      } else {
        assertThatThrownBy(() -> array.getString(at))
            .isInstanceOfSatisfying(
                MessageFormatException.class, e -> assertThat(e.path()).isEqualTo(path));
      }
    }
  }

  // --- What both share ----------------------------------------------------------------------------

  /**
   * The next step of an iterator of the tree's view does what the model's does: the same first
   * element, {@code NoSuchElementException} at the end, or {@code ConcurrentModificationException}
   * after an add, remove or rename.
   */
  private static void assertSameNext(Iterator<?> actual, Iterator<?> model) {
    Object expected;
    try {
      expected = model.next();
    } catch (RuntimeException modelFailure) {
      assertThatThrownBy(actual::next).isExactlyInstanceOf(modelFailure.getClass());
      Statistics.label("an iterator's next after the step").collect(modelFailure.getClass().getSimpleName());
      return;
    }
    assertHeld(actual.next(), expected);
    Statistics.label("an iterator's next after the step").collect("an element");
  }

  /** The paths of {@code value}, if it is an object or array made here, and of what it holds. */
  private static void checkPaths(Object value, String path) {
    if (value instanceof JsonObject object) {
      assertThat(object.path()).isEqualTo(path);
      JsonArray inner = object.getArray("in");
      assertThat(inner.path()).isEqualTo(path + ".in");
      assertThat(inner.getObject(0).path()).isEqualTo(path + ".in[0]");
      assertThatThrownBy(() -> inner.getObject(0).getString("z"))
          .isInstanceOfSatisfying(
              MessageFormatException.class, e -> assertThat(e.path()).isEqualTo(path + ".in[0].z"));
    } else if (value instanceof JsonArray array) {
      assertThat(array.path()).isEqualTo(path);
      assertThat(array.getObject(1).path()).isEqualTo(path + "[1]");
      assertThatThrownBy(() -> array.getObject(1).getString("x"))
          .isInstanceOfSatisfying(
              MessageFormatException.class, e -> assertThat(e.path()).isEqualTo(path + "[1].x"));
    }
  }

  /** A value as held: an object or array is the one put, anything else an equal value. */
  private static void assertHeld(Object actual, Object expected) {
    if (expected instanceof JsonObject || expected instanceof JsonArray) {
      assertThat(actual).isSameAs(expected);
    } else {
      assertThat(actual).isEqualTo(expected);
    }
  }

  /** An object with the members of {@code model} in {@code order}, objects and arrays copied. */
  private static JsonObject objectOf(List<String> order, Map<String, Object> model) {
    JsonObject object = new JsonObject();
    for (String name : order) {
      Object value = copy(model.get(name));
      if (value == null) {
        object.putNull(name);
      } else if (value instanceof String string) {
        object.put(name, string);
      } else if (value instanceof BigDecimal number) {
        object.put(name, number);
      } else if (value instanceof Boolean bool) {
        object.put(name, bool.booleanValue());
      } else if (value instanceof JsonObject inner) {
        object.put(name, inner);
      } else {
        object.put(name, (JsonArray) value);
      }
    }
    return object;
  }

  /** An array of {@code elements}, objects and arrays copied. */
  private static JsonArray arrayOf(List<Object> elements) {
    JsonArray array = new JsonArray();
    for (Object element : elements) {
      Object value = copy(element);
      if (value == null) {
        array.add((String) null);
      } else if (value instanceof String string) {
        array.add(string);
      } else if (value instanceof BigDecimal number) {
        array.add(number);
      } else if (value instanceof Boolean bool) {
        array.add(bool.booleanValue());
      } else if (value instanceof JsonObject inner) {
        array.add(inner);
      } else {
        array.add((JsonArray) value);
      }
    }
    return array;
  }

  /** A deep copy of a tree value through the public API, so that the original keeps its place. */
  private static Object copy(Object value) {
    if (value instanceof JsonObject object) {
      LinkedHashMap<String, Object> members = new LinkedHashMap<>();
      for (String name : object.names()) {
        members.put(name, object.get(name));
      }
      return objectOf(new ArrayList<>(members.keySet()), members);
    }
    if (value instanceof JsonArray array) {
      return arrayOf(new ArrayList<>(array.values()));
    }
    return value;
  }

  /** An object made fresh for one put, holding an array that holds an object. */
  private static JsonObject freshObject(String seed) {
    return new JsonObject().put("k", seed).put("in", new JsonArray().add(new JsonObject().put("z", true)));
  }

  /** An array made fresh for one add, holding an object at index 1. */
  private static JsonArray freshArray(String seed) {
    return new JsonArray().add(seed).add(new JsonObject().put("x", 1));
  }

  /** A number as the tree holds it. */
  private static BigDecimal held(Number number) {
    if (number == null) {
      return null;
    }
    if (number instanceof BigDecimal decimal) {
      return decimal;
    }
    if (number instanceof BigInteger integer) {
      return new BigDecimal(integer);
    }
    if (number instanceof Double || number instanceof Float) {
      return new BigDecimal(number.toString());
    }
    return BigDecimal.valueOf(number.longValue());
  }

  /** The path of member {@code name} after {@code path}, as the error messages write it. */
  private static String member(String path, String name) {
    boolean identifier =
        !name.isEmpty()
            && Character.isJavaIdentifierStart(name.charAt(0))
            && name.chars().skip(1).allMatch(Character::isJavaIdentifierPart);
    return identifier
        ? path + "." + name
        : path + "[\"" + name.replace("\\", "\\\\").replace("\"", "\\\"") + "\"]";
  }

  /** The model's rename: {@code from} keeps its place under the name {@code to}, which it replaces. */
  private static void rename(LinkedHashMap<String, Object> model, String from, String to) {
    if (!model.containsKey(from) || from.equals(to)) {
      return;
    }
    LinkedHashMap<String, Object> renamed = new LinkedHashMap<>();
    model.forEach(
        (name, value) -> {
          if (name.equals(from)) {
            renamed.put(to, value);
          } else if (!name.equals(to)) {
            renamed.put(name, value);
          }
        });
    model.clear();
    model.putAll(renamed);
  }

  // --- Operations ---------------------------------------------------------------------------------

  /** A change to an object and, as documented, to its model. */
  sealed interface ObjectOp {
    void apply(JsonObject object, LinkedHashMap<String, Object> model);
  }

  record PutString(String name, String value) implements ObjectOp {
    @Override
    public void apply(JsonObject object, LinkedHashMap<String, Object> model) {
      assertThat(object.put(name, value)).isSameAs(object);
      model.put(name, value);
    }
  }

  record PutNumber(String name, Number value) implements ObjectOp {
    @Override
    public void apply(JsonObject object, LinkedHashMap<String, Object> model) {
      assertThat(object.put(name, value)).isSameAs(object);
      model.put(name, held(value));
    }
  }

  record PutBoolean(String name, boolean value) implements ObjectOp {
    @Override
    public void apply(JsonObject object, LinkedHashMap<String, Object> model) {
      assertThat(object.put(name, value)).isSameAs(object);
      model.put(name, value);
    }
  }

  /** Puts a fresh object made from {@code seed}, or a {@code null} object when it is null. */
  record PutObject(String name, String seed) implements ObjectOp {
    @Override
    public void apply(JsonObject object, LinkedHashMap<String, Object> model) {
      JsonObject value = seed == null ? null : freshObject(seed);
      assertThat(object.put(name, value)).isSameAs(object);
      model.put(name, value);
    }
  }

  /** Puts a fresh array made from {@code seed}, or a {@code null} array when it is null. */
  record PutArray(String name, String seed) implements ObjectOp {
    @Override
    public void apply(JsonObject object, LinkedHashMap<String, Object> model) {
      JsonArray value = seed == null ? null : freshArray(seed);
      assertThat(object.put(name, value)).isSameAs(object);
      model.put(name, value);
    }
  }

  record PutNull(String name) implements ObjectOp {
    @Override
    public void apply(JsonObject object, LinkedHashMap<String, Object> model) {
      assertThat(object.putNull(name)).isSameAs(object);
      model.put(name, null);
    }
  }

  record Rename(String from, String to) implements ObjectOp {
    @Override
    public void apply(JsonObject object, LinkedHashMap<String, Object> model) {
      assertThat(object.rename(from, to)).isSameAs(object);
      rename(model, from, to);
    }
  }

  record Remove(String name) implements ObjectOp {
    @Override
    public void apply(JsonObject object, LinkedHashMap<String, Object> model) {
      Object expected = model.remove(name);
      assertHeld(object.remove(name), expected);
    }
  }

  /** A change to an array and to its list. */
  sealed interface ArrayOp {
    void apply(JsonArray array, List<Object> model);
  }

  record AddString(String value) implements ArrayOp {
    @Override
    public void apply(JsonArray array, List<Object> model) {
      assertThat(array.add(value)).isSameAs(array);
      model.add(value);
    }
  }

  record AddNumber(Number value) implements ArrayOp {
    @Override
    public void apply(JsonArray array, List<Object> model) {
      assertThat(array.add(value)).isSameAs(array);
      model.add(held(value));
    }
  }

  record AddBoolean(boolean value) implements ArrayOp {
    @Override
    public void apply(JsonArray array, List<Object> model) {
      assertThat(array.add(value)).isSameAs(array);
      model.add(value);
    }
  }

  record AddObject(String seed) implements ArrayOp {
    @Override
    public void apply(JsonArray array, List<Object> model) {
      JsonObject value = seed == null ? null : freshObject(seed);
      assertThat(array.add(value)).isSameAs(array);
      model.add(value);
    }
  }

  record AddArray(String seed) implements ArrayOp {
    @Override
    public void apply(JsonArray array, List<Object> model) {
      JsonArray value = seed == null ? null : freshArray(seed);
      assertThat(array.add(value)).isSameAs(array);
      model.add(value);
    }
  }

  /** Removes at an index made from {@code raw}: in range mostly, sometimes just outside it. */
  record RemoveAt(int raw) implements ArrayOp {
    int index(int size) {
      return raw < 0 ? raw : raw % (size + 1);
    }

    @Override
    public void apply(JsonArray array, List<Object> model) {
      int index = index(model.size());
      if (index < 0 || index >= model.size()) {
        assertThatThrownBy(() -> array.remove(index)).isInstanceOf(IndexOutOfBoundsException.class);
        return;
      }
      Object expected = model.remove(index);
      assertHeld(array.remove(index), expected);
    }
  }

  // --- Generators ---------------------------------------------------------------------------------

  @Provide
  Arbitrary<List<String>> shuffledNames() {
    return Arbitraries.shuffle(NAMES);
  }

  /** How many members to start with: half of the runs start above 16. */
  @Provide
  Arbitrary<Integer> prefills() {
    return Arbitraries.oneOf(Arbitraries.integers().between(0, 16), Arbitraries.integers().between(17, 25));
  }

  @Provide
  Arbitrary<List<ObjectOp>> objectOps() {
    Arbitrary<String> names = Arbitraries.of(NAMES);
    return objectOp(names, strings(), numbers())
        .list()
        .ofMaxSize(60)
        .withSizeDistribution(RandomDistribution.uniform());
  }

  /** Few names and values, so that two objects are often equal. */
  @Provide
  Arbitrary<List<ObjectOp>> fewObjectOps() {
    Arbitrary<Number> numbers = Arbitraries.of(1, new BigDecimal("1.0"));
    return objectOp(Arbitraries.of("a", "b", "c"), Arbitraries.of("x", "y"), numbers)
        .list()
        .ofMaxSize(8);
  }

  private static Arbitrary<ObjectOp> objectOp(
      Arbitrary<String> names, Arbitrary<String> strings, Arbitrary<Number> numbers) {
    Arbitrary<String> seeds = strings.injectNull(0.2);
    return Arbitraries.frequencyOf(
        weighted(3, Combinators.combine(names, strings.injectNull(0.1)).as(PutString::new)),
        weighted(2, Combinators.combine(names, numbers.injectNull(0.05)).as(PutNumber::new)),
        weighted(1, Combinators.combine(names, Arbitraries.of(true, false)).as(PutBoolean::new)),
        weighted(1, Combinators.combine(names, seeds).as(PutObject::new)),
        weighted(1, Combinators.combine(names, seeds).as(PutArray::new)),
        weighted(1, names.map(PutNull::new)),
        weighted(2, Combinators.combine(names, names).as(Rename::new)),
        weighted(1, names.map(name -> new Rename(name, name))),
        weighted(3, names.map(Remove::new)));
  }

  @Provide
  Arbitrary<List<ArrayOp>> arrayOps() {
    return arrayOp(strings(), numbers())
        .list()
        .ofMaxSize(60)
        .withSizeDistribution(RandomDistribution.uniform());
  }

  @Provide
  Arbitrary<List<ArrayOp>> fewArrayOps() {
    Arbitrary<Number> numbers = Arbitraries.of(1, new BigDecimal("1.0"));
    return arrayOp(Arbitraries.of("x", "y"), numbers).list().ofMaxSize(6);
  }

  private static Arbitrary<ArrayOp> arrayOp(Arbitrary<String> strings, Arbitrary<Number> numbers) {
    Arbitrary<String> seeds = strings.injectNull(0.2);
    return Arbitraries.frequencyOf(
        weighted(2, strings.injectNull(0.1).map(AddString::new)),
        weighted(2, numbers.injectNull(0.05).map(AddNumber::new)),
        weighted(1, Arbitraries.of(true, false).map(AddBoolean::new)),
        weighted(1, seeds.map(AddObject::new)),
        weighted(1, seeds.map(AddArray::new)),
        weighted(
            3,
            Arbitraries.frequencyOf(
                    weighted(1, Arbitraries.just(0)),
                    weighted(1, Arbitraries.just(-1)),
                    weighted(6, Arbitraries.integers().between(0, 1000)))
                .map(RemoveAt::new)));
  }

  private static Arbitrary<String> strings() {
    return Arbitraries.oneOf(
        Arbitraries.of(
            "", "x", "é", "日本語", "\uD83D\uDE00", "\"quoted\"", "back\\slash", "line\nbreak", "\u0001",
            "</script>", "\u2028"),
        Arbitraries.strings()
            .withCharRange(' ', '~')
            .withChars('é', '€', '日', '\n', '\t', '"', '\\', '\u0000')
            .ofMaxLength(8));
  }

  private static Arbitrary<Number> numbers() {
    return Arbitraries.<Number>oneOf(
        Arbitraries.integers(),
        Arbitraries.longs(),
        Arbitraries.doubles(),
        Arbitraries.floats(),
        Arbitraries.bigIntegers()
            .between(BigInteger.TEN.pow(30).negate(), BigInteger.TEN.pow(30)),
        Arbitraries.of("-2.50", "1E+3", "0.0000001", "-0.0", "12345678901234567890.5", "1.0E-10", "0")
            .map(BigDecimal::new));
  }

  private static <T> Tuple2<Integer, Arbitrary<? extends T>> weighted(
      int weight, Arbitrary<? extends T> arbitrary) {
    return Tuple.of(weight, arbitrary);
  }
}
