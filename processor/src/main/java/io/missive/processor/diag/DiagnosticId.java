package io.missive.processor.diag;

/**
 * The stable ids of the processor's structural diagnostics. Every message starts with
 * {@code [Id]}, so builds, IDEs and tests can match on it. Ids are never renamed or reused.
 */
public enum DiagnosticId {
  /** The annotation is on a class, enum, record or annotation type. */
  NOT_INTERFACE("MissiveNotInterface"),
  /** The annotated interface declares type parameters. */
  GENERIC_INTERFACE("MissiveGenericInterface"),
  /** The annotated interface is sealed, so no generated record may implement it. */
  SEALED_INTERFACE("MissiveSealedInterface"),
  /** The interface, or a type enclosing it, is private. */
  NOT_ACCESSIBLE("MissiveNotAccessible"),
  /** More than one of {@code @DomainEvent}, {@code @Command}, {@code @Query} on one interface. */
  CONFLICTING_KINDS("MissiveConflictingKinds"),
  /** {@code version} is less than 1. */
  INVALID_VERSION("MissiveInvalidVersion"),
  /** {@code type} is blank. */
  INVALID_TYPE("MissiveInvalidType"),
  /** An event has no source on its annotation, its package or the processor options. */
  MISSING_SOURCE("MissiveMissingSource"),
  /** A source is not a URI reference. */
  INVALID_SOURCE("MissiveInvalidSource"),
  /** An abstract method takes parameters. */
  ACCESSOR_PARAMETERS("MissiveAccessorParameters"),
  /** An abstract method returns {@code void}. */
  VOID_ACCESSOR("MissiveVoidAccessor"),
  /** An abstract method declares type parameters. */
  GENERIC_ACCESSOR("MissiveGenericAccessor"),
  /** An accessor returns an array. */
  ARRAY_ACCESSOR("MissiveArrayAccessor"),
  /** An accessor returns a raw type such as {@code List}. */
  RAW_TYPE("MissiveRawType"),
  /** An accessor's name is taken by the envelope's builder. */
  RESERVED_NAME("MissiveReservedName"),
  /** An accessor declares a checked exception, which no record accessor may throw. */
  ACCESSOR_THROWS("MissiveAccessorThrows"),
  /** An accessor opts in to null where null makes no sense: an Optional, or a collection's element. */
  NULLABLE_MISUSE("MissiveNullableMisuse"),
  /** A generated type's name is already taken. */
  NAME_CLASH("MissiveNameClash"),
  /** A type could not be resolved even after the last round. */
  UNRESOLVED_TYPE("MissiveUnresolvedType"),
  /** A payload field's type (or a part of it) cannot be written as JSON. */
  UNSUPPORTED_TYPE("MissiveUnsupportedType"),
  /** An {@code @Upcast} method does not have the shape {@code static void name(JsonObject data)}. */
  UPCASTER_SIGNATURE("MissiveUpcasterSignature"),
  /** An {@code @Upcast(from)} is not an older version of the message. */
  UPCASTER_VERSION("MissiveUpcasterVersion"),
  /** Two {@code @Upcast} methods start from the same version. */
  UPCASTER_DUPLICATE("MissiveUpcasterDuplicate"),
  /** The upcasters leave out a step between the oldest one and the current version. */
  UPCASTER_GAP("MissiveUpcasterGap"),
  /** {@code @Upcast} is on a method that is not in a message interface. */
  UPCASTER_PLACEMENT("MissiveUpcasterPlacement"),
  /** The processor failed on a type; a bug in Missive, never in user code. */
  INTERNAL_ERROR("MissiveInternalError");

  private final String id;

  DiagnosticId(String id) {
    this.id = id;
  }

  /** The id as printed, without brackets. */
  public String id() {
    return id;
  }

  /** {@code [Id] text}. */
  public String format(String text) {
    return "[" + id + "] " + text;
  }
}
