package io.missive.processor.model;

import com.palantir.javapoet.ClassName;
import io.missive.Command;
import io.missive.DomainEvent;
import io.missive.Query;
import io.missive.internal.AbstractCommand;
import io.missive.internal.AbstractEvent;
import io.missive.internal.AbstractQuery;

/**
 * The three kinds of message, with the names that go with each, taken from the run-time classes
 * themselves as in {@link RuntimeNames} (but without JavaPoet, so that the naming rules, which only
 * need the kind, do not load it).
 */
public enum MessageKind {
  EVENT(DomainEvent.class, "Event", AbstractEvent.class, "an event"),
  COMMAND(Command.class, "Command", AbstractCommand.class, "a command"),
  QUERY(Query.class, "Query", AbstractQuery.class, "a query");

  private final String annotationName;
  private final String envelopeSuffix;
  private final Class<?> envelopeBase;
  private final String description;

  MessageKind(Class<?> annotation, String envelopeSuffix, Class<?> envelopeBase, String description) {
    this.annotationName = annotation.getCanonicalName();
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
    return ClassName.get(envelopeBase);
  }

  /** "an event", "a command" or "a query", for diagnostics. */
  public String description() {
    return description;
  }
}
