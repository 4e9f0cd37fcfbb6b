package io.missive;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.time.Instant;
import java.util.Map;

/**
 * The envelope every generated message implements: metadata plus an immutable payload.
 *
 * <p>Buses, stores and loggers can handle any message through this contract, and a transport can
 * write any message as CloudEvents 1.0 JSON in structured mode without knowing its class. Implementations
 * are immutable and compare by value.
 *
 * @param <D> the payload interface (the annotated interface)
 */
public interface Message<D> {

  /** A unique id (a UUIDv7 string by default), used by consumers for idempotency. Never empty. */
  String id();

  /** The message type, by default the payload interface's simple name, such as {@code OrderPlaced}. */
  String type();

  /** The service or component that sent the message. */
  String source();

  /** When the message was created. */
  Instant timestamp();

  /** The schema version of the payload. */
  int version();

  /** The id shared by every message of one flow; the message's own id when it starts a flow. */
  String correlationId();

  /** The id of the message that caused this one, or {@code null} when nothing caused it. */
  String causationId();

  /** The immutable payload. */
  D data();

  /**
   * The CloudEvents optional attributes and extension attributes of this message, by name, in the
   * order set or read: {@code subject}, {@code dataschema}, {@code traceparent}, {@code tracestate},
   * {@code partitionkey} and any other extension. Values are {@link String}s, {@link Integer}s or
   * {@link Boolean}s (the JSON types of CloudEvents attributes); a transport that carries attributes
   * as text, such as Kafka's binary mode, hands them back as strings. Empty when none is set; never
   * {@code null}; unmodifiable. They are written after Missive's own attributes and read back from
   * any CloudEvents event; names are lower-case letters and digits, as CloudEvents requires.
   */
  Map<String, Object> extensions();

  /** This message as CloudEvents 1.0 JSON (structured mode): compact JSON text. */
  String toJson();

  /** This message as CloudEvents 1.0 JSON (structured mode) in UTF-8, for a record or a request body. */
  byte[] toJsonBytes();

  /**
   * The payload alone as JSON in UTF-8, the {@code data} member of {@link #toJsonBytes()}: the body of
   * a CloudEvents binary-mode record or request, whose attributes travel in headers.
   */
  byte[] dataJsonBytes();

  /**
   * Writes this message as one CloudEvents 1.0 JSON object (structured mode) to {@code generator}, to
   * embed it in other JSON or write it to a stream.
   *
   * @throws IOException if the generator fails
   */
  void writeJson(JsonGenerator generator) throws IOException;
}
