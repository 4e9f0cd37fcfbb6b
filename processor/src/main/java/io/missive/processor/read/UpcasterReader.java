package io.missive.processor.read;

import io.missive.processor.model.RuntimeNames;
import io.missive.processor.model.UpcasterMethod;
import io.missive.processor.model.UpcasterMethod.Returns;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/** Reads the {@code @Upcast} methods a message interface declares, with what the upcaster rules judge. */
final class UpcasterReader {

  private static final String JSON_OBJECT = RuntimeNames.JSON_OBJECT.canonicalName();

  private final Elements elements;
  private final Types types;

  UpcasterReader(Elements elements, Types types) {
    this.elements = elements;
    this.types = types;
  }

  /**
   * The upcasters of {@code type}, each with its method, in declaration order. A method whose
   * {@code from} is missing or not a number is left out: javac reports it itself.
   */
  List<Read> read(TypeElement type) {
    List<Read> upcasters = new ArrayList<>();
    for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
      AnnotationMirror upcast = Annotations.mirror(method, Annotations.UPCAST);
      if (upcast == null) {
        continue;
      }
      AnnotationValue from = Annotations.values(upcast).get("from");
      if (from == null || !(from.getValue() instanceof Number number)) {
        continue;
      }
      upcasters.add(new Read(method, upcaster(method, number.intValue())));
    }
    return upcasters;
  }

  /** An upcaster and the method it was read from. */
  record Read(ExecutableElement method, UpcasterMethod upcaster) {}

  private UpcasterMethod upcaster(ExecutableElement method, int from) {
    Set<Modifier> modifiers = method.getModifiers();
    List<String> parameters = new ArrayList<>();
    method.getParameters().forEach(parameter -> parameters.add(parameter.asType().toString()));
    TypeMirror returnType = method.getReturnType();
    Returns returns =
        returnType.getKind() == TypeKind.VOID
            ? Returns.VOID
            : isJsonObject(returnType) ? Returns.JSON_OBJECT : Returns.OTHER;
    List<String> checked = new ArrayList<>();
    for (TypeMirror thrown : method.getThrownTypes()) {
      if (Exceptions.isChecked(thrown, elements, types)) {
        checked.add(thrown.toString());
      }
    }
    return new UpcasterMethod(
        method.getSimpleName().toString(),
        from,
        modifiers.contains(Modifier.STATIC),
        modifiers.contains(Modifier.PRIVATE),
        !method.getTypeParameters().isEmpty(),
        parameters,
        method.getParameters().size() == 1 && isJsonObject(method.getParameters().get(0).asType()),
        returns,
        returnType.toString(),
        checked);
  }

  private static boolean isJsonObject(TypeMirror type) {
    return type.getKind() == TypeKind.DECLARED
        && ((TypeElement) ((DeclaredType) type).asElement())
            .getQualifiedName()
            .contentEquals(JSON_OBJECT);
  }
}
