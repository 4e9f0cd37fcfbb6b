package io.missive.internal;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import io.missive.MessageFormatException;
import io.missive.MessageJson;
import io.missive.json.JsonArray;
import io.missive.json.JsonObject;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Locale;

/**
 * What the tree types and the readers share: JSON text, trees from and to tokens (built and walked
 * through the trees' own API), and descriptions for errors.
 */
public final class Json {

  private static final TreeMembers MEMBERS = TreeMembers.get();

  /**
   * Member names that {@link #checkName(String, int)} found valid, by their hash: a cache that the
   * threads share without a lock, as a slot only ever holds a reference to an immutable string (a
   * lost or overwritten entry only means that name is checked again). Names up to {@link
   * #CHECKED_LENGTH} chars are kept, so it holds a few tens of kilobytes at most.
   */
  private static final String[] CHECKED = new String[512];

  private static final int CHECKED_LENGTH = 64;

  private Json() {}

  /** Something that writes itself as JSON: a tree, or a message as it was read. */
  public interface Writable {
    void write(JsonGenerator generator) throws IOException;
  }

  /** What {@code writable} writes, as compact JSON text. */
  public static String text(Writable writable) {
    StringWriter out = new StringWriter();
    try (JsonGenerator generator = MessageJson.factory().createGenerator(out)) {
      writable.write(generator);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** What {@code writable} writes, as compact JSON in UTF-8. */
  public static byte[] bytes(Writable writable) {
    Utf8Bytes out = new Utf8Bytes();
    try (JsonGenerator generator = MessageJson.factory().createGenerator(out, JsonEncoding.UTF8)) {
      writable.write(generator);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /**
   * Parses one JSON object: what {@link JsonObject#parse} does.
   *
   * @throws MessageFormatException if {@code json} is not one JSON object
   */
  public static JsonObject parseObject(String json) {
    try (JsonParser parser = MessageJson.factory().createParser(json)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        throw new MessageFormatException(
            null, "", "expected a JSON object, found " + describe(parser.currentToken()), null);
      }
      JsonObject object;
      try {
        object = readObject(parser);
      } catch (ReadProblem e) {
        throw e.placed(null, JsonPaths.of(parser.getParsingContext(), null, ""));
      }
      if (parser.nextToken() != null) {
        throw new MessageFormatException(
            null, "", "found " + describe(parser.currentToken()) + " after the object", null);
      }
      return object;
    } catch (ReadProblem e) {
      throw e.placed(null, "");
    } catch (JsonProcessingException e) {
      throw new MessageFormatException(null, "", CloudEventReader.problem(e), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A JSON value from the parser's current {@code token} as a tree value; an object or array has the
   * path {@code path} (see {@link #repath}).
   */
  static Object readTree(JsonParser parser, JsonToken token, String path) throws IOException {
    Object value = readTree(parser, token);
    repath(value, path);
    return value;
  }

  /** A JSON value from the parser's current {@code token} as a tree value. */
  static Object readTree(JsonParser parser, JsonToken token) throws IOException {
    if (token == null) {
      throw new ReadProblem("unexpected end of input", null);
    }
    switch (token) {
      case START_OBJECT:
        return readObject(parser);
      case START_ARRAY:
        return readArray(parser);
      case VALUE_STRING:
        return parser.getText();
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        // As the generated readers read a BigDecimal: an integer that fits in a long, or a plain
        // decimal such as a price, is made from its digits without the parser's BigDecimal parse.
        return JsonRead.bigDecimal(parser);
      case VALUE_TRUE:
        return Boolean.TRUE;
      case VALUE_FALSE:
        return Boolean.FALSE;
      case VALUE_NULL:
        return null;
      default:
        throw new ReadProblem("unexpected " + describe(token), null);
    }
  }

  /**
   * The number at the parser's current token as a {@code BigDecimal}, which Jackson cannot make of
   * every number its grammar allows: {@code 1e1111111111} has an exponent beyond an int.
   */
  static BigDecimal decimal(JsonParser parser) throws IOException {
    try {
      return parser.getDecimalValue();
    } catch (NumberFormatException e) {
      String text = parser.getText();
      throw new ReadProblem(
          "expected a number a BigDecimal can hold (an exponent that fits in an int), found "
              + (text.length() > 60 ? text.substring(0, 57) + "..." : text),
          e);
    }
  }

  /**
   * The object at the parser's current {@code START_OBJECT}. A name that appears twice keeps its first
   * place and takes the last value, as {@code put} does.
   */
  private static JsonObject readObject(JsonParser parser) throws IOException {
    JsonObject object = new JsonObject();
    for (String name = parser.nextFieldName(); name != null; name = parser.nextFieldName()) {
      checkName(parser, name);
      MEMBERS.put(object, name, readTree(parser, parser.nextToken()));
    }
    return object;
  }

  /** The array at the parser's current {@code START_ARRAY}. */
  private static JsonArray readArray(JsonParser parser) throws IOException {
    JsonArray array = new JsonArray();
    for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
      MEMBERS.add(array, readTree(parser, token));
    }
    return array;
  }

  /**
   * Fails unless {@code name}, a member name read and kept, is valid Unicode and at most {@code
   * maxBytes} long in UTF-8. A name with an unpaired surrogate (from a {@code \\uDFAA} escape, or
   * from bytes that are not UTF-8) could not be written as UTF-8 and read back, so it is refused
   * where it is read; a string value with one is kept: it is written escaped and reads back equal.
   * The length is counted in UTF-8 for text input too (where Jackson counts chars), so that a name
   * read from text is written as bytes that read back under the same limit.
   */
  static void checkName(String name, int maxBytes) {
    // A name checked before, as the same instance (a parser's names are canonical): valid Unicode,
    // and no longer in UTF-8 than three bytes a char.
    int slot = name.hashCode() & (CHECKED.length - 1);
    if (CHECKED[slot] == name && name.length() * 3L <= maxBytes) {
      return;
    }
    int bytes = utf8Length(name);
    if (bytes < 0) {
      int bad = -1 - bytes;
      throw new ReadProblem(
          "the member name has an unpaired surrogate, U+"
              + Integer.toHexString(name.charAt(bad)).toUpperCase(Locale.ROOT)
              + " at index " + bad + ": a name must be valid Unicode (from a \\u escape or bytes that"
              + " are not UTF-8)",
          null);
    }
    if (bytes > maxBytes) {
      throw new ReadProblem(
          "the member name is " + bytes + " bytes long in UTF-8, over the limit of " + maxBytes
              + " (StreamReadConstraints.getMaxNameLength(), counted in UTF-8 for text input too,"
              + " as the name is written)",
          null);
    }
    if (name.length() <= CHECKED_LENGTH) {
      CHECKED[slot] = name;
    }
  }

  /**
   * As {@link #checkName(String, int)}, with the name limit of {@code parser}. The names of a tree
   * being walked were checked when the tree was read, against the limit of the reader that read it,
   * which the walk does not know: only their Unicode is checked again.
   */
  static void checkName(JsonParser parser, String name) {
    checkName(
        name,
        parser instanceof TreeParser ? Integer.MAX_VALUE : parser.streamReadConstraints().getMaxNameLength());
  }

  /**
   * The index of the first unpaired surrogate in {@code text}, or -1: text UTF-8 cannot hold (for
   * the transports, which carry attributes as UTF-8 text).
   */
  public static int unpairedSurrogate(String text) {
    int length = utf8Length(text);
    return length < 0 ? -1 - length : -1;
  }

  /**
   * The length of {@code text} in UTF-8, or {@code -1 - i} where {@code i} is the index of its first
   * unpaired surrogate, which UTF-8 cannot hold.
   */
  private static int utf8Length(String text) {
    int bytes = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        bytes++;
      } else if (c < 0x800) {
        bytes += 2;
      } else if (!Character.isSurrogate(c)) {
        bytes += 3;
      } else if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        bytes += 4;
        i++;
      } else {
        return -1 - i;
      }
    }
    return bytes;
  }

  /** Writes a tree value. */
  public static void writeTree(JsonGenerator generator, Object value) throws IOException {
    if (value == null) {
      generator.writeNull();
    } else if (value instanceof String string) {
      generator.writeString(string);
    } else if (value instanceof BigDecimal number) {
      generator.writeNumber(number);
    } else if (value instanceof Boolean bool) {
      generator.writeBoolean(bool);
    } else if (value instanceof JsonObject object) {
      object.write(generator);
    } else if (value instanceof JsonArray array) {
      array.write(generator);
    } else {
      throw new IllegalArgumentException("Not a JSON tree value: " + value.getClass().getName());
    }
  }

  /**
   * Makes {@code value}, if it is an object or array, the root of a tree that is member {@code path}
   * of the message, such as {@code data}, so that its path and those of its members start there.
   */
  static void repath(Object value, String path) {
    MEMBERS.root(value, path);
  }

  /** What a tree value is, for an error message: {@code a string}, {@code an object}, ... */
  public static String describeTree(Object value) {
    if (value == null) {
      return "null";
    }
    if (value instanceof String) {
      return "a string";
    }
    if (value instanceof BigDecimal) {
      return "a number";
    }
    if (value instanceof Boolean) {
      return "a boolean";
    }
    if (value instanceof JsonObject) {
      return "an object";
    }
    return "an array";
  }

  static String describe(JsonToken token) {
    if (token == null) {
      return "the end of the input";
    }
    switch (token) {
      case START_OBJECT:
        return "an object";
      case START_ARRAY:
        return "an array";
      case VALUE_STRING:
        return "a string";
      case VALUE_NUMBER_INT:
        return "an integer";
      case VALUE_NUMBER_FLOAT:
        return "a decimal number";
      case VALUE_TRUE:
      case VALUE_FALSE:
        return "a boolean";
      case VALUE_NULL:
        return "null";
      default:
        return token.asString() == null ? token.name() : "'" + token.asString() + "'";
    }
  }

  /** The string at the parser's current token, quoted and cut to a length fit for a message. */
  static String quote(JsonParser parser) throws IOException {
    String text = parser.getText();
    if (text.length() > 60) {
      text = text.substring(0, 57) + "...";
    }
    return '"' + text + '"';
  }
}
