package io.missive.processor.read;

import com.palantir.javapoet.TypeName;
import io.missive.processor.model.Field;
import io.missive.processor.model.ScalarType;
import io.missive.processor.model.ValueType;
import io.missive.processor.model.ValueType.Shape;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.Types;

/** Reads a {@link TypeMirror} into a {@link ValueType}, the scalars through the {@link ScalarType} table. */
final class TypeClassifier {

  /** The generic containers a payload may use; every other known type is in {@link ScalarType}. */
  private static final Map<String, Shape> CONTAINERS =
      Map.of(
          "java.util.Optional", Shape.OPTIONAL,
          "java.util.List", Shape.LIST,
          "java.util.Set", Shape.SET,
          "java.util.Map", Shape.MAP);

  private final Types types;

  TypeClassifier(Types types) {
    this.types = types;
  }

  ValueType classify(TypeMirror type) {
    return classify(type, new HashSet<>());
  }

  private ValueType classify(TypeMirror type, Set<String> enclosingRecords) {
    TypeName name = TypeName.get(type);
    if (type.getKind().isPrimitive()) {
      return ValueType.scalar(ScalarType.named(type.getKind().name().toLowerCase(Locale.ROOT)).orElseThrow(), name);
    }
    switch (type.getKind()) {
      case DECLARED:
        return classifyDeclared((DeclaredType) type, name, enclosingRecords);
      case WILDCARD:
        WildcardType wildcard = (WildcardType) type;
        if (wildcard.getExtendsBound() != null) {
          return classify(wildcard.getExtendsBound(), enclosingRecords);
        }
        return ValueType.simple(Shape.OTHER, name);
      default:
        return ValueType.simple(Shape.OTHER, name);
    }
  }

  private ValueType classifyDeclared(
      DeclaredType type, TypeName name, Set<String> enclosingRecords) {
    TypeElement element = (TypeElement) type.asElement();
    String qualifiedName = element.getQualifiedName().toString();
    Optional<ScalarType> scalar = ScalarType.named(qualifiedName);
    if (scalar.isPresent()) {
      return ValueType.scalar(scalar.get(), name);
    }
    Shape container = CONTAINERS.get(qualifiedName);
    if (container != null) {
      List<ValueType> arguments = new ArrayList<>();
      for (TypeMirror argument : type.getTypeArguments()) {
        arguments.add(classify(argument, enclosingRecords));
      }
      return new ValueType(container, null, name, arguments, List.of(), List.of());
    }
    if (element.getKind() == ElementKind.ENUM) {
      List<String> constants = new ArrayList<>();
      for (Element member : element.getEnclosedElements()) {
        if (member.getKind() == ElementKind.ENUM_CONSTANT) {
          constants.add(member.getSimpleName().toString());
        }
      }
      return new ValueType(Shape.ENUM, null, name, List.of(), List.of(), constants);
    }
    if (element.getKind() == ElementKind.RECORD && !enclosingRecords.contains(qualifiedName)) {
      Set<String> inner = new HashSet<>(enclosingRecords);
      inner.add(qualifiedName);
      List<Field> components = new ArrayList<>();
      for (RecordComponentElement component : element.getRecordComponents()) {
        TypeMirror componentType =
            ((ExecutableType) types.asMemberOf(type, component.getAccessor())).getReturnType();
        components.add(
            new Field(
                component.getSimpleName().toString(),
                classify(componentType, inner),
                Nullability.isNullable(component.getAccessor(), componentType)));
      }
      return new ValueType(Shape.RECORD, null, name, List.of(), components, List.of());
    }
    return ValueType.simple(Shape.OTHER, name);
  }

  /** Whether {@code type}, or any type inside it, is an array. */
  static boolean containsArray(TypeMirror type) {
    if (type.getKind() == TypeKind.ARRAY) {
      return true;
    }
    if (type.getKind() == TypeKind.DECLARED) {
      for (TypeMirror argument : ((DeclaredType) type).getTypeArguments()) {
        if (containsArray(argument)) {
          return true;
        }
      }
    }
    if (type.getKind() == TypeKind.WILDCARD) {
      TypeMirror bound = ((WildcardType) type).getExtendsBound();
      return bound != null && containsArray(bound);
    }
    return false;
  }

  /** Whether {@code type}, or any type inside it, is raw (a generic type used without arguments). */
  static boolean containsRawType(TypeMirror type) {
    if (type.getKind() == TypeKind.DECLARED) {
      DeclaredType declared = (DeclaredType) type;
      TypeElement element = (TypeElement) declared.asElement();
      if (declared.getTypeArguments().isEmpty() && !element.getTypeParameters().isEmpty()) {
        return true;
      }
      for (TypeMirror argument : declared.getTypeArguments()) {
        if (containsRawType(argument)) {
          return true;
        }
      }
    }
    if (type.getKind() == TypeKind.WILDCARD) {
      TypeMirror bound = ((WildcardType) type).getExtendsBound();
      return bound != null && containsRawType(bound);
    }
    return false;
  }
}
