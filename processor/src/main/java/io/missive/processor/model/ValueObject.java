package io.missive.processor.model;

import java.util.List;

/**
 * A class of the user's that Jackson writes as one value: it marks a method {@code @JsonValue} (what
 * is written) and a constructor or static factory {@code @JsonCreator} (what reads it back), such as
 * an {@code Iban} written as {@code "DE89 3704 ..."}. As read, valid or not: the rules judge.
 *
 * @param simpleName the class's name as users write it, such as {@code Iban} or {@code Order.Id}
 * @param packageName the package of the class, which decides what the generated code may call
 * @param values every member marked {@code @JsonValue}, in declaration order
 * @param creators every constructor and static method marked {@code @JsonCreator}, in declaration
 *     order
 * @param generic whether the class declares type parameters
 * @param isEnum whether it is an enum with a {@code @JsonValue} method: read back, without a creator,
 *     as the constant whose value it is
 */
public record ValueObject(
    String simpleName,
    String packageName,
    List<Member> values,
    List<Member> creators,
    boolean generic,
    boolean isEnum) {

  public ValueObject {
    values = List.copyOf(values);
    creators = List.copyOf(creators);
  }

  /** The one {@code @JsonValue} method, for the writers (the rules have checked there is one). */
  public Member value() {
    return values.get(0);
  }

  /** The one creator, for the writers; {@code null} for an enum read by its constants' values. */
  public Member creator() {
    return creators.isEmpty() ? null : creators.get(0);
  }

  /**
   * A method, constructor or field marked with a Jackson annotation.
   *
   * @param kind what it is
   * @param name its name; {@code <init>} for a constructor
   * @param parameters how many parameters it takes
   * @param isStatic whether it is static
   * @param visibility who may call it
   * @param propertiesMode for a creator, whether Jackson would read it as an object of properties
   *     ({@code mode = PROPERTIES}, or a parameter marked {@code @JsonProperty}) rather than from one
   *     value
   */
  public record Member(
      Kind kind, String name, int parameters, boolean isStatic, Visibility visibility, boolean propertiesMode) {

    /** The text users write to call it, such as {@code Iban.of} or {@code new Iban}. */
    public String callText(String owner) {
      return kind == Kind.CONSTRUCTOR ? "new " + owner : owner + "." + name;
    }
  }

  /** What a member is. */
  public enum Kind {
    METHOD,
    CONSTRUCTOR,
    FIELD
  }

  /** Who may use a member: the generated code, in the message's package, needs it visible. */
  public enum Visibility {
    PUBLIC,
    PACKAGE,
    PRIVATE;

    /** Whether code in {@code fromPackage} may use a member of a class in {@code ownPackage}. */
    public boolean visibleFrom(String fromPackage, String ownPackage) {
      return this == PUBLIC || (this == PACKAGE && fromPackage.equals(ownPackage));
    }
  }
}
