package io.missive.processor.model;


/** The three kinds of message, with the names that go with each. */
public enum MessageKind {
  EVENT(RuntimeNames.DOMAIN_EVENT.canonicalName(), "Event", RuntimeNames.EVENT_MESSAGE.canonicalName(), "an event"),
  COMMAND(RuntimeNames.COMMAND.canonicalName(), "Command", RuntimeNames.COMMAND_MESSAGE.canonicalName(), "a command"),
  QUERY(RuntimeNames.QUERY.canonicalName(), "Query", RuntimeNames.QUERY_MESSAGE.canonicalName(), "a query");

  private final String annotationName;
  private final String envelopeSuffix;
  private final String contractName;
  private final String description;

  MessageKind(String annotationName, String envelopeSuffix, String contractName, String description) {
    this.annotationName = annotationName;
    this.envelopeSuffix = envelopeSuffix;
    this.contractName = contractName;
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

  /** The fully qualified name of the runtime contract the envelope implements. */
  public String contractName() {
    return contractName;
  }

  /** "an event", "a command" or "a query", for diagnostics. */
  public String description() {
    return description;
  }
}
