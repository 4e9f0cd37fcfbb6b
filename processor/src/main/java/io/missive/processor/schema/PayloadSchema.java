package io.missive.processor.schema;

import io.missive.processor.model.MessageType;
import java.util.Map;

/**
 * The schema of a payload at its current version, made once per type for the lock's rules and for
 * the snapshot it writes.
 *
 * @param document the document, as {@link SchemaMapping#document} makes it
 * @param text its canonical text ({@link CanonicalJson#write}), the snapshot as the build would write it
 */
public record PayloadSchema(Map<String, Object> document, String text) {

  /** The schema of {@code model}'s payload. */
  public static PayloadSchema of(MessageType model) {
    Map<String, Object> document = SchemaMapping.document(model);
    return new PayloadSchema(document, CanonicalJson.write(document));
  }
}
