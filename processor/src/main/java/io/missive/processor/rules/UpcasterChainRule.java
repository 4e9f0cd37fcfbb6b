package io.missive.processor.rules;

import io.missive.processor.diag.Diagnostic;
import io.missive.processor.diag.DiagnosticId;
import io.missive.processor.diag.Site;
import io.missive.processor.model.MessageType;
import io.missive.processor.model.Upcaster;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The upcasters form one unbroken chain from the oldest version they read to the current one. A missing
 * step is reported on the last upcaster before it, whose result nothing takes further.
 */
public final class UpcasterChainRule implements Rule {

  @Override
  public List<Diagnostic> check(MessageType model) {
    List<Upcaster> upcasters = model.upcasters();
    if (upcasters.isEmpty()) {
      return List.of();
    }
    Map<Integer, Upcaster> byFrom = new HashMap<>();
    upcasters.forEach(upcaster -> byFrom.put(upcaster.from(), upcaster));
    int oldest = model.oldestVersion();
    Upcaster last = byFrom.get(oldest);
    List<Diagnostic> found = new ArrayList<>();
    for (int from = oldest; from < model.version(); from++) {
      Upcaster step = byFrom.get(from);
      if (step != null) {
        last = step;
        continue;
      }
      found.add(
          Diagnostic.of(
              DiagnosticId.UPCASTER_GAP,
              Site.upcaster(indexOf(model, last.from())),
              "'" + model.simpleName() + "' is at version " + model.version() + " and upcasts"
                  + " versions from " + oldest + ", but no upcaster takes version " + from + " to "
                  + (from + 1) + " ('" + last.method() + "' stops at version " + (last.from() + 1)
                  + "), so a payload of version " + oldest + " to " + from + " could never be read."
                  + " Add the missing step: @Upcast(from = " + from + ") static void ...(JsonObject"
                  + " data)."));
    }
    return found;
  }

  private static int indexOf(MessageType model, int from) {
    for (int i = 0; i < model.upcasterMethods().size(); i++) {
      if (model.upcasterMethods().get(i).from() == from) {
        return i;
      }
    }
    throw new IllegalStateException("no upcaster from " + from);
  }
}
