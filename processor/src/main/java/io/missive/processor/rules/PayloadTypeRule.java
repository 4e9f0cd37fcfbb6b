package io.missive.processor.rules;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import io.missive.processor.diag.Diagnostic;
import io.missive.processor.diag.DiagnosticId;
import io.missive.processor.diag.Site;
import io.missive.processor.model.Field;
import io.missive.processor.model.MessageType;
import io.missive.processor.model.ScalarType;
import io.missive.processor.model.ValueType;
import io.missive.processor.model.Variants;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

/** Every payload type is one the generated JSON codec can write and read back. */
public final class PayloadTypeRule implements Rule {

  /** What a payload may hold, in words, from the scalar table. */
  static final String SUPPORTED = supported();

  /**
   * What to use instead of some well-known containers that are not supported; the advice for types
   * that resemble a scalar is in {@link ScalarType}'s table.
   */
  private static final Map<String, String> CONTAINERS_INSTEAD =
      Map.of(
          "java.lang.Object", "a concrete supported type",
          "java.util.Collection", "List or Set",
          "java.lang.Iterable", "List or Set",
          "java.util.SortedSet", "Set (written in its iteration order)",
          "java.util.NavigableSet", "Set (written in its iteration order)",
          "java.util.SortedMap", "Map<String, ...> (written in its iteration order)",
          "java.util.NavigableMap", "Map<String, ...> (written in its iteration order)",
          "java.util.Queue", "List",
          "java.util.Deque", "List");

  private static String supported() {
    StringJoiner names = new StringJoiner(", ");
    names.add("String, primitives and their boxes, byte[] (as an accessor's type)");
    for (ScalarType scalar : ScalarType.values()) {
      if (!scalar.isPrimitive() && !scalar.isOptional() && scalar != ScalarType.STRING && !scalar.isArray()) {
        names.add(scalar.comparedByContent() ? scalar.simpleName() + " (as an accessor's type)" : scalar.simpleName());
      }
    }
    return names + ", enums, Optional, List, Set, Map with String keys, records of these, value objects"
        + " (@JsonValue and @JsonCreator), and sealed interfaces of records";
  }

  @Override
  public List<Diagnostic> check(MessageType model) {
    List<Diagnostic> found = new ArrayList<>();
    List<Field> fields = model.fields();
    for (int i = 0; i < fields.size(); i++) {
      Field field = fields.get(i);
      // A URL is supported as the accessor's own type only (see the SCALAR case below).
      Problem problem =
          field.type().scalar() == ScalarType.URL
              ? null
              : unsupported(field.type(), null, new HashSet<>(), model.payloadInterface().packageName());
      if (problem != null) {
        String head =
            "Accessor " + field.name() + "() of '" + model.simpleName() + "' has type "
                + Texts.simple(field.type().typeName());
        if (problem.component() != null) {
          head +=
              ", whose component " + problem.component().name() + " has type "
                  + Texts.simple(problem.component().type().typeName());
        }
        found.add(Diagnostic.of(problem.id(), Site.accessor(i), head + problem.text()));
      }
    }
    return found;
  }

  /**
   * Why a type cannot be written as JSON.
   *
   * @param component the record component (named {@code Record.component}) whose type holds the
   *     problem, or {@code null} when it is in the accessor's own type
   * @param text the rest of the sentence: what, why, what instead
   */
  private record Problem(DiagnosticId id, Field component, String text) {

    Problem(Field component, String text) {
      this(DiagnosticId.UNSUPPORTED_TYPE, component, text);
    }
  }

