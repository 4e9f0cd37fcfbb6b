package io.missive.processor.read;

import io.missive.processor.model.RuntimeNames;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/** Finding annotations and their explicitly written values on elements. */
final class Annotations {

  /** The qualified name of {@code @Upcast}. */
  static final String UPCAST = RuntimeNames.UPCAST.canonicalName();

  /** The qualified name of {@code @Sensitive}. */
  static final String SENSITIVE = RuntimeNames.SENSITIVE.canonicalName();

  /** The qualified name of {@code @PartitionKey}. */
  static final String PARTITION_KEY = RuntimeNames.PARTITION_KEY.canonicalName();

  /** The qualified name of {@code @MessageSource}. */
  static final String MESSAGE_SOURCE = RuntimeNames.MESSAGE_SOURCE.canonicalName();

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
