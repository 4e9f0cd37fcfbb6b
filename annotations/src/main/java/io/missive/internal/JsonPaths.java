package io.missive.internal;

import com.fasterxml.jackson.core.JsonStreamContext;
import java.util.ArrayDeque;

/** JSON paths such as {@code data.items[0].quantity}, for error messages only. */
public final class JsonPaths {

  private JsonPaths() {}

  /**
   * The path of the parser's position {@code current}, relative to {@code top} (the context of the
   * message object, whose current member is included), after {@code prefix}; relative to the root
   * when {@code top} is {@code null}; just {@code prefix} when {@code current} is outside {@code top}.
   */
  static String of(JsonStreamContext current, JsonStreamContext top, String prefix) {
    ArrayDeque<JsonStreamContext> chain = new ArrayDeque<>();
    boolean reached = top == null;
    for (JsonStreamContext c = current; c != null; c = c.getParent()) {
      chain.push(c);
      if (c == top) {
        reached = true;
        break;
      }
    }
    if (!reached) {
      // The parser has left the message object: the problem is the message as a whole.
      return prefix;
    }
    StringBuilder path = new StringBuilder(prefix);
    for (JsonStreamContext c : chain) {
      if (c.inObject() && c.getCurrentName() != null) {
        appendName(path, c.getCurrentName());
      } else if (c.inArray() && c.getCurrentIndex() >= 0) {
        appendIndex(path, c.getCurrentIndex());
      }
    }
    return path.toString();
  }

  /** {@code path} followed by member {@code name}. */
  public static String member(String path, String name) {
    return appendName(new StringBuilder(path), name).toString();
  }

  /** {@code path} followed by {@code [index]}. */
  public static String index(String path, int index) {
    return appendIndex(new StringBuilder(path), index).toString();
  }

  static StringBuilder appendName(StringBuilder path, String name) {
    if (isIdentifier(name)) {
      if (path.length() > 0) {
        path.append('.');
      }
      return path.append(name);
    }
    path.append("[\"");
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c == '"' || c == '\\') {
        path.append('\\').append(c);
      } else if (Character.isISOControl(c) || (Character.isSurrogate(c) && !pairedAt(name, i))) {
        // Shown as JSON escapes it: an unpaired surrogate or a control char would garble the message.
        path.append(String.format("\\u%04X", (int) c));
      } else {
        path.append(c);
      }
    }
    return path.append("\"]");
  }

  /** Whether the surrogate at {@code i} is half of a pair. */
  private static boolean pairedAt(String text, int i) {
    char c = text.charAt(i);
    return Character.isHighSurrogate(c)
        ? i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))
        : i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
  }

  static StringBuilder appendIndex(StringBuilder path, int index) {
    return path.append('[').append(index).append(']');
  }

  private static boolean isIdentifier(String name) {
    if (name.isEmpty() || !Character.isJavaIdentifierStart(name.charAt(0))) {
      return false;
    }
    for (int i = 1; i < name.length(); i++) {
      if (!Character.isJavaIdentifierPart(name.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
