package io.missive.processor.model;

import com.palantir.javapoet.ClassName;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * One annotated interface, as read from the source: everything the naming rules and the writers need,
 * and nothing that refers back to the compiler's elements.
 *
 * @param kind event, command or query
 * @param payloadInterface the annotated interface
 * @param type the message type written on the wire
 * @param source the CloudEvents source
 * @param version the current schema version, 1 or more
 * @param fields the payload fields, one per abstract accessor, in declaration order (inherited first)
 * @param suppressed the rule names suppressed with {@code @SuppressWarnings("missive:<rule>")} on the
 *     interface or an element enclosing it
 * @param upcasters the {@code @Upcast} methods that read older versions of the payload, by version
 * @param hints what the writers must know about where the generated code goes
 */
public record MessageType(
    MessageKind kind,
    ClassName payloadInterface,
    String type,
    String source,
    int version,
    List<Field> fields,
    Set<String> suppressed,
    List<Upcaster> upcasters,
    Hints hints) {

  public MessageType {
    fields = List.copyOf(fields);
    suppressed = Set.copyOf(suppressed);
    upcasters = upcasters.stream().sorted(Comparator.comparingInt(Upcaster::from)).toList();
  }

  /** The oldest version read: that of the first upcaster, or the current one when there is none. */
  public int oldestVersion() {
    return upcasters.isEmpty() ? version : Math.min(upcasters.get(0).from(), version);
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
