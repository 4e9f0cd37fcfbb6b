package io.missive.processor.schema;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The JSON of the snapshots as plain Java values ({@code Map<String, Object>}, {@code List<Object>},
 * {@code String}, {@code Long}, {@code BigInteger}, {@code BigDecimal}, {@code Boolean}, {@code null}),
 * read with jackson-core and written in one canonical form: keys sorted, two spaces of indent, LF, a
 * trailing newline. The same document always gives the same bytes, so a build with nothing changed
 * writes nothing and a diff of a snapshot shows only what changed.
 */
public final class CanonicalJson {

  /** One factory for every parse; made at the first, so a build that reads no JSON loads no parser. */
  private static final class Factory {
    static final JsonFactory INSTANCE = JsonFactory.builder().build();
  }

  private CanonicalJson() {}

  /** Why a text is not one JSON document, and where: the line and the JSON path of the failure. */
  public static final class Malformed extends Exception {
    private static final long serialVersionUID = 1L;
    private final String path;

    Malformed(String path, String message) {
      super(message);
      this.path = path;
    }

    /** The JSON path where reading stopped, such as {@code $.properties.total}. */
    public String path() {
      return path;
    }
  }

  /** Reads {@code text} as exactly one JSON value. */
  public static Object parse(String text) throws Malformed {
    if (text.isBlank()) {
      throw new Malformed("$", "the file is empty");
    }
    Reading reading = new Reading();
    try (JsonParser parser = Factory.INSTANCE.createParser(text)) {
      JsonToken first = parser.nextToken();
      Object value = reading.read(parser, first, 0);
      JsonToken after = parser.nextToken();
      if (after != null) {
        throw new Malformed("$", "more JSON follows the document, at line " + parser.currentLocation().getLineNr());
      }
      return value;
    } catch (JsonProcessingException e) {
      throw new Malformed(failedAt(e, reading.path()), "it is not JSON: " + e.getOriginalMessage() + " (line "
          + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")");
    } catch (IOException e) {
      throw new Malformed("$", "it could not be read: " + e.getMessage());
    }
  }

  /**
   * The path of the value the parser was reading when it failed, from its own context (it reads a
   * member's value ahead with its name); {@code reached} when it has none.
   */
  private static String failedAt(JsonProcessingException e, String reached) {
    if (!(e.getProcessor() instanceof JsonParser parser) || parser.getParsingContext() == null) {
      return reached;
    }
    StringBuilder path = new StringBuilder("$");
    java.util.List<String> parts = new java.util.ArrayList<>();
    for (com.fasterxml.jackson.core.JsonStreamContext c = parser.getParsingContext(); c != null && !c.inRoot(); c = c.getParent()) {
      parts.add(0, c.inArray() ? "[" + c.getCurrentIndex() + "]" : c.getCurrentName() == null ? "" : "." + c.getCurrentName());
    }
    parts.forEach(path::append);
    return path.toString();
  }

  /**
   * One reading, which remembers the path of the last value it started, for the message when the
   * parser fails. The path is kept as its parts, and made into text only for that message.
   */
  private static final class Reading {
    /** The parts of the paths: a member's name, or {@code null} for an element at its index. */
    private String[] names = new String[16];
    private int[] indices = new int[16];
    /** The path reached is the first {@code reached} parts, such as {@code $.properties.total}. */
    private int reached;

    /** The path reached, such as {@code $.properties.total} or {@code $.required[0]}. */
    String path() {
      StringBuilder path = new StringBuilder("$");
      for (int i = 0; i < reached; i++) {
        if (names[i] != null) {
          path.append('.').append(names[i]);
        } else {
          path.append('[').append(indices[i]).append(']');
        }
      }
      return path.toString();
    }

