package io.missive.processor.model;

import com.palantir.javapoet.TypeName;
import java.util.List;

/**
 * The type of a payload field or of a part of one (a list's element, a record's component).
 *
 * @param shape what kind of value it is, which decides how it is copied and serialized
 * @param typeName the Java type
 * @param arguments the element type of a list, set or optional; the key and value types of a map;
 *     empty otherwise
 * @param components the components of a record, in order; empty otherwise
 * @param constants the constants of an enum, in order; empty otherwise
 */
public record ValueType(
    Shape shape,
    TypeName typeName,
    List<ValueType> arguments,
    List<Field> components,
    List<String> constants) {

  public ValueType {
    arguments = List.copyOf(arguments);
    components = List.copyOf(components);
    constants = List.copyOf(constants);
  }

  /** A type with no parts. */
  public static ValueType simple(Shape shape, TypeName typeName) {
    return new ValueType(shape, typeName, List.of(), List.of(), List.of());
  }

  /** The first type argument (a collection's or optional's element). */
  public ValueType element() {
    return arguments.get(0);
  }

  /** What kind of value a {@link ValueType} is. */
  public enum Shape {
    BOOLEAN(true),
    BYTE(true),
    SHORT(true),
    INT(true),
    LONG(true),
    CHAR(true),
    FLOAT(true),
    DOUBLE(true),
    /** A boxed primitive such as {@code Integer}. */
    BOXED(false),
    STRING(false),
    BIG_DECIMAL(false),
    BIG_INTEGER(false),
    INSTANT(false),
    LOCAL_DATE(false),
    LOCAL_DATE_TIME(false),
    OFFSET_DATE_TIME(false),
    DURATION(false),
    UUID(false),
    ENUM(false),
    OPTIONAL(false),
    OPTIONAL_INT(false),
    OPTIONAL_LONG(false),
    OPTIONAL_DOUBLE(false),
    LIST(false),
    SET(false),
    MAP(false),
    RECORD(false),
    /** Any other declared type: kept as is, neither copied nor (yet) serializable. */
    OTHER(false);

    private final boolean primitive;

    Shape(boolean primitive) {
      this.primitive = primitive;
    }

    public boolean isPrimitive() {
      return primitive;
    }

    public boolean isOptional() {
      return this == OPTIONAL || this == OPTIONAL_INT || this == OPTIONAL_LONG || this == OPTIONAL_DOUBLE;
    }

    public boolean isCollection() {
      return this == LIST || this == SET || this == MAP;
    }
  }
}
