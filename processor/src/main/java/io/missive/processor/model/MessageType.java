package io.missive.processor.model;

import com.palantir.javapoet.ClassName;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * One annotated type, as read from the source: everything the rules judge and the writers need, and
 * nothing that refers back to the compiler's elements (the reader keeps those apart, for the
 * reporter). The rules see every part as written, valid or not; the writers see only models the
 * rules passed, through {@link #fields()}, {@link #upcasters()}, {@link #type()} and {@link #source()}.
 *
 * @param kind event, command or query: the kind of the first message annotation
 * @param payloadInterface the annotated type
 * @param declaration what the annotated type is (an interface, or not)
 * @param version the schema version written in the annotation, 1 when left out
 * @param readsFrom the oldest version to read, as written in the annotation; 0 when left out
 * @param declaredType the message type written in the annotation, empty when left out
 * @param source the CloudEvents source: from the annotation, the package, the options or the default;
 *     {@code null} when there is none
 * @param sourceOrigin where {@link #source} was found
 * @param accessors every abstract method, in declaration order (inherited first)
 * @param upcasterMethods every {@code @Upcast} method the type declares, in declaration order
 * @param mutableComponents the collection components of the user's records in the payload that their
 *     records do not copy
 * @param takenNames the names of the types to generate that a type of the user's or of this
 *     compilation already has
 * @param suppressed the rule names suppressed with {@code @SuppressWarnings("missive:<rule>")} on the
 *     type or an element enclosing it
 * @param hints what the writers must know about where the generated code goes
 */
public record MessageType(
    MessageKind kind,
    ClassName payloadInterface,
    Declaration declaration,
    int version,
    int readsFrom,
    String declaredType,
    String source,
    SourceOrigin sourceOrigin,
    List<Accessor> accessors,
    List<UpcasterMethod> upcasterMethods,
    List<MutableComponent> mutableComponents,
    List<String> takenNames,
    Set<String> suppressed,
    Hints hints) {

  /** The processor option that gives the default source of every message. */
  public static final String SOURCE_OPTION = "missive.source";

  /** Where the source of a message was found. */
  public enum SourceOrigin {
    /** {@code source = "..."} on the annotation. */
    ANNOTATION,
    /** {@code @MessageSource} on the package. */
    PACKAGE,
    /** The {@link #SOURCE_OPTION} processor option. */
    OPTION,
    /** None was given: a command or query takes its package's name. */
    DEFAULT,
    /** None was given, and an event must have one. */
    NONE
  }

  public MessageType {
    accessors = List.copyOf(accessors);
    upcasterMethods = List.copyOf(upcasterMethods);
    mutableComponents = List.copyOf(mutableComponents);
    takenNames = List.copyOf(takenNames);
    suppressed = Set.copyOf(suppressed);
  }

  /** The message type written on the wire: the annotation's, or the interface's simple name. */
  public String type() {
    return declaredType.isEmpty() ? simpleName() : declaredType;
  }

  /** The payload fields, one per accessor, in order; for a model the rules passed. */
  public List<Field> fields() {
    return accessors.stream().map(Accessor::field).toList();
  }

  /** The upcasters, by version; for a model the rules passed. */
  public List<Upcaster> upcasters() {
    return upcasterMethods.stream()
        .map(UpcasterMethod::step)
        .sorted(Comparator.comparingInt(Upcaster::from))
        .toList();
  }

  /**
   * The oldest version read: the annotation's {@code readsFrom} when it is written; otherwise that of
   * the first upcaster, or the current one when there is none.
   */
  public int oldestVersion() {
    if (readsFrom > 0) {
      return readsFrom;
    }
    int oldest = version;
    for (UpcasterMethod upcaster : upcasterMethods) {
      oldest = Math.min(oldest, upcaster.from());
    }
    return oldest;
  }

  /**
   * The oldest version from which every upcaster up to the current version is typed, which the reader
   * reads straight into its frozen record; the current version when the last step is on the tree (or
   * there is none). Older versions are upcast on the tree up to it.
   */
  public int typedFrom() {
    java.util.Map<Integer, Upcaster> byFrom = new java.util.HashMap<>();
    upcasters().forEach(upcaster -> byFrom.put(upcaster.from(), upcaster));
    int from = version;
    while (byFrom.containsKey(from - 1) && byFrom.get(from - 1).typed()) {
      from--;
    }
    return from;
  }

  /** The interface's simple name, such as {@code OrderPlaced}. */
  public String simpleName() {
    return payloadInterface.simpleName();
  }

  /** The generated payload record, such as {@code OrderPlacedData}. */
  public ClassName payloadRecord() {
    return ClassName.get(payloadInterface.packageName(), simpleName() + "Data");
  }

  /** The generated envelope, such as {@code OrderPlacedEvent}. */
  public ClassName envelope() {
    return ClassName.get(payloadInterface.packageName(), simpleName() + kind.envelopeSuffix());
  }

  /** The names of every generated top-level type. */
  public List<ClassName> generatedTypes() {
    return List.of(payloadRecord(), envelope());
  }
}
