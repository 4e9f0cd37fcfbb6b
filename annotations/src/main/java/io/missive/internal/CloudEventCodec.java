package io.missive.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.core.io.SegmentedStringWriter;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.BufferRecycler;
import io.missive.Message;
import io.missive.MessageCodec;
import io.missive.MessageFormatException;
import io.missive.MessageJson;
import io.missive.MessageJsonReader;
import io.missive.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Objects;

/**
 * The {@link MessageCodec} of every generated message: the CloudEvents 1.0 attributes written and read
 * once here, the payload by the generated subclass through the hooks {@link #writeData},
 * {@link #readData}, {@link #create} and {@link #upcast}. {@link MessageJsonReader} reads with these
 * codecs only.
 *
 * <p>Not API: for generated code. Codecs are immutable and thread-safe.
 *
 * @param <M> the envelope type
 */
public abstract class CloudEventCodec<M extends Message<?>> implements MessageCodec<M> {

  static final SerializedString SPECVERSION = new SerializedString("specversion");
  static final SerializedString ID = new SerializedString("id");
  static final SerializedString SOURCE = new SerializedString("source");
  static final SerializedString TYPE = new SerializedString("type");
  static final SerializedString TIME = new SerializedString("time");
  static final SerializedString DATACONTENTTYPE = new SerializedString("datacontenttype");
  static final SerializedString SCHEMAVERSION = new SerializedString("schemaversion");
  static final SerializedString CORRELATIONID = new SerializedString("correlationid");
  static final SerializedString CAUSATIONID = new SerializedString("causationid");
  static final SerializedString DATA = new SerializedString("data");
  private static final SerializedString SPEC_VERSION_VALUE = new SerializedString(MessageJson.SPEC_VERSION);
  private static final SerializedString CONTENT_TYPE_VALUE = new SerializedString(MessageJson.CONTENT_TYPE);
  /** The first member with the comma after it, for a generator that will think {@code id} first. */
  private static final SerializedString SPECVERSION_MEMBER =
      new SerializedString("\"specversion\":\"" + MessageJson.SPEC_VERSION + "\",");

  private final Class<M> messageClass;
  private final String type;
  private final SerializedString typeValue;
  /** The type's chars, which the reader compares with the type it reads. */
  final char[] typeChars;
  private final String source;
  private final SerializedString sourceValue;
  /** The source's chars, which the reader compares with the source it reads. */
  final char[] sourceChars;
  private final int version;
  private final int oldestVersion;
  /** The oldest version from which every step is a typed upcaster; {@code version} when none is. */
  private final int typedFrom;
  /** The members after {@code id} that are the same in every message built here: source and type. */
  private final SerializedString sourceAndType;
  /** The members after {@code time} that are the same in every message: content type and version. */
  private final SerializedString contentTypeAndVersion;

  /**
   * For generated code.
   *
   * @param messageClass the envelope class
   * @param type the message type, the CloudEvents {@code type}
   * @param source the default source of the message type
   * @param version the current schema version
   * @param oldestVersion the oldest version read: the lowest {@code @Upcast(from)}, or {@code version}
   */
  protected CloudEventCodec(
      Class<M> messageClass, String type, String source, int version, int oldestVersion) {
    this(messageClass, type, source, version, oldestVersion, version);
  }

