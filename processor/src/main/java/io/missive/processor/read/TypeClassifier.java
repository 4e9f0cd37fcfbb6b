package io.missive.processor.read;

import com.palantir.javapoet.TypeName;
import io.missive.processor.model.Field;
import io.missive.processor.model.JsonMember;
import io.missive.processor.model.ValueObject;
import io.missive.processor.model.ScalarType;
import io.missive.processor.model.ValueType;
import io.missive.processor.model.ValueType.Shape;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.Elements;
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

  private final Elements elements;
  private final Types types;

  TypeClassifier(Elements elements, Types types) {
    this.elements = elements;
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
      case ARRAY:
        if (((javax.lang.model.type.ArrayType) type).getComponentType().getKind() == TypeKind.BYTE) {
          return ValueType.scalar(ScalarType.BYTES, name);
        }
        return ValueType.simple(Shape.OTHER, name);
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
    if (enclosingRecords.contains(qualifiedName)) {
      return ValueType.simple(Shape.OTHER, name);
    }
    Set<String> inner = new HashSet<>(enclosingRecords);
    inner.add(qualifiedName);
    if (Jackson.isPolymorphic(element)) {
      return polymorphic(element, name, inner);
    }
    ValueObject valueObject =
        Jackson.valueObject(element, simpleName(element), elements);
    boolean isEnum = element.getKind() == ElementKind.ENUM;
    boolean isRecord = element.getKind() == ElementKind.RECORD;
    List<String> typeUnhonoured = new ArrayList<>(Jackson.typeUnhonoured(element));
    if (valueObject != null && (isEnum || isRecord) && valueObject.values().isEmpty()) {
      // Without @JsonValue, an enum is its constants' strings and a record its components. A record's
      // canonical constructor as the creator changes nothing; any other creator would have Jackson
      // read other JSON than it writes, which Missive cannot follow.
      int components = isRecord ? element.getRecordComponents().size() : -1;
      for (ValueObject.Member creator : valueObject.creators()) {
        boolean canonical =
            creator.kind() == ValueObject.Kind.CONSTRUCTOR && creator.parameters() == components
                && (creator.propertiesMode() || components != 1);
        if (!canonical && !typeUnhonoured.contains("JsonCreator")) {
          typeUnhonoured.add("JsonCreator");
        }
      }
      valueObject = null;
    }
    if (valueObject != null) {
      return valueObject(type, name, element, valueObject, inner).withTypeUnhonoured(typeUnhonoured);
    }
    if (isEnum) {
      List<String> constants = new ArrayList<>();
      List<String> wireNames = new ArrayList<>();
      List<List<String>> aliases = new ArrayList<>();
      String defaultConstant = null;
      for (Element member : element.getEnclosedElements()) {
        if (member.getKind() == ElementKind.ENUM_CONSTANT) {
          constants.add(member.getSimpleName().toString());
          String wireName = Jackson.constantName(member);
          wireNames.add(wireName);
          aliases.add(Jackson.constantAliases(member, wireName));
          if (defaultConstant == null && Jackson.isEnumDefault(member)) {
            defaultConstant = member.getSimpleName().toString();
          }
        }
      }
      return ValueType.enumOf(name, constants, wireNames, aliases, defaultConstant)
          .withTypeUnhonoured(typeUnhonoured);
    }
    if (isRecord) {
      JsonMember.Include typeInclude = Jackson.typeInclude(element, typeUnhonoured);
      List<Field> components = new ArrayList<>();
      for (RecordComponentElement component : element.getRecordComponents()) {
        TypeMirror componentType =
            ((ExecutableType) types.asMemberOf(type, component.getAccessor())).getReturnType();
        String componentName = component.getSimpleName().toString();
        List<Element> annotated = new ArrayList<>();
        annotated.add(component);
        annotated.add(component.getAccessor());
        JsonMember json = Jackson.member(componentName, annotated, typeInclude);
        components.add(
            new Field(
                componentName,
                classify(componentType, inner),
                Nullability.isNullable(component.getAccessor(), componentType),
                null,
                false,
                json));
      }
      return new ValueType(Shape.RECORD, null, name, List.of(), components, List.of())
          .withTypeUnhonoured(typeUnhonoured);
    }
    return ValueType.simple(Shape.OTHER, name);
  }

  /**
   * A class written as its one value: the value method's type (written) and the creator's parameter
   * type (read), each a placeholder {@link Shape#OTHER} of {@code Object} when the class has no such
   * method or creator (the rules say what is missing).
   */
  private ValueType valueObject(
      DeclaredType type, TypeName name, TypeElement element, ValueObject valueObject, Set<String> inner) {
    ValueType written = ValueType.simple(Shape.OTHER, com.palantir.javapoet.ClassName.OBJECT);
    ValueType read = written;
    for (Element member : element.getEnclosedElements()) {
      if (member instanceof ExecutableElement method
          && !valueObject.values().isEmpty()
          && method.getSimpleName().contentEquals(valueObject.value().name())
          && method.getParameters().isEmpty()
          && Annotations.mirror(method, Jackson.JSON_VALUE) != null) {
        written = classify(((ExecutableType) types.asMemberOf(type, method)).getReturnType(), inner);
      }
      if (member instanceof ExecutableElement creator
          && !valueObject.creators().isEmpty()
          && creator.getSimpleName().contentEquals(valueObject.creator().name())
          && creator.getParameters().size() == 1
          && Annotations.mirror(creator, Jackson.JSON_CREATOR) != null) {
        read = classify(creator.getParameters().get(0).asType(), inner);
      }
    }
    String defaultConstant = null;
    if (valueObject.isEnum()) {
      if (valueObject.creators().isEmpty()) {
        read = written;
      }
      for (Element member : element.getEnclosedElements()) {
        if (defaultConstant == null
            && member.getKind() == ElementKind.ENUM_CONSTANT
            && Jackson.isEnumDefault(member)) {
          defaultConstant = member.getSimpleName().toString();
        }
      }
    }
    return new ValueType(
        Shape.VALUE_OBJECT, null, name, List.of(written, read), List.of(), List.of(), List.of(), defaultConstant,
        valueObject);
  }

  /**
   * A polymorphic type: the permitted subclasses of a sealed type, else the records
   * {@code @JsonSubTypes} lists, each with its discriminator value.
   */
  private ValueType polymorphic(TypeElement element, TypeName name, Set<String> inner) {
    Jackson.TypeInfo info = Jackson.typeInfo(element);
    List<TypeElement> subtypes = new ArrayList<>();
    List<String> listedNames = new ArrayList<>();
    if (element.getModifiers().contains(javax.lang.model.element.Modifier.SEALED)) {
      // The permitted subclasses are the closed set; @JsonSubTypes may name them.
      for (TypeMirror permitted : element.getPermittedSubclasses()) {
        TypeElement subtype = (TypeElement) types.asElement(permitted);
        subtypes.add(subtype);
        int listed = info.listed().indexOf(subtype);
        listedNames.add(listed < 0 ? null : info.listedNames().get(listed));
      }
    } else {
      subtypes.addAll(info.listed());
      listedNames.addAll(info.listedNames());
    }
    List<String> names = new ArrayList<>();
    List<ValueType> variants = new ArrayList<>();
    List<String> notRecords = new ArrayList<>();
    List<String> hidden = new ArrayList<>();
    Map<String, String> packageOnly = new LinkedHashMap<>();
    for (int i = 0; i < subtypes.size(); i++) {
      TypeElement subtype = subtypes.get(i);
      ValueObject.Visibility visibility = Jackson.visibility(subtype);
      if (visibility == ValueObject.Visibility.PRIVATE) {
        hidden.add(simpleName(subtype));
      } else if (visibility == ValueObject.Visibility.PACKAGE) {
        packageOnly.put(simpleName(subtype), elements.getPackageOf(subtype).getQualifiedName().toString());
      }
      names.add(listedNames.get(i) != null ? listedNames.get(i) : Jackson.typeName(subtype, elements));
      if (subtype.getKind() != ElementKind.RECORD || !subtype.getTypeParameters().isEmpty()) {
        notRecords.add(simpleName(subtype));
        variants.add(ValueType.simple(Shape.OTHER, TypeName.get(subtype.asType())));
      } else {
        variants.add(classify(subtype.asType(), inner));
      }
    }
    return ValueType.polymorphic(
        name,
        new io.missive.processor.model.Variants(
            simpleName(element), info.property(), names, variants, info.unhonoured(), notRecords, hidden, packageOnly));
  }

  /** The name users write for a type: {@code Iban}, or {@code Order.Id} for a nested one. */
  private static String simpleName(TypeElement element) {
    String name = element.getSimpleName().toString();
    for (Element e = element.getEnclosingElement();
        e instanceof TypeElement enclosing;
        e = enclosing.getEnclosingElement()) {
      name = enclosing.getSimpleName() + "." + name;
    }
    return name;
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
