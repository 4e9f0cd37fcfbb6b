package io.missive.processor.diag;

import java.util.List;
import java.util.Map;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic.Kind;

/**
 * Prints diagnostics on the element, annotation mirror and annotation value their {@link Site} names:
 * the one place where the model's sites meet the compiler's elements.
 */
public final class Reporter {

  private final Messager messager;

  public Reporter(Messager messager) {
    this.messager = messager;
  }

  /** Prints every diagnostic of {@code diagnostics}, each where it belongs in {@code locations}. */
  public void report(List<Diagnostic> diagnostics, Locations locations) {
    for (Diagnostic diagnostic : diagnostics) {
      report(diagnostic, locations);
    }
  }

  /** Prints {@code diagnostic} where it belongs in {@code locations}. */
  public void report(Diagnostic diagnostic, Locations locations) {
    Kind kind = diagnostic.isError() ? Kind.ERROR : Kind.WARNING;
    Site site = diagnostic.site();
    Element element = locations.element(site);
    if (element == null) {
      messager.printMessage(kind, diagnostic.message());
      return;
    }
    AnnotationMirror annotation = site.annotation() == null ? null : mirror(element, site.annotation());
    AnnotationValue value =
        annotation == null || site.member() == null ? null : value(annotation, site.member());
    if (value != null) {
      messager.printMessage(kind, diagnostic.message(), element, annotation, value);
    } else if (annotation != null) {
      messager.printMessage(kind, diagnostic.message(), element, annotation);
    } else {
      messager.printMessage(kind, diagnostic.message(), element);
    }
  }

  private static AnnotationMirror mirror(Element element, String qualifiedName) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      TypeElement type = (TypeElement) mirror.getAnnotationType().asElement();
      if (type.getQualifiedName().contentEquals(qualifiedName)) {
        return mirror;
      }
    }
    return null;
  }

  /** The value written for {@code member}; {@code null} when it was left at its default. */
  private static AnnotationValue value(AnnotationMirror annotation, String member) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry :
        annotation.getElementValues().entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals(member)) {
        return entry.getValue();
      }
    }
    return null;
  }
}
