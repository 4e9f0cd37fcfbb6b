package io.missive;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamWriteConstraints;

/**
 * The JSON settings every generated message shares: the {@link JsonFactory} with explicit read and
 * write limits, and the constants of the CloudEvents 1.0 JSON format.
 *
 * <p>The limits protect consumers from oversized or hostile input. Input over a limit fails with a
 * {@link MessageFormatException} like any other bad input. A parser or generator that the caller
 * passes in (to {@code fromJson(JsonParser)} or {@code writeJson(JsonGenerator)}) keeps the limits of
 * the factory that made it.
 */
public final class MessageJson {

  /**
   * The largest message read, in bytes (UTF-8) or chars (text): 1 MiB, the default largest record of
   * Apache Kafka. Messages are meant to be small; large content belongs in storage, referred to by id.
   */
  public static final int MAX_DOCUMENT_LENGTH = 1 << 20;

  /** How deeply arrays and objects may nest, the envelope counting as one: 64. */
  public static final int MAX_NESTING_DEPTH = 64;

  /** The longest number, in chars: 1000 (Jackson's default), room for any exact decimal. */
  public static final int MAX_NUMBER_LENGTH = 1000;

  /**
   * The longest member name: 1024, in bytes for UTF-8 input. Jackson counts chars for text input;
   * Missive counts the names it keeps (map keys, attributes, tree members) in UTF-8 bytes there too,
   * so that what is read from text is written as bytes that read back under the same limit.
   */
  public static final int MAX_NAME_LENGTH = 1024;

  /** The value of the {@code specversion} attribute. */
  public static final String SPEC_VERSION = "1.0";

  /** The value of the {@code datacontenttype} attribute. */
  public static final String CONTENT_TYPE = "application/json";

  /** The media type of a whole message in CloudEvents structured mode (for a transport's header). */
  public static final String STRUCTURED_CONTENT_TYPE = "application/cloudevents+json";

  private static final JsonFactory FACTORY =
      JsonFactory.builder()
          .streamReadConstraints(
              StreamReadConstraints.builder()
                  .maxDocumentLength(MAX_DOCUMENT_LENGTH)
                  .maxNestingDepth(MAX_NESTING_DEPTH)
                  .maxNumberLength(MAX_NUMBER_LENGTH)
                  .maxNameLength(MAX_NAME_LENGTH)
                  .maxStringLength(MAX_DOCUMENT_LENGTH)
                  .build())
          .streamWriteConstraints(
              StreamWriteConstraints.builder().maxNestingDepth(MAX_NESTING_DEPTH).build())
          .build();

  private MessageJson() {}

  /**
   * The factory the generated code reads and writes with; use it to create parsers and generators that
   * embed messages in other JSON, with the same limits.
   */
  public static JsonFactory factory() {
    return FACTORY;
  }
}