  /** Why {@code type} cannot be written as JSON, or {@code null} if it can. */
  private static Problem unsupported(
      ValueType type, Field component, Set<TypeName> enclosingRecords, String packageName) {
    switch (type.shape()) {
      case POLYMORPHIC: {
        Problem wrong = polymorphic(type.variants(), component, packageName);
        if (wrong != null) {
          return wrong;
        }
        for (ValueType variant : type.variants().types()) {
          Problem problem = unsupported(variant, component, enclosingRecords, packageName);
          if (problem != null) {
            return problem;
          }
        }
        return null;
      }
      case VALUE_OBJECT: {
        String wrong = ValueObjects.problem(type.valueObject(), packageName);
        if (wrong != null) {
          return new Problem(DiagnosticId.JSON_VALUE_OBJECT, component, wrong);
        }
        String owner = type.valueObject().simpleName();
        Problem written =
            unsupported(
                type.arguments().get(0),
                new Field(owner + "." + type.valueObject().value().name() + "()", type.arguments().get(0), false),
                enclosingRecords,
                packageName);
        if (written != null || type.valueObject().creator() == null) {
          return written;
        }
        return unsupported(
            type.arguments().get(1),
            new Field(
                type.valueObject().creator().callText(owner) + "(...)'s argument", type.arguments().get(1), false),
            enclosingRecords,
            packageName);
      }
      case OTHER:
        return new Problem(component, describeOther(type, enclosingRecords));
      case MAP:
        ValueType key = type.arguments().get(0);
        if (key.scalar() != ScalarType.STRING) {
          return new Problem(
              component,
              ", but the keys of a JSON object are strings, so Missive cannot write a map keyed by "
                  + Texts.simple(key.typeName()) + ". Use Map<String, "
                  + Texts.simple(type.arguments().get(1).typeName())
                  + ">, or a List of records that hold the key and the value.");
        }
        return unsupported(type.arguments().get(1), component, enclosingRecords, packageName);
      case OPTIONAL:
        if (type.element().isOptional()) {
          return new Problem(
              component,
              ", an Optional inside an Optional, which JSON cannot tell apart from an empty one (both"
                  + " are null). Use a single Optional.");
        }
        return unsupported(type.element(), component, enclosingRecords, packageName);
      case LIST:
      case SET:
        return unsupported(type.element(), component, enclosingRecords, packageName);
      case SCALAR:
        if (type.scalar().isArray() && component != null) {
          return new Problem(
              component,
              ", a byte[] inside a type of yours (a record's component), whose equals and hashCode compare the array by"
                  + " identity and whose accessor hands out the array itself. Declare byte[] as an"
                  + " accessor of the payload, which Missive copies and compares by content.");
        }
        if (type.scalar() == ScalarType.URL) {
          return new Problem(
              component,
              ", a URL inside an Optional, a collection or a type of yours, whose equals and hashCode would"
                  + " be URL's own, which look its host up on the network. Use URI there, or declare the"
                  + " URL as an accessor of the payload, which Missive compares by its text.");
        }
        return null;
      case RECORD:
        Set<TypeName> inner = new HashSet<>(enclosingRecords);
        inner.add(type.typeName());
        String recordName = Texts.simple(raw(type.typeName()));
        for (Field part : type.components()) {
          Problem problem =
              unsupported(
                  part.type(),
                  new Field(recordName + "." + part.name(), part.type(), part.nullable()),
                  inner,
                  packageName);
          if (problem != null) {
            return problem;
          }
        }
        return null;
      default:
        return null;
    }
  }

