package io.missive.processor.model;

import java.util.Set;

/**
 * A component of a record of the user's, reached from the payload, that holds a list, set or map its
 * record does not copy: whoever keeps the collection it passed can change the message after it is
 * built. Read only for records whose source the compiler has.
 *
 * @param record the record's simple name, such as {@code LineItem}
 * @param component the component's name
 * @param collection {@code List}, {@code Set} or {@code Map}
 * @param inOptional whether the collection is inside an {@code Optional}
 * @param suppressed the rule names suppressed on the component or its record with
 *     {@code @SuppressWarnings("missive:<rule>")}
 */
public record MutableComponent(
    String record, String component, String collection, boolean inOptional, Set<String> suppressed) {

  public MutableComponent {
    suppressed = Set.copyOf(suppressed);
  }
}
