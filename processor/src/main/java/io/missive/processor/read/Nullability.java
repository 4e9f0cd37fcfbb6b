package io.missive.processor.read;

import com.palantir.javapoet.AnnotationSpec;
import io.missive.processor.model.NullableMark;
import java.lang.annotation.ElementType;
import java.lang.annotation.Target;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;

/**
 * Whether an accessor opted in to {@code null}: any annotation whose simple name is
 * {@code Nullable} or {@code CheckForNull}, on the method (declaration annotations such as JSR 305's)
 * or on its return type (type-use annotations such as JSpecify's or the Checker Framework's).
 */
final class Nullability {

  /** Where a declaration annotation may sit for the generated record component to take it. */
  private static final Set<ElementType> COMPONENT_TARGETS =
      Set.of(ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER);

  private Nullability() {}

  static boolean isNullable(Element accessor, TypeMirror returnType) {
    if (returnType.getKind().isPrimitive()) {
      return false;
    }
    return find(accessor.getAnnotationMirrors()) != null || find(returnType.getAnnotationMirrors()) != null;
  }

  static boolean hasNullable(Iterable<? extends AnnotationMirror> annotations) {
    return find(annotations) != null;
  }

  /**
   * The annotation that made the accessor nullable, as the generated record and builder can carry it
   * into {@code pkg}: {@code null} when it is not visible there, or is a declaration annotation that
   * cannot sit on a record component.
   */
  static NullableMark mark(Element accessor, TypeMirror returnType, PackageElement pkg) {
    AnnotationMirror found = find(accessor.getAnnotationMirrors());
    if (found == null) {
      found = find(returnType.getAnnotationMirrors());
    }
    if (found == null || !visibleIn(found, pkg)) {
      return null;
    }
    // One that may annotate a type is written on the type, where it belongs on a nested type
    // (Outer.@Nullable Inner); javac would take it for the type's anyway, and refuse it on 'Outer'.
    if (targets(found, ElementType.TYPE_USE)) {
      return new NullableMark(AnnotationSpec.get(found), true, true);
    }
    return fitsComponent(found)
        ? new NullableMark(AnnotationSpec.get(found), false, targetsOrAny(found, ElementType.PARAMETER))
        : null;
  }

  private static boolean targets(AnnotationMirror annotation, ElementType type) {
    Target target = annotation.getAnnotationType().asElement().getAnnotation(Target.class);
    return target != null && List.of(target.value()).contains(type);
  }

  /** Whether the annotation may sit on {@code type}: it says so, or has no {@code @Target}. */
  private static boolean targetsOrAny(AnnotationMirror annotation, ElementType type) {
    Target target = annotation.getAnnotationType().asElement().getAnnotation(Target.class);
    return target == null || List.of(target.value()).contains(type);
  }

  private static AnnotationMirror find(Iterable<? extends AnnotationMirror> annotations) {
    for (AnnotationMirror annotation : annotations) {
      CharSequence name = annotation.getAnnotationType().asElement().getSimpleName();
      if (name.toString().equals("Nullable") || name.toString().equals("CheckForNull")) {
        return annotation;
      }
    }
    return null;
  }

  private static boolean fitsComponent(AnnotationMirror annotation) {
    Target target = annotation.getAnnotationType().asElement().getAnnotation(Target.class);
    return target == null || List.of(target.value()).stream().anyMatch(COMPONENT_TARGETS::contains);
  }

  /** Whether code in {@code pkg} can name the annotation type. */
  private static boolean visibleIn(AnnotationMirror annotation, PackageElement pkg) {
    for (Element e = annotation.getAnnotationType().asElement();
        e != null && e.getKind() != ElementKind.PACKAGE;
        e = e.getEnclosingElement()) {
      if (e.getModifiers().contains(Modifier.PRIVATE)) {
        return false;
      }
      if (!e.getModifiers().contains(Modifier.PUBLIC) && !packageOf(e).equals(pkg)) {
        return false;
      }
    }
    return true;
  }

  private static Element packageOf(Element element) {
    Element e = element;
    while (e.getKind() != ElementKind.PACKAGE) {
      e = e.getEnclosingElement();
    }
    return e;
  }
}
