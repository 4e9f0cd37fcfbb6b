package io.missive.internal;

import io.missive.MessageFormatException;

/**
 * A problem that a run-time helper finds in the value at hand before the message type and the JSON
 * path are known, such as {@code expected an integer, found a string}. The reader that called the
 * helper knows both: it catches the problem and throws a {@link MessageFormatException} in its place,
 * with the type, the path, and this problem's text, cause and stack trace. A problem never reaches the
 * user.
 */
public final class ReadProblem extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The member of the object just read that the problem concerns, or {@code null}: the value read. */
  private final String member;

  /** A problem with the value the parser is on. */
  ReadProblem(String problem, Throwable cause) {
    this(problem, cause, null);
  }

  private ReadProblem(String problem, Throwable cause, String member) {
    super(problem, cause);
    this.member = member;
  }

  /** A required member is missing from the object the parser has just ended. */
  static ReadProblem missing(String member) {
    return at(member, "missing");
  }

  /** A problem with {@code member} of the object the parser has just ended. */
  static ReadProblem at(String member, String problem) {
    return new ReadProblem(problem, null, member);
  }

  /**
   * The problem for the user: at {@code path} (of the value, or of the object whose member it
   * concerns) in a message of {@code messageType}, or of an unknown type when that is {@code null}.
   */
  MessageFormatException placed(String messageType, String path) {
    MessageFormatException placed =
        new MessageFormatException(
            messageType, member == null ? path : JsonPaths.member(path, member), getMessage(), getCause());
    placed.setStackTrace(getStackTrace());
    return placed;
  }
}
