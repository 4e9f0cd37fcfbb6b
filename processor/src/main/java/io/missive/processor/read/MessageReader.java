package io.missive.processor.read;

import com.palantir.javapoet.ClassName;
import io.missive.processor.diag.Locations;
import io.missive.processor.model.Accessor;
import io.missive.processor.model.Declaration;
import io.missive.processor.model.Declaration.ElementKind;
import io.missive.processor.model.Hints;
import io.missive.processor.model.MessageKind;
import io.missive.processor.model.MessageType;
import io.missive.processor.model.MessageType.SourceOrigin;
import io.missive.processor.model.UpcasterMethod;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Reads one annotated element into a {@link MessageType} and the {@link Locations} its parts came from.
 * It only reads: every rule is judged on the model afterwards. It reads as far as makes sense: an
 * element with more than one message annotation, or one that is no interface, gets a model of its
 * declaration alone; a type whose payload uses a type that does not exist yet is deferred.
 */
public final class MessageReader {

  private final Elements elements;
  private final AccessorReader accessors;
  private final UpcasterReader upcasters;
  private final AttributeReader attributes;
  private final SurroundingsReader surroundings;
  private final ExistingTypes existing;
  private final RecordCopies records;
  private final EnumConstants constants;

  public MessageReader(ProcessingEnvironment environment) {
    Elements elements = environment.getElementUtils();
    Types types = environment.getTypeUtils();
    Map<String, String> options = environment.getOptions();
    this.elements = elements;
    this.records = new RecordCopies(environment);
    this.constants = new EnumConstants(elements);
    this.accessors = new AccessorReader(elements, types);
    this.upcasters = new UpcasterReader(elements, types);
    this.attributes = new AttributeReader(elements, options.get(MessageType.SOURCE_OPTION));
    this.surroundings = new SurroundingsReader(elements, accessors);
    this.existing = new ExistingTypes(elements, types);
  }

  /**
   * Forgets what was learnt of the packages: a new round may see new types. Keeps the types whose
   * source {@code round} compiles, which diagnostics can be put on.
   */
  public void newRound(RoundEnvironment round) {
    existing.newRound();
    constants.newRound(round);
  }

  /** The message kinds whose annotation {@code element} carries, in the order of {@link MessageKind}. */
  public static List<MessageKind> kindsOf(Element element) {
    List<MessageKind> kinds = new ArrayList<>();
    for (MessageKind kind : MessageKind.values()) {
      if (Annotations.mirror(element, kind.annotationName()) != null) {
        kinds.add(kind);
      }
    }
    return kinds;
  }

