package io.missive.processor.read;

import java.util.LinkedHashMap;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/** Finding annotations and their explicitly written values on elements. */
final class Annotations {

  /** The qualified name of {@code @Upcast}. */
  static final String UPCAST = "io.missive.Upcast";

  /** The qualified name of {@code @MessageSource}. */
  static final String MESSAGE_SOURCE = "io.missive.MessageSource";

  private Annotations() {}

  /** The annotation of type {@code qualifiedName} on {@code element}, or {@code null}. */
  static AnnotationMirror mirror(Element element, String qualifiedName) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      TypeElement type = (TypeElement) mirror.getAnnotationType().asElement();
      if (type.getQualifiedName().contentEquals(qualifiedName)) {
        return mirror;
      }
    }
    return null;
  }

  /** The values written in {@code annotation}, by member name (defaults left out). */
  static Map<String, AnnotationValue> values(AnnotationMirror annotation) {
    Map<String, AnnotationValue> values = new LinkedHashMap<>();
    annotation
        .getElementValues()
        .forEach((method, value) -> values.put(method.getSimpleName().toString(), value));
    return values;
  }
}
