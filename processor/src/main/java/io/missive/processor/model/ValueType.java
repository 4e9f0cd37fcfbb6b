package io.missive.processor.model;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import java.util.ArrayList;
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
 * @param wireNames the JSON strings of an enum's constants, in the same order: the name, or
 *     {@code @JsonProperty("...")} on the constant; empty otherwise
 * @param constantAliases the other strings each of an enum's constants is read by, in the same order
 *     ({@code @JsonAlias} on the constant, without repeats and without the constant's own wire name):
 *     read, never written; one list per constant for an enum (an empty one for a constant without
 *     aliases), empty otherwise
 * @param defaultConstant the constant marked {@code @JsonEnumDefaultValue}, read for a string no
 *     constant has; {@code null} when none
 * @param valueObject for a {@link Shape#VALUE_OBJECT}, its value and creator; {@code null} otherwise.
 *     Its {@link #arguments()} are the type the value method returns (written) and the type the
 *     creator takes (read).
 * @param variants for a {@link Shape#POLYMORPHIC} type, its closed set of variants; {@code null}
 *     otherwise
 * @param typeUnhonoured the Jackson annotations on a record, enum or value class of the user's that
 *     Missive cannot honour, by simple name (such as {@code JsonNaming}); empty otherwise
 */
public record ValueType(
    Shape shape,
    ScalarType scalar,
    TypeName typeName,
    List<ValueType> arguments,
    List<Field> components,
    List<String> constants,
    List<String> wireNames,
    List<List<String>> constantAliases,
    String defaultConstant,
    ValueObject valueObject,
    Variants variants,
    List<String> typeUnhonoured) {

  public ValueType {
    arguments = List.copyOf(arguments);
    components = List.copyOf(components);
    constants = List.copyOf(constants);
    wireNames = List.copyOf(wireNames);
    if (shape == Shape.ENUM && constantAliases.isEmpty()) {
      constantAliases = constants.stream().map(constant -> List.<String>of()).toList();
    }
    constantAliases = constantAliases.stream().map(List::copyOf).toList();
    if (shape == Shape.ENUM && constantAliases.size() != constants.size()) {
      throw new IllegalArgumentException(
          "an enum's aliases go one list to a constant: " + constantAliases + " for " + constants);
    }
    typeUnhonoured = List.copyOf(typeUnhonoured);
    if ((shape == Shape.SCALAR) != (scalar != null)) {
      throw new IllegalArgumentException("a scalar shape goes with its table entry: " + shape + ", " + scalar);
    }
    if ((shape == Shape.VALUE_OBJECT) != (valueObject != null)) {
      throw new IllegalArgumentException("a value object goes with its value and creator: " + shape);
    }
    if ((shape == Shape.POLYMORPHIC) != (variants != null)) {
      throw new IllegalArgumentException("a polymorphic type goes with its variants: " + shape);
    }
  }

  /** A type without variants. */
  public ValueType(
      Shape shape,
      ScalarType scalar,
      TypeName typeName,
      List<ValueType> arguments,
      List<Field> components,
      List<String> constants,
      List<String> wireNames,
      String defaultConstant,
      ValueObject valueObject) {
    this(
        shape, scalar, typeName, arguments, components, constants, wireNames, List.of(), defaultConstant,
        valueObject, null, List.of());
  }

  /**
   * An enum of {@code constants}, written as {@code wireNames} and read by those and by
   * {@code constantAliases} (one list to a constant), and read as {@code defaultConstant} (or
   * {@code null}) for any other string.
   */
  public static ValueType enumOf(
      TypeName typeName,
      List<String> constants,
      List<String> wireNames,
      List<List<String>> constantAliases,
      String defaultConstant) {
    return new ValueType(
        Shape.ENUM, null, typeName, List.of(), List.of(), constants, wireNames, constantAliases, defaultConstant,
        null, null, List.of());
  }

  /** The same type, with the Jackson annotations on its declaration that Missive cannot honour. */
  public ValueType withTypeUnhonoured(List<String> unhonoured) {
    return new ValueType(
        shape, scalar, typeName, arguments, components, constants, wireNames, constantAliases, defaultConstant,
        valueObject, variants, unhonoured);
  }

  /** A polymorphic type of {@code variants}. */
  public static ValueType polymorphic(TypeName typeName, Variants variants) {
    return new ValueType(
        Shape.POLYMORPHIC, null, typeName, List.of(), List.of(), List.of(), List.of(), List.of(), null, null,
        variants, List.of());
  }

  /** A type without the enum and value-object parts. */
  public ValueType(
      Shape shape,
      ScalarType scalar,
      TypeName typeName,
      List<ValueType> arguments,
      List<Field> components,
      List<String> constants) {
    this(shape, scalar, typeName, arguments, components, constants, constants, null, null);
  }

  /**
   * Whether an enum is written or read by other strings than its constants' names: renamed constants,
   * aliases, or a default for unknown strings. Such an enum gets a reader and writer of its own.
   */
  public boolean renamedEnum() {
    return shape == Shape.ENUM
        && (!wireNames.equals(constants)
            || defaultConstant != null
            || constantAliases.stream().anyMatch(aliases -> !aliases.isEmpty()));
  }

  /**
   * The qualified name of constant {@code index} of an enum, such as
   * {@code com.example.Order.Status.OPEN}, by which a diagnostic names its place.
   */
  public String qualifiedConstant(int index) {
    return (typeName instanceof ClassName name ? name.canonicalName() : typeName.toString())
        + "." + constants.get(index);
  }

  /** Every string constant {@code index} of an enum is read by: its wire name, then its aliases. */
  public List<String> readNames(int index) {
    List<String> names = new ArrayList<>();
    names.add(wireNames.get(index));
    names.addAll(constantAliases.get(index));
    return List.copyOf(names);
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
    /** A class written as its one value: {@code @JsonValue} and {@code @JsonCreator}. */
    VALUE_OBJECT,
    /** One of a closed set of records, told apart by a discriminator member: see {@link Variants}. */
    POLYMORPHIC,
    /** Any other declared type: kept as is, neither copied nor serializable. */
    OTHER
  }
}
