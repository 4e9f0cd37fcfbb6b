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
 * Every version the message reads reaches the current one: the upcasters form one unbroken chain from
 * the oldest version read (the annotation's {@code readsFrom}, or the oldest upcaster) to the current
 * one, and a version above 1 says how the one before it is read. A missing step is reported on the
 * last upcaster before it, whose result nothing takes further, or on {@code readsFrom}.
 */
public final class UpcasterChainRule implements Rule {

  @Override
  public List<Diagnostic> check(MessageType model) {
    List<Upcaster> upcasters = model.upcasters();
    if (upcasters.isEmpty() && model.readsFrom() == 0) {
      return model.version() > 1 ? List.of(missing(model)) : List.of();
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
      String missing =
          "no upcaster takes version " + from + " to " + (from + 1)
              + (last == null ? "" : " ('" + last.method() + "' stops at version " + (last.from() + 1) + ")")
              + ", so a payload of version " + oldest + " to " + from + " could never be read.";
      String reads =
          "'" + model.simpleName() + "' is at version " + model.version() + " and "
              + (last == null
                  ? "reads from version " + oldest + " (readsFrom = " + oldest + "), but "
                  : "upcasts versions from " + oldest + ", but ");
      String fix =
          " Add the missing step: @Upcast(from = " + from + ") static void ...(JsonObject data)"
              + (last == null ? ", or raise readsFrom to " + (from + 1) + "." : ".");
      Site site =
          last == null
              ? Site.typeAnnotationValue(model.kind().annotationName(), "readsFrom")
              : Site.upcaster(indexOf(model, last.from()));
      found.add(Diagnostic.of(DiagnosticId.UPCASTER_GAP, site, reads + missing + fix));
    }
    return found;
  }

  /** A version above 1 with neither an upcaster nor {@code readsFrom}. */
  private static Diagnostic missing(MessageType model) {
    int previous = model.version() - 1;
    String annotation = Texts.annotation(model.kind());
    return Diagnostic.of(
        DiagnosticId.UPCASTER_MISSING,
        Site.typeAnnotationValue(model.kind().annotationName(), "version"),
        "'" + model.simpleName() + "' is at version " + model.version() + " but has no upcaster, so a"
            + " message of version " + previous + " (from an older producer, or stored before the"
            + " change) could not be read: the reader would reject it as older than " + model.version()
            + ". Add @Upcast(from = " + previous + ") static void ...(JsonObject data) to read version "
            + previous + ", or, if no message of an older version must be read, say so with "
            + annotation + "(version = " + model.version() + ", readsFrom = " + model.version() + ").");
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
