package io.missive.processor.read;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import io.missive.processor.model.Accessor;
import io.missive.processor.model.Field;
import io.missive.processor.model.ValueType;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * The constants of the enums the accessors' types reach (inside lists, maps, records, value objects
 * and variants, at any depth), by qualified name, for diagnostics on a constant. Only constants whose
 * source this compilation compiles: one from a class file has no place to show, and its diagnostic
 * falls back to the accessor.
 */
final class EnumConstants {

  private final Elements elements;
  /** The qualified names of the top-level types whose source this compilation compiles, so far. */
  private final Set<String> sources = new HashSet<>();

  EnumConstants(Elements elements) {
    this.elements = elements;
  }

  /** Adds the types whose source {@code round} compiles. */
  void newRound(RoundEnvironment round) {
    for (Element root : round.getRootElements()) {
      if (root instanceof TypeElement type) {
        sources.add(type.getQualifiedName().toString());
      }
    }
  }

  Map<String, Element> of(List<Accessor> accessors) {
    Map<String, Element> found = new LinkedHashMap<>();
    Set<TypeName> seen = new HashSet<>();
    for (Accessor accessor : accessors) {
      if (accessor.type() != null) {
        visit(accessor.type(), found, seen);
      }
    }
    return found;
  }

  private void visit(ValueType type, Map<String, Element> found, Set<TypeName> seen) {
    boolean named = type.shape() == ValueType.Shape.RECORD || type.shape() == ValueType.Shape.ENUM;
    if (named && !seen.add(type.typeName())) {
      return;
    }
    type.arguments().forEach(argument -> visit(argument, found, seen));
    for (Field component : type.components()) {
      visit(component.type(), found, seen);
    }
    if (type.variants() != null) {
      type.variants().types().forEach(variant -> visit(variant, found, seen));
    }
    if (type.shape() != ValueType.Shape.ENUM || !(type.typeName() instanceof ClassName name)) {
      return;
    }
    TypeElement element = elements.getTypeElement(name.canonicalName());
    if (element == null || !sources.contains(outermost(element).getQualifiedName().toString())) {
      return;
    }
    for (Element member : element.getEnclosedElements()) {
      if (member.getKind() == ElementKind.ENUM_CONSTANT) {
        found.put(name.canonicalName() + "." + member.getSimpleName(), member);
      }
    }
  }

  private static TypeElement outermost(TypeElement type) {
    TypeElement outer = type;
    while (outer.getEnclosingElement() instanceof TypeElement enclosing) {
      outer = enclosing;
    }
    return outer;
  }
}
