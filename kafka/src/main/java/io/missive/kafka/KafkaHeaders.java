package io.missive.kafka;

import java.util.Locale;

/**
 * The header names of the CloudEvents Kafka protocol binding 1.0 that Missive writes and reads.
 *
 * <p>In binary mode every attribute is a header named {@code ce_} and the attribute's name, its value
 * as UTF-8 text; the media type of the value is the {@code content-type} header. In structured mode
 * the only header is {@code content-type}, {@link #STRUCTURED_CONTENT_TYPE}.
 */
public final class KafkaHeaders {

  /** The prefix of every attribute header in binary mode. */
  public static final String PREFIX = "ce_";

  /** The media type of the record value, in both modes. */
  public static final String CONTENT_TYPE = "content-type";

  /** {@code ce_specversion}. */
  public static final String SPECVERSION = "ce_specversion";

  /** {@code ce_id}. */
  public static final String ID = "ce_id";

  /** {@code ce_source}. */
  public static final String SOURCE = "ce_source";

  /** {@code ce_type}. */
  public static final String TYPE = "ce_type";

  /** {@code ce_time}. */
  public static final String TIME = "ce_time";

  /** {@code ce_schemaversion}, Missive's version extension. */
  public static final String SCHEMAVERSION = "ce_schemaversion";

  /** {@code ce_correlationid}, Missive's correlation extension. */
  public static final String CORRELATIONID = "ce_correlationid";

  /** {@code ce_causationid}, Missive's causation extension. */
  public static final String CAUSATIONID = "ce_causationid";

  /** The {@code content-type} of a binary-mode value: the payload as JSON. */
  public static final String BINARY_CONTENT_TYPE = "application/json";

  /** The {@code content-type} of a structured-mode value: the whole event as JSON. */
  public static final String STRUCTURED_CONTENT_TYPE = "application/cloudevents+json; charset=UTF-8";

  /** What every CloudEvents {@code content-type} starts with: the binding reads it as structured mode. */
  static final String CLOUDEVENTS_MEDIA_TYPES = "application/cloudevents";

  private KafkaHeaders() {}

  /** The media type of a {@code content-type}: lower case, without parameters. */
  static String mediaType(String contentType) {
    int parameters = contentType.indexOf(';');
    return (parameters < 0 ? contentType : contentType.substring(0, parameters)).trim().toLowerCase(Locale.ROOT);
  }

  /** Whether a record with this {@code content-type} is read as structured mode, as the binding says. */
  static boolean isStructured(String contentType) {
    return mediaType(contentType).startsWith(CLOUDEVENTS_MEDIA_TYPES);
  }
}