  /**
   * For generated code, for a message with typed upcasters.
   *
   * @param messageClass the envelope class
   * @param type the message type, the CloudEvents {@code type}
   * @param source the default source of the message type
   * @param version the current schema version
   * @param oldestVersion the oldest version read: the lowest {@code @Upcast(from)}, or {@code version}
   * @param typedFrom the oldest version from which every step up to {@code version} is a typed
   *     upcaster, read straight into its frozen record by {@link #readFrozen}; older versions are
   *     upcast on the tree up to it
   */
  protected CloudEventCodec(
      Class<M> messageClass, String type, String source, int version, int oldestVersion, int typedFrom) {
    if (oldestVersion < 1 || oldestVersion > version) {
      throw new IllegalArgumentException(
          "oldestVersion " + oldestVersion + " is not between 1 and version " + version);
    }
    if (typedFrom < oldestVersion || typedFrom > version) {
      throw new IllegalArgumentException(
          "typedFrom " + typedFrom + " is not between oldestVersion " + oldestVersion + " and version " + version);
    }
    this.typedFrom = typedFrom;
    this.messageClass = Objects.requireNonNull(messageClass, "messageClass");
    this.type = Objects.requireNonNull(type, "type");
    this.typeValue = new SerializedString(type);
    this.typeChars = type.toCharArray();
    this.source = Objects.requireNonNull(source, "source");
    this.sourceValue = new SerializedString(source);
    this.sourceChars = source.toCharArray();
    this.version = version;
    this.oldestVersion = oldestVersion;
    this.sourceAndType =
        new SerializedString(",\"source\":" + quoted(source) + ",\"type\":" + quoted(type));
    this.contentTypeAndVersion =
        new SerializedString(
            ",\"datacontenttype\":" + quoted(MessageJson.CONTENT_TYPE) + ",\"schemaversion\":" + version);
  }

  private static String quoted(String text) {
    return '"' + new String(JsonStringEncoder.getInstance().quoteAsString(text)) + '"';
  }

  @Override
  public final String type() {
    return type;
  }

  @Override
  public final String source() {
    return source;
  }

  @Override
  public final int version() {
    return version;
  }

  @Override
  public final int oldestVersion() {
    return oldestVersion;
  }

  @Override
  public final Class<M> messageClass() {
    return messageClass;
  }

  @Override
  public final String toJson(M message) {
    BufferRecycler recycler = MessageJson.factory()._getBufferRecycler();
    try (SegmentedStringWriter out = new SegmentedStringWriter(recycler)) {
      try (JsonGenerator generator = MessageJson.factory().createGenerator(out)) {
        writeOwn(message, generator);
      }
      return out.getAndClear();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      recycler.releaseToPool();
    }
  }

  @Override
  public final byte[] toJsonBytes(M message) {
    ThreadGenerator own = acquire();
    boolean written = false;
    try {
      writeOwn(message, own.generator());
      byte[] bytes = own.finish();
      written = true;
      return bytes;
    } catch (IOException e) {
      // Writing to memory does no I/O.
      throw new UncheckedIOException(e);
    } finally {
      if (!written) {
        own.abandon();
      }
    }
  }

