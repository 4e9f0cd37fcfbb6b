package io.missive.processor.read;

import io.missive.processor.model.Accessor;
import io.missive.processor.model.Accessor.ArrayUse;
import io.missive.processor.model.Accessor.Reached;
import io.missive.processor.model.JsonMember;
import io.missive.processor.model.ValueType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Finds the abstract methods that make a payload and reads each into an {@link Accessor}, with the
 * facts the accessor rules judge. It reads every abstract method, whatever is wrong with it.
 */
final class AccessorReader {

  private static final Set<String> OBJECT_METHODS = Set.of("toString", "hashCode", "equals");

  private final Elements elements;
  private final Types types;
  private final TypeClassifier classifier;

  AccessorReader(Elements elements, Types types) {
    this.elements = elements;
    this.types = types;
    this.classifier = new TypeClassifier(elements, types);
  }

  /**
   * The abstract methods that make the payload, by name: those of the superinterfaces first (in the
   * order they are declared), then the interface's own. Default, static and private methods and
   * redeclared {@code Object} methods are not accessors.
   */
  Map<String, ExecutableElement> accessorsInOrder(TypeElement type) {
    Set<String> abstractNames = new LinkedHashSet<>();
    for (ExecutableElement method : ElementFilter.methodsIn(elements.getAllMembers(type))) {
      if (isAccessorCandidate(method)) {
        abstractNames.add(method.getSimpleName().toString());
      }
    }
    Map<String, List<ExecutableElement>> candidates = new LinkedHashMap<>();
    collectInOrder(type, abstractNames, candidates, new LinkedHashSet<>());
    Map<String, ExecutableElement> ordered = new LinkedHashMap<>();
    candidates.forEach((name, methods) -> ordered.put(name, mostSpecific(type, methods)));
    return ordered;
  }

  /** The return type of {@code method} as a member of {@code owner}. */
  TypeMirror returnType(TypeElement owner, ExecutableElement method) {
    return ((ExecutableType) types.asMemberOf((DeclaredType) owner.asType(), method)).getReturnType();
  }

  /** Reads one accessor of {@code owner}. */
  Accessor read(TypeElement owner, ExecutableElement method) {
    String declaredIn =
        method.getEnclosingElement().equals(owner)
            ? null
            : ((TypeElement) method.getEnclosingElement()).getSimpleName().toString();
    TypeMirror returnType = returnType(owner, method);
    boolean returnsVoid = returnType.getKind() == TypeKind.VOID;
    ArrayUse array = returnsVoid ? null : arrayUse(returnType);
    boolean raw = !returnsVoid && array == null && TypeClassifier.containsRawType(returnType);
    ValueType type = returnsVoid ? null : classifier.classify(returnType);
    List<String> checked = new ArrayList<>();
    for (TypeMirror thrown : method.getThrownTypes()) {
      if (Exceptions.isChecked(thrown, elements, types)) {
        checked.add(thrown.toString());
      }
    }
    TypeMirror nullableArgument = returnsVoid ? null : nullableTypeArgument(returnType);
    boolean nullable = !returnsVoid && Nullability.isNullable(method, returnType);
    return new Accessor(
        method.getSimpleName().toString(),
        declaredIn,
        returnType.toString(),
        type,
        nullable,
        nullable ? Nullability.mark(method, returnType, elements.getPackageOf(owner)) : null,
        Annotations.mirror(method, Annotations.SENSITIVE) != null,
        method.getParameters().size(),
        !method.getTypeParameters().isEmpty(),
        returnsVoid,
        array,
        raw,
        checked,
        returnsVoid ? List.of() : reached(returnType),
        nullableArgument == null ? null : nullableArgument.toString(),
        Suppressions.on(method),
        json(owner, method),
        Annotations.mirror(method, Annotations.PARTITION_KEY) != null);
  }

  /** How the accessor's field appears in JSON: its own Jackson annotations, and the interface's {@code @JsonInclude}. */
  private static JsonMember json(TypeElement owner, ExecutableElement method) {
    // What the interface's @JsonInclude cannot be honoured for is the interface's error, once.
    JsonMember.Include include = Jackson.typeInclude(owner, new ArrayList<>());
    return Jackson.member(method.getSimpleName().toString(), List.of(method), include);
  }

  /** Where the type holds an array: itself (with its component), inside it, or nowhere. */
  private static ArrayUse arrayUse(TypeMirror type) {
    if (!TypeClassifier.containsArray(type) || isBytes(type)) {
      return null;
    }
    return new ArrayUse(
        type.getKind() == TypeKind.ARRAY ? ((ArrayType) type).getComponentType().toString() : null);
  }

