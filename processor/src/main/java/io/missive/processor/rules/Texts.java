package io.missive.processor.rules;

import com.palantir.javapoet.TypeName;
import io.missive.processor.model.Accessor;
import io.missive.processor.model.MessageKind;
import io.missive.processor.model.MessageType;

/** Pieces of text that several rules' messages share. */
final class Texts {

  private Texts() {}

  /** {@code Accessor total()}, with {@code (inherited from Parent)} when another interface declares it. */
  static String accessor(Accessor accessor) {
    return "Accessor " + accessor.name() + "()"
        + (accessor.declaredIn() == null ? "" : " (inherited from " + accessor.declaredIn() + ")");
  }

  /** The annotation of a kind as written: {@code @DomainEvent}. */
  static String annotation(MessageKind kind) {
    return "@" + kind.annotationSimpleName();
  }

  /** {@code @DomainEvent interface 'OrderPlaced'}. */
  static String annotatedInterface(MessageType model) {
    return annotation(model.kind()) + " interface '" + model.simpleName() + "'";
  }

  /** A type without its packages: {@code List<String>}. */
  static String simple(TypeName type) {
    return simple(type.toString());
  }

  /** A type as javac writes it, without its packages. */
  static String simple(String type) {
    return type.replaceAll("\\b[a-z][a-z0-9_]*\\.", "");
  }

  static String capitalize(String text) {
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  static String decapitalize(String text) {
    return text.substring(0, 1).toLowerCase() + text.substring(1);
  }
}
