package io.missive.processor.rules;

import io.missive.processor.diag.Diagnostic;
import io.missive.processor.diag.DiagnosticId;
import io.missive.processor.diag.Site;
import io.missive.processor.model.StrayUpcaster;
import java.util.ArrayList;
import java.util.List;

/** {@code @Upcast} belongs in a message interface, whose reader calls it. */
public final class UpcastPlacementRule {

  private UpcastPlacementRule() {}

  /** One error per stray upcaster, on its {@code @Upcast}. */
  public static List<Diagnostic> check(List<StrayUpcaster> strays) {
    List<Diagnostic> found = new ArrayList<>();
    for (int i = 0; i < strays.size(); i++) {
      StrayUpcaster stray = strays.get(i);
      found.add(
          Diagnostic.of(
              DiagnosticId.UPCASTER_PLACEMENT,
              Site.upcastAnnotation(i),
              "@Upcast is on '" + stray.method() + "' of '" + stray.owner() + "', which is not a"
                  + " message interface, so no reader will ever call it. Move it into the @DomainEvent,"
                  + " @Command or @Query interface whose older versions it reads."));
    }
    return found;
  }
}
