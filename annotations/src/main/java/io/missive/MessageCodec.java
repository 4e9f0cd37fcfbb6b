package io.missive;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;

/**
 * Reads and writes one message type as a CloudEvents 1.0 event in JSON structured mode. The processor
 * generates one per message, as the envelope's {@code JSON} constant ({@code OrderPlacedEvent.JSON}),
 * which the envelope's {@code toJson()} and {@code fromJson(...)} call; register it with
 * {@link MessageJsonReader} to read a stream of many message types.
 *
 * <pre>{@code
 * {"specversion":"1.0","id":"0193c4c2-...","source":"order-service","type":"OrderPlaced",
 *  "time":"2026-03-15T10:30:00.123Z","datacontenttype":"application/json","schemaversion":2,
 *  "correlationid":"req-xyz-789","causationid":"0193c4c1-...","data":{"orderId":"ord-123",...}}
 * }</pre>
 *
 * <p>Writing always writes the current version. Reading takes the current version directly and an
 * older one through the message's {@link Upcast upcasters}; it rejects a version newer than the current
 * one or older than the oldest upcaster. All bad input fails with {@link MessageFormatException}.
 * Members of {@code data} that the payload does not have are ignored (a tolerant reader). Other
 * attributes must pass the CloudEvents rules (a name of {@code a-z0-9}; a string, boolean or 32-bit
 * integer value) and are kept as the message's {@link Message#extensions() extensions} and written
 * back; {@link MessageJsonReader#lenientAttributes()} relaxes the rules, and ignores values of other
 * kinds. What is read can always be written and reads back equal.
 *
 * <p>Only generated codecs implement this interface: use them, do not implement it.
 * {@link MessageJsonReader} refuses any other. Codecs are immutable and thread-safe.
 *
 * @param <M> the envelope type
 */
public interface MessageCodec<M extends Message<?>> {

  /** The message type, such as {@code OrderPlaced}. */
  String type();

  /** The source that messages of this type are built with unless they say otherwise. */
  String source();

  /** The current schema version: the one written, and the newest one read. */
  int version();

  /** The oldest schema version read (through upcasters when older than {@link #version()}). */
  int oldestVersion();

  /** The envelope class. */
  Class<M> messageClass();

  /** {@code message} as compact JSON text. */
  String toJson(M message);

  /** {@code message} as compact JSON in UTF-8. */
  byte[] toJsonBytes(M message);

  /**
   * Writes {@code message} as one JSON object to {@code generator}, to embed it in other JSON or write
   * it to a stream.
   *
   * @throws IOException if the generator fails to write
   */
  void write(M message, JsonGenerator generator) throws IOException;

  /**
   * Reads one message from JSON text.
   *
   * @throws MessageFormatException if it is not a valid message of this type, naming the JSON path
   */
  M fromJson(String json);

  /**
   * Reads one message from JSON in UTF-8.
   *
   * @throws MessageFormatException if it is not a valid message of this type, naming the JSON path
   */
  M fromJson(byte[] json);

  /**
   * Reads one message from {@code parser}: the object at its current token, or at the next token
   * when it has none yet or is on a member name. Leaves the parser on the message's closing {@code END_OBJECT}.
   *
   * @throws MessageFormatException if it is not a valid message of this type, naming the JSON path
   * @throws IOException if the parser's input fails
   */
  M read(JsonParser parser) throws IOException;
}
