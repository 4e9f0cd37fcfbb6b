package io.missive;

import com.fasterxml.jackson.core.JsonGenerator;
import io.missive.internal.Extensions;
import io.missive.internal.Json;
import io.missive.json.JsonArray;
import io.missive.json.JsonObject;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A message of a type that a {@link MessageJsonReader} made with
 * {@link MessageJsonReader#keepingUnknownTypes()} has no codec for: a valid CloudEvents event (it has
 * {@code specversion} 1.0, an {@code id}, a {@code source}, a {@code type} and a {@code time}) handed
 * back with its raw attributes and data instead of being dropped. Route it, park it, or log it;
 * {@link #toJson()} writes it back as it came.
 */
public final class UnknownMessage implements Message<Object> {

  private final String id;
  private final String type;
  private final String source;
  private final Instant timestamp;
  private final int version;
  private final String correlationId;
  private final String causationId;
  private final Map<String, Object> attributes;
  private final boolean hasData;
  private final Object data;
  private final Map<String, Object> extensions;

  UnknownMessage(
      String id,
      String type,
      String source,
      Instant timestamp,
      int version,
      String correlationId,
      String causationId,
      Map<String, Object> attributes,
      boolean hasData,
      Object data) {
    this.id = id;
    this.type = type;
    this.source = source;
    this.timestamp = timestamp;
    this.version = version;
    this.correlationId = correlationId;
    this.causationId = causationId;
    this.attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
    this.hasData = hasData;
    this.data = data;
    Map<String, Object> found = new LinkedHashMap<>();
    for (Map.Entry<String, Object> attribute : this.attributes.entrySet()) {
      Object value = attribute.getValue();
      if (Extensions.isExtensionName(attribute.getKey())
          && (value instanceof String || value instanceof Boolean || isInt(value))) {
        found.put(
            attribute.getKey(),
            value instanceof BigDecimal number ? (Object) number.intValueExact() : value);
      }
    }
    this.extensions = Extensions.copy(found);
  }

  private static boolean isInt(Object value) {
    if (!(value instanceof BigDecimal number) || number.scale() > 0) {
      return false;
    }
    try {
      number.intValueExact();
      return true;
    } catch (ArithmeticException e) {
      return false;
    }
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public String type() {
    return type;
  }

  @Override
  public String source() {
    return source;
  }

  @Override
  public Instant timestamp() {
    return timestamp;
  }

  /** The {@code schemaversion} attribute, or 0 when it is absent. */
  @Override
  public int version() {
    return version;
  }

  @Override
  public String correlationId() {
    return correlationId;
  }

  @Override
  public String causationId() {
    return causationId;
  }

  /**
   * The {@code data} member as a tree: usually a {@link JsonObject}, but any JSON value
   * ({@link JsonArray}, {@link String}, {@link java.math.BigDecimal}, {@link Boolean}), or {@code null}
   * when it is JSON {@code null} or absent (see {@link #hasData()}).
   */
  @Override
  public Object data() {
    return data;
  }

  /**
   * The extension and optional attributes among {@link #attributes()} whose values have a CloudEvents
   * type: strings, integers (as {@link Integer}) and booleans.
   */
  @Override
  public Map<String, Object> extensions() {
    return extensions;
  }

  /** The {@code data} member as JSON in UTF-8, as it was read; {@code null} JSON when it had none. */
  @Override
  public byte[] dataJsonBytes() {
    return Json.bytes(generator -> Json.writeTree(generator, data));
  }

  /** Whether the event has a {@code data} member. */
  public boolean hasData() {
    return hasData;
  }

  /**
   * Every attribute but {@code data}, in the order read, with its value as a tree value (strings,
   * numbers as {@link java.math.BigDecimal}, ...): the standard ones ({@code specversion},
   * {@code time}, ...) as written, and every extension.
   */
  public Map<String, Object> attributes() {
    return attributes;
  }

  /** The event as JSON, attributes and data as they were read. */
  @Override
  public String toJson() {
    return Json.text(this::writeJson);
  }

  /** The event as JSON in UTF-8, attributes and data as they were read. */
  @Override
  public byte[] toJsonBytes() {
    return Json.bytes(this::writeJson);
  }

  /** Writes the event to {@code generator}, attributes and data as they were read. */
  @Override
  public void writeJson(JsonGenerator generator) throws IOException {
    generator.writeStartObject();
    for (Map.Entry<String, Object> attribute : attributes.entrySet()) {
      generator.writeFieldName(attribute.getKey());
      Json.writeTree(generator, attribute.getValue());
    }
    if (hasData) {
      generator.writeFieldName("data");
      Json.writeTree(generator, data);
    }
    generator.writeEndObject();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof UnknownMessage that
        && attributes.equals(that.attributes)
        && hasData == that.hasData
        && Objects.equals(data, that.data);
  }

  @Override
  public int hashCode() {
    return Objects.hash(attributes, hasData, data);
  }

  @Override
  public String toString() {
    return "UnknownMessage{type=" + type + ", id=" + id + ", source=" + source + ", attributes="
        + attributes + ", data=" + data + '}';
  }
}
