package io.missive.processor.model;

import java.util.List;
import java.util.Set;

/**
 * One abstract method of the annotated interface, as read: the payload field it declares, and what the
 * structural rules judge about it. Every abstract method is read, valid or not; the rules decide.
 *
 * @param name the method's name
 * @param declaredIn the simple name of the interface that declares it, when it is inherited; otherwise
 *     {@code null}
 * @param typeText the return type as javac writes it, such as {@code java.util.List<java.lang.String>}
 * @param type the return type, or {@code null} when it is void; for a raw type or one that holds an
 *     array, as far as it can be classified (the rules reject it before any writer sees it)
 * @param nullable whether the method opted in to {@code null} with an annotation named
 *     {@code Nullable} or {@code CheckForNull}
 * @param nullableMark that annotation, when the generated code can carry it; otherwise {@code null}
 * @param sensitive whether the method is marked {@code @Sensitive}
 * @param parameters the number of parameters it takes
 * @param generic whether it declares type parameters
 * @param returnsVoid whether it returns {@code void}
 * @param array where the return type holds an array, or {@code null} when it holds none
 * @param rawType whether the return type is or holds a raw type such as {@code List}
 * @param checkedThrows the checked exceptions it declares, as javac writes them
 * @param reached the private types and records with wildcard arguments that the return type reaches
 *     (through type arguments, bounds, array components and record components), in the order found
 * @param nullableTypeArgument a type argument of the return type, at any depth, that is annotated
 *     {@code @Nullable}, as javac writes it; or {@code null}
 * @param suppressed the rule names suppressed on the method itself with
 *     {@code @SuppressWarnings("missive:<rule>")}
 * @param json how the field appears in JSON, from the Jackson annotations on the method (and
 *     {@code @JsonInclude} on the interface)
 * @param partitionKey whether the method is marked {@code @PartitionKey}
 */
public record Accessor(
    String name,
    String declaredIn,
    String typeText,
    ValueType type,
    boolean nullable,
    NullableMark nullableMark,
    boolean sensitive,
    int parameters,
    boolean generic,
    boolean returnsVoid,
    ArrayUse array,
    boolean rawType,
    List<String> checkedThrows,
    List<Reached> reached,
    String nullableTypeArgument,
    Set<String> suppressed,
    JsonMember json,
    boolean partitionKey) {

  public Accessor {
    checkedThrows = List.copyOf(checkedThrows);
    reached = List.copyOf(reached);
    suppressed = Set.copyOf(suppressed);
  }

  /** A well-formed accessor of the interface itself that declares {@code field}. */
  public static Accessor of(Field field) {
    return new Accessor(
        field.name(), null, field.type().typeName().toString(), field.type(), field.nullable(),
        field.nullableMark(), field.sensitive(), 0, false, false, null, false, List.of(), List.of(), null,
        Set.of(), field.json(), field.partitionKey());
  }

  /** The payload field; only for an accessor with a type (the writers see only valid models). */
  public Field field() {
    if (type == null) {
      throw new IllegalStateException("accessor " + name + "() declares no payload field");
    }
    return new Field(name, type, nullable, nullableMark, sensitive, json, partitionKey);
  }

  /**
   * Where an accessor's return type holds an array.
   *
   * @param component the component type as javac writes it ({@code byte}, {@code java.lang.String}),
   *     when the return type itself is an array; {@code null} when the array is nested inside it
   */
  public record ArrayUse(String component) {}

  /**
   * A type the return type reaches that the generated code could not use.
   *
   * @param kind why it cannot be used
   * @param type the type, as javac writes it (a qualified name for a private type)
   */
  public record Reached(Kind kind, String type) {

    /** Why a reached type cannot be used. */
    public enum Kind {
      /** The type, or one enclosing it, is private. */
      PRIVATE,
      /** A record used with a wildcard type argument, which the reader could not create. */
      WILDCARD_RECORD
    }
  }
}
