package io.missive.processor.rules;

import io.missive.processor.diag.Diagnostic;
import io.missive.processor.diag.DiagnosticId;
import io.missive.processor.diag.Site;
import io.missive.processor.model.Accessor;
import io.missive.processor.model.Accessor.Reached;
import io.missive.processor.model.MessageType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Every abstract method is a payload field the generated record can implement: no parameters, no
 * type parameters, a value type that is immutable, complete and visible, a name the record and the
 * builder leave free.
 */
public final class AccessorRules implements Rule {

  /** Builder methods of the envelope that a payload accessor must not take. */
  static final Set<String> BUILDER_NAMES =
      Set.of("id", "timestamp", "correlationId", "causationId", "causedBy", "data", "build");

  /** Names no record component may have (JLS 8.10.1), besides the Object methods never read. */
  static final Set<String> RECORD_ILLEGAL =
      Set.of("clone", "finalize", "getClass", "hashCode", "notify", "notifyAll", "toString", "wait");

  @Override
  public List<Diagnostic> check(MessageType model) {
    List<Diagnostic> found = new ArrayList<>();
    for (int i = 0; i < model.accessors().size(); i++) {
      check(model, model.accessors().get(i), Site.accessor(i), found);
    }
    return found;
  }

  private static void check(MessageType model, Accessor accessor, Site site, List<Diagnostic> found) {
    String where = Texts.accessor(accessor);
    String name = accessor.name();
    if (accessor.parameters() > 0) {
      found.add(
          Diagnostic.of(
              DiagnosticId.ACCESSOR_PARAMETERS,
              site,
              where + " takes parameters, but every abstract method of a message interface is a"
                  + " payload field read without arguments. Remove the parameters, or make it a default"
                  + " method."));
    }
    if (accessor.generic()) {
      found.add(
          Diagnostic.of(
              DiagnosticId.GENERIC_ACCESSOR,
              site,
              where + " declares type parameters, but a payload field has one concrete type. Remove"
                  + " the type parameters and return a concrete type."));
    }
    if (accessor.returnsVoid()) {
      found.add(
          Diagnostic.of(
              DiagnosticId.VOID_ACCESSOR,
              site,
              where + " returns void, but every abstract method of a message interface is a payload"
                  + " field. Return the field's type, or make it a default method."));
      return;
    }
    if (accessor.array() != null) {
      found.add(
          Diagnostic.of(
              DiagnosticId.ARRAY_ACCESSOR,
              site,
              where + " uses an array (" + accessor.typeText() + "), but arrays are mutable and"
                  + " compare by identity, so the message could be neither immutable nor equal by"
                  + " value. Use " + listInstead(accessor.array()) + " instead."));
    } else if (accessor.rawType()) {
      found.add(
          Diagnostic.of(
              DiagnosticId.RAW_TYPE,
              site,
              where + " returns the raw type " + accessor.typeText() + ", which leaves the element"
                  + " type unknown. Give its type arguments, such as List<String>."));
    }
    if (!accessor.checkedThrows().isEmpty()) {
      found.add(
          Diagnostic.of(
              DiagnosticId.ACCESSOR_THROWS,
              site,
              where + " declares the checked exception " + accessor.checkedThrows().get(0) + ", but a"
                  + " payload field is a plain value that reading can never fail. Remove the throws"
                  + " clause."));
    }
    if (RECORD_ILLEGAL.contains(name)) {
      found.add(
          Diagnostic.of(
              DiagnosticId.RESERVED_NAME,
              site,
              where + " cannot be a field of the generated record: Java forbids record components"
                  + " named like the methods of Object (" + name + "). Name the field after what it"
                  + " holds."));
    }
    checkReached(accessor, where, site, found);
    if (accessor.nullable() && accessor.type().isOptional()) {
      found.add(
          Diagnostic.of(
              DiagnosticId.NULLABLE_MISUSE,
              site,
              where + " is both @Nullable and an Optional, but an Optional already says 'maybe"
                  + " absent' and must itself never be null. Remove @Nullable; leave the Optional"
                  + " empty instead."));
    }
    if (BUILDER_NAMES.contains(name)) {
      found.add(
          Diagnostic.of(
              DiagnosticId.RESERVED_NAME,
              site,
              where + " is named like the envelope builder's own method " + name + "(...), which sets"
                  + " message metadata. Name the field after what it holds, such as '"
                  + Texts.decapitalize(model.simpleName()) + Texts.capitalize(name) + "'."));
    }
  }

  /**
   * Every type the accessor's type reaches: none may be private (the generated classes could not
   * name it), a generic record is used with concrete type arguments (the reader must create it), and
   * no collection element may be {@code @Nullable} (copies reject null elements).
   */
  private static void checkReached(Accessor accessor, String where, Site site, List<Diagnostic> found) {
    for (Reached reached : accessor.reached()) {
      if (reached.kind() == Reached.Kind.PRIVATE) {
        found.add(
            Diagnostic.of(
                DiagnosticId.NOT_ACCESSIBLE,
                site,
                where + " uses " + reached.type() + ", which is private, so the classes generated"
                    + " beside the interface cannot use it. Make it package-private or public."));
      } else {
        found.add(
            Diagnostic.of(
                DiagnosticId.UNSUPPORTED_TYPE,
                site,
                where + " uses the record " + reached.type() + " with a wildcard type argument, so it"
                    + " could not be created when read. Give the record concrete type arguments."));
      }
    }
    if (accessor.nullableTypeArgument() != null) {
      found.add(
          Diagnostic.of(
              DiagnosticId.NULLABLE_MISUSE,
              site,
              where + " marks an element type @Nullable (" + accessor.nullableTypeArgument() + "), but"
                  + " the copies of lists, sets and maps reject null elements. Remove @Nullable there,"
                  + " or wrap it in Optional."));
    }
  }

  /** What to use instead of an array: a list of its boxed component. */
  private static String listInstead(Accessor.ArrayUse array) {
    String component = array.component();
    if (component == null) {
      return "a List in place of each array (byte[] is supported only as an accessor's own type, as"
          + " Base64)";
    }
    String element =
        switch (component) {
          case "boolean" -> "Boolean";
          case "short" -> "Short";
          case "int" -> "Integer";
          case "long" -> "Long";
          case "char" -> "Character";
          case "float" -> "Float";
          case "double" -> "Double";
          default -> component.replaceAll("[a-z0-9_]+\\.", "");
        };
    return "List<" + element + ">";
  }
}