  /**
   * Reads {@code element}, which carries the annotations of {@code kinds} (at least one).
   *
   * @param generated the qualified names generated so far in this compilation, which no other
   *     message may take
   */
  public ReadResult read(Element element, List<MessageKind> kinds, Set<String> generated) {
    MessageKind kind = kinds.get(0);
    ClassName name = className(element);
    ElementKind elementKind = elementKind(element);
    if (kinds.size() > 1 || elementKind != ElementKind.INTERFACE) {
      Declaration declaration =
          new Declaration(elementKind, kinds.subList(1, kinds.size()), false, false, null);
      return new ReadResult.Read(declarationOnly(kind, name, declaration), Locations.of(element));
    }
    TypeElement type = (TypeElement) element;
    AnnotationMirror annotation = Annotations.mirror(type, kind.annotationName());
    Map<String, ExecutableElement> methods = accessors.accessorsInOrder(type);
    Optional<String> missing =
        findMissingType(type, methods).or(() -> AttributeReader.findUnresolvedValue(type, annotation));
    if (missing.isPresent()) {
      return new ReadResult.Deferred(missing.get());
    }

    AttributeReader.Attributes values = attributes.read(type, kind, annotation);
    List<Accessor> read = new ArrayList<>();
    List<Element> accessorElements = new ArrayList<>();
    for (ExecutableElement method : methods.values()) {
      read.add(accessors.read(type, method));
      accessorElements.add(AccessorReader.reportedOn(type, method));
    }
    List<UpcasterMethod> upcasterMethods = new ArrayList<>();
    List<Element> upcasterElements = new ArrayList<>();
    ClassName envelopeName = ClassName.get(name.packageName(), name.simpleName() + kind.envelopeSuffix());
    ClassName recordName = ClassName.get(name.packageName(), name.simpleName() + "Data");
    for (UpcasterReader.Read upcaster : upcasters.read(type, name, recordName, envelopeName)) {
      upcasterMethods.add(upcaster.upcaster());
      upcasterElements.add(upcaster.method());
    }
    List<TypeMirror> payloadTypes = new ArrayList<>();
    methods.values().forEach(method -> payloadTypes.add(accessors.returnType(type, method)));
    RecordCopies.Found uncopied = records.find(payloadTypes);
    MessageType model =
        new MessageType(
            kind,
            name,
            new Declaration(
                elementKind,
                List.of(),
                !type.getTypeParameters().isEmpty(),
                type.getModifiers().contains(Modifier.SEALED),
                hiddenBy(type),
                interfaceUnhonoured(type)),
            values.version(),
            values.readsFrom(),
            values.declaredType(),
            values.source(),
            values.origin(),
            read,
            upcasterMethods,
            uncopied.components(),
            List.of(),
            Suppressions.around(type),
            surroundings.hints(type, methods.values(), read));
    List<String> taken = new ArrayList<>();
    for (ClassName generatedName : model.generatedTypes()) {
      if (existing.isTaken(generatedName, type, generated)) {
        taken.add(generatedName.canonicalName());
      }
    }
    if (!taken.isEmpty()) {
      model = withTaken(model, taken);
    }
    return new ReadResult.Read(
        model,
        new Locations(type, accessorElements, upcasterElements, uncopied.elements(), constants.of(read)));
  }

  private static MessageType declarationOnly(MessageKind kind, ClassName name, Declaration declaration) {
    return new MessageType(
        kind, name, declaration, 1, 0, "", null, SourceOrigin.NONE, List.of(), List.of(), List.of(),
        List.of(), Set.of(), Hints.DEFAULT);
  }

  private static MessageType withTaken(MessageType m, List<String> taken) {
    return new MessageType(
        m.kind(), m.payloadInterface(), m.declaration(), m.version(), m.readsFrom(), m.declaredType(), m.source(),
        m.sourceOrigin(), m.accessors(), m.upcasterMethods(), m.mutableComponents(), taken, m.suppressed(),
        m.hints());
  }

  /** The Jackson annotations on the message interface that Missive cannot honour. */
  private static List<String> interfaceUnhonoured(TypeElement type) {
    List<String> unhonoured = new ArrayList<>(Jackson.typeUnhonoured(type));
    Jackson.typeInclude(type, unhonoured);
    return unhonoured;
  }

  private ClassName className(Element element) {
    if (element instanceof TypeElement type) {
      return ClassName.get(type);
    }
    String packageName = elements.getPackageOf(element).getQualifiedName().toString();
    return ClassName.get(packageName, element.getSimpleName().toString());
  }

  private static ElementKind elementKind(Element element) {
    switch (element.getKind()) {
      case INTERFACE:
        return ElementKind.INTERFACE;
      case ENUM:
        return ElementKind.ENUM;
      case ANNOTATION_TYPE:
        return ElementKind.ANNOTATION_TYPE;
      case RECORD:
        return ElementKind.RECORD;
      default:
        return ElementKind.CLASS;
    }
  }

  /** Whether the type can be implemented beside it: see {@link Declaration#hiddenBy()}. */
  private static String hiddenBy(TypeElement type) {
    for (Element e = type;
        e != null && e.getKind() != javax.lang.model.element.ElementKind.PACKAGE;
        e = e.getEnclosingElement()) {
      if (e.getModifiers().contains(Modifier.PRIVATE)) {
        return e == type ? "" : e.getSimpleName().toString();
      }
    }
    return null;
  }

  private static Optional<String> findMissingType(TypeElement type, Map<String, ExecutableElement> accessors) {
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
}
