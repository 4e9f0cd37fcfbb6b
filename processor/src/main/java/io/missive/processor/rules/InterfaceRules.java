package io.missive.processor.rules;

import io.missive.processor.diag.Diagnostic;
import io.missive.processor.diag.DiagnosticId;
import io.missive.processor.diag.Site;
import io.missive.processor.model.Declaration;
import io.missive.processor.model.MessageType;
import java.util.ArrayList;
import java.util.List;

/** The annotated interface can be implemented by a record generated beside it. */
public final class InterfaceRules implements Rule {

  @Override
  public List<Diagnostic> check(MessageType model) {
    Declaration declaration = model.declaration();
    String subject = Texts.annotatedInterface(model);
    List<Diagnostic> found = new ArrayList<>();
    if (declaration.generic()) {
      found.add(
          Diagnostic.of(
              DiagnosticId.GENERIC_INTERFACE,
              Site.type(),
              subject + " declares type parameters, but a message has one concrete payload shape that"
                  + " its JSON must describe. Remove the type parameters and use concrete types in the"
                  + " accessors."));
    }
    if (declaration.sealed()) {
      found.add(
          Diagnostic.of(
              DiagnosticId.SEALED_INTERFACE,
              Site.type(),
              subject + " is sealed, so the generated record may not implement it. Remove 'sealed'"
                  + " (and 'permits')."));
    }
    if (declaration.hiddenBy() != null) {
      String where =
          declaration.hiddenBy().isEmpty()
              ? "is private"
              : "is nested in private type '" + declaration.hiddenBy() + "'";
      found.add(
          Diagnostic.of(
              DiagnosticId.NOT_ACCESSIBLE,
              Site.type(),
              subject + " " + where + ", so the classes generated beside it in its package cannot"
                  + " implement it. Make it (and the types that enclose it) public or package-private."));
    }
    return found;
  }
}
