package io.missive.processor.read;

import com.palantir.javapoet.ClassName;
import io.missive.processor.diag.DiagnosticId;
import io.missive.processor.diag.Reporter;
import io.missive.processor.model.Field;
import io.missive.processor.model.Hints;
import io.missive.processor.model.MessageKind;
import io.missive.processor.model.MessageType;
import io.missive.processor.model.Upcaster;
import io.missive.processor.write.RuntimeNames;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.ModuleElement;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Reads one annotated element into a {@link MessageType}, applying the structural rules: what may carry
 * the annotations, which methods make a payload, what the annotation values may be. Every rule that
 * fails is reported (not only the first), each on the element it concerns.
 */
public final class MessageReader {

  /** The processor option that gives the default source of every message. */
  public static final String SOURCE_OPTION = "missive.source";

  /** Builder methods of the envelope that a payload accessor must not take. */
  private static final Set<String> RESERVED =
      Set.of("id", "timestamp", "correlationId", "causationId", "causedBy", "data", "build");

  private static final Set<String> OBJECT_METHODS = Set.of("toString", "hashCode", "equals");

  /** Names no record component may have (JLS 8.10.1), besides the Object methods excluded above. */
  private static final Set<String> RECORD_ILLEGAL =
      Set.of("clone", "finalize", "getClass", "hashCode", "notify", "notifyAll", "toString", "wait");

  private final Elements elements;
  private final Types types;
  private final TypeClassifier classifier;
  private final String optionSource;

  public MessageReader(Elements elements, Types types, Map<String, String> options) {
    this.elements = elements;
    this.types = types;
    this.classifier = new TypeClassifier(types);
    String source = options.get(SOURCE_OPTION);
    this.optionSource = source == null || source.isBlank() ? null : source.trim();
  }

  /**
   * Reads {@code element}, annotated with {@code annotation} of {@code kind}.
   *
   * @param lastRound whether no later round will come: missing types are then errors, not deferrals
   */
  public ReadResult read(
      Element element,
      MessageKind kind,
      AnnotationMirror annotation,
      boolean lastRound,
      Reporter reporter) {
    String annotationName = "@" + kind.annotationSimpleName();
    if (element.getKind() != ElementKind.INTERFACE) {
      reporter.error(
          DiagnosticId.NOT_INTERFACE,
          annotationName + " is on " + describe(element) + " '" + element.getSimpleName()
              + "', but messages are declared as interfaces: the processor generates the immutable"
              + " implementation. Write 'interface " + element.getSimpleName()
              + "' with one accessor method per payload field.",
          element,
          annotation);
      return new ReadResult.Invalid();
    }
    TypeElement type = (TypeElement) element;

    Map<String, ExecutableElement> accessors = accessorsInOrder(type);
    Optional<String> missing =
        findMissingType(type, accessors).or(() -> findUnresolvedValue(type, annotation));
    if (missing.isPresent()) {
      if (!lastRound) {
        return new ReadResult.Deferred(missing.get());
      }
      reporter.error(
          DiagnosticId.UNRESOLVED_TYPE,
          capitalize(missing.get()) + " could not be resolved, so no message can be generated"
              + " for '" + type.getSimpleName() + "'. Check the import, or the processor that should"
              + " generate that type.",
          element,
          annotation);
      return new ReadResult.Invalid();
    }

    checkInterface(type, annotationName, reporter);
    Map<String, AnnotationValue> values = annotationValues(annotation);
    int version = readVersion(type, annotation, values, reporter);
    String wireType = readType(type, annotation, values, reporter);
    String source = readSource(type, kind, annotation, values, reporter);

    List<Field> fields = new ArrayList<>();
    for (ExecutableElement method : accessors.values()) {
      Field field = readAccessor(type, method, reporter);
      if (field != null) {
        fields.add(field);
      }
    }
    List<Upcaster> upcasters = readUpcasters(type, version, reporter);
    if (reporter.hasErrors()) {
      return new ReadResult.Invalid();
    }
    return new ReadResult.Read(
        new MessageType(
            kind,
            ClassName.get(type),
            wireType,
            source,
            version,
            fields,
            suppressions(type),
            upcasters,
            hints(type, accessors.values(), fields)));
  }