  /** What is wrong with the closed set of a polymorphic type, or {@code null}. */
  private static Problem polymorphic(Variants variants, Field component, String packageName) {
    String name = variants.simpleName();
    if (!variants.unhonoured().isEmpty()) {
      return new Problem(
          DiagnosticId.JSON_ANNOTATION,
          component,
          ", a polymorphic type marked " + String.join(" and ", variants.unhonoured()) + ", which Missive"
              + " cannot honour: only a closed set of variants is ever read, each told apart by its name"
              + " in a member of its own object, never by a class name from the wire. Use"
              + " @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = \"type\") with @JsonSubTypes, or"
              + " make " + name + " a sealed interface of records.");
    }
    if (variants.types().isEmpty()) {
      return new Problem(
          DiagnosticId.JSON_POLYMORPHIC,
          component,
          ", a polymorphic type with no variants to read. Make " + name + " a sealed interface whose"
              + " permitted subclasses are records, or list its records in @JsonSubTypes.");
    }
    if (!variants.notRecords().isEmpty()) {
      return new Problem(
          DiagnosticId.JSON_POLYMORPHIC,
          component,
          ", a polymorphic type whose variants " + String.join(", ", variants.notRecords()) + " are not"
              + " records (or are generic), and Missive writes and reads a variant as a record of its"
              + " components. Make each variant a record.");
    }
    if (!variants.hidden().isEmpty()) {
      return new Problem(
          DiagnosticId.NOT_ACCESSIBLE,
          component,
          ", a polymorphic type whose variants " + String.join(", ", variants.hidden()) + " are private (or"
              + " nested in a private type), so the generated codec cannot create them. Make them at"
              + " least package-private.");
    }
    List<String> elsewhere = new ArrayList<>();
    variants.packageOnly().forEach(
        (variant, own) -> {
          if (!own.equals(packageName)) {
            elsewhere.add(variant + " (package " + own + ")");
          }
        });
    if (!elsewhere.isEmpty()) {
      return new Problem(
          DiagnosticId.NOT_ACCESSIBLE,
          component,
          ", a polymorphic type whose variants " + String.join(", ", elsewhere) + " are not public, so the"
              + " generated codec in package " + packageName + " cannot create them. Make them public,"
              + " or declare the message in the package of its variants.");
    }
    Set<String> seen = new HashSet<>();
    for (String variant : variants.names()) {
      if (!seen.add(variant)) {
        return new Problem(
            DiagnosticId.JSON_POLYMORPHIC,
            component,
            ", a polymorphic type in which two variants are named \"" + variant + "\", so a reader could"
                + " not tell them apart. Give each its own @JsonTypeName (or name in @JsonSubTypes).");
      }
    }
    for (ValueType variant : variants.types()) {
      for (Field part : variant.components()) {
        if (part.json().readNames().contains(variants.property())) {
          return new Problem(
              DiagnosticId.JSON_POLYMORPHIC,
              component,
              ", a polymorphic type whose variant " + Texts.simple(raw(variant.typeName())) + " has a"
                  + " component " + part.name() + " read by the name \"" + variants.property() + "\","
                  + " which is the discriminator's. Rename the component, or name the discriminator"
                  + " otherwise with @JsonTypeInfo(property = ...).");
        }
      }
    }
    return null;
  }

  private static String describeOther(ValueType type, Set<TypeName> enclosingRecords) {
    TypeName raw = raw(type.typeName());
    String name = Texts.simple(type.typeName());
    if (enclosingRecords.contains(type.typeName()) || enclosingRecords.contains(raw)) {
      return ", but record " + name + " contains itself, and a payload must have a fixed, finite"
          + " shape to be written and read as JSON. Refer to the other value by an id, or flatten the"
          + " nesting into a List of records.";
    }
    String qualified = raw instanceof ClassName className ? className.canonicalName() : raw.toString();
    String instead = ScalarType.instead(qualified).orElse(CONTAINERS_INSTEAD.get(qualified));
    if (instead != null) {
      return ", which Missive cannot write as JSON (" + name + " is not supported). Use " + instead
          + " instead.";
    }
    String text = ", which Missive cannot write as JSON: " + name + " is none of " + SUPPORTED + ". Use one"
        + " of those, such as a record whose components are supported";
    if (!qualified.startsWith("java.") && !qualified.startsWith("javax.")) {
      text += "; for a class that holds one value, mark the method that returns it @JsonValue and a"
          + " static factory or constructor of one argument @JsonCreator, as Jackson reads value objects";
    }
    return text + ".";
  }

  static TypeName raw(TypeName type) {
    return type instanceof ParameterizedTypeName parameterized ? parameterized.rawType() : type;
  }
}