    /** Reaches the part {@code depth} of the path, below the parts before it. */
    private void reach(int depth, String name, int index) {
      if (depth == names.length) {
        names = java.util.Arrays.copyOf(names, depth * 2);
        indices = java.util.Arrays.copyOf(indices, depth * 2);
      }
      names[depth] = name;
      indices[depth] = index;
      reached = depth + 1;
    }

    /** Reads the value of {@code token}, whose path is the first {@code depth} parts. */
    Object read(JsonParser parser, JsonToken token, int depth) throws IOException {
      reached = depth;
      switch (token) {
        case START_OBJECT: {
          Map<String, Object> object = new LinkedHashMap<>();
          for (JsonToken t = parser.nextToken(); t != JsonToken.END_OBJECT; t = parser.nextToken()) {
            String name = parser.currentName();
            reach(depth, name, 0);
            object.put(name, read(parser, parser.nextToken(), depth + 1));
          }
          return object;
        }
        case START_ARRAY: {
          List<Object> array = new ArrayList<>();
          int i = 0;
          for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
            reach(depth, null, i++);
            array.add(read(parser, t, depth + 1));
          }
          return array;
        }
        case VALUE_STRING:
          return parser.getText();
        case VALUE_NUMBER_INT: {
          // A Long when it fits (INT or LONG), else a BigInteger.
          if (parser.getNumberType() != JsonParser.NumberType.BIG_INTEGER) {
            return parser.getLongValue();
          }
          return parser.getBigIntegerValue();
        }
        case VALUE_NUMBER_FLOAT:
          return parser.getDecimalValue();
        case VALUE_TRUE:
          return Boolean.TRUE;
        case VALUE_FALSE:
          return Boolean.FALSE;
        case VALUE_NULL:
          return null;
        default:
          throw new IllegalStateException("unexpected token " + token);
      }
    }
  }

  /** The canonical text of {@code value}: sorted keys, two-space indent, LF, a trailing newline. */
  public static String write(Object value) {
    StringBuilder out = new StringBuilder();
    write(value, out, "");
    return out.append('\n').toString();
  }

  @SuppressWarnings("unchecked")
  private static void write(Object value, StringBuilder out, String indent) {
    if (value instanceof Map<?, ?> map) {
      if (map.isEmpty()) {
        out.append("{}");
        return;
      }
      String inner = indent + "  ";
      out.append("{\n");
      boolean first = true;
      // A map already sorted by its keys' natural order (the documents' properties) is not copied.
      Map<String, Object> sorted = map instanceof SortedMap<?, ?> s && s.comparator() == null
          ? (Map<String, Object>) map
          : new TreeMap<>((Map<String, Object>) map);
      for (Map.Entry<String, Object> e : sorted.entrySet()) {
        if (!first) {
          out.append(",\n");
        }
        first = false;
        out.append(inner);
        string(e.getKey(), out);
        out.append(": ");
        write(e.getValue(), out, inner);
      }
      out.append('\n').append(indent).append('}');
    } else if (value instanceof List<?> list) {
      if (list.isEmpty()) {
        out.append("[]");
        return;
      }
      String inner = indent + "  ";
      out.append("[\n");
      for (int i = 0; i < list.size(); i++) {
        if (i > 0) {
          out.append(",\n");
        }
        out.append(inner);
        write(list.get(i), out, inner);
      }
      out.append('\n').append(indent).append(']');
    } else if (value instanceof String s) {
      string(s, out);
    } else if (value instanceof BigDecimal d) {
      out.append(d.toString());
    } else if (value == null) {
      out.append("null");
    } else {
      out.append(value);
    }
  }

  private static void string(String s, StringBuilder out) {
    out.append('"');
    if (plain(s)) {
      out.append(s);
    } else {
      out.append(JsonStringEncoder.getInstance().quoteAsString(s));
    }
    out.append('"');
  }

  /** Whether {@code s} has nothing JSON escapes: no control character, quote or backslash. */
  private static boolean plain(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x20 || c == '"' || c == '\\') {
        return false;
      }
    }
    return true;
  }
}
