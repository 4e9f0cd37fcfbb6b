package io.missive.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Defensive, unmodifiable copies of collections, called by generated payload records.
 *
 * <p>{@code field} is the payload field as {@code Type.field}, used in error messages.
 *
 * <p>Copies keep the iteration order of the original (so JSON output is stable) and reject
 * {@code null} elements, keys and values with a message naming the payload field.
 */
public final class Copies {

  private Copies() {}

  /**
   * Throws a {@code NullPointerException} with {@code message} if {@code value} is {@code null}.
   * Generated code calls this rather than {@code Objects.requireNonNull}: a method that is not
   * generic costs javac no type inference at each call, and a build compiles many of them.
   */
  public static void notNull(Object value, String message) {
    if (value == null) {
      throw new NullPointerException(message);
    }
  }

  /** An unmodifiable copy of {@code list}; {@code field} names it in errors. */
  public static <T> List<T> list(Collection<? extends T> list, String field) {
    if (list == null) {
      throw new NullPointerException(field + " must not be null");
    }
    try {
      // Rejects null elements while it copies, and returns a list made by List.of or List.copyOf
      // as it is, without walking it: building a message from such a list costs no copy.
      return List.copyOf(list);
    } catch (NullPointerException nullElement) {
      throw new NullPointerException(field + nullIndex(list) + " must not be null");
    }
  }

  /** {@code [i]} for the first null element of {@code list}, or {@code [*]} if none is left. */
  private static String nullIndex(Collection<?> list) {
    int index = 0;
    for (Object element : list) {
      if (element == null) {
        return "[" + index + "]";
      }
      index++;
    }
    return "[*]";
  }

  /** An unmodifiable copy of {@code list} whose elements are themselves copied by {@code copy}. */
  public static <T, R> List<R> list(
      Collection<? extends T> list, String field, Function<? super T, ? extends R> copy) {
    List<T> checked = list(list, field);
    List<R> copies = new ArrayList<>(checked.size());
    for (T element : checked) {
      copies.add(copy.apply(element));
    }
    return Collections.unmodifiableList(copies);
  }

  /** An unmodifiable, order-preserving copy of {@code set} whose elements are copied by {@code copy}. */
  public static <T, R> Set<R> set(
      Collection<? extends T> set, String field, Function<? super T, ? extends R> copy) {
    Set<T> checked = set(set, field);
    LinkedHashSet<R> copies = new LinkedHashSet<>();
    for (T element : checked) {
      copies.add(copy.apply(element));
    }
    return Collections.unmodifiableSet(copies);
  }

  /** An unmodifiable, order-preserving copy of {@code map} whose values are copied by {@code copy}. */
  public static <K, V, R> Map<K, R> map(
      Map<? extends K, ? extends V> map, String field, Function<? super V, ? extends R> copy) {
    Map<K, V> checked = map(map, field);
    LinkedHashMap<K, R> copies = new LinkedHashMap<>();
    for (Map.Entry<K, V> entry : checked.entrySet()) {
      copies.put(entry.getKey(), copy.apply(entry.getValue()));
    }
    return Collections.unmodifiableMap(copies);
  }

  /** An unmodifiable, order-preserving copy of {@code set}; {@code field} names it in errors. */
  public static <T> Set<T> set(Collection<? extends T> set, String field) {
    if (set == null) {
      throw new NullPointerException(field + " must not be null");
    }
    LinkedHashSet<T> copy = new LinkedHashSet<>(set);
    if (copy.contains(null)) {
      throw new NullPointerException(field + " must not contain null");
    }
    return Collections.unmodifiableSet(copy);
  }

  /** An unmodifiable, order-preserving copy of {@code map}; {@code field} names it in errors. */
  public static <K, V> Map<K, V> map(Map<? extends K, ? extends V> map, String field) {
    if (map == null) {
      throw new NullPointerException(field + " must not be null");
    }
    LinkedHashMap<K, V> copy = new LinkedHashMap<>(map);
    for (Map.Entry<K, V> entry : copy.entrySet()) {
      if (entry.getKey() == null) {
        throw new NullPointerException(field + " must not contain a null key");
      }
      if (entry.getValue() == null) {
        throw new NullPointerException(field + "[" + entry.getKey() + "] must not be null");
      }
    }
    return Collections.unmodifiableMap(copy);
  }
}
