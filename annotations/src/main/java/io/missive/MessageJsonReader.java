package io.missive;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import io.missive.internal.CloudEventCodec;
import io.missive.internal.CloudEventReader;
import java.io.IOException;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.Set;

/**
 * Reads messages of many types, such as every event on one topic, into their typed envelopes, choosing
 * the codec by the CloudEvents {@code type}:
 *
 * <pre>{@code
 * MessageJsonReader reader =
 *     MessageJsonReader.of(OrderPlacedEvent.JSON, OrderShippedEvent.JSON, OrderCancelledEvent.JSON);
 * Message<?> message = reader.read(record.value());
 * if (message instanceof OrderPlacedEvent placed) {
 *   ...
 * } else if (message instanceof OrderShippedEvent shipped) {
 *   ...
 * }
 * }</pre>
 *
 * <p>A type it has no codec for is never dropped silently: by default it is a
 * {@link MessageFormatException} naming the type and the types the reader knows; a reader made with
 * {@link #keepingUnknownTypes()} hands it back as an {@link UnknownMessage} with its raw attributes and
 * data. Each codec reads its own older versions through its upcasters. {@link #lenientAttributes()},
 * {@link #unversionedAsOldest()} and {@link #withLimits} make readers that accept more, or less.
 * Readers are immutable and thread-safe.
 */
public final class MessageJsonReader {

  /**
   * The codecs by type, in the order given. Never changed once made, and handed to the readers as it
   * is, not wrapped: a lookup through an unmodifiable view is a call the JIT cannot inline (that view
   * class serves every such map of the application): about 4 % of a Kafka record's read in a profile.
   */
  private final LinkedHashMap<String, CloudEventCodec<?>> codecs;
  /** What makes the messages of unknown types, or {@code null} when they are refused. */
  private final CloudEventReader.UnknownTypes unknown;
  private final CloudEventReader.Options options;

  private MessageJsonReader(
      LinkedHashMap<String, CloudEventCodec<?>> codecs,
      CloudEventReader.UnknownTypes unknown,
      CloudEventReader.Options options) {
    this.codecs = codecs;
    this.unknown = unknown;
    this.options = options;
  }

  /**
   * A reader of the given message types.
   *
   * @throws IllegalArgumentException if two codecs read the same type, or a codec is not one the
   *     processor generated
   */
  public static MessageJsonReader of(MessageCodec<?>... codecs) {
    return of(Arrays.asList(codecs));
  }

  /**
   * A reader of the given message types.
   *
   * @throws IllegalArgumentException if two codecs read the same type, or a codec is not one the
   *     processor generated
   */
  public static MessageJsonReader of(Iterable<? extends MessageCodec<?>> codecs) {
    LinkedHashMap<String, CloudEventCodec<?>> byType = new LinkedHashMap<>();
    for (MessageCodec<?> given : codecs) {
      Objects.requireNonNull(given, "codec");
      if (!(given instanceof CloudEventCodec<?> codec)) {
        throw new IllegalArgumentException(
            given.getClass().getName() + " is not a generated codec: a MessageJsonReader reads with the"
                + " JSON constants of generated envelopes, such as OrderPlacedEvent.JSON");
      }
      CloudEventCodec<?> previous = byType.putIfAbsent(codec.type(), codec);
      if (previous != null && previous != codec) {
        throw new IllegalArgumentException(
            "Two codecs read type \"" + codec.type() + "\": " + previous.messageClass().getName()
                + " and " + codec.messageClass().getName());
      }
    }
    return new MessageJsonReader(byType, null, CloudEventReader.Options.DEFAULT);
  }

  /**
   * A reader of every message type the processor generated in the application: the codecs that
   * {@link java.util.ServiceLoader} finds as {@link MessageCodecProvider}s (each compilation's
   * generated {@code META-INF/services/io.missive.MessageCodecProvider}) through the context class
   * loader, else Missive's own.
   *
   * @throws IllegalArgumentException if two codecs read the same type
   * @throws IllegalStateException if none is found (a build that ran the processor with
   *     {@code -Amissive.codecRegistry=false}, or no message on the class path)
   */
  public static MessageJsonReader discovered() {
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    return discovered(loader != null ? loader : MessageJsonReader.class.getClassLoader());
  }

  /**
   * As {@link #discovered()}, through {@code loader}.
   *
   * @throws IllegalArgumentException if two codecs read the same type
   * @throws IllegalStateException if none is found
   */
  public static MessageJsonReader discovered(ClassLoader loader) {
    Map<String, MessageCodec<?>> found = new LinkedHashMap<>();
    for (MessageCodecProvider provider : ServiceLoader.load(MessageCodecProvider.class, loader)) {
      for (MessageCodec<?> codec : provider.codecs()) {
        MessageCodec<?> previous = found.putIfAbsent(codec.type(), codec);
        if (previous != null && previous.messageClass() != codec.messageClass()) {
          throw new IllegalArgumentException(
              "Two codecs read type \"" + codec.type() + "\": " + previous.messageClass().getName()
                  + " and " + codec.messageClass().getName());
        }
      }
    }
    if (found.isEmpty()) {
      throw new IllegalStateException(
          "No generated message codec found through ServiceLoader (META-INF/services/"
              + MessageCodecProvider.class.getName() + "): compile the messages with the Missive"
              + " processor (without -Amissive.codecRegistry=false), and in a named module provide"
              + " them in module-info.java (provides " + MessageCodecProvider.class.getName()
              + " with a class of yours), or list the codecs with MessageJsonReader.of(...)");
    }
    return of(found.values());
  }

