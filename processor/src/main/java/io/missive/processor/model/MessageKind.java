package io.missive.processor.model;

import com.palantir.javapoet.ClassName;

/** The three kinds of message, with the names that go with each. */
public enum MessageKind {
  EVENT(RuntimeNames.DOMAIN_EVENT, "Event", RuntimeNames.ABSTRACT_EVENT, "an event"),
  COMMAND(RuntimeNames.COMMAND, "Command", RuntimeNames.ABSTRACT_COMMAND, "a command"),
  QUERY(RuntimeNames.QUERY, "Query", RuntimeNames.ABSTRACT_QUERY, "a query");

  private final String annotationName;
  private final String envelopeSuffix;
  private final ClassName envelopeBase;
  private final String description;

  MessageKind(ClassName annotation, String envelopeSuffix, ClassName envelopeBase, String description) {
    this.annotationName = annotation.canonicalName();
    this.envelopeSuffix = envelopeSuffix;
    this.envelopeBase = envelopeBase;
    this.description = description;
  }

  /** The fully qualified name of the annotation that declares this kind. */
  public String annotationName() {
    return annotationName;
  }

  /** The simple name of the annotation, such as {@code DomainEvent}. */
  public String annotationSimpleName() {
    return annotationName.substring(annotationName.lastIndexOf('.') + 1);
  }

  /** What the generated envelope's name ends with: {@code Event}, {@code Command} or {@code Query}. */
  public String envelopeSuffix() {
    return envelopeSuffix;
  }

  /**
   * The run-time class the envelope extends, such as {@code AbstractEvent}: it implements the kind's
   * contract, such as {@code EventMessage}.
   */
  public ClassName envelopeBase() {
    return envelopeBase;
  }

  /** "an event", "a command" or "a query", for diagnostics. */
  public String description() {
    return description;
  }
}
