package io.missive.processor.rules;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import io.missive.processor.diag.DiagnosticId;
import io.missive.processor.model.Field;
import io.missive.processor.model.MessageType;
import io.missive.processor.model.Upcaster;
import io.missive.processor.model.ValueType;
import io.missive.processor.model.ValueType.Shape;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules a message must follow to be written and read as JSON: every payload type is one the
 * serializer knows, and the upcasters form one unbroken chain to the current version.
 */
public final class JsonRules {

  static final String SUPPORTED =
      "String, primitives and their boxes, BigDecimal, BigInteger, Instant, LocalDate, LocalDateTime,"
          + " OffsetDateTime, Duration, UUID, enums, Optional, List, Set, Map with String keys, and"
          + " records of these";

  /** What to use instead of some well-known unsupported types. */
  private static final Map<String, String> INSTEAD =
      Map.ofEntries(
          Map.entry("java.util.Date", "Instant"),
          Map.entry("java.util.Calendar", "Instant or OffsetDateTime"),
          Map.entry("java.sql.Timestamp", "Instant"),
          Map.entry("java.sql.Date", "LocalDate"),
          Map.entry("java.time.ZonedDateTime", "OffsetDateTime (or Instant)"),
          Map.entry("java.time.LocalTime", "a String such as \"10:30\", or a Duration since midnight"),
          Map.entry("java.time.Period", "a String (ISO-8601, such as \"P1M\") or a number of days"),
          Map.entry("java.util.Currency", "a String holding the ISO 4217 code"),
          Map.entry("java.util.Locale", "a String holding the language tag"),
          Map.entry("java.net.URI", "a String"),
          Map.entry("java.net.URL", "a String"),
          Map.entry("java.lang.Object", "a concrete supported type"),
          Map.entry("java.lang.CharSequence", "String"),
          Map.entry("java.lang.Number", "BigDecimal, or a primitive number type"),
          Map.entry("java.util.Collection", "List or Set"),
          Map.entry("java.lang.Iterable", "List or Set"),
          Map.entry("java.util.SortedSet", "Set (written in its iteration order)"),
          Map.entry("java.util.NavigableSet", "Set (written in its iteration order)"),
          Map.entry("java.util.SortedMap", "Map<String, ...> (written in its iteration order)"),
          Map.entry("java.util.NavigableMap", "Map<String, ...> (written in its iteration order)"),
          Map.entry("java.util.Queue", "List"),
          Map.entry("java.util.Deque", "List"));

  /** The errors of {@code model}; empty when it can be serialized. */
  public List<Finding> check(MessageType model) {
    List<Finding> findings = new ArrayList<>();
    for (Field field : model.fields()) {
      Problem problem = unsupported(field.type(), null, new HashSet<>());
      if (problem != null) {
        String head =
            "Accessor " + field.name() + "() of '" + model.simpleName() + "' has type "
                + simple(field.type().typeName());
        if (problem.component() != null) {
          head +=
              ", whose component " + problem.component().name() + " has type "
                  + simple(problem.component().type().typeName());
        }
        findings.add(Finding.onField(DiagnosticId.UNSUPPORTED_TYPE, field.name(), head + problem.text()));
      }
    }
    checkChain(model, findings);
    return findings;
  }

  /**
   * Why a type cannot be written as JSON.
   *
   * @param component the record component (named {@code Record.component}) whose type holds the
   *     problem, or {@code null} when it is in the accessor's own type
   * @param text the rest of the sentence: what, why, what instead
   */
  private record Problem(Field component, String text) {}

  /** Why {@code type} cannot be written as JSON, or {@code null} if it can. */
  private static Problem unsupported(ValueType type, Field component, Set<TypeName> enclosingRecords) {
    switch (type.shape()) {
      case OTHER:
        return new Problem(component, describeOther(type, enclosingRecords));
      case MAP:
        ValueType key = type.arguments().get(0);
        if (key.shape() != Shape.STRING) {
          return new Problem(
              component,
              ", but the keys of a JSON object are strings, so Missive cannot write a map keyed by "
                  + simple(key.typeName()) + ". Use Map<String, "
                  + simple(type.arguments().get(1).typeName())
                  + ">, or a List of records that hold the key and the value.");
        }
        return unsupported(type.arguments().get(1), component, enclosingRecords);
      case OPTIONAL:
        if (type.element().shape().isOptional()) {
          return new Problem(
              component,
              ", an Optional inside an Optional, which JSON cannot tell apart from an empty one (both"
                  + " are null). Use a single Optional.");
        }
        return unsupported(type.element(), component, enclosingRecords);
      case LIST:
      case SET:
        return unsupported(type.element(), component, enclosingRecords);
      case RECORD:
        Set<TypeName> inner = new HashSet<>(enclosingRecords);
        inner.add(type.typeName());
        String recordName = simple(raw(type.typeName()));
        for (Field part : type.components()) {
          Problem problem =
              unsupported(
                  part.type(),
                  new Field(recordName + "." + part.name(), part.type(), part.nullable()),
                  inner);
          if (problem != null) {
            return problem;
          }
        }
        return null;
      default:
        return null;
    }
  }

  private static String describeOther(ValueType type, Set<TypeName> enclosingRecords) {
    TypeName raw = raw(type.typeName());
    String name = simple(type.typeName());
    if (enclosingRecords.contains(type.typeName()) || enclosingRecords.contains(raw)) {
      return ", but record " + name + " contains itself, and a payload must have a fixed, finite"
          + " shape to be written and read as JSON. Refer to the other value by an id, or flatten the"
          + " nesting into a List of records.";
    }
    String qualified = raw instanceof ClassName className ? className.canonicalName() : raw.toString();
    String instead = INSTEAD.get(qualified);
    if (instead != null) {
      return ", which Missive cannot write as JSON (" + name + " is not supported). Use " + instead
          + " instead.";
    }
    return ", which Missive cannot write as JSON: " + name + " is none of " + SUPPORTED + ". Use one"
        + " of those, such as a record whose components are supported.";
  }

  /**
   * Every version from the oldest upcaster up to the current one needs its step; a missing one is
   * reported on the last upcaster before it, whose result nothing takes further.
   */
  private static void checkChain(MessageType model, List<Finding> findings) {
    if (model.upcasters().isEmpty()) {
      return;
    }
    Map<Integer, Upcaster> byFrom = new HashMap<>();
    model.upcasters().forEach(upcaster -> byFrom.put(upcaster.from(), upcaster));
    int oldest = model.oldestVersion();
    Upcaster last = byFrom.get(oldest);
    for (int from = oldest; from < model.version(); from++) {
      Upcaster step = byFrom.get(from);
      if (step != null) {
        last = step;
        continue;
      }
      findings.add(
          Finding.onUpcaster(
              DiagnosticId.UPCASTER_GAP,
              last.from(),
              "'" + model.simpleName() + "' is at version " + model.version() + " and upcasts"
                  + " versions from " + oldest + ", but no upcaster takes version " + from + " to "
                  + (from + 1) + " ('" + last.method() + "' stops at version " + (last.from() + 1)
                  + "), so a payload of version " + oldest + " to " + from + " could never be read."
                  + " Add the missing step: @Upcast(from = " + from + ") static void ...(JsonObject"
                  + " data)."));
    }
  }

  static String simple(TypeName type) {
    return type.toString().replaceAll("\\b[a-z][a-z0-9_]*\\.", "");
  }

  private static TypeName raw(TypeName type) {
    return type instanceof ParameterizedTypeName parameterized ? parameterized.rawType() : type;
  }
}
