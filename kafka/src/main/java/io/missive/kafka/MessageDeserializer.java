package io.missive.kafka;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import io.missive.Message;
import io.missive.MessageCodec;
import io.missive.MessageFormatException;
import io.missive.MessageJson;
import io.missive.MessageJsonReader;
import io.missive.internal.BinaryAttributes;
import io.missive.internal.Extensions;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * Reads Kafka records written in either mode of the CloudEvents Kafka protocol binding 1.0 into typed
 * Missive messages: a {@code content-type} starting with {@code application/cloudevents} is
 * structured mode, anything else binary mode, as the binding says; a record with neither a {@code
 * content-type} nor any {@code ce_} header can only be structured mode, and is read so. The message
 * type picks the codec
 * among a closed set: every message the processor generated on the class path
 * ({@link MessageJsonReader#discovered()}), or the ones given as a {@link MessageJsonReader} or by
 * {@link MissiveKafkaConfig#MESSAGES}; no class name is ever taken from the wire. Each codec reads the older versions its upcasters
 * cover.
 *
 * <pre>{@code
 * props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, MessageDeserializer.class);
 * props.put(MissiveKafkaConfig.MESSAGES, "com.example.OrderPlacedEvent,com.example.OrderShippedEvent");
 * }</pre>
 *
 * <p>A record it cannot read (an unknown type, a missing or bad header, a repeated {@code ce_}
 * header, a corrupt value) fails with a {@link MessageFormatException} naming the topic, the mode
 * (where the headers tell it) and the header or the JSON path; of several {@code content-type}
 * headers the last counts, as for Kafka's {@code lastHeader}. The consumer wraps it in a {@link org.apache.kafka.common.errors.RecordDeserializationException}
 * that names the partition and offset, and goes on with the next record once the application seeks
 * past it (see docs/kafka.md for dead-letter routing). With {@code missive.kafka.unknown.types=keep}
 * a valid event of an unknown type is an {@link io.missive.UnknownMessage} instead. A {@code null}
 * value (a tombstone) is {@code null}. Thread-safe once configured. A Kafka Streams state store's
 * values need {@link StateStoreSerde} instead.
 */
public final class MessageDeserializer implements Deserializer<Message<?>> {

  private static final String STRUCTURED_MEDIA_TYPE = MessageJson.STRUCTURED_CONTENT_TYPE;
  /** The slots of the attributes every event has. */
  private static final int[] REQUIRED = {
    BinaryAttributes.SPECVERSION, BinaryAttributes.ID, BinaryAttributes.SOURCE, BinaryAttributes.TYPE,
    BinaryAttributes.TIME
  };

  private static final int PREFIX_LENGTH = KafkaHeaders.PREFIX.length();

  /** The text of the header values that repeat from record to record. */
  private final HeaderTexts texts = new HeaderTexts();

  /** The last content type's text and the mode it says: the same string again is the same mode. */
  private ContentType lastContentType;

  /** A {@code content-type} and what it says. */
  private record ContentType(String text, boolean structured, boolean single) {}

  /** The reader given in code, or {@code null} when the properties say which types to read. */
  private final MessageJsonReader given;
  private MessageJsonReader reader;

  /**
   * A deserializer whose message types {@link #configure} reads from {@link MissiveKafkaConfig#MESSAGES}
   * or, when that is not set, finds with {@link MessageJsonReader#discovered()}: every message the
   * processor generated on the class path.
   */
  public MessageDeserializer() {
    this.given = null;
  }

  /**
   * A deserializer of the types {@code reader} knows (and, if it keeps them, of unknown ones). The
   * reader decides: {@link #configure} refuses a {@link MissiveKafkaConfig#MESSAGES} that names other
   * types, and a {@link MissiveKafkaConfig#UNKNOWN_TYPES} that says otherwise than the reader, rather
   * than let a property quietly replace what the code chose.
   */
  public MessageDeserializer(MessageJsonReader reader) {
    this.given = Objects.requireNonNull(reader, "reader");
    this.reader = reader;
  }

  /** A deserializer of the given message types, such as {@code OrderPlacedEvent.JSON}. */
  public static MessageDeserializer of(MessageCodec<?>... codecs) {
    return new MessageDeserializer(MessageJsonReader.of(codecs));
  }

  @Override
  public void configure(Map<String, ?> configs, boolean isKey) {
    if (isKey) {
      throw new ConfigException(
          "MessageDeserializer reads record values; the key of a message is its partition key, a"
              + " String: use StringDeserializer for keys");
    }
    Object messages = configs.get(MissiveKafkaConfig.MESSAGES);
    Object unknown = configs.get(MissiveKafkaConfig.UNKNOWN_TYPES);
    Boolean keep = unknown == null ? null : keepsUnknownTypes(unknown);
    if (given != null) {
      // Made with a reader: the properties may agree with it, never change it.
      if (messages != null && !readsExactly(given, codecs(messages))) {
        throw new ConfigException(
            MissiveKafkaConfig.MESSAGES,
            messages,
            "this MessageDeserializer was made with a MessageJsonReader of " + given.types()
                + ", which the property does not name: give the types one way (new"
                + " MessageDeserializer() reads them from this property)");
      }
      if (keep != null && keep != given.keepsUnknownTypes()) {
        throw new ConfigException(
            MissiveKafkaConfig.UNKNOWN_TYPES,
            unknown,
            "this MessageDeserializer was made with a MessageJsonReader that "
                + (given.keepsUnknownTypes() ? "keeps" : "refuses")
                + " unknown types: say it one way, not both (MessageJsonReader.keepingUnknownTypes()"
                + " keeps them)");
      }
      reader = given;
      return;
    }
    MessageJsonReader configured;
    if (messages != null) {
      try {
        configured = MessageJsonReader.of(codecs(messages));
      } catch (IllegalArgumentException e) {
        // Two of the classes read one type.
        throw new ConfigException(MissiveKafkaConfig.MESSAGES, messages, e.getMessage());
      }
    } else {
      try {
        configured = MessageJsonReader.discovered();
      } catch (IllegalStateException e) {
        throw new ConfigException(
            "MessageDeserializer found no message types: " + e.getMessage() + "; or set "
                + MissiveKafkaConfig.MESSAGES + " to the envelope classes it reads, such as"
                + " com.example.OrderPlacedEvent");
      } catch (IllegalArgumentException e) {
        // Two generated codecs on the class path read one type.
        throw new ConfigException(
            "MessageDeserializer cannot read every message type on the class path: " + e.getMessage()
                + "; set " + MissiveKafkaConfig.MESSAGES + " to the envelope classes it reads");
      }
    }
    reader = Boolean.TRUE.equals(keep) ? configured.keepingUnknownTypes() : configured;
  }

  /** Whether {@code reader} reads exactly the types of {@code codecs}, with those codecs. */
  private static boolean readsExactly(MessageJsonReader reader, List<MessageCodec<?>> codecs) {
    java.util.Set<String> types = new java.util.HashSet<>();
    for (MessageCodec<?> codec : codecs) {
      if (reader.codec(codec.type()) != codec) {
        return false;
      }
      types.add(codec.type());
    }
    return types.size() == reader.types().size();
  }

  /** {@code missive.kafka.unknown.types} read: {@code true} for {@code keep}. */
  private static boolean keepsUnknownTypes(Object unknown) {
    String text = unknown.toString().trim().toLowerCase(Locale.ROOT);
    if (text.equals("keep")) {
      return true;
    }
    if (text.equals("fail")) {
      return false;
    }
    throw new ConfigException(MissiveKafkaConfig.UNKNOWN_TYPES, unknown, "expected \"fail\" or \"keep\"");
  }

  /** The codecs of the envelope classes named in {@code messages}. */
  private static List<MessageCodec<?>> codecs(Object messages) {
    List<Object> entries = new ArrayList<>();
    if (messages instanceof Iterable<?> list) {
      list.forEach(entries::add);
    } else if (messages instanceof Class<?>) {
      entries.add(messages);
    } else {
      for (String name : messages.toString().split(",")) {
        if (!name.isBlank()) {
          entries.add(name.trim());
        }
      }
    }
    if (entries.isEmpty()) {
      throw new ConfigException(MissiveKafkaConfig.MESSAGES, messages, "names no envelope class");
    }
    List<MessageCodec<?>> codecs = new ArrayList<>();
    for (Object entry : entries) {
      codecs.add(codec(entry));
    }
    return codecs;
  }

  private static MessageCodec<?> codec(Object entry) {
    Class<?> type;
    if (entry instanceof Class<?> given) {
      type = given;
    } else {
      String name = entry.toString().trim();
      try {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        type = Class.forName(name, true, loader != null ? loader : MessageDeserializer.class.getClassLoader());
      } catch (ClassNotFoundException e) {
        throw new ConfigException(MissiveKafkaConfig.MESSAGES, name, "no such class on the class path");
      }
    }
    try {
      Field field = type.getField("JSON");
      if (Modifier.isStatic(field.getModifiers()) && field.get(null) instanceof MessageCodec<?> codec) {
        return codec;
      }
    } catch (NoSuchFieldException | IllegalAccessException e) {
      // reported below
    }
    throw new ConfigException(
        MissiveKafkaConfig.MESSAGES,
        type.getName(),
        "not a generated envelope (it has no public static JSON codec): name the classes the processor"
            + " generated, such as OrderPlacedEvent, not the annotated interfaces");
  }

  /** The reader this deserializer reads with. */
  public MessageJsonReader reader() {
    return reader;
  }

  /** A value without headers: structured mode, the only one that needs none. */
  @Override
  public Message<?> deserialize(String topic, byte[] data) {
    if (data == null) {
      return null;
    }
    return headerless(topic, data);
  }

  @Override
  public Message<?> deserialize(String topic, Headers headers, ByteBuffer data) {
    if (data == null) {
      return null;
    }
    byte[] bytes;
    if (data.hasArray() && data.arrayOffset() == 0 && data.position() == 0
        && data.remaining() == data.array().length) {
      bytes = data.array();
    } else {
      bytes = new byte[data.remaining()];
      data.duplicate().get(bytes);
    }
    return deserialize(topic, headers, bytes);
  }

  @Override
  public Message<?> deserialize(String topic, Headers headers, byte[] data) {
    if (data == null) {
      return null;
    }
    if (headers == null) {
      return headerless(topic, data);
    }
    // The content type: the last content-type header, as Kafka's lastHeader and the CloudEvents SDK's
    // reader take it (the SDK's writer adds its own after any the record had), searched from the end,
    // where the serializer writes it.
    Header contentTypeHeader = headers.lastHeader(KafkaHeaders.CONTENT_TYPE);
    String contentType =
        contentTypeHeader == null
            ? null
            : contentType(topic, contentTypeHeader.value());
    if (contentType != null) {
      ContentType says = lastContentType;
      if (says == null || says.text() != contentType) {
        says =
            new ContentType(
                contentType,
                KafkaHeaders.isStructured(contentType),
                KafkaHeaders.mediaType(contentType).equals(STRUCTURED_MEDIA_TYPE));
        lastContentType = says;
      }
      if (says.structured()) {
        if (!says.single()) {
          throw new MessageFormatException(
              null,
              "",
              "header content-type is \"" + contentType + "\": only single events in JSON ("
                  + STRUCTURED_MEDIA_TYPE + ") are read, not batches or other formats" + where(topic, "structured"),
              null);
        }
        return structured(topic, data);
      }
    }
    return binary(topic, headers, contentType, data);
  }

  /**
   * A record without CloudEvents headers: binary mode needs its {@code ce_} headers, so it can only be
   * structured mode, as {@link MessageSerializer#serialize(String, Message)} writes it.
   */
  private Message<?> headerless(String topic, byte[] data) {
    try {
      return configuredReader().read(data);
    } catch (MessageFormatException e) {
      if (!hasSpecVersion(data)) {
        // Such as a binary-mode payload whose headers were lost: the reader's first complaint (an
        // attribute name, say) would point the wrong way.
        throw new MessageFormatException(
            null,
            "",
            "the record has neither ce_ headers nor a content-type header, and its value is no"
                + " structured-mode event either (it has no specversion), so it is no CloudEvents record"
                + where(topic),
            e);
      }
      throw located(
          e,
          e.path(),
          e.problem()
              + "; the record has neither ce_ headers nor a content-type header, so it was read as a"
              + " structured-mode event, the one mode that needs no headers",
          topic,
          "structured");
    }
  }

  /** Whether {@code data} is a JSON object with a {@code specversion} member, as every event has. */
  private static boolean hasSpecVersion(byte[] data) {
    try (JsonParser parser = MessageJson.factory().createParser(data)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return false;
      }
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        if (parser.currentName().equals("specversion")) {
          return true;
        }
        parser.nextToken();
        parser.skipChildren();
      }
      return false;
    } catch (IOException e) {
      return false;
    }
  }

  private Message<?> structured(String topic, byte[] data) {
    try {
      return configuredReader().read(data);
    } catch (MessageFormatException e) {
      throw located(e, e.path(), e.problem(), topic, "structured");
    }
  }

  private Message<?> binary(String topic, Headers headers, String contentType, byte[] data) {
    // One pass over the headers: Missive's attributes into their slots and the extensions by name,
    // as the reader takes them (a header whose name no attribute can have is not read), the ce_
    // headers whose names are not read, for the check that no ce_ header appears twice.
    BinaryAttributes attributes = new BinaryAttributes();
    java.util.Set<String> notRead = null;
    String notText = null;
    CharacterCodingException notTextCause = null;
    byte[] idBytes = null;
    for (Header header : headers) {
      String key = header.key();
      // A name with a slot has the prefix; only the others are checked for it.
      int slot = HeaderTexts.slot(key);
      if (slot < 0 && !key.startsWith(KafkaHeaders.PREFIX)) {
        continue;
      }
      // The content type comes from content-type, never from a ce_ header.
      String name = null;
      boolean read = slot >= 0 && slot != BinaryAttributes.DATACONTENTTYPE;
      if (!read) {
        slot = -1;
        name = key.substring(PREFIX_LENGTH);
        read = Extensions.isExtensionName(name);
      }
      boolean twice;
      byte[] bytes = header.value();
      if (bytes == null) {
        throw new MessageFormatException(
            typeOf(attributes), "", "header " + key + " has no value" + where(topic, "binary"), null);
      }
      if (read) {
        String value;
        try {
          if (slot == BinaryAttributes.CORRELATIONID && idBytes != null && Arrays.equals(bytes, idBytes)) {
            // A root message's correlation id is its id: the same string, not decoded twice.
            value = attributes.own(BinaryAttributes.ID);
          } else {
            value = texts.text(slot, bytes);
            if (slot == BinaryAttributes.ID) {
              idBytes = bytes;
            }
          }
        } catch (CharacterCodingException e) {
          // Reported after the check for repeated headers, which comes first.
          if (notText == null) {
            notText = key;
            notTextCause = e;
          }
          value = "";
        }
        twice = slot >= 0 ? !attributes.putOwn(slot, value) : !attributes.putOther(name, value);
      } else {
        if (notRead == null) {
          notRead = new java.util.HashSet<>();
        }
        twice = !notRead.add(key);
      }
      if (twice) {
        throw new MessageFormatException(
            typeOf(attributes), "", "header " + key + " appears twice" + where(topic, "binary"), null);
      }
    }
    if (contentType == null && attributes.isEmpty() && notRead == null) {
      // Neither a content type nor a ce_ header: no binary-mode record.
      return headerless(topic, data);
    }
    if (notText != null) {
      throw new MessageFormatException(
          notText.equals(KafkaHeaders.TYPE) ? null : typeOf(attributes),
          "",
          "header " + notText + " is not UTF-8 text" + where(topic, "binary"),
          notTextCause);
    }
    for (int slot : REQUIRED) {
      if (attributes.own(slot) == null) {
        throw new MessageFormatException(
            typeOf(attributes),
            "",
            "header " + KafkaHeaders.PREFIX + BinaryAttributes.name(slot) + " is missing"
                + (attributes.isEmpty() && notRead == null
                    ? ": the record has no ce_ headers, only a content-type of \"" + contentType
                        + "\", so it is no CloudEvents record"
                    : "")
                + where(topic, "binary"),
            null);
      }
    }
    if (contentType != null) {
      attributes.putOwn(BinaryAttributes.DATACONTENTTYPE, contentType);
    }
    try {
      // The reader parses the value once, to its end: a value that is not exactly one JSON value
      // fails there, and only then is it scanned for the precise problem below.
      return configuredReader().readBinary(attributes, data);
    } catch (MessageFormatException e) {
      // A value that is not one JSON value is reported as such, before any other problem.
      checkValue(topic, attributes, data);
      String path = e.path();
      if (path.isEmpty() || path.equals("data") || path.startsWith("data.") || path.startsWith("data[")) {
        throw located(e, path.isEmpty() ? "data" : path, e.problem(), topic, "binary");
      }
      String header = path.equals("datacontenttype") ? KafkaHeaders.CONTENT_TYPE : KafkaHeaders.PREFIX + path;
      throw located(e, "", "header " + header + ": " + e.problem(), topic, "binary");
    }
  }

  /**
   * Fails unless the value is one JSON value and nothing else, so that it can stand as the event's
   * {@code data}: nothing in the value can then pass for an attribute.
   */
  private static void checkValue(String topic, BinaryAttributes attributes, byte[] data) {
    if (endsAfterOneContainer(data)) {
      // Well-formed in structure; what is inside, the reader checks with the paths of its errors.
      return;
    }
    String problem;
    try (JsonParser parser = MessageJson.factory().createParser(data)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        problem = "the record value is empty: a binary-mode value is the payload as JSON";
      } else {
        parser.skipChildren();
        JsonToken after = parser.nextToken();
        problem = after == null ? null : "the record value goes on after its JSON value";
      }
    } catch (JsonProcessingException e) {
      JsonLocation location = e.getLocation();
      problem =
          "the record value is not valid JSON: " + e.getOriginalMessage()
              + (location != null && location.getLineNr() > 0
                  ? " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")"
                  : "");
    } catch (CharConversionException e) {
      // Bytes that look like UTF-16 or UTF-32 to the parser's detection, and are not that either.
      problem = "the record value is not text in the encoding it seems to be in (" + e.getMessage()
          + "); a binary-mode value is the payload as JSON in UTF-8";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (problem != null) {
      throw new MessageFormatException(typeOf(attributes), "data", problem + where(topic, "binary"), null);
    }
  }

  /**
   * Whether {@code data} is one object or array whose brackets balance exactly at its end (whitespace
   * aside), strings skipped: a scan much cheaper than parsing, after which nothing in the value can
   * close the event's {@code data} early. Anything else (a scalar, an anomaly) goes to the parser, for
   * its precise message.
   */
  private static boolean endsAfterOneContainer(byte[] data) {
    int i = 0;
    int n = data.length;
    while (i < n && isWhitespace(data[i])) {
      i++;
    }
    if (i == n || (data[i] != '{' && data[i] != '[')) {
      return false;
    }
    int depth = 0;
    for (; i < n; i++) {
      byte b = data[i];
      if (b == '"') {
        for (i++; i < n && data[i] != '"'; i++) {
          if (data[i] == '\\') {
            i++;
          }
        }
        if (i >= n) {
          return false;
        }
      } else if (b == '{' || b == '[') {
        depth++;
      } else if (b == '}' || b == ']') {
        depth--;
        if (depth == 0) {
          for (i++; i < n; i++) {
            if (!isWhitespace(data[i])) {
              return false;
            }
          }
          return true;
        }
      }
    }
    return false;
  }

  private static boolean isWhitespace(byte b) {
    return b == ' ' || b == '\n' || b == '\r' || b == '\t';
  }

  /** The {@code content-type} header's value as text. */
  private String contentType(String topic, byte[] value) {
    String key = KafkaHeaders.CONTENT_TYPE;
    if (value == null) {
      throw new MessageFormatException(null, "", "header " + key + " has no value" + where(topic), null);
    }
    try {
      return texts.text(HeaderTexts.CONTENT_TYPE, value);
    } catch (CharacterCodingException e) {
      throw new MessageFormatException(
          null, "", "header " + key + " is not UTF-8 text" + where(topic), e);
    }
  }

  private static String typeOf(BinaryAttributes attributes) {
    String type = attributes.own(BinaryAttributes.TYPE);
    return type == null || type.isEmpty() ? null : type;
  }

  private static String where(String topic) {
    return " (record of topic " + topic + ")" + storeHint(topic);
  }

  private static String where(String topic, String mode) {
    return " (record of topic " + topic + ", " + mode + " mode)" + storeHint(topic);
  }

  /**
   * For a Kafka Streams state store's topic: a store keeps no headers of its own, so a store's value
   * serde must be {@link StateStoreSerde}.
   */
  private static String storeHint(String topic) {
    return StateStoreSerde.isStoreTopic(topic)
        ? "; if this is a Kafka Streams state store, its value serde must be StateStoreSerde: a store"
            + " keeps no headers of its own, so MessageDeserializer reads its values with the headers of"
            + " another record"
        : "";
  }

  private static MessageFormatException located(
      MessageFormatException e, String path, String problem, String topic, String mode) {
    MessageFormatException located =
        new MessageFormatException(e.messageType(), path, problem + where(topic, mode), e);
    return located;
  }

  private MessageJsonReader configuredReader() {
    if (reader == null) {
      throw new IllegalStateException(
          "MessageDeserializer is not configured: Kafka calls configure(...) with the consumer's"
              + " properties; called by hand, construct it with new MessageDeserializer(reader)");
    }
    return reader;
  }
}
