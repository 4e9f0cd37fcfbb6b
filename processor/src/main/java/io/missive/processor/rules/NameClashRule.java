package io.missive.processor.rules;

import io.missive.processor.diag.Diagnostic;
import io.missive.processor.diag.DiagnosticId;
import io.missive.processor.diag.Site;
import io.missive.processor.model.MessageType;
import java.util.ArrayList;
import java.util.List;

/** The names of the generated types are free: no type of the user's or of this build has them. */
public final class NameClashRule implements Rule {

  @Override
  public List<Diagnostic> check(MessageType model) {
    List<Diagnostic> found = new ArrayList<>();
    for (String taken : model.takenNames()) {
      found.add(
          Diagnostic.of(
              DiagnosticId.NAME_CLASH,
              Site.type(),
              "Missive generates '" + taken + "' for '" + model.simpleName() + "', but a type of that"
                  + " name already exists. Rename the interface, or move it or the other type to"
                  + " another package."));
    }
    return found;
  }
}
