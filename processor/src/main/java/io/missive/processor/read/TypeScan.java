package io.missive.processor.read;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;

/**
 * Visits every type an accessor's type reaches: its type arguments, wildcard bounds, array components
 * and, for records, their components' types, each record once.
 */
final class TypeScan {

  private TypeScan() {}

  /** Calls {@code visitor} with {@code type} and every type inside it. */
  static void scan(TypeMirror type, Consumer<TypeMirror> visitor) {
    scan(type, visitor, new HashSet<>());
  }

  private static void scan(TypeMirror type, Consumer<TypeMirror> visitor, Set<Element> records) {
    visitor.accept(type);
    if (type.getKind() == TypeKind.ARRAY) {
      scan(((ArrayType) type).getComponentType(), visitor, records);
    } else if (type.getKind() == TypeKind.WILDCARD) {
      WildcardType wildcard = (WildcardType) type;
      TypeMirror bound =
          wildcard.getExtendsBound() != null ? wildcard.getExtendsBound() : wildcard.getSuperBound();
      if (bound != null) {
        scan(bound, visitor, records);
      }
    } else if (type.getKind() == TypeKind.DECLARED) {
      DeclaredType declared = (DeclaredType) type;
      for (TypeMirror argument : declared.getTypeArguments()) {
        scan(argument, visitor, records);
      }
      Element element = declared.asElement();
      if (element.getKind() == ElementKind.RECORD && records.add(element)) {
        for (RecordComponentElement component : ((TypeElement) element).getRecordComponents()) {
          scan(component.asType(), visitor, records);
        }
      }
    }
  }

  /** The private type, or private type enclosing it, that makes {@code type} unusable elsewhere. */
  static TypeElement privateType(TypeMirror type) {
    if (type.getKind() != TypeKind.DECLARED) {
      return null;
    }
    for (Element e = ((DeclaredType) type).asElement();
        e != null && e.getKind() != ElementKind.PACKAGE;
        e = e.getEnclosingElement()) {
      if ((e.getKind().isClass() || e.getKind().isInterface()) && e.getModifiers().contains(Modifier.PRIVATE)) {
        return (TypeElement) e;
      }
    }
    return null;
  }
}
