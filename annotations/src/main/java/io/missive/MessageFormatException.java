package io.missive;

/**
 * A message could not be read from JSON (or, rarely, written to it): the input is malformed, is not a
 * CloudEvents 1.0 event of the expected type and version, lacks a required member, has a member of
 * the wrong type, or exceeds a size limit.
 *
 * <p>The message names the message type (when known) and the JSON path of the offending member, such
 * as {@code data.items[0].quantity}:
 *
 * <pre>
 * Cannot read OrderPlaced JSON at data.items[0].quantity: expected an integer, found a string
 * </pre>
 *
 * <p>When this exception is thrown no message object has been created: readers never hand out a
 * half-built message.
 */
public final class MessageFormatException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The message type, or {@code null} when it is not known. */
  private final String messageType;

  /** The JSON path; {@code null} is taken for the whole document. */
  private final String path;

  private final String problem;
  private final boolean writing;

  /**
   * A problem reading a message.
   *
   * @param messageType the message type such as {@code OrderPlaced}, or {@code null} if unknown
   * @param path the JSON path of the problem, such as {@code data.total}; empty for the whole document
   * @param problem what is wrong, such as {@code expected a number, found a string}
   * @param cause the underlying exception, or {@code null}
   */
  public MessageFormatException(String messageType, String path, String problem, Throwable cause) {
    this(messageType, path, problem, cause, false);
  }

  private MessageFormatException(
      String messageType, String path, String problem, Throwable cause, boolean writing) {
    super(problem, cause);
    this.messageType = messageType;
    this.path = path;
    this.problem = problem;
    this.writing = writing;
  }

  /**
   * A problem writing a message, such as an empty id, which CloudEvents cannot hold; for the codecs.
   *
   * @param messageType the message type such as {@code OrderPlaced}
   * @param path the JSON path of the problem, such as {@code id}
   * @param problem what is wrong, such as {@code the id is empty}
   * @param cause the underlying exception, or {@code null}
   */
  public static MessageFormatException writing(
      String messageType, String path, String problem, Throwable cause) {
    return new MessageFormatException(messageType, path, problem, cause, true);
  }

  /** The message type, such as {@code OrderPlaced}; {@code null} when it could not be told. */
  public String messageType() {
    return messageType;
  }

  /**
   * The JSON path of the problem, such as {@code data.items[0].quantity}: member names joined by
   * dots, array indexes in brackets, names that are not identifiers quoted in brackets
   * ({@code data.attributes["a.b"]}). Empty when the problem is the whole document.
   */
  public String path() {
    return path == null ? "" : path;
  }

  /** What is wrong, without the type and the path. */
  public String problem() {
    return problem;
  }

  @Override
  public String getMessage() {
    StringBuilder message = new StringBuilder(writing ? "Cannot write " : "Cannot read ");
    message.append(messageType == null ? "message" : messageType).append(" JSON");
    if (path != null && !path.isEmpty()) {
      message.append(" at ").append(path);
    }
    return message.append(": ").append(problem).toString();
  }
}
