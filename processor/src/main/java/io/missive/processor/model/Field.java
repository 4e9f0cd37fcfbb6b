package io.missive.processor.model;

/**
 * One payload field (or record component), as the writers see it.
 *
 * @param name the accessor's name, used for the record component, the builder method and JSON
 * @param type the accessor's type
 * @param nullable whether the accessor opted in to {@code null} with an annotation named
 *     {@code Nullable} or {@code CheckForNull}
 * @param nullableMark that annotation, when the generated code can carry it (it is visible there and
 *     fits a record component); otherwise {@code null}
 * @param sensitive whether the accessor is {@code @Sensitive}: {@code toString} hides its value
 * @param json how it appears in JSON: its name, aliases and when it is written
 * @param partitionKey whether the accessor is {@code @PartitionKey}: the builder sets the
 *     {@code partitionkey} extension from it
 */
public record Field(
    String name,
    ValueType type,
    boolean nullable,
    NullableMark nullableMark,
    boolean sensitive,
    JsonMember json,
    boolean partitionKey) {

  /** A field that is not the partition key. */
  public Field(
      String name, ValueType type, boolean nullable, NullableMark nullableMark, boolean sensitive, JsonMember json) {
    this(name, type, nullable, nullableMark, sensitive, json, false);
  }

  /** A field named in JSON as in Java. */
  public Field(String name, ValueType type, boolean nullable, NullableMark nullableMark, boolean sensitive) {
    this(name, type, nullable, nullableMark, sensitive, JsonMember.named(name));
  }

  /** A field without an annotation to carry and not sensitive. */
  public Field(String name, ValueType type, boolean nullable) {
    this(name, type, nullable, null, false);
  }

  /** Whether the builder fails when the field is not set: not nullable, optional or defaulted. */
  public boolean required() {
    return !nullable && !type.isOptional();
  }
}
