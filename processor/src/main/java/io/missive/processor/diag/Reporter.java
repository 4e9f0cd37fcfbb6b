package io.missive.processor.diag;

import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/**
 * Reports diagnostics for one annotated type, on the element (and annotation mirror or value) they
 * concern, and remembers whether any of them was an error: a type with an error gets no generated code.
 */
public final class Reporter {

  private final Messager messager;
  private boolean errors;

  public Reporter(Messager messager) {
    this.messager = messager;
  }

  public void error(DiagnosticId id, String text, Element element) {
    print(Diagnostic.Kind.ERROR, id.format(text), element, null, null);
  }

  public void error(DiagnosticId id, String text, Element element, AnnotationMirror annotation) {
    print(Diagnostic.Kind.ERROR, id.format(text), element, annotation, null);
  }

  public void error(
      DiagnosticId id,
      String text,
      Element element,
      AnnotationMirror annotation,
      AnnotationValue value) {
    print(Diagnostic.Kind.ERROR, id.format(text), element, annotation, value);
  }

  /** Prints an already formatted message of the given kind on the element. */
  public void print(Diagnostic.Kind kind, String message, Element element) {
    print(kind, message, element, null, null);
  }

  private void print(
      Diagnostic.Kind kind,
      String message,
      Element element,
      AnnotationMirror annotation,
      AnnotationValue value) {
    if (kind == Diagnostic.Kind.ERROR) {
      errors = true;
    }
    if (value != null) {
      messager.printMessage(kind, message, element, annotation, value);
    } else if (annotation != null) {
      messager.printMessage(kind, message, element, annotation);
    } else {
      messager.printMessage(kind, message, element);
    }
  }

  /** Whether an error has been reported through this reporter. */
  public boolean hasErrors() {
    return errors;
  }
}
