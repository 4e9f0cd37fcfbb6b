package io.missive.processor.read;

import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/** Whether a thrown type is a checked exception. */
final class Exceptions {

  private Exceptions() {}

  static boolean isChecked(TypeMirror thrown, Elements elements, Types types) {
    TypeElement runtime = elements.getTypeElement("java.lang.RuntimeException");
    TypeElement error = elements.getTypeElement("java.lang.Error");
    return !(runtime != null && types.isSubtype(thrown, runtime.asType()))
        && !(error != null && types.isSubtype(thrown, error.asType()));
  }
}