  private Hints hints(TypeElement type, Iterable<ExecutableElement> accessors, List<Field> fields) {
    Set<String> alwaysQualify = new LinkedHashSet<>();
    for (Field field : fields) {
      alwaysQualify.add(field.name());
    }
    boolean[] deprecated = {elements.isDeprecated(type)};
    memberTypeNames(type, alwaysQualify, new LinkedHashSet<>());
    for (ExecutableElement accessor : accessors) {
      TypeScan.scan(
          returnType(type, accessor),
          t -> {
            if (t.getKind() == TypeKind.DECLARED && elements.isDeprecated(((DeclaredType) t).asElement())) {
              deprecated[0] = true;
            }
          });
    }
    return new Hints(generatedVisible(type), deprecated[0], alwaysQualify);
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

  /**
   * Whether {@code @javax.annotation.processing.Generated} can be used beside {@code type}: always in
   * the unnamed module; in a named module only if it reads {@code java.compiler}.
   */
  private boolean generatedVisible(TypeElement type) {
    if (elements.getTypeElement("javax.annotation.processing.Generated") == null) {
      return false;
    }
    ModuleElement module = elements.getModuleOf(type);
    if (module == null || module.isUnnamed()) {
      return true;
    }
    for (ModuleElement.Directive directive : module.getDirectives()) {
      if (directive instanceof ModuleElement.RequiresDirective requires
          && requires.getDependency().getQualifiedName().contentEquals("java.compiler")) {
        return true;
      }
    }
    return false;
  }

  private void checkInterface(
      TypeElement type, String annotationName, Reporter reporter) {
    if (!type.getTypeParameters().isEmpty()) {
      reporter.error(
          DiagnosticId.GENERIC_INTERFACE,
          annotationName + " interface '" + type.getSimpleName() + "' declares type parameters, but"
              + " a message has one concrete payload shape that its JSON must describe. Remove the"
              + " type parameters and use concrete types in the accessors.",
          type);
    }
    if (type.getModifiers().contains(Modifier.SEALED)) {
      reporter.error(
          DiagnosticId.SEALED_INTERFACE,
          annotationName + " interface '" + type.getSimpleName() + "' is sealed, so the generated"
              + " record may not implement it. Remove 'sealed' (and 'permits').",
          type);
    }
    for (Element e = type; e != null && e.getKind() != ElementKind.PACKAGE; e = e.getEnclosingElement()) {
      if (e.getModifiers().contains(Modifier.PRIVATE)) {
        String where = e == type ? "is private" : "is nested in private type '" + e.getSimpleName() + "'";
        reporter.error(
            DiagnosticId.NOT_ACCESSIBLE,
            annotationName + " interface '" + type.getSimpleName() + "' " + where + ", so the"
                + " classes generated beside it in its package cannot implement it. Make it (and the"
                + " types that enclose it) public or package-private.",
            type);
        return;
      }
    }
  }

  /**
   * The abstract methods that make the payload, by name: those of the superinterfaces first (in the
   * order they are declared), then the interface's own. Default, static and private methods and
   * redeclared {@code Object} methods are not accessors.
   */
  private Map<String, ExecutableElement> accessorsInOrder(TypeElement type) {
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

  private TypeMirror returnType(TypeElement owner, ExecutableElement method) {
    return ((ExecutableType) types.asMemberOf((DeclaredType) owner.asType(), method)).getReturnType();
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
    if (upcastAnnotation(method) != null) {
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

  private Optional<String> findMissingType(
      TypeElement type, Map<String, ExecutableElement> accessors) {
    for (TypeMirror parent : type.getInterfaces()) {
      Optional<String> missing = MissingTypes.find(parent);
      if (missing.isPresent()) {
        return Optional.of("the type of supertype " + missing.get());
      }
    }
    for (ExecutableElement method : accessors.values()) {
      Optional<String> missing = MissingTypes.find(method.getReturnType());
      if (missing.isPresent()) {
        return Optional.of("the type of accessor " + method.getSimpleName() + "() (" + missing.get() + ")");
      }
    }
    return Optional.empty();
  }

  /**
   * An annotation value that javac could not resolve yet, such as a constant of a class another
   * processor generates in this round: javac hands it over as the text {@code <error>} or as a value
   * of the wrong type.
   */
  private Optional<String> findUnresolvedValue(TypeElement type, AnnotationMirror annotation) {
    Map<String, AnnotationValue> values = annotationValues(annotation);
    for (String name : List.of("version", "type", "source")) {
      AnnotationValue value = values.get(name);
      Class<?> expected = name.equals("version") ? Integer.class : String.class;
      if (value != null && (!expected.isInstance(value.getValue()) || "<error>".equals(value.getValue()))) {
        return Optional.of("the value of " + name + " = " + value);
      }
    }
    for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
      AnnotationMirror upcast = upcastAnnotation(method);
      AnnotationValue from = upcast == null ? null : annotationValues(upcast).get("from");
      if (from != null && !(from.getValue() instanceof Integer)) {
        return Optional.of("the value of @Upcast(from = " + from + ") on " + method.getSimpleName() + "()");
      }
    }
    return Optional.empty();
  }

  private Field readAccessor(TypeElement owner, ExecutableElement method, Reporter reporter) {
    String name = method.getSimpleName().toString();
    String where = describeAccessor(owner, method);
    // An inherited accessor may live in another file or a class file: report on the interface then.
    Element at = method.getEnclosingElement().equals(owner) ? method : owner;
    boolean valid = true;
    if (!method.getParameters().isEmpty()) {
      reporter.error(
          DiagnosticId.ACCESSOR_PARAMETERS,
          where + " takes parameters, but every abstract method of a message interface is a payload"
              + " field read without arguments. Remove the parameters, or make it a default method.",
          at);
      valid = false;
    }
    if (!method.getTypeParameters().isEmpty()) {
      reporter.error(
          DiagnosticId.GENERIC_ACCESSOR,
          where + " declares type parameters, but a payload field has one concrete type. Remove"
              + " the type parameters and return a concrete type.",
          at);
      valid = false;
    }
    TypeMirror returnType =
        ((ExecutableType) types.asMemberOf((DeclaredType) owner.asType(), method)).getReturnType();
    if (returnType.getKind() == TypeKind.VOID) {
      reporter.error(
          DiagnosticId.VOID_ACCESSOR,
          where + " returns void, but every abstract method of a message interface is a payload"
              + " field. Return the field's type, or make it a default method.",
          at);
      return null;
    }
    if (TypeClassifier.containsArray(returnType)) {
      reporter.error(
          DiagnosticId.ARRAY_ACCESSOR,
          where + " uses an array (" + returnType + "), but arrays are mutable and compare by"
              + " identity, so the message could be neither immutable nor equal by value. Use "
              + suggestForArray(returnType) + " instead.",
          at);
      valid = false;
    } else if (TypeClassifier.containsRawType(returnType)) {
      reporter.error(
          DiagnosticId.RAW_TYPE,
          where + " returns the raw type " + returnType + ", which leaves the element type"
              + " unknown. Give its type arguments, such as List<String>.",
          at);
      valid = false;
    }
    for (TypeMirror thrown : method.getThrownTypes()) {
      if (isChecked(thrown)) {
        reporter.error(
            DiagnosticId.ACCESSOR_THROWS,
            where + " declares the checked exception " + thrown + ", but a payload field is a plain"
                + " value that reading can never fail. Remove the throws clause.",
            at);
        valid = false;
        break;
      }
    }
    if (RECORD_ILLEGAL.contains(name)) {
      reporter.error(
          DiagnosticId.RESERVED_NAME,
          where + " cannot be a field of the generated record: Java forbids record components named"
              + " like the methods of Object (" + name + "). Name the field after what it holds.",
          at);
      valid = false;
    }
    valid &= checkReachableTypes(where, at, returnType, reporter);
    boolean nullable = Nullability.isNullable(method, returnType);
    if (nullable && isOptional(returnType)) {
      reporter.error(
          DiagnosticId.NULLABLE_MISUSE,
          where + " is both @Nullable and an Optional, but an Optional already says 'maybe absent'"
              + " and must itself never be null. Remove @Nullable; leave the Optional empty instead.",
          at);
      valid = false;
    }
    if (RESERVED.contains(name)) {
      reporter.error(
          DiagnosticId.RESERVED_NAME,
          where + " is named like the envelope builder's own method " + name + "(...), which sets"
              + " message metadata. Name the field after what it holds, such as '"
              + owner.getSimpleName().toString().substring(0, 1).toLowerCase()
              + owner.getSimpleName().toString().substring(1) + capitalize(name) + "'.",
          at);
      valid = false;
    }
    if (!valid) {
      return null;
    }
    return new Field(name, classifier.classify(returnType), nullable);
  }

  /**
   * Checks every type the accessor's type reaches: none may be private (the generated classes could
   * not name it), no collection element may be {@code @Nullable} (copies reject null elements), and a
   * generic record is used with concrete type arguments (the reader must create it).
   */
  private boolean checkReachableTypes(String where, Element at, TypeMirror returnType, Reporter reporter) {
    List<String> problems = new ArrayList<>();
    TypeScan.scan(
        returnType,
        type -> {
          TypeElement hidden = TypeScan.privateType(type);
          if (hidden != null) {
            problems.add(
                "uses " + hidden.getQualifiedName() + ", which is private, so the classes generated"
                    + " beside the interface cannot use it. Make it package-private or public.");
          }
          if (type.getKind() == TypeKind.DECLARED
              && ((DeclaredType) type).asElement().getKind() == ElementKind.RECORD
              && ((DeclaredType) type).getTypeArguments().stream()
                  .anyMatch(argument -> argument.getKind() == TypeKind.WILDCARD)) {
            problems.add(
                "uses the record " + type + " with a wildcard type argument, so it could not be"
                    + " created when read. Give the record concrete type arguments.");
          }
        });
    TypeMirror nullableElement = nullableTypeArgument(returnType);
    if (nullableElement != null) {
      problems.add(
          "marks an element type @Nullable (" + nullableElement + "), but the copies of lists, sets"
              + " and maps reject null elements. Remove @Nullable there, or wrap it in Optional.");
    }
    for (String problem : new LinkedHashSet<>(problems)) {
      DiagnosticId id = problem.contains("@Nullable") ? DiagnosticId.NULLABLE_MISUSE
          : problem.contains("private") ? DiagnosticId.NOT_ACCESSIBLE : DiagnosticId.UNSUPPORTED_TYPE;
      reporter.error(id, where + " " + problem, at);
    }
    return problems.isEmpty();
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

  private static boolean isOptional(TypeMirror type) {
    return type.getKind() == TypeKind.DECLARED
        && ((TypeElement) ((DeclaredType) type).asElement())
            .getQualifiedName()
            .toString()
            .startsWith("java.util.Optional");
  }

  private static String suggestForArray(TypeMirror type) {
    if (type.getKind() == TypeKind.ARRAY) {
      TypeMirror component = ((javax.lang.model.type.ArrayType) type).getComponentType();
      if (component.getKind() == TypeKind.BYTE) {
        return "a List<Byte>, or a Base64 String for binary content";
      }
      String element =
          component.getKind().isPrimitive()
              ? boxedName(component.getKind())
              : component.toString().replaceAll("[a-z0-9_]+\\.", "");
      return "List<" + element + ">";
    }
    return "a List in place of each array";
  }

  private static String boxedName(TypeKind kind) {
    switch (kind) {
      case INT:
        return "Integer";
      case CHAR:
        return "Character";
      default:
        String lower = kind.name().toLowerCase();
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }
  }

  /** The {@code @Upcast} methods of the interface, each checked for its shape and version. */
  private List<Upcaster> readUpcasters(TypeElement type, int version, Reporter reporter) {
    List<Upcaster> upcasters = new ArrayList<>();
    Map<Integer, ExecutableElement> byVersion = new LinkedHashMap<>();
    for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
      AnnotationMirror upcast = upcastAnnotation(method);
      if (upcast == null) {
        continue;
      }
      String name = method.getSimpleName().toString();
      AnnotationValue fromValue = annotationValues(upcast).get("from");
      if (fromValue == null || !(fromValue.getValue() instanceof Number)) {
        continue; // javac reports the missing or invalid value itself
      }
      int from = ((Number) fromValue.getValue()).intValue();
      boolean valid = checkUpcasterShape(type, method, reporter);
      if (from < 1 || from >= version) {
        String why =
            from < 1
                ? "versions start at 1"
                : version == 1
                    ? "'" + type.getSimpleName() + "' is at version 1, so there is no older version to"
                        + " upcast. Raise the version when the payload changes shape, then upcast from"
                        + " the version before"
                    : "'" + type.getSimpleName() + "' is at version " + version + ", which is read"
                        + " directly: upcasters read older versions only, so from is 1 to "
                        + (version - 1) + ". If the payload changed again, raise the version to "
                        + (from + 1);
        reporter.error(
            DiagnosticId.UPCASTER_VERSION,
            "@Upcast(from = " + from + ") on '" + name + "' would read version " + from
                + " and return version " + (from + 1) + ", but " + why + ".",
            method,
            upcast,
            fromValue);
        valid = false;
      } else if (byVersion.containsKey(from)) {
        reporter.error(
            DiagnosticId.UPCASTER_DUPLICATE,
            "@Upcast(from = " + from + ") on '" + name + "': '"
                + byVersion.get(from).getSimpleName() + "' already upcasts version " + from
                + ", and a reader must know which one to run. Merge the two into one method.",
            method,
            upcast,
            fromValue);
        valid = false;
      } else {
        byVersion.put(from, method);
      }
      if (valid) {
        upcasters.add(new Upcaster(from, name, method.getReturnType().getKind() != TypeKind.VOID));
      }
    }
    return upcasters;
  }

  private boolean checkUpcasterShape(TypeElement type, ExecutableElement method, Reporter reporter) {
    List<String> problems = new ArrayList<>();
    Set<Modifier> modifiers = method.getModifiers();
    if (!modifiers.contains(Modifier.STATIC)) {
      problems.add("it is not static");
    }
    if (modifiers.contains(Modifier.PRIVATE)) {
      problems.add("it is private, so the generated reader cannot call it");
    }
    if (!method.getTypeParameters().isEmpty()) {
      problems.add("it declares type parameters");
    }
    if (method.getParameters().size() != 1
        || !isJsonObject(method.getParameters().get(0).asType())) {
      List<String> parameters = new ArrayList<>();
      method.getParameters().forEach(parameter -> parameters.add(parameter.asType().toString()));
      problems.add("it takes (" + String.join(", ", parameters) + ") instead of (JsonObject data)");
    }
    TypeMirror returnType = method.getReturnType();
    if (returnType.getKind() != TypeKind.VOID && !isJsonObject(returnType)) {
      problems.add("it returns " + returnType + " instead of void or JsonObject");
    }
    for (TypeMirror thrown : method.getThrownTypes()) {
      if (isChecked(thrown)) {
        problems.add("it throws the checked exception " + thrown + " (fail with an unchecked one)");
      }
    }
    if (problems.isEmpty()) {
      return true;
    }
    String name = method.getSimpleName().toString();
    reporter.error(
        DiagnosticId.UPCASTER_SIGNATURE,
        "@Upcast method '" + name + "' of '" + type.getSimpleName() + "' cannot be called by the"
            + " generated reader: " + String.join("; ", problems) + ". Declare it as 'static void "
            + name + "(" + RuntimeNames.JSON_OBJECT + " data)' to change the old payload in place, or return"
            + " JsonObject to replace it.",
        method);
    return false;
  }

  private static boolean isJsonObject(TypeMirror type) {
    return type.getKind() == TypeKind.DECLARED
        && ((TypeElement) ((DeclaredType) type).asElement())
            .getQualifiedName()
            .contentEquals(RuntimeNames.JSON_OBJECT.canonicalName());
  }

  private boolean isChecked(TypeMirror thrown) {
    TypeElement runtime = elements.getTypeElement("java.lang.RuntimeException");
    TypeElement error = elements.getTypeElement("java.lang.Error");
    return !(runtime != null && types.isSubtype(thrown, runtime.asType()))
        && !(error != null && types.isSubtype(thrown, error.asType()));
  }

  /** The {@code @Upcast} annotation of {@code method}, or {@code null}. */
  public static AnnotationMirror upcastAnnotation(Element method) {
    for (AnnotationMirror mirror : method.getAnnotationMirrors()) {
      TypeElement annotation = (TypeElement) mirror.getAnnotationType().asElement();
      if (annotation.getQualifiedName().contentEquals(RuntimeNames.UPCAST.canonicalName())) {
        return mirror;
      }
    }
    return null;
  }

  private int readVersion(
      TypeElement type,
      AnnotationMirror annotation,
      Map<String, AnnotationValue> values,
      Reporter reporter) {
    AnnotationValue value = values.get("version");
    int version = value == null ? 1 : ((Number) value.getValue()).intValue();
    if (version < 1) {
      reporter.error(
          DiagnosticId.INVALID_VERSION,
          "version = " + version + " on '" + type.getSimpleName() + "': schema versions start at 1"
              + " and grow by one with each change of the payload. Write version = 1 (or leave it"
              + " out) for a first version.",
          type,
          annotation,
          value);
    }
    return version;
  }

  private String readType(
      TypeElement type,
      AnnotationMirror annotation,
      Map<String, AnnotationValue> values,
      Reporter reporter) {
    AnnotationValue value = values.get("type");
    String wireType = value == null ? "" : (String) value.getValue();
    if (wireType.isEmpty()) {
      return type.getSimpleName().toString();
    }
    if (wireType.isBlank() || !wireType.strip().equals(wireType)) {
      reporter.error(
          DiagnosticId.INVALID_TYPE,
          "type = \"" + wireType + "\" on '" + type.getSimpleName() + "' is blank or has leading or"
              + " trailing spaces, and consumers route messages by their exact type. Leave type out"
              + " to use '" + type.getSimpleName() + "', or write a name without spaces at the ends.",
          type,
          annotation,
          value);
    }
    return wireType;
  }

  private String readSource(
      TypeElement type,
      MessageKind kind,
      AnnotationMirror annotation,
      Map<String, AnnotationValue> values,
      Reporter reporter) {
    AnnotationValue value = values.get("source");
    String source = value == null ? "" : ((String) value.getValue()).trim();
    if (source.isEmpty()) {
      value = null;
      source = packageSource(type);
    }
    if (source == null) {
      source = optionSource;
    }
    if (source == null) {
      if (kind == MessageKind.EVENT) {
        reporter.error(
            DiagnosticId.MISSING_SOURCE,
            "Event '" + type.getSimpleName() + "' has no source, and every event must say which"
                + " service emitted it. Write @DomainEvent(source = \"your-service\"), or set it for"
                + " the package with @MessageSource(\"your-service\") in package-info.java, or for the"
                + " build with -A" + SOURCE_OPTION + "=your-service.",
            type,
            annotation);
        return "";
      }
      String packageName = elements.getPackageOf(type).getQualifiedName().toString();
      return packageName.isEmpty() ? "missive" : packageName;
    }
    try {
      new URI(source);
    } catch (URISyntaxException e) {
      reporter.error(
          DiagnosticId.INVALID_SOURCE,
          "source \"" + source + "\" of '" + type.getSimpleName() + "' is not a URI reference ("
              + e.getReason() + "), as CloudEvents requires. Use a name such as \"order-service\" or"
              + " \"/orders\", without spaces.",
          type,
          annotation,
          value);
    }
    return source;
  }

  private String packageSource(TypeElement type) {
    PackageElement pkg = elements.getPackageOf(type);
    for (AnnotationMirror mirror : pkg.getAnnotationMirrors()) {
      TypeElement annotationType = (TypeElement) mirror.getAnnotationType().asElement();
      if (annotationType.getQualifiedName().contentEquals(RuntimeNames.MESSAGE_SOURCE.canonicalName())) {
        AnnotationValue value = annotationValues(mirror).get("value");
        String source = value == null ? "" : ((String) value.getValue()).trim();
        return source.isEmpty() ? null : source;
      }
    }
    return null;
  }

  private Map<String, AnnotationValue> annotationValues(AnnotationMirror annotation) {
    Map<String, AnnotationValue> values = new LinkedHashMap<>();
    annotation
        .getElementValues()
        .forEach((method, value) -> values.put(method.getSimpleName().toString(), value));
    return values;
  }

  /** The rules suppressed with {@code @SuppressWarnings("missive:<rule>")} on the type or around it. */
  private static Set<String> suppressions(TypeElement type) {
    Set<String> suppressed = new LinkedHashSet<>();
    for (Element e = type; e != null; e = e.getEnclosingElement()) {
      SuppressWarnings annotation = e.getAnnotation(SuppressWarnings.class);
      if (annotation != null) {
        for (String value : annotation.value()) {
          if (value.startsWith("missive:")) {
            suppressed.add(value.substring("missive:".length()));
          }
        }
      }
    }
    return suppressed;
  }

  private static String describeAccessor(TypeElement owner, ExecutableElement method) {
    String declaredIn = ((TypeElement) method.getEnclosingElement()).getSimpleName().toString();
    String where = declaredIn.equals(owner.getSimpleName().toString()) ? "" : " (inherited from " + declaredIn + ")";
    return "Accessor " + method.getSimpleName() + "()" + where;
  }

  private static String describe(Element element) {
    switch (element.getKind()) {
      case ENUM:
        return "enum";
      case ANNOTATION_TYPE:
        return "annotation type";
      case RECORD:
        return "record";
      default:
        return "class";
    }
  }

  private static String capitalize(String name) {
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }
}
