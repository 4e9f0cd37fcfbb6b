package io.missive.processor.read;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.type.TypeMirror;

/**
 * Whether an accessor opted in to {@code null}: any annotation whose simple name is
 * {@code Nullable} or {@code CheckForNull}, on the method (declaration annotations such as JSR 305's) or on its return type
 * (type-use annotations such as JSpecify's or the Checker Framework's).
 */
final class Nullability {

  private Nullability() {}

  static boolean isNullable(Element accessor, TypeMirror returnType) {
    if (returnType.getKind().isPrimitive()) {
      return false;
    }
    return hasNullable(accessor.getAnnotationMirrors()) || hasNullable(returnType.getAnnotationMirrors());
  }

  static boolean hasNullable(Iterable<? extends AnnotationMirror> annotations) {
    for (AnnotationMirror annotation : annotations) {
      CharSequence name = annotation.getAnnotationType().asElement().getSimpleName();
      if (name.toString().equals("Nullable") || name.toString().equals("CheckForNull")) {
        return true;
      }
    }
    return false;
  }
}
