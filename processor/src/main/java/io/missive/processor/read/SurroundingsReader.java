package io.missive.processor.read;

import io.missive.processor.model.Accessor;
import io.missive.processor.model.Hints;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;

/** Reads what the writers must know about where the generated code goes: the {@link Hints}. */
final class SurroundingsReader {

  private static final String GENERATED = "javax.annotation.processing.Generated";
  private static final String JSON_SERIALIZE = "com.fasterxml.jackson.databind.annotation.JsonSerialize";

  private final Elements elements;
  private final AccessorReader accessors;
  private final Modules modules;

  SurroundingsReader(Elements elements, AccessorReader accessors) {
    this.elements = elements;
    this.accessors = accessors;
    this.modules = new Modules(elements);
  }

  Hints hints(TypeElement type, Iterable<ExecutableElement> methods, List<Accessor> read) {
    Set<String> alwaysQualify = new LinkedHashSet<>();
    for (Accessor accessor : read) {
      alwaysQualify.add(accessor.name());
    }
    boolean[] deprecated = {elements.isDeprecated(type)};
    memberTypeNames(type, alwaysQualify, new LinkedHashSet<>());
    for (ExecutableElement method : methods) {
      // The record and the envelope override and call a deprecated accessor.
      if (elements.isDeprecated(method)) {
        deprecated[0] = true;
      }
      TypeScan.scan(
          accessors.returnType(type, method),
          t -> {
            if (t.getKind() == TypeKind.DECLARED && elements.isDeprecated(((DeclaredType) t).asElement())) {
              deprecated[0] = true;
            }
          });
    }
    return new Hints(
        modules.visible(type, GENERATED), modules.visible(type, JSON_SERIALIZE), deprecated[0], alwaysQualify);
  }

  /** The simple names of the member types of {@code type} and its superinterfaces, which the record inherits. */
  private void memberTypeNames(TypeElement type, Set<String> names, Set<TypeElement> visited) {
    if (!visited.add(type)) {
      return;
    }
    for (Element member : type.getEnclosedElements()) {
      if (member.getKind().isClass() || member.getKind().isInterface()) {
        names.add(member.getSimpleName().toString());
      }
    }
    for (TypeMirror parent : type.getInterfaces()) {
      if (parent.getKind() == TypeKind.DECLARED) {
        memberTypeNames((TypeElement) ((DeclaredType) parent).asElement(), names, visited);
      }
    }
  }
}
