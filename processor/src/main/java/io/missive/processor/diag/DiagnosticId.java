package io.missive.processor.diag;

import java.util.Locale;
import java.util.Optional;

/**
 * Every diagnostic the processor reports, with its stable id and its default severity. Every message
 * starts with {@code [Id]}, so builds, IDEs and tests can match on it. Ids are never renamed or reused.
 *
 * <p>Most ids are <em>hard</em>: the processor cannot generate correct code while they stand, so they
 * are always errors. The others are <em>rules</em>, judgements a team may not share: each has a rule
 * name ({@code event-tense}) that turns it off for one element with
 * {@code @SuppressWarnings("missive:event-tense")}, and an option that sets its severity for the build
 * ({@code -Amissive.naming.eventTense=warning}); see {@link SeverityPolicy}.
 */
public enum DiagnosticId {
  /** The annotation is on a class, enum, record or annotation type. */
  NOT_INTERFACE("MissiveNotInterface"),
  /** The annotated interface declares type parameters. */
  GENERIC_INTERFACE("MissiveGenericInterface"),
  /** The annotated interface is sealed, so no generated record may implement it. */
  SEALED_INTERFACE("MissiveSealedInterface"),
  /** The interface, a type enclosing it or a type its payload uses is private. */
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
  /** An accessor's name is taken by the envelope's builder or by {@code Object}. */
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
  /**
   * A class marked {@code @JsonValue} or {@code @JsonCreator} is not a value object the generated
   * codec can write and read: no value method or creator, several, one it cannot call, or one that
   * takes properties.
   */
  JSON_VALUE_OBJECT("MissiveJsonValueObject"),
  /** A Jackson annotation on a payload member or type that Missive cannot honour. */
  JSON_ANNOTATION("MissiveJsonAnnotation"),
  /**
   * A polymorphic type (sealed, or {@code @JsonTypeInfo}) whose closed set Missive cannot write and
   * read: no variants, variants that are not records, two with one name, or a component named like
   * the discriminator.
   */
  JSON_POLYMORPHIC("MissivePolymorphicType"),
  /** Two members of one JSON object share a name or an alias. */
  JSON_NAME_CLASH("MissiveJsonNameClash"),
  /**
   * A {@code @PartitionKey} accessor that cannot be the key: a type without one text form, a value
   * that may be absent, or a second one.
   */
  PARTITION_KEY("MissivePartitionKey"),
  /** An {@code @Upcast} method does not have the shape {@code static void name(JsonObject data)}. */
  UPCASTER_SIGNATURE("MissiveUpcasterSignature"),
  /**
   * A typed {@code @Upcast} method (one that takes a frozen record such as {@code OrderPlacedEvent.V1})
   * takes or returns the wrong version, has no snapshot to be frozen from, or precedes a tree step.
   */
  UPCASTER_TYPED("MissiveUpcasterTyped"),
  /** An {@code @Upcast(from)} is not an older version of the message. */
  UPCASTER_VERSION("MissiveUpcasterVersion"),
  /** Two {@code @Upcast} methods start from the same version. */
  UPCASTER_DUPLICATE("MissiveUpcasterDuplicate"),
  /** The upcasters leave out a step between the oldest one and the current version. */
  UPCASTER_GAP("MissiveUpcasterGap"),
  /** The version is above 1, but neither an upcaster nor {@code readsFrom} says how older ones are read. */
  UPCASTER_MISSING("MissiveUpcasterMissing"),
  /** {@code @Upcast} is on a method that is not in a message interface. */
  UPCASTER_PLACEMENT("MissiveUpcasterPlacement"),

  /** An event's name ends in a past participle: OrderPlaced, InvoiceSent, UserSignedUp. */
  EVENT_TENSE("MissiveEventTense", Severity.ERROR, Group.NAMING, "event-tense"),
  /** A command's name starts with a verb in its base form: PlaceOrder, CheckOutCart. */
  COMMAND_VERB("MissiveCommandVerb", Severity.ERROR, Group.NAMING, "command-verb"),
  /** A query's name starts with a query prefix: GetOrder, FindCustomer, ListOrders. */
  QUERY_PREFIX("MissiveQueryPrefix", Severity.ERROR, Group.NAMING, "query-prefix"),
  /** A query's name does not start with a verb that changes state: CreateOrder, UpdateOrder. */
  QUERY_STATE_CHANGE("MissiveQueryChangesState", Severity.ERROR, Group.NAMING, "query-state-change"),
  /**
   * A query's name starts with a verb that only reads but is no query prefix: FetchInvoices
   * (GetInvoices), SearchProducts (FindProducts), IsEmailInUse.
   */
  QUERY_READ_VERB("MissiveQueryReadVerb", Severity.WARNING, Group.NAMING, "query-read-verb"),
  /** An event's name does not describe a storage operation: RowInserted, CacheInvalidated. */
  TECHNICAL_EVENT("MissiveTechnicalEvent", Severity.WARNING, Group.NAMING, "technical-event"),
  /** A name does not end in the suffix its envelope adds: OrderPlacedEvent, PlaceOrderCommand. */
  REDUNDANT_SUFFIX("MissiveRedundantSuffix", Severity.WARNING, Group.NAMING, "redundant-suffix"),
  /** A name holds a misspelled verb form: OrderPayed (OrderPaid), ServerShutted (ServerShut). */
  SPELLING("MissiveSpelling", Severity.WARNING, Group.NAMING, "spelling"),
  /** An accessor is named like a JavaBean getter, getAccountId() or isSuspicious(). */
  GETTER_PREFIX("MissiveGetterPrefix", Severity.WARNING, Group.NAMING, "getter-prefix"),
  /** A record of the user's in the payload holds a collection it does not copy. */
  MUTABLE_COMPONENT("MissiveMutableComponent", Severity.WARNING, Group.PAYLOAD, "mutable-component"),

