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
      checkShape(model, upcaster, Site.upcaster(i), found);
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
    if (upcaster.returns() == Returns.OTHER) {
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
                + " JsonObject to replace it."));
  }
}
