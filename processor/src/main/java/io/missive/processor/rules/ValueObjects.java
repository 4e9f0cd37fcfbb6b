package io.missive.processor.rules;

import io.missive.processor.model.ValueObject;
import io.missive.processor.model.ValueObject.Kind;
import io.missive.processor.model.ValueObject.Member;
import java.util.List;
import java.util.stream.Collectors;

/** What is wrong with a value object, as the rest of a sentence, or {@code null} when it is sound. */
final class ValueObjects {

  private ValueObjects() {}

  /**
   * @param object the value object
   * @param packageName the package of the generated code, which calls its value method and creator
   */
  static String problem(ValueObject object, String packageName) {
    String name = object.simpleName();
    if (object.generic()) {
      return ", a value object (@JsonValue) that declares type parameters, which the generated codec"
          + " cannot create. Use one concrete class per kind of value, such as OrderId and CustomerId.";
    }
    List<Member> values = object.values();
    if (values.isEmpty()) {
      return ", which has a @JsonCreator but no @JsonValue: Missive writes a class only as its one value"
          + " (Jackson would write its getters as an object). Mark the method that returns the value"
          + " @JsonValue, or make " + name + " a record.";
    }
    if (values.size() > 1) {
      return ", which marks " + values.size() + " members @JsonValue (" + names(values, name) + "), and"
          + " Jackson allows one. Keep @JsonValue on the method that returns the value.";
    }
    Member value = values.get(0);
    if (value.kind() == Kind.FIELD) {
      return ", whose @JsonValue is on field " + value.name() + ", and the generated codec reads values"
          + " through methods only. Put @JsonValue on the method that returns it.";
    }
    if (value.parameters() > 0 || value.isStatic()) {
      return ", whose @JsonValue method " + value.name() + "() " + (value.isStatic() ? "is static" : "takes"
          + " parameters") + ", and Jackson writes the value an instance method of no parameters returns."
          + " Put @JsonValue on such a method.";
    }
    if (!value.visibility().visibleFrom(packageName, object.packageName())) {
      return ", whose @JsonValue method " + value.name() + "() is " + visibility(value) + ", so the"
          + " generated codec in package " + packageName + " cannot call it. Make it public.";
    }
    List<Member> creators = object.creators();
    if (creators.isEmpty()) {
      if (object.isEnum()) {
        return null;
      }
      return ", which has @JsonValue " + value.name() + "() but no @JsonCreator, so Missive could write it"
          + " but never read it back. Mark a public static factory or constructor of one argument"
          + " @JsonCreator, such as '@JsonCreator public static " + name + " of(String value)'.";
    }
    if (creators.size() > 1) {
      return ", which marks " + creators.size() + " creators @JsonCreator (" + names(creators, name)
          + "), and a value is read back one way. Keep @JsonCreator on one.";
    }
    Member creator = creators.get(0);
    String call = creator.callText(name);
    if (creator.parameters() != 1 || creator.propertiesMode()) {
      return ", whose @JsonCreator " + call + "(...) takes " + (creator.parameters() == 1
          ? "its argument as a property (@JsonProperty, or mode = PROPERTIES)"
          : creator.parameters() + " arguments")
          + ", but a value object is read from its one value; Missive reads objects of several members"
          + " only as records. Make " + name + " a record, or give it a creator of one argument.";
    }
    if (creator.kind() == Kind.METHOD && !creator.isStatic()) {
      return ", whose @JsonCreator " + creator.name() + "(...) is an instance method, and a creator makes"
          + " the value. Make it static.";
    }
    if (!creator.visibility().visibleFrom(packageName, object.packageName())) {
      return ", whose @JsonCreator " + call + "(...) is " + visibility(creator) + ", so the generated codec"
          + " in package " + packageName + " cannot call it. Make it public, such as a public static"
          + " factory beside a private constructor.";
    }
    return null;
  }

  private static String visibility(Member member) {
    return switch (member.visibility()) {
      case PRIVATE -> "private";
      case PACKAGE -> "not public (and in another package)";
      case PUBLIC -> "public";
    };
  }

  private static String names(List<Member> members, String owner) {
    return members.stream()
        .map(m -> m.kind() == Kind.FIELD ? m.name() : m.callText(owner) + "(...)")
        .collect(Collectors.joining(", "));
  }
}
