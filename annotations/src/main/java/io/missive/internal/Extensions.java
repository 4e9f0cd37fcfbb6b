package io.missive.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The rules of CloudEvents optional and extension attributes, which {@link io.missive.Message#extensions()}
 * holds: names of lower-case letters and digits that are not attributes Missive writes itself, and
 * values of the JSON types of CloudEvents attributes (string, integer, boolean).
 *
 * <p>Not API: for the runtime and the transports.
 */
public final class Extensions {

  /** The attributes that Missive writes itself, which no extension may take the name of. */
  public static final Set<String> RESERVED =
      Set.of(
          "specversion",
          "id",
          "source",
          "type",
          "time",
          "datacontenttype",
          "schemaversion",
          "correlationid",
          "causationid",
          "data");

  private Extensions() {}

  /** Whether {@code name} is a valid name of an extension: lower-case letters and digits, not reserved. */
  public static boolean isExtensionName(String name) {
    return name != null && !RESERVED.contains(name) && CloudEventRules.isAttributeName(name);
  }

  /**
   * Fails unless {@code name} and {@code value} make a valid extension.
   *
   * @throws IllegalArgumentException naming what is wrong and what to write instead
   */
  public static void check(String name, Object value) {
    java.util.Objects.requireNonNull(name, "name");
    java.util.Objects.requireNonNull(value, "value");
    if (!isExtensionName(name)) {
      throw new IllegalArgumentException(
          RESERVED.contains(name)
              ? "\"" + name + "\" is an attribute Missive writes itself; set it with its own setter"
              : "extension name \"" + name + "\" is not valid: CloudEvents attribute names are lower-case"
                  + " letters and digits only, such as \"tenantid\"");
    }
    if (name.equals("dataschema") && value instanceof String text && text.startsWith("urn:missive:")) {
      // Read as the message's version: kept, it would contradict the schemaversion written back.
      throw new IllegalArgumentException(
          "dataschema \"" + text + "\" names a Missive schema version, which Missive writes itself in"
              + " schemaversion; set a dataschema only to name another schema, such as a registry's URL");
    }
    if (!(value instanceof String || value instanceof Integer || value instanceof Boolean)) {
      throw new IllegalArgumentException(
          "extension \"" + name + "\" has a value of " + value.getClass().getName()
              + ": CloudEvents attributes here are a String, an Integer or a Boolean (write a URI or a"
              + " timestamp as its string)");
    }
  }

  /** An unmodifiable copy of {@code extensions}, the same empty map for none. */
  public static Map<String, Object> copy(Map<String, Object> extensions) {
    if (extensions == null || extensions.isEmpty()) {
      return Collections.emptyMap();
    }
    return Collections.unmodifiableMap(new LinkedHashMap<>(extensions));
  }

  /** Writes each extension as a member of the object being written. */
  static void write(Map<String, Object> extensions, JsonGenerator generator) throws IOException {
    for (Map.Entry<String, Object> extension : extensions.entrySet()) {
      generator.writeFieldName(extension.getKey());
      Object value = extension.getValue();
      if (value instanceof Integer number) {
        generator.writeNumber(number);
      } else if (value instanceof Boolean bool) {
        generator.writeBoolean(bool);
      } else {
        generator.writeString((String) value);
      }
    }
  }
}
