package io.missive.processor.model;

import com.palantir.javapoet.TypeName;
import java.util.List;

/**
 * The type of a payload field or of a part of one (a list's element, a record's component).
 *
 * @param shape what kind of value it is, which decides how it is copied and serialized
 * @param scalar the entry of the scalar table for a {@link Shape#SCALAR}; {@code null} otherwise
 * @param typeName the Java type
 * @param arguments the element type of a list, set or optional; the key and value types of a map;
 *     empty otherwise
 * @param components the components of a record, in order; empty otherwise
 * @param constants the constants of an enum, in order; empty otherwise
 */
public record ValueType(
    Shape shape,
    ScalarType scalar,
    TypeName typeName,
    List<ValueType> arguments,
    List<Field> components,
    List<String> constants) {

  public ValueType {
    arguments = List.copyOf(arguments);
    components = List.copyOf(components);
    constants = List.copyOf(constants);
    if ((shape == Shape.SCALAR) != (scalar != null)) {
      throw new IllegalArgumentException("a scalar shape goes with its table entry: " + shape + ", " + scalar);
    }
  }

  /** A scalar of the table, such as {@code int}, {@code Integer} or {@code Instant}. */
  public static ValueType scalar(ScalarType scalar, TypeName typeName) {
    return new ValueType(Shape.SCALAR, scalar, typeName, List.of(), List.of(), List.of());
  }

  /** A type of {@code shape} with no parts. */
  public static ValueType simple(Shape shape, TypeName typeName) {
    return new ValueType(shape, null, typeName, List.of(), List.of(), List.of());
  }

  /** The first type argument (a collection's or optional's element). */
  public ValueType element() {
    return arguments.get(0);
  }

  /** Whether it is a primitive such as {@code int} (not its box). */
  public boolean isPrimitive() {
    return typeName.isPrimitive();
  }

  /** Whether an absent value is an empty one: {@code Optional}, {@code OptionalInt}, ... */
  public boolean isOptional() {
    return shape == Shape.OPTIONAL || (scalar != null && scalar.isOptional());
  }

  /** Whether it is a list, set or map, which the payload holds as an unmodifiable copy. */
  public boolean isCollection() {
    return shape == Shape.LIST || shape == Shape.SET || shape == Shape.MAP;
  }

  /** What kind of value a {@link ValueType} is. */
  public enum Shape {
    /** A type of the {@link ScalarType} table. */
    SCALAR,
    ENUM,
    OPTIONAL,
    LIST,
    SET,
    MAP,
    RECORD,
    /** Any other declared type: kept as is, neither copied nor serializable. */
    OTHER
  }
}
