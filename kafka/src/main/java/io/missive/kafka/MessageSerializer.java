package io.missive.kafka;

import io.missive.Message;
import io.missive.MessageFormatException;
import io.missive.MessageJson;
import io.missive.UnknownMessage;
import io.missive.internal.CloudEventRules;
import io.missive.internal.Json;
import io.missive.internal.Rfc3339;
import io.missive.json.JsonArray;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Writes any Missive message as a Kafka record value and headers, in the CloudEvents Kafka protocol
 * binding's {@link Mode#BINARY binary} mode (the default) or {@link Mode#STRUCTURED structured} mode.
 *
 * <pre>{@code
 * props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, MessageSerializer.class);
 * props.put(MissiveKafkaConfig.MODE, "binary");   // or "structured"
 * }</pre>
 *
 * <p>Binary mode needs the record's headers: the producer, Kafka Streams and Spring Kafka pass them.
 * Called without headers ({@link #serialize(String, Message)}) it writes structured mode, which needs
 * none. Any {@code ce_} and {@code content-type} headers already on the record are replaced. A
 * {@code null} message is a {@code null} value (a tombstone). Thread-safe. It refuses a Kafka
 * Streams state store's changelog topic (a name ending in {@code -changelog}): a store's serde is
 * handed the headers of the record in flight, so a store's value serde is {@link StateStoreSerde}.
 */
public final class MessageSerializer implements Serializer<Message<?>> {

  // Headers of constant value, one instance for every record (see RepeatedHeaders).
  private static final Header SPEC_VERSION =
      new RecordHeader(KafkaHeaders.SPECVERSION, utf8(MessageJson.SPEC_VERSION));
  private static final Header BINARY_CONTENT_TYPE =
      new RecordHeader(KafkaHeaders.CONTENT_TYPE, utf8(KafkaHeaders.BINARY_CONTENT_TYPE));
  private static final Header STRUCTURED_CONTENT_TYPE =
      new RecordHeader(KafkaHeaders.CONTENT_TYPE, utf8(KafkaHeaders.STRUCTURED_CONTENT_TYPE));

  /** The mode given in code, or {@code null} when the properties say which mode to write. */
  private final Mode given;
  private Mode mode;
  /** Whether a topic named like a state store's changelog is written as any other. */
  private boolean writesChangelogTopics;

  /** A serializer in binary mode, unless {@link MissiveKafkaConfig#MODE} configures another. */
  public MessageSerializer() {
    this.given = null;
    this.mode = Mode.BINARY;
  }

  /**
   * A serializer in {@code mode}. The code decides: {@link #configure} refuses a {@link
   * MissiveKafkaConfig#MODE} that names another mode, rather than let a property quietly change it.
   */
  public MessageSerializer(Mode mode) {
    this.given = java.util.Objects.requireNonNull(mode, "mode");
    this.mode = mode;
  }

  @Override
  public void configure(Map<String, ?> configs, boolean isKey) {
    if (isKey) {
      throw new ConfigException(
          "MessageSerializer writes record values; the key of a message is its partition key, a"
              + " String: use StringSerializer for keys (see MessageRecords)");
    }
    Object changelog = configs.get(MissiveKafkaConfig.CHANGELOG_TOPICS);
    writesChangelogTopics = changelog != null && writesChangelogTopics(changelog);
    Object configured = configs.get(MissiveKafkaConfig.MODE);
    Mode named = configured == null ? null : parseMode(configured);
    if (given != null) {
      if (named != null && named != given) {
        throw new ConfigException(
            MissiveKafkaConfig.MODE,
            configured,
            "this MessageSerializer was made to write " + given.name().toLowerCase(Locale.ROOT)
                + " mode: say the mode one way, not both (new MessageSerializer() writes the mode of"
                + " this property)");
      }
      return;
    }
    mode = named != null ? named : Mode.BINARY;
  }

  private static boolean writesChangelogTopics(Object configured) {
    switch (configured.toString().trim().toLowerCase(Locale.ROOT)) {
      case "refuse":
        return false;
      case "write":
        return true;
      default:
        throw new ConfigException(MissiveKafkaConfig.CHANGELOG_TOPICS, configured, "expected \"refuse\" or \"write\"");
    }
  }

  static Mode parseMode(Object configured) {
    if (configured instanceof Mode given) {
      return given;
    }
    String text = configured.toString().trim().toLowerCase(Locale.ROOT);
    switch (text) {
      case "binary":
        return Mode.BINARY;
      case "structured":
        return Mode.STRUCTURED;
      default:
        throw new ConfigException(
            MissiveKafkaConfig.MODE, configured, "expected \"binary\" or \"structured\"");
    }
  }

  /** The mode this serializer writes. */
  public Mode mode() {
    return mode;
  }

  /** The message as structured-mode JSON: without headers, no other mode can carry it. */
  @Override
  public byte[] serialize(String topic, Message<?> message) {
    return message == null ? null : message.toJsonBytes();
  }

  @Override
  public byte[] serialize(String topic, Headers headers, Message<?> message) {
    if (message == null) {
      return null;
    }
    if (headers == null) {
      return serialize(topic, message);
    }
    if (!writesChangelogTopics && StateStoreSerde.isStoreTopic(topic)) {
      throw MessageFormatException.writing(
          message.type(),
          "",
          "topic " + topic + " is the changelog of a Kafka Streams state store, whose serde is handed"
              + " the headers of the record in flight: what this serializer writes there would be read"
              + " back with another record's headers. A store's value serde is StateStoreSerde, which"
              + " keeps the whole event in the value (and writes a topic of your own of this name too,"
              + " as this serializer does with " + MissiveKafkaConfig.CHANGELOG_TOPICS + "=write)",
          null);
    }
    clear(headers);
    if (mode == Mode.STRUCTURED) {
      byte[] value = message.toJsonBytes();
      headers.add(STRUCTURED_CONTENT_TYPE);
      return value;
    }
    if (message instanceof UnknownMessage unknown) {
      return unknownBinary(unknown, headers);
    }
    if (!Rfc3339.canFormat(message.timestamp())) {
      throw MessageFormatException.writing(
          message.type(),
          "time",
          message.timestamp() + " is outside the years 0000 to 9999 that RFC 3339 can write",
          null);
    }
    if (message.id().isEmpty()) {
      throw MessageFormatException.writing(message.type(), "id", "the id is empty", null);
    }
    byte[] value = message.dataJsonBytes();
    RepeatedHeaders repeated = RepeatedHeaders.of(message);
    headers.add(SPEC_VERSION);
    byte[] id = header(message, "id", message.id());
    headers.add(KafkaHeaders.ID, id);
    headers.add(repeated.source(message));
    headers.add(repeated.type(message));
    headers.add(KafkaHeaders.TIME, Rfc3339.formatAscii(message.timestamp()));
    headers.add(repeated.version(message));
    // The first message of a flow is its own correlation: the same text, the same bytes.
    String correlation = message.correlationId();
    headers.add(
        KafkaHeaders.CORRELATIONID,
        correlation.equals(message.id()) ? id : header(message, "correlationid", correlation));
    if (message.causationId() != null) {
      headers.add(KafkaHeaders.CAUSATIONID, header(message, "causationid", message.causationId()));
    }
    for (Map.Entry<String, Object> extension : message.extensions().entrySet()) {
      headers.add(
          KafkaHeaders.PREFIX + extension.getKey(),
          header(message, extension.getKey(), extension.getValue().toString()));
    }
    headers.add(BINARY_CONTENT_TYPE);
    return value;
  }

  /**
   * An unknown message, in binary mode: every attribute as it was read, as header text (a number or a
   * boolean reads back as its text, as in every binary hop); an attribute that is JSON {@code null}
   * is absent, as CloudEvents reads it. What has no binary form is an error, not a header or a
   * record left out: an event without data, an attribute that is an object or an array or whose name
   * is no CloudEvents attribute name (both read with lenient attributes), a content type that would
   * read as structured mode.
   */
  private static byte[] unknownBinary(UnknownMessage message, Headers headers) {
    if (!message.hasData()) {
      // A record without a value is a tombstone, not an event.
      throw MessageFormatException.writing(
          message.type(),
          "data",
          "the event has no data, and a binary-mode value is the data: write this message in structured"
              + " mode",
          null);
    }
    // As it came: a content-type only where the event had a datacontenttype.
    String contentType = null;
    for (Map.Entry<String, Object> attribute : message.attributes().entrySet()) {
      Object value = attribute.getValue();
      if (value == null) {
        continue;
      }
      if (!CloudEventRules.isAttributeName(attribute.getKey())) {
        // Read with lenient attributes; the binding's reader takes only such names from ce_ headers.
        throw MessageFormatException.writing(
            message.type(),
            "",
            "attribute \"" + attribute.getKey() + "\" is no CloudEvents attribute name (lower-case letters"
                + " a-z and digits), which binary mode's ce_ headers need: write this message in structured"
                + " mode",
            null);
      }
      if (!(value instanceof String || value instanceof Number || value instanceof Boolean)) {
        throw MessageFormatException.writing(
            message.type(),
            attribute.getKey(),
            "the attribute is a JSON " + (value instanceof JsonArray ? "array" : "object")
                + ", which a Kafka header cannot carry: write this message in structured mode",
            null);
      }
      String text = value instanceof BigDecimal number ? number.toPlainString() : value.toString();
      if (attribute.getKey().equals("datacontenttype")) {
        if (KafkaHeaders.isStructured(text)) {
          // The data would pass for an event.
          throw MessageFormatException.writing(
              message.type(),
              "datacontenttype",
              "the data's content type \"" + text + "\" would mark the record as structured mode: write"
                  + " this message in structured mode",
              null);
        }
        contentType = text;
      } else {
        headers.add(KafkaHeaders.PREFIX + attribute.getKey(), header(message, attribute.getKey(), text));
      }
    }
    if (contentType != null) {
      headers.add(KafkaHeaders.CONTENT_TYPE, header(message, "datacontenttype", contentType));
    }
    return message.dataJsonBytes();
  }

  /** Removes the headers this serializer writes, so that a record re-sent carries one of each. */
  private static void clear(Headers headers) {
    Header[] all = headers.toArray();
    // The usual case: a new record, without headers yet.
    if (all.length == 0) {
      return;
    }
    java.util.Set<String> names = new java.util.LinkedHashSet<>();
    for (Header header : all) {
      if (header.key().startsWith(KafkaHeaders.PREFIX) || header.key().equals(KafkaHeaders.CONTENT_TYPE)) {
        names.add(header.key());
      }
    }
    for (String name : names) {
      headers.remove(name);
    }
  }

  /**
   * The header value of an attribute's text, in UTF-8; an unpaired surrogate, which UTF-8 cannot hold
   * (and {@link String#getBytes} would write as {@code ?}), is an error rather than text changed.
   */
  static byte[] header(Message<?> message, String attribute, String text) {
    byte[] bytes = utf8(text);
    int bad = -1;
    if (bytes.length == text.length()) {
      // One byte per char: each is ASCII, or an unpaired surrogate that getBytes wrote as '?', the one
      // char it writes as a single byte without being ASCII (a pair takes four bytes, any other char
      // two or three). The usual case, ids and names: checked on the bytes.
      for (int i = 0; i < bytes.length; i++) {
        if (bytes[i] == '?' && text.charAt(i) != '?') {
          bad = i;
          break;
        }
      }
    } else {
      bad = Json.unpairedSurrogate(text);
    }
    if (bad >= 0) {
      throw MessageFormatException.writing(
          message.type(),
          attribute,
          "the text has an unpaired surrogate, U+"
              + Integer.toHexString(text.charAt(bad)).toUpperCase(Locale.ROOT) + " at index " + bad
              + ", which a UTF-8 header cannot carry (JSON escapes it): write this message in structured"
              + " mode",
          null);
    }
    return bytes;
  }

  static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
