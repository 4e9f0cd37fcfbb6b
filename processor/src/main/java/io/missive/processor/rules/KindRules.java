package io.missive.processor.rules;

import io.missive.processor.diag.Diagnostic;
import io.missive.processor.diag.DiagnosticId;
import io.missive.processor.diag.Site;
import io.missive.processor.model.Declaration;
import io.missive.processor.model.MessageKind;
import io.missive.processor.model.MessageType;
import java.util.ArrayList;
import java.util.List;

/**
 * What must hold before anything else is judged: one message annotation, on an interface. These run
 * first and alone: a model that breaks them holds only its declaration.
 */
public final class KindRules {

  private KindRules() {}

  /** A message is exactly one kind. */
  public static final class OneKind implements Rule {

    @Override
    public List<Diagnostic> check(MessageType model) {
        List<MessageKind> others = model.declaration().otherKinds();
        if (others.isEmpty()) {
          return List.of();
        }
        List<String> names = new ArrayList<>();
        names.add(Texts.annotation(model.kind()));
        others.forEach(kind -> names.add(Texts.annotation(kind)));
        return List.of(
            Diagnostic.of(
                DiagnosticId.CONFLICTING_KINDS,
                Site.typeAnnotation(others.get(0).annotationName()),
                "'" + model.simpleName() + "' is annotated " + String.join(" and ", names) + ", but a"
                    + " message is exactly one of an event (a fact), a command (a request to change"
                    + " state) or a query (a request to read). Keep the one annotation that says what"
                    + " it is."));
    }
  }

  /** A message is declared as an interface. */
  public static final class OnInterface implements Rule {

    @Override
    public List<Diagnostic> check(MessageType model) {
        Declaration.ElementKind kind = model.declaration().elementKind();
        if (kind == Declaration.ElementKind.INTERFACE) {
          return List.of();
        }
        return List.of(
            Diagnostic.of(
                DiagnosticId.NOT_INTERFACE,
                Site.typeAnnotation(model.kind().annotationName()),
                Texts.annotation(model.kind()) + " is on " + kind.word() + " '" + model.simpleName()
                    + "', but messages are declared as interfaces: the processor generates the"
                    + " immutable implementation. Write 'interface " + model.simpleName()
                    + "' with one accessor method per payload field."));
    }
  }
}
