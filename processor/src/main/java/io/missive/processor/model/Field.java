package io.missive.processor.model;

/**
 * One payload field (or record component), as the writers see it.
 *
 * @param name the accessor's name, used for the record component, the builder method and JSON
 * @param type the accessor's type
 * @param nullable whether the accessor opted in to {@code null} with an annotation named
 *     {@code Nullable}
 */
public record Field(String name, ValueType type, boolean nullable) {

  /** Whether the builder fails when the field is not set: not nullable, optional or defaulted. */
  public boolean required() {
    return !nullable && !type.isOptional();
  }
}
