package io.missive.processor.rules;

import io.missive.processor.diag.Diagnostic;
import io.missive.processor.diag.DiagnosticId;
import io.missive.processor.diag.Site;
import io.missive.processor.model.MessageType;
import io.missive.processor.model.MutableComponent;
import java.util.ArrayList;
import java.util.List;

/**
 * A message is immutable only as deep as its types: Missive copies the collections of its own payload
 * record, but a record of the user's that keeps the list it was given leaves the message open to
 * change. Missive cannot change that record, so it says so, with the line that fixes it.
 */
public final class MutableComponentRule implements Rule {

  @Override
  public List<Diagnostic> check(MessageType model) {
    List<Diagnostic> found = new ArrayList<>();
    for (int i = 0; i < model.mutableComponents().size(); i++) {
      MutableComponent component = model.mutableComponents().get(i);
      String name = component.component();
      String copy = component.collection() + ".copyOf";
      String fix =
          component.inOptional()
              ? name + " = " + name + ".map(" + copy.replace(".", "::") + ");"
              : name + " = " + copy + "(" + name + ");";
      found.add(
          Diagnostic.of(
              DiagnosticId.MUTABLE_COMPONENT,
              Site.component(i),
              "Component " + name + " of record " + component.record() + " holds "
                  + (component.inOptional() ? "an Optional of a " : "a ") + component.collection()
                  + " that " + component.record() + " does not copy, so whoever keeps the "
                  + component.collection() + " it passed can change '" + model.simpleName()
                  + "' after it is built (and its equals and hashCode with it). Missive copies the"
                  + " collections of its own payload but cannot change your record: copy it in the"
                  + " record's compact constructor, '" + fix + "'."));
    }
    return found;
  }
}
