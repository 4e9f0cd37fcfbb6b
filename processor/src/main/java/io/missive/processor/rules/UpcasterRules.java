package io.missive.processor.rules;

import io.missive.processor.diag.Diagnostic;
import io.missive.processor.diag.DiagnosticId;
import io.missive.processor.diag.Site;
import io.missive.processor.model.MessageType;
import io.missive.processor.model.RuntimeNames;
import io.missive.processor.model.UpcasterMethod;
import io.missive.processor.model.UpcasterMethod.Returns;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every {@code @Upcast} method can be called by the generated reader, reads an older version, and is
 * the only one for its version.
 */
public final class UpcasterRules implements Rule {

  @Override
  public List<Diagnostic> check(MessageType model) {
    List<Diagnostic> found = new ArrayList<>();
    Map<Integer, String> byVersion = new HashMap<>();
    for (int i = 0; i < model.upcasterMethods().size(); i++) {
      UpcasterMethod upcaster = model.upcasterMethods().get(i);
      if (upcaster.typed()) {
        checkTyped(model, upcaster, Site.upcaster(i), found);
      } else {
        checkShape(model, upcaster, Site.upcaster(i), found);
        checkAfterTyped(model, upcaster, Site.upcaster(i), found);
      }
      int from = upcaster.from();
      if (from < 1 || from >= model.version()) {
        found.add(
            Diagnostic.of(
                DiagnosticId.UPCASTER_VERSION,
                Site.upcastFrom(i),
                "@Upcast(from = " + from + ") on '" + upcaster.name() + "' would read version " + from
                    + " and return version " + (from + 1) + ", but " + whyNotOlder(model, from) + "."));
      } else if (model.readsFrom() > from) {
        found.add(
            Diagnostic.of(
                DiagnosticId.UPCASTER_VERSION,
                Site.upcastFrom(i),
                "@Upcast(from = " + from + ") on '" + upcaster.name() + "' would read version " + from
                    + ", but '" + model.simpleName() + "' reads from version " + model.readsFrom()
                    + " (readsFrom = " + model.readsFrom() + "), so it would never run. Remove it, or"
                    + " lower readsFrom to " + from + "."));
      } else if (byVersion.containsKey(from)) {
        found.add(
            Diagnostic.of(
                DiagnosticId.UPCASTER_DUPLICATE,
                Site.upcastFrom(i),
                "@Upcast(from = " + from + ") on '" + upcaster.name() + "': '" + byVersion.get(from)
                    + "' already upcasts version " + from + ", and a reader must know which one to"
                    + " run. Merge the two into one method."));
      } else {
        byVersion.put(from, upcaster.name());
      }
    }
    return found;
  }

  private static String whyNotOlder(MessageType model, int from) {
    if (from < 1) {
      return "versions start at 1";
    }
    if (model.version() == 1) {
      return "'" + model.simpleName() + "' is at version 1, so there is no older version to upcast."
          + " Raise the version when the payload changes shape, then upcast from the version before";
    }
    return "'" + model.simpleName() + "' is at version " + model.version() + ", which is read"
        + " directly: upcasters read older versions only, so from is 1 to " + (model.version() - 1)
        + ". If the payload changed again, raise the version to " + (from + 1);
  }

  private static void checkShape(MessageType model, UpcasterMethod upcaster, Site site, List<Diagnostic> found) {
    List<String> problems = new ArrayList<>();
    if (!upcaster.isStatic()) {
      problems.add("it is not static");
    }
    if (upcaster.isPrivate()) {
      problems.add("it is private, so the generated reader cannot call it");
    }
    if (upcaster.generic()) {
      problems.add("it declares type parameters");
    }
    if (!upcaster.takesJsonObject()) {
      problems.add(
          "it takes (" + String.join(", ", upcaster.parameterTypes()) + ") instead of (JsonObject data)");
    }
    if (upcaster.returns() != Returns.VOID && upcaster.returns() != Returns.JSON_OBJECT) {
      problems.add("it returns " + upcaster.returnType() + " instead of void or JsonObject");
    }
    for (String thrown : upcaster.checkedThrows()) {
      problems.add("it throws the checked exception " + thrown + " (fail with an unchecked one)");
    }
    if (problems.isEmpty()) {
      return;
    }
    String name = upcaster.name();
    found.add(
        Diagnostic.of(
            DiagnosticId.UPCASTER_SIGNATURE,
            site,
            "@Upcast method '" + name + "' of '" + model.simpleName() + "' cannot be called by the"
                + " generated reader: " + String.join("; ", problems) + ". Declare it as 'static void "
                + name + "(" + RuntimeNames.JSON_OBJECT + " data)' to change the old payload in place, or return"
                + " JsonObject to replace it. With the schema lock, it can also be written against types:"
                + " 'static " + nextType(model, upcaster.from()) + " " + name + "(" + frozen(model, upcaster.from())
                + " v" + upcaster.from() + ")'."));
  }