  /** The schema lock's directory (-Amissive.schemas) or a file in it cannot be used as given. */
  SCHEMA_PATH("MissiveSchemaPath"),
  /** A snapshot in the schema lock is not JSON, or not a schema of the form Missive writes. */
  SCHEMA_CORRUPT("MissiveSchemaCorrupt"),
  /** The payload changed in a way readers of its locked version cannot follow, under the same version. */
  SCHEMA_BREAK("MissiveSchemaBreak"),
  /** The locked history is broken: a past snapshot edited or missing, a version lowered or skipped. */
  SCHEMA_HISTORY("MissiveSchemaHistory"),
  /** The version was raised, but the payload is the same as the locked previous version's. */
  SCHEMA_SAME_BUMP("MissiveSchemaSameBump", Severity.WARNING, null, null),
  /** Strict mode: the build would write or update a snapshot that should have been committed. */
  SCHEMA_UNLOCKED("MissiveSchemaUnlocked"),
  /** A snapshot of a type or version the code no longer has. */
  SCHEMA_STALE("MissiveSchemaStale", Severity.WARNING, null, null),

  /**
   * A named module that does not declare the codec providers of its messages, which ServiceLoader then
   * cannot find there ({@code META-INF/services} counts only on the class path).
   */
  MODULE_PROVIDES("MissiveModuleProvides", Severity.WARNING, null, null),

  /** A processor option has a value the processor cannot use; the default is kept. */
  OPTION("MissiveOption", Severity.WARNING, null, null),
  /** The processor failed on a type; a bug in Missive, never in user code. */
  INTERNAL_ERROR("MissiveInternalError");

  /** The families of rules, each with the prefix of its options. */
  public enum Group {
    /** The naming conventions (docs/naming.md): {@code -Amissive.naming.<rule>}. */
    NAMING("missive.naming"),
    /** What the payload's types do at run time: {@code -Amissive.payload.<rule>}. */
    PAYLOAD("missive.payload");

    private final String optionPrefix;

    Group(String optionPrefix) {
      this.optionPrefix = optionPrefix;
    }

    /** The option that sets every rule of the group at once, and the prefix of each rule's option. */
    public String optionPrefix() {
      return optionPrefix;
    }
  }

  private final String id;
  private final Severity defaultSeverity;
  private final Group group;
  private final String ruleName;

  DiagnosticId(String id) {
    this(id, Severity.ERROR, null, null);
  }

  DiagnosticId(String id, Severity defaultSeverity, Group group, String ruleName) {
    this.id = id;
    this.defaultSeverity = defaultSeverity;
    this.group = group;
    this.ruleName = ruleName;
  }

  /** The id as printed, without brackets: {@code MissiveEventTense}. */
  public String id() {
    return id;
  }

  /** {@code [Id] text}. */
  public String format(String text) {
    return "[" + id + "] " + text;
  }

  /** The severity without options or suppressions. */
  public Severity defaultSeverity() {
    return defaultSeverity;
  }

  /** Whether options and {@code @SuppressWarnings} can change this id's severity. */
  public boolean isRule() {
    return ruleName != null;
  }

  /** The rule's name, as in {@code @SuppressWarnings("missive:<name>")}; empty for a hard id. */
  public Optional<String> ruleName() {
    return Optional.ofNullable(ruleName);
  }

  /** The rule's group; empty for a hard id. */
  public Optional<Group> group() {
    return Optional.ofNullable(group);
  }

  /**
   * The processor option that sets this rule's severity, such as {@code missive.naming.eventTense}.
   * javac only accepts option keys made of dot-separated Java identifiers, so the key spells the rule
   * name in camel case. Empty for a hard id.
   */
  public Optional<String> optionKey() {
    return ruleName == null ? Optional.empty() : Optional.of(group.optionPrefix() + "." + camelCase(ruleName));
  }

  /** The {@code @SuppressWarnings} value that turns the rule off for one element; empty for a hard id. */
  public Optional<String> suppressionKey() {
    return ruleName == null ? Optional.empty() : Optional.of("missive:" + ruleName);
  }

  /**
   * The rule with this name ({@code event-tense}, or its option spelling {@code eventTense}),
   * ignoring case and surrounding blanks.
   */
  public static Optional<DiagnosticId> byRuleName(String name) {
    if (name == null) {
      return Optional.empty();
    }
    String wanted = name.trim().toLowerCase(Locale.ROOT);
    for (DiagnosticId id : values()) {
      if (id.ruleName != null
          && (id.ruleName.equals(wanted) || camelCase(id.ruleName).toLowerCase(Locale.ROOT).equals(wanted))) {
        return Optional.of(id);
      }
    }
    return Optional.empty();
  }

  static String camelCase(String hyphenated) {
    StringBuilder sb = new StringBuilder(hyphenated.length());
    boolean upper = false;
    for (int i = 0; i < hyphenated.length(); i++) {
      char c = hyphenated.charAt(i);
      if (c == '-') {
        upper = true;
      } else {
        sb.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      }
    }
    return sb.toString();
  }
}