  /** Whether {@code type} is {@code byte[]}, a scalar of its own (Base64), unlike every other array. */
  private static boolean isBytes(TypeMirror type) {
    return type.getKind() == TypeKind.ARRAY
        && ((ArrayType) type).getComponentType().getKind() == TypeKind.BYTE;
  }

  /**
   * The private types, and records with wildcard type arguments, among every type the return type
   * reaches, in the order found, each once.
   */
  private static List<Reached> reached(TypeMirror returnType) {
    Set<Reached> found = new LinkedHashSet<>();
    TypeScan.scan(
        returnType,
        type -> {
          TypeElement hidden = TypeScan.privateType(type);
          if (hidden != null) {
            found.add(new Reached(Reached.Kind.PRIVATE, hidden.getQualifiedName().toString()));
          }
          if (type.getKind() == TypeKind.DECLARED
              && ((DeclaredType) type).asElement().getKind() == ElementKind.RECORD
              && ((DeclaredType) type).getTypeArguments().stream()
                  .anyMatch(argument -> argument.getKind() == TypeKind.WILDCARD)) {
            found.add(new Reached(Reached.Kind.WILDCARD_RECORD, type.toString()));
          }
        });
    return List.copyOf(found);
  }

  /** A type argument, at any depth of the accessor's own type, that is annotated {@code @Nullable}. */
  private static TypeMirror nullableTypeArgument(TypeMirror type) {
    if (type.getKind() == TypeKind.WILDCARD) {
      TypeMirror bound = ((WildcardType) type).getExtendsBound();
      return bound == null ? null : nullableTypeArgument(bound);
    }
    if (type.getKind() != TypeKind.DECLARED) {
      return null;
    }
    for (TypeMirror argument : ((DeclaredType) type).getTypeArguments()) {
      if (Nullability.hasNullable(argument.getAnnotationMirrors())) {
        return argument;
      }
      TypeMirror inner = nullableTypeArgument(argument);
      if (inner != null) {
        return inner;
      }
    }
    return null;
  }

  /**
   * Of the abstract methods of one name that {@code type} inherits, the one whose return type is a
   * subtype of all the others' (javac has checked that one exists), as seen from {@code type}.
   */
  private ExecutableElement mostSpecific(TypeElement type, List<ExecutableElement> methods) {
    ExecutableElement best = methods.get(methods.size() - 1);
    for (ExecutableElement candidate : methods) {
      TypeMirror returned = returnType(type, candidate);
      boolean specific = true;
      for (ExecutableElement other : methods) {
        if (other != candidate && !types.isSubtype(returned, returnType(type, other))) {
          specific = false;
          break;
        }
      }
      if (specific) {
        best = candidate;
      }
    }
    return best;
  }

  private void collectInOrder(
      TypeElement type,
      Set<String> abstractNames,
      Map<String, List<ExecutableElement>> ordered,
      Set<TypeElement> visited) {
    if (!visited.add(type)) {
      return;
    }
    for (TypeMirror parent : type.getInterfaces()) {
      if (parent.getKind() == TypeKind.DECLARED) {
        collectInOrder(
            (TypeElement) ((DeclaredType) parent).asElement(), abstractNames, ordered, visited);
      }
    }
    for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
      String name = method.getSimpleName().toString();
      if (isAccessorCandidate(method) && abstractNames.contains(name)) {
        // A redeclaration keeps the place of the first declaration of its name.
        ordered.computeIfAbsent(name, n -> new ArrayList<>()).add(method);
      }
    }
  }

  private static boolean isAccessorCandidate(ExecutableElement method) {
    if (Annotations.mirror(method, Annotations.UPCAST) != null) {
      // A misdeclared upcaster (not static) is reported as such, not as a strange accessor.
      return false;
    }
    Set<Modifier> modifiers = method.getModifiers();
    if (!modifiers.contains(Modifier.ABSTRACT) || modifiers.contains(Modifier.STATIC)) {
      return false;
    }
    if (method.getEnclosingElement().getKind() != ElementKind.INTERFACE) {
      return false;
    }
    String name = method.getSimpleName().toString();
    return !(OBJECT_METHODS.contains(name) && isObjectMethod(method));
  }

  private static boolean isObjectMethod(ExecutableElement method) {
    String name = method.getSimpleName().toString();
    int parameters = method.getParameters().size();
    return name.equals("equals") ? parameters == 1 : parameters == 0;
  }

  /** The element a diagnostic on this accessor goes on: itself, or {@code owner} when inherited. */
  static Element reportedOn(TypeElement owner, ExecutableElement method) {
    // An inherited accessor may live in another file or a class file: report on the interface then.
    return method.getEnclosingElement().equals(owner) ? method : owner;
  }
}