  private static ThreadGenerator acquire() {
    try {
      return ThreadGenerator.acquire();
    } catch (IOException e) {
      // Making a generator that writes to memory does no I/O.
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes {@code message} with a generator of our own: compact, and at its root with nothing
   * buffered.
   */
  private void writeOwn(M message, JsonGenerator generator) {
    try {
      write(message, generator, true);
    } catch (JsonProcessingException e) {
      throw MessageFormatException.writing(
          type, JsonPaths.of(generator.getOutputContext(), null, ""), e.getOriginalMessage(), e);
    } catch (IOException e) {
      // Writing to memory does no I/O.
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public final void write(M message, JsonGenerator generator) throws IOException {
    write(message, generator, false);
  }

  /**
   * Writes {@code message}. With a generator of our own ({@code own}), the members that are the same
   * in every message are copied in as ready-made bytes, a fraction of the cost of writing them member
   * by member; a generator passed in may indent, or hold tokens rather than text, so it gets every
   * member through its own methods.
   */
  private void write(M message, JsonGenerator generator, boolean own) throws IOException {
    String id = message.id();
    if (id.isEmpty()) {
      throw MessageFormatException.writing(type, "id", "the id is empty", null);
    }
    Instant time = message.timestamp();
    if (!Rfc3339.canFormat(time)) {
      throw MessageFormatException.writing(
          type, "time", time + " is outside the years 0000 to 9999 that RFC 3339 can write", null);
    }
    generator.writeStartObject(message);
    if (own) {
      // Raw text goes around the generator's count of members, which then takes id for the first
      // and puts no comma before it: the text brings its own.
      generator.writeRaw(SPECVERSION_MEMBER);
    } else {
      generator.writeFieldName(SPECVERSION);
      generator.writeString(SPEC_VERSION_VALUE);
    }
    generator.writeFieldName(ID);
    generator.writeString(id);
    String messageSource = message.source();
    if (own && messageSource.equals(source)) {
      generator.writeRaw(sourceAndType);
    } else {
      generator.writeFieldName(SOURCE);
      if (messageSource.equals(source)) {
        generator.writeString(sourceValue);
      } else {
        generator.writeString(messageSource);
      }
      generator.writeFieldName(TYPE);
      generator.writeString(typeValue);
    }
    generator.writeFieldName(TIME);
    char[] buffer = new char[Rfc3339.MAX_LENGTH];
    generator.writeString(buffer, 0, Rfc3339.format(time, buffer, 0));
    if (own) {
      generator.writeRaw(contentTypeAndVersion);
    } else {
      generator.writeFieldName(DATACONTENTTYPE);
      generator.writeString(CONTENT_TYPE_VALUE);
      generator.writeFieldName(SCHEMAVERSION);
      generator.writeNumber(version);
    }
    generator.writeFieldName(CORRELATIONID);
    generator.writeString(message.correlationId());
    String causationId = message.causationId();
    if (causationId != null) {
      generator.writeFieldName(CAUSATIONID);
      generator.writeString(causationId);
    }
    Extensions.write(message.extensions(), generator);
    generator.writeFieldName(DATA);
    writeData(message, generator);
    generator.writeEndObject();
  }

  /** The payload of {@code message} alone as JSON in UTF-8: the data of a binary-mode record. */
  public final byte[] dataJsonBytes(M message) {
    ThreadGenerator own = acquire();
    JsonGenerator generator = own.generator();
    boolean written = false;
    try {
      writeData(message, generator);
      byte[] bytes = own.finish();
      written = true;
      return bytes;
    } catch (JsonProcessingException e) {
      throw MessageFormatException.writing(
          type, JsonPaths.of(generator.getOutputContext(), null, "data"), e.getOriginalMessage(), e);
    } catch (IOException e) {
      // Writing to memory does no I/O.
      throw new UncheckedIOException(e);
    } finally {
      if (!written) {
        own.abandon();
      }
    }
  }

  @Override
  public final M fromJson(String json) {
    return messageClass.cast(CloudEventReader.readDocument(json, this, null, null));
  }

  @Override
  public final M fromJson(byte[] json) {
    return messageClass.cast(CloudEventReader.readDocument(json, this, null, null));
  }

  @Override
  public final M read(JsonParser parser) throws IOException {
    return messageClass.cast(new CloudEventReader(parser, this, null, null).read());
  }

  /** Writes the payload of {@code message} as the {@code data} object; generated. */
  protected abstract void writeData(M message, JsonGenerator generator) throws IOException;

  /**
   * Reads the payload of the current version from the object at the parser's current token, leaving
   * the parser on its {@code END_OBJECT}; generated.
   */
  protected abstract Object readData(JsonParser parser) throws IOException;

  /** The envelope of a message read; generated. {@code data} is what {@link #readData} returned. */
  protected abstract M create(
      String id,
      String source,
      Instant time,
      String correlationId,
      String causationId,
      Object data);

  /**
   * Upcasts {@code data} from {@code fromVersion} to {@code fromVersion + 1} with the message's
   * {@link io.missive.Upcast} method; generated for messages that have upcasters.
   */
  protected JsonObject upcast(int fromVersion, JsonObject data) {
    throw new IllegalStateException(type + " has no upcaster from version " + fromVersion);
  }

  /**
   * Reads the payload of {@code version}, one a typed upcaster takes, into its frozen record (such as
   * {@code OrderPlacedEvent.V1}) from the object at the parser's current token; generated for messages
   * with typed upcasters.
   */
  protected Object readFrozen(int version, JsonParser parser) throws IOException {
    throw new IllegalStateException(type + " reads no frozen version " + version);
  }

  /**
   * Upcasts the frozen record of {@code fromVersion} with the message's typed {@link io.missive.Upcast}
   * method: to the next frozen record, or, from the version before the current one, to the payload;
   * generated for messages with typed upcasters.
   */
  protected Object upcastTyped(int fromVersion, Object data) {
    throw new IllegalStateException(type + " has no typed upcaster from version " + fromVersion);
  }

  /** Whether {@code found}, an older version, is read straight into its frozen record. */
  final boolean readsTyped(int found) {
    return found >= typedFrom && found < version;
  }

  /**
   * Reads {@code fromVersion}, one {@link #readsTyped}, into its frozen record and upcasts it through
   * the typed steps to the current payload: no tree is built.
   */
  final Object readTyped(int fromVersion, JsonParser parser) throws IOException {
    Object current = readFrozen(fromVersion, parser);
    return upcastTyped(current, fromVersion);
  }

  private Object upcastTyped(Object frozen, int fromVersion) {
    Object current = frozen;
    for (int step = fromVersion; step < version; step++) {
      try {
        current = upcastTyped(step, current);
      } catch (MessageFormatException e) {
        throw e;
      } catch (RuntimeException e) {
        throw new MessageFormatException(
            type, "data", "the upcaster from version " + step + " to " + (step + 1) + " failed: " + e, e);
      }
      if (current == null) {
        throw new MessageFormatException(
            type, "data", "the upcaster from version " + step + " to " + (step + 1) + " returned null", null);
      }
    }
    return current;
  }

  /** Fails unless {@code found} is a version this codec reads. */
  final void checkVersion(int found) {
    if (found > version) {
      throw new MessageFormatException(
          type,
          "schemaversion",
          "version " + found + " is newer than " + version + ", the current version of " + type
              + " that this reader was built with; deploy the newer " + type + " to read it",
          null);
    }
    if (found < oldestVersion) {
      String how =
          oldestVersion == version
              ? "declare an @Upcast(from = " + found + ") method to read it"
              : "it upcasts versions " + oldestVersion + " to " + (version - 1);
      throw new MessageFormatException(
          type,
          "schemaversion",
          "version " + found + " is older than " + oldestVersion + ", the oldest version of " + type
              + " this reader can read (" + how + ")",
          null);
    }
  }

  /** Upcasts an older (or buffered current) payload to the current version and reads it. */
  final Object readTree(JsonObject data, int fromVersion) throws IOException {
    JsonObject current = data;
    // Each upcaster's tree is a root at data, so that its paths start there.
    if (fromVersion < version) {
      TreeMembers.get().root(current, "data");
    }
    // The tree steps end where the typed ones start; the tree is then read into its frozen record.
    int treeUntil = Math.max(fromVersion, typedFrom);
    for (int step = fromVersion; step < treeUntil; step++) {
      try {
        current = upcast(step, current);
      } catch (MessageFormatException e) {
        throw e;
      } catch (RuntimeException e) {
        throw new MessageFormatException(
            type, "data", "the upcaster from version " + step + " to " + (step + 1) + " failed: " + e, e);
      }
      if (current == null) {
        throw new MessageFormatException(
            type, "data", "the upcaster from version " + step + " to " + (step + 1) + " returned null", null);
      }
      TreeMembers.get().root(current, "data");
    }
    // The generated reader reads the tree as it reads JSON text, without writing it out first.
    try (JsonParser parser = new TreeParser(current)) {
      parser.nextToken();
      try {
        return treeUntil < version ? upcastTyped(readFrozen(treeUntil, parser), treeUntil) : readData(parser);
      } catch (ReadProblem e) {
        throw e.placed(type, JsonPaths.of(parser.getParsingContext(), null, "data"));
      } catch (MessageFormatException e) {
        throw e;
      } catch (JsonProcessingException e) {
        throw new MessageFormatException(
            type, JsonPaths.of(parser.getParsingContext(), null, "data"), e.getOriginalMessage(), e);
      } catch (RuntimeException e) {
        throw new MessageFormatException(
            type, JsonPaths.of(parser.getParsingContext(), null, "data"), CloudEventReader.invalid(e), e);
      }
    }
  }

  @Override
  public String toString() {
    return "MessageCodec[" + type + " v" + version + "]";
  }
}