  /** This reader, but handing back messages of unknown types as {@link UnknownMessage}s. */
  public MessageJsonReader keepingUnknownTypes() {
    return new MessageJsonReader(codecs, UnknownMessage::new, options);
  }

  /**
   * Whether this reader hands back messages of unknown types as {@link UnknownMessage}s ({@link
   * #keepingUnknownTypes()}) rather than failing on them.
   */
  public boolean keepsUnknownTypes() {
    return unknown != null;
  }

  /**
   * This reader, but accepting attributes that CloudEvents 1.0 does not allow, as some producers write
   * them: names other than lowercase letters {@code a-z} and digits {@code 0-9} ({@code aString},
   * {@code a_name}), and extension values that are objects, arrays, decimals or integers beyond 32
   * bits. By default each is a {@link MessageFormatException} at the attribute, as CloudEvents 1.0
   * requires. Such attributes are ignored (or kept in an {@link UnknownMessage}'s attributes), never
   * read as data.
   */
  public MessageJsonReader lenientAttributes() {
    return new MessageJsonReader(codecs, unknown, options.lenientAttributes());
  }

  /**
   * This reader, but reading an event of a known type that says nothing of its schema version (no
   * {@code schemaversion}, no {@code dataschema} of the form {@code urn:missive:<type>:<version>}),
   * such as one from a producer that does not use Missive, as the oldest version its codec reads
   * ({@link MessageCodec#oldestVersion()}), upcast from there. By default such an event is a
   * {@link MessageFormatException} at {@code schemaversion}: the reader cannot know which shape the
   * data has, and this option is a choice the consumer makes for the producers it knows.
   */
  public MessageJsonReader unversionedAsOldest() {
    return new MessageJsonReader(codecs, unknown, options.unversionedAsOldest());
  }

  /**
   * This reader, but with other read limits: the largest document, string, number and member name,
   * and the deepest nesting, as Jackson's {@link StreamReadConstraints}. The defaults are those of
   * {@link MessageJson} (1 MiB documents and strings, nesting 64, numbers of 1000 chars, names of 1024
   * chars); input over a limit fails with a {@link MessageFormatException}. The document length is
   * checked before parsing for {@code String} and {@code byte[]} input. A parser passed to
   * {@link #read(JsonParser)} keeps the limits of the factory that made it.
   */
  public MessageJsonReader withLimits(StreamReadConstraints limits) {
    Objects.requireNonNull(limits, "limits");
    JsonFactory factory =
        MessageJson.factory().rebuild().streamReadConstraints(limits).build();
    return new MessageJsonReader(codecs, unknown, options.factory(factory));
  }

  /** The read limits of this reader. */
  public StreamReadConstraints limits() {
    return options.factory().streamReadConstraints();
  }

  /** The message types this reader knows. */
  public Set<String> types() {
    return Collections.unmodifiableSet(codecs.keySet());
  }

  /** The codec of {@code type}, or {@code null}. */
  public MessageCodec<?> codec(String type) {
    return codecs.get(type);
  }

  /**
   * Reads one message from JSON text.
   *
   * @throws MessageFormatException if it is no valid message of a known type (or, when keeping unknown
   *     types, no valid CloudEvents event)
   */
  public Message<?> read(String json) {
    return CloudEventReader.readDocument(json, null, codecs, unknown, options);
  }

  /**
   * Reads one message from JSON in UTF-8.
   *
   * @throws MessageFormatException if it is no valid message of a known type (or, when keeping unknown
   *     types, no valid CloudEvents event)
   */
  public Message<?> read(byte[] json) {
    return CloudEventReader.readDocument(json, null, codecs, unknown, options);
  }

  /**
   * Reads one message of a protocol binding's binary mode, such as Kafka's or HTTP's: its attributes
   * as the binding carries them, as text ({@code attributes} maps each attribute's name, without the
   * binding's prefix such as {@code ce_}, to its value, and {@code datacontenttype} to the content
   * type), and its data, the JSON value {@code data} in UTF-8, read straight into the message's
   * payload. The attributes are checked as in a JSON event, and extensions are kept as strings.
   *
   * @throws MessageFormatException if it is no valid message of a known type (or, when keeping unknown
   *     types, no valid CloudEvents event), at the attribute's name or the data's JSON path
   */
  public Message<?> readBinary(java.util.Map<String, String> attributes, byte[] data) {
    return CloudEventReader.readBinary(attributes, data, null, codecs, unknown, options);
  }

  /**
   * Reads one message from {@code parser}: the object at its current token, or at the next token
   * when it has none yet or is on a member name. Leaves the parser on the message's closing {@code END_OBJECT}.
   *
   * @throws MessageFormatException if it is no valid message of a known type
   * @throws IOException if the parser's input fails
   */
  public Message<?> read(JsonParser parser) throws IOException {
    return new CloudEventReader(parser, null, codecs, unknown, options).read();
  }
}