  /** The frozen record of {@code version}, as the user writes it: {@code OrderPlacedEvent.V1}. */
  static String frozen(MessageType model, int version) {
    return model.envelope().simpleName() + ".V" + version;
  }

  /** What a typed upcaster from {@code from} returns: the next frozen record, or the current payload. */
  static String nextType(MessageType model, int from) {
    return from + 1 >= model.version() ? model.simpleName() : frozen(model, from + 1);
  }

  /**
   * A typed upcaster: static, callable, and from its frozen record to the next one, or to the current
   * payload for the last step.
   */
  private static void checkTyped(MessageType model, UpcasterMethod upcaster, Site site, List<Diagnostic> found) {
    checkCallable(model, upcaster, site, found);
    int from = upcaster.from();
    if (from < 1 || from >= model.version()) {
      return; // the version rule says what is wrong
    }
    String name = upcaster.name();
    String wanted =
        "Declare it as 'static " + nextType(model, from) + " " + name + "(" + frozen(model, from) + " v" + from + ")'"
            + (from + 1 == model.version() ? " (or return " + model.payloadRecord().simpleName() + ")" : "")
            + ".";
    if (upcaster.takesFrozen() != from) {
      found.add(
          Diagnostic.of(
              DiagnosticId.UPCASTER_TYPED,
              site,
              "@Upcast(from = " + from + ") method '" + name + "' takes " + frozen(model, upcaster.takesFrozen())
                  + ", the payload of version " + upcaster.takesFrozen() + ", but reads version " + from
                  + ": the reader hands it the payload as it was at version " + from + ". " + wanted));
      return;
    }
    boolean last = from + 1 == model.version();
    String returned =
        switch (upcaster.returns()) {
          case FROZEN -> upcaster.returnsFrozen() == from + 1 && !last
              ? null
              : frozen(model, upcaster.returnsFrozen()) + ", the payload of version " + upcaster.returnsFrozen();
          case PAYLOAD -> last ? null : "the current payload (version " + model.version() + ")";
          case VOID -> "nothing (void): a frozen record cannot be changed in place";
          case JSON_OBJECT -> "a JsonObject: a typed step returns a record";
          case OTHER -> upcaster.returnType();
        };
    if (returned != null) {
      String next = last ? "the current payload, " + model.simpleName() : frozen(model, from + 1);
      found.add(
          Diagnostic.of(
              DiagnosticId.UPCASTER_TYPED,
              site,
              "@Upcast(from = " + from + ") method '" + name + "' returns " + returned + ", but the step from "
                  + from + " returns version " + (from + 1) + ", " + next + ". " + wanted));
    }
  }

  /**
   * A tree upcaster after a typed one: the typed step's result is a record, which the reader would
   * have to write back into a tree. Tree steps come first, from the oldest versions.
   */
  private static void checkAfterTyped(MessageType model, UpcasterMethod upcaster, Site site, List<Diagnostic> found) {
    for (UpcasterMethod other : model.upcasterMethods()) {
      if (other.typed() && other.from() < upcaster.from()) {
        found.add(
            Diagnostic.of(
                DiagnosticId.UPCASTER_TYPED,
                site,
                "@Upcast(from = " + upcaster.from() + ") method '" + upcaster.name() + "' upcasts on the JSON"
                    + " tree, but the step before it, '" + other.name() + "' (from = " + other.from() + "), is"
                    + " typed and returns a record, not a tree. In one chain, the tree steps read the oldest"
                    + " versions and the typed ones follow. Write '" + upcaster.name() + "' against types: 'static "
                    + nextType(model, upcaster.from()) + " " + upcaster.name() + "(" + frozen(model, upcaster.from())
                    + " v" + upcaster.from() + ")', or '" + other.name() + "' on the tree."));
        return;
      }
    }
  }

  private static void checkCallable(MessageType model, UpcasterMethod upcaster, Site site, List<Diagnostic> found) {
    List<String> problems = new ArrayList<>();
    if (!upcaster.isStatic()) {
      problems.add("it is not static");
    }
    if (upcaster.isPrivate()) {
      problems.add("it is private, so the generated reader cannot call it");
    }
    if (upcaster.generic()) {
      problems.add("it declares type parameters");
    }
    for (String thrown : upcaster.checkedThrows()) {
      problems.add("it throws the checked exception " + thrown + " (fail with an unchecked one)");
    }
    if (!problems.isEmpty()) {
      found.add(
          Diagnostic.of(
              DiagnosticId.UPCASTER_SIGNATURE,
              site,
              "@Upcast method '" + upcaster.name() + "' of '" + model.simpleName() + "' cannot be called by the"
                  + " generated reader: " + String.join("; ", problems) + ". Declare it as 'static "
                  + nextType(model, upcaster.from()) + " " + upcaster.name() + "(" + frozen(model, upcaster.from())
                  + " v" + upcaster.from() + ")'."));
    }
  }
}
