package io.missive.processor.read;

import com.palantir.javapoet.TypeName;
import io.missive.processor.model.Field;
import io.missive.processor.model.ValueType;
import io.missive.processor.model.ValueType.Shape;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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

/** Reads a {@link TypeMirror} into a {@link ValueType}. */
final class TypeClassifier {

  private static final Map<String, Shape> KNOWN =
      Map.ofEntries(
          Map.entry("java.lang.String", Shape.STRING),
          Map.entry("java.lang.Boolean", Shape.BOXED),
          Map.entry("java.lang.Byte", Shape.BOXED),
          Map.entry("java.lang.Short", Shape.BOXED),
          Map.entry("java.lang.Integer", Shape.BOXED),
          Map.entry("java.lang.Long", Shape.BOXED),
          Map.entry("java.lang.Character", Shape.BOXED),
          Map.entry("java.lang.Float", Shape.BOXED),
          Map.entry("java.lang.Double", Shape.BOXED),
          Map.entry("java.math.BigDecimal", Shape.BIG_DECIMAL),
          Map.entry("java.math.BigInteger", Shape.BIG_INTEGER),
          Map.entry("java.time.Instant", Shape.INSTANT),
          Map.entry("java.time.LocalDate", Shape.LOCAL_DATE),
          Map.entry("java.time.LocalDateTime", Shape.LOCAL_DATE_TIME),
          Map.entry("java.time.OffsetDateTime", Shape.OFFSET_DATE_TIME),
          Map.entry("java.time.Duration", Shape.DURATION),
          Map.entry("java.util.UUID", Shape.UUID),
          Map.entry("java.util.Optional", Shape.OPTIONAL),
          Map.entry("java.util.OptionalInt", Shape.OPTIONAL_INT),
          Map.entry("java.util.OptionalLong", Shape.OPTIONAL_LONG),
          Map.entry("java.util.OptionalDouble", Shape.OPTIONAL_DOUBLE),
          Map.entry("java.util.List", Shape.LIST),
          Map.entry("java.util.Set", Shape.SET),
          Map.entry("java.util.Map", Shape.MAP));

  private final Types types;

  TypeClassifier(Types types) {
    this.types = types;
  }

  ValueType classify(TypeMirror type) {
    return classify(type, new HashSet<>());
  }

  private ValueType classify(TypeMirror type, Set<String> enclosingRecords) {
    TypeName name = TypeName.get(type);
    switch (type.getKind()) {
      case BOOLEAN:
        return ValueType.simple(Shape.BOOLEAN, name);
      case BYTE:
        return ValueType.simple(Shape.BYTE, name);
      case SHORT:
        return ValueType.simple(Shape.SHORT, name);
      case INT:
        return ValueType.simple(Shape.INT, name);
      case LONG:
        return ValueType.simple(Shape.LONG, name);
      case CHAR:
        return ValueType.simple(Shape.CHAR, name);
      case FLOAT:
        return ValueType.simple(Shape.FLOAT, name);
      case DOUBLE:
        return ValueType.simple(Shape.DOUBLE, name);
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
    Shape known = KNOWN.get(qualifiedName);
    if (known != null) {
      List<ValueType> arguments = new ArrayList<>();
      for (TypeMirror argument : type.getTypeArguments()) {
        arguments.add(classify(argument, enclosingRecords));
      }
      return new ValueType(known, name, arguments, List.of(), List.of());
    }
    if (element.getKind() == ElementKind.ENUM) {
      List<String> constants = new ArrayList<>();
      for (Element member : element.getEnclosedElements()) {
        if (member.getKind() == ElementKind.ENUM_CONSTANT) {
          constants.add(member.getSimpleName().toString());
        }
      }
      return new ValueType(Shape.ENUM, name, List.of(), List.of(), constants);
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
      return new ValueType(Shape.RECORD, name, List.of(), components, List.of());
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
