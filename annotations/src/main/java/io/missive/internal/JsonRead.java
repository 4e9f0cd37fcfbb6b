package io.missive.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonParser.NumberType;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.SerializableString;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;

/**
 * Reads payload values from a {@link JsonParser}; called by generated code, one method per supported
 * type. Every method reads the value at the parser's current token (the generated code advances to
 * it) and leaves the parser on the value's last token. A value of the wrong JSON type fails with a
 * {@link ReadProblem}, which the message reader turns into a {@link io.missive.MessageFormatException}
 * with the message type and the JSON path.
 */
public final class JsonRead {

  /** Reads one value at the parser's current token, such as an element of a list. */
  @FunctionalInterface
  public interface ValueReader<T> {
    T read(JsonParser parser) throws IOException;
  }

  private JsonRead() {}

  /** Fails unless the current token starts an object. */
  public static void startObject(JsonParser parser) {
    if (parser.currentToken() != JsonToken.START_OBJECT) {
      throw wrongType("an object", parser);
    }
  }

  /**
   * The error for a required member {@code name} missing from the object that the parser has just
   * ended.
   */
  public static ReadProblem missing(String name) {
    return ReadProblem.missing(name);
  }

  /** {@code null} for JSON {@code null}, otherwise the value read by {@code reader}. */
  public static <T> T nullable(JsonParser parser, ValueReader<T> reader) throws IOException {
    return parser.currentToken() == JsonToken.VALUE_NULL ? null : reader.read(parser);
  }

  public static String string(JsonParser parser) throws IOException {
    if (parser.currentToken() != JsonToken.VALUE_STRING) {
      throw wrongType("a string", parser);
    }
    return parser.getText();
  }

  public static boolean booleanValue(JsonParser parser) {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.VALUE_TRUE) {
      return true;
    }
    if (token == JsonToken.VALUE_FALSE) {
      return false;
    }
    throw wrongType("true or false", parser);
  }

  public static byte byteValue(JsonParser parser) throws IOException {
    int value = intValue(parser);
    if (value < Byte.MIN_VALUE || value > Byte.MAX_VALUE) {
      throw outOfRange("byte", parser);
    }
    return (byte) value;
  }

  public static short shortValue(JsonParser parser) throws IOException {
    int value = intValue(parser);
    if (value < Short.MIN_VALUE || value > Short.MAX_VALUE) {
      throw outOfRange("short", parser);
    }
    return (short) value;
  }

  public static int intValue(JsonParser parser) throws IOException {
    if (parser.currentToken() != JsonToken.VALUE_NUMBER_INT) {
      throw wrongType("an integer", parser);
    }
    if (parser.getNumberType() != NumberType.INT) {
      throw outOfRange("int", parser);
    }
    return parser.getIntValue();
  }

  public static long longValue(JsonParser parser) throws IOException {
    if (parser.currentToken() != JsonToken.VALUE_NUMBER_INT) {
      throw wrongType("an integer", parser);
    }
    NumberType type = parser.getNumberType();
    if (type != NumberType.INT && type != NumberType.LONG) {
      throw outOfRange("long", parser);
    }
    return parser.getLongValue();
  }

  /** A one-character string. */
  public static char charValue(JsonParser parser) throws IOException {
    if (parser.currentToken() != JsonToken.VALUE_STRING || parser.getTextLength() != 1) {
      throw wrongType("a string of one character", parser);
    }
    return parser.getTextCharacters()[parser.getTextOffset()];
  }

  /** A number, or one of the strings {@code "NaN"}, {@code "Infinity"}, {@code "-Infinity"}. */
  public static float floatValue(JsonParser parser) throws IOException {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.VALUE_NUMBER_FLOAT || token == JsonToken.VALUE_NUMBER_INT) {
      return parser.getFloatValue();
    }
    return (float) special(parser);
  }

  /** A number, or one of the strings {@code "NaN"}, {@code "Infinity"}, {@code "-Infinity"}. */
  public static double doubleValue(JsonParser parser) throws IOException {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.VALUE_NUMBER_FLOAT || token == JsonToken.VALUE_NUMBER_INT) {
      return parser.getDoubleValue();
    }
    return special(parser);
  }

  private static double special(JsonParser parser) throws IOException {
    if (parser.currentToken() == JsonToken.VALUE_STRING) {
      switch (parser.getText()) {
        case "NaN":
          return Double.NaN;
        case "Infinity":
          return Double.POSITIVE_INFINITY;
        case "-Infinity":
          return Double.NEGATIVE_INFINITY;
        default:
          break;
      }
    }
    throw wrongType("a number", parser);
  }

  /** A number, exactly as written: {@code 59.98} stays 59.98 with scale 2. */
  public static BigDecimal bigDecimal(JsonParser parser) throws IOException {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.VALUE_NUMBER_INT) {
      NumberType type = parser.getNumberType();
      return type == NumberType.INT || type == NumberType.LONG
          ? BigDecimal.valueOf(parser.getLongValue())
          : Json.decimal(parser);
    }
    if (token != JsonToken.VALUE_NUMBER_FLOAT) {
      throw wrongType("a number", parser);
    }
    if (parser instanceof TreeParser) {
      // A tree holds the number itself.
      return parser.getDecimalValue();
    }
    char[] text = parser.getTextCharacters();
    int length = parser.getTextLength();
    // A parser of something other than JSON text (a token buffer, say) may have no text to give.
    BigDecimal plain = text == null || length == 0 ? null : plainDecimal(text, parser.getTextOffset(), length);
    return plain != null ? plain : Json.decimal(parser);
  }

  /**
   * The number in {@code text[offset, offset + length)}, which the parser has checked, if it is a
   * plain decimal such as a price ({@code -12.50}) of at most 18 digits, made from its digits and
   * scale; otherwise {@code null}, and the parser reads it.
   */
  private static BigDecimal plainDecimal(char[] text, int offset, int length) {
    int end = offset + length;
    int i = offset;
    boolean negative = text[i] == '-';
    if (negative) {
      i++;
    }
    long unscaled = 0;
    int digits = 0;
    int scale = -1;
    for (; i < end; i++) {
      char c = text[i];
      if (c >= '0' && c <= '9') {
        if (++digits > 18) {
          return null;
        }
        unscaled = unscaled * 10 + (c - '0');
        if (scale >= 0) {
          scale++;
        }
      } else if (c == '.' && scale < 0) {
        scale = 0;
      } else {
        // An exponent.
        return null;
      }
    }
    if (scale < 0) {
      return null;
    }
    return BigDecimal.valueOf(negative ? -unscaled : unscaled, scale);
  }

  public static BigInteger bigInteger(JsonParser parser) throws IOException {
    if (parser.currentToken() != JsonToken.VALUE_NUMBER_INT) {
      throw wrongType("an integer", parser);
    }
    return parser.getBigIntegerValue();
  }

  /** An RFC 3339 timestamp, read without a formatter; years past 9999 in ISO-8601's {@code +10000}. */
  public static Instant instant(JsonParser parser) throws IOException {
    if (parser.currentToken() != JsonToken.VALUE_STRING) {
      throw wrongType("a timestamp string", parser);
    }
    Instant instant =
        Rfc3339.tryParse(parser.getTextCharacters(), parser.getTextOffset(), parser.getTextLength());
    if (instant != null) {
      return instant;
    }
    try {
      return Instant.parse(parser.getText());
    } catch (DateTimeException e) {
      throw invalid("an RFC 3339 timestamp such as 2026-03-15T10:30:00Z", parser, e);
    }
  }

  /** An ISO-8601 date such as {@code 2026-03-15}. */
  public static LocalDate localDate(JsonParser parser) throws IOException {
    try {
      return LocalDate.parse(text("a date string", parser));
    } catch (DateTimeException e) {
      throw invalid("an ISO-8601 date such as 2026-03-15", parser, e);
    }
  }

  /** An ISO-8601 local date-time such as {@code 2026-03-15T10:30:00}. */
  public static LocalDateTime localDateTime(JsonParser parser) throws IOException {
    try {
      return LocalDateTime.parse(text("a date-time string", parser), DateTimeFormatter.ISO_LOCAL_DATE_TIME);
    } catch (DateTimeException e) {
      throw invalid("an ISO-8601 date-time such as 2026-03-15T10:30:00", parser, e);
    }
  }

  /** An ISO-8601 date-time with offset such as {@code 2026-03-15T10:30:00+01:00}. */
  public static OffsetDateTime offsetDateTime(JsonParser parser) throws IOException {
    try {
      return OffsetDateTime.parse(
          text("a date-time string", parser), DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    } catch (DateTimeException e) {
      throw invalid("an ISO-8601 date-time with offset such as 2026-03-15T10:30:00+01:00", parser, e);
    }
  }

  /** An ISO-8601 duration such as {@code PT1H30M}. */
  public static Duration duration(JsonParser parser) throws IOException {
    try {
      return Duration.parse(text("a duration string", parser));
    } catch (DateTimeException e) {
      throw invalid("an ISO-8601 duration such as PT1H30M", parser, e);
    }
  }

  /** An ISO-8601 local time such as {@code 10:30:00} or {@code 10:30}. */
  public static LocalTime localTime(JsonParser parser) throws IOException {
    try {
      return LocalTime.parse(text("a time string", parser), DateTimeFormatter.ISO_LOCAL_TIME);
    } catch (DateTimeException e) {
      throw invalid("an ISO-8601 time such as 10:30:00", parser, e);
    }
  }

  /**
   * An ISO-8601 date-time with offset, such as {@code 2026-03-15T10:30:00+01:00}, and optionally its
   * region ({@code ...+01:00[Europe/Paris]}); without a region the offset is the zone.
   */
  public static ZonedDateTime zonedDateTime(JsonParser parser) throws IOException {
    try {
      return ZonedDateTime.parse(text("a date-time string", parser), DateTimeFormatter.ISO_ZONED_DATE_TIME);
    } catch (DateTimeException e) {
      throw invalid("an ISO-8601 date-time with offset such as 2026-03-15T10:30:00+01:00", parser, e);
    }
  }

  /** An ISO-8601 year and month such as {@code 2026-03}. */
  public static YearMonth yearMonth(JsonParser parser) throws IOException {
    String text = text("a year-month string", parser);
    try {
      // A year past 9999 without its sign, as YearMonth.toString() (and so databind) writes it.
      return YearMonth.parse(text.length() > 7 && text.charAt(0) >= '0' && text.charAt(0) <= '9' ? "+" + text : text);
    } catch (DateTimeException e) {
      throw invalid("an ISO-8601 year and month such as 2026-03", parser, e);
    }
  }

  /** A year as a string such as {@code "2026"}, or as an integer (as Jackson writes it with timestamps on). */
  public static Year year(JsonParser parser) throws IOException {
    if (parser.currentToken() == JsonToken.VALUE_NUMBER_INT) {
      try {
        return Year.of(intValue(parser));
      } catch (DateTimeException e) {
        throw invalid("a year such as 2026", parser, e);
      }
    }
    String text = text("a year string", parser);
    try {
      return Year.of(Integer.parseInt(text));
    } catch (NumberFormatException | DateTimeException e) {
      throw invalid("a year such as 2026", parser, e);
    }
  }

  /** An ISO-8601 month and day such as {@code --03-15}. */
  public static MonthDay monthDay(JsonParser parser) throws IOException {
    try {
      return MonthDay.parse(text("a month-day string", parser));
    } catch (DateTimeException e) {
      throw invalid("an ISO-8601 month and day such as --03-15", parser, e);
    }
  }

  /** An ISO-8601 period such as {@code P1Y2M3D}. */
  public static Period period(JsonParser parser) throws IOException {
    try {
      return Period.parse(text("a period string", parser));
    } catch (DateTimeException e) {
      throw invalid("an ISO-8601 period such as P1M", parser, e);
    }
  }

  /** A zone by its region id, such as {@code Europe/Paris}, or an offset such as {@code +01:00}. */
  public static ZoneId zoneId(JsonParser parser) throws IOException {
    try {
      return ZoneId.of(text("a time-zone string", parser));
    } catch (DateTimeException e) {
      throw invalid("a time-zone id such as Europe/Paris", parser, e);
    }
  }

  /** An offset such as {@code +01:00}, or {@code Z} for UTC. */
  public static ZoneOffset zoneOffset(JsonParser parser) throws IOException {
    try {
      return ZoneOffset.of(text("an offset string", parser));
    } catch (DateTimeException e) {
      throw invalid("an offset such as +01:00", parser, e);
    }
  }

  /**
   * A locale as {@link Locale#toString()} writes it ({@code en_US}, {@code sr_RS_#Latn}), as
   * databind writes it, or as a language tag ({@code en-US}); the empty string is the root locale.
   */
  public static Locale locale(JsonParser parser) throws IOException {
    String text = text("a locale string", parser);
    try {
      return Locales.parse(text);
    } catch (IllformedLocaleException e) {
      throw invalid("a locale such as en_US or en-US", parser, e);
    }
  }

  /** Base64 as Jackson reads a {@code byte[]} (its default variant); a new array. */
  public static byte[] bytes(JsonParser parser) throws IOException {
    if (parser.currentToken() != JsonToken.VALUE_STRING) {
      throw wrongType("a Base64 string", parser);
    }
    // Decoded from the text, which a failed getBinaryValue() would have consumed for the message.
    String text = parser.getText();
    try {
      return com.fasterxml.jackson.core.Base64Variants.getDefaultVariant().decode(text);
    } catch (IllegalArgumentException e) {
      throw invalid("Base64 such as AQID", parser, e);
    }
  }

  /** A URI reference (RFC 3986) such as {@code https://example.com/orders/1} or {@code /orders/1}. */
  public static URI uri(JsonParser parser) throws IOException {
    try {
      return new URI(text("a URI string", parser));
    } catch (URISyntaxException e) {
      throw invalid("a URI reference such as https://example.com/orders/1", parser, e);
    }
  }

  /**
   * A URL, as Jackson reads one ({@code new URL(text)}): absolute, with a protocol the JVM knows. No
   * host is looked up.
   */
  @SuppressWarnings("deprecation") // URL(String) is deprecated from Java 20 on, for URI.toURL(),
  // which refuses URLs that URL(String) accepts and writes (a space, say): they must read back.
  public static URL url(JsonParser parser) throws IOException {
    try {
      return new URL(text("a URL string", parser));
    } catch (MalformedURLException e) {
      throw invalid("an absolute URL such as https://example.com/orders/1", parser, e);
    }
  }

  /** A currency by its ISO 4217 code, such as {@code EUR}. */
  public static Currency currency(JsonParser parser) throws IOException {
    try {
      return Currency.getInstance(text("a currency code string", parser));
    } catch (IllegalArgumentException e) {
      throw invalid("an ISO 4217 currency code such as EUR", parser, e);
    }
  }

  /** A UUID in its canonical form, read without {@link UUID#fromString}. */
  public static UUID uuid(JsonParser parser) throws IOException {
    if (parser.currentToken() != JsonToken.VALUE_STRING) {
      throw wrongType("a UUID string", parser);
    }
    UUID uuid =
        UuidCodec.tryParse(parser.getTextCharacters(), parser.getTextOffset(), parser.getTextLength());
    if (uuid == null) {
      throw invalid("a UUID such as 0193c4c2-5b1e-7a3c-9f1d-2b6e8c0a4d17", parser, null);
    }
    return uuid;
  }

  /** An enum constant by its exact name. */
  public static <E extends Enum<E>> E enumValue(JsonParser parser, Class<E> type) throws IOException {
    String name = text("a string", parser);
    try {
      return Enum.valueOf(type, name);
    } catch (IllegalArgumentException e) {
      throw new ReadProblem(
          "expected one of " + Arrays.toString(type.getEnumConstants()) + ", found "
              + Json.quote(parser),
          null);
    }
  }

  /**
   * For a variant of a polymorphic type, at the parser's {@code START_OBJECT}: the parser to read the
   * variant from, on the value of the discriminator member {@code property}, with the object's other
   * members after it. Jackson writes the discriminator first, and then that is {@code parser} itself;
   * when another member comes first, the object is read into a tree with the discriminator moved to
   * the front (errors inside it are then reported at the object's path).
   */
  public static JsonParser variant(JsonParser parser, SerializableString property) throws IOException {
    startObject(parser);
    if (parser.nextFieldName(property)) {
      parser.nextToken();
      return parser;
    }
    return Variants.reordered(parser, property.getValue());
  }

  /**
   * The error for a value that the user's {@code @JsonCreator} {@code creator} (such as
   * {@code Iban.of}) refused with {@code cause}, which stays the error's cause.
   */
  public static ReadProblem rejected(JsonParser parser, String creator, Exception cause) throws IOException {
    JsonToken token = parser.currentToken();
    String found =
        token == JsonToken.VALUE_STRING
            ? Json.quote(parser)
            : token != null && token.isScalarValue() ? parser.getText() : "the value";
    String reason = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    return new ReadProblem(creator + " rejected " + found + ": " + reason, cause);
  }

  /** The error for a string that names no constant of an enum; {@code known} lists the ones there are. */
  public static ReadProblem unknownConstant(JsonParser parser, String known) throws IOException {
    return new ReadProblem("expected one of " + known + ", found " + Json.quote(parser), null);
  }

  /**
   * The error for a value that no constant of an enum has as its {@code @JsonValue}: {@code value}
   * gives each constant's.
   */
  public static <E> ReadProblem unknownConstant(
      JsonParser parser, E[] constants, java.util.function.Function<? super E, ?> value) throws IOException {
    List<Object> known = new ArrayList<>();
    for (E constant : constants) {
      known.add(value.apply(constant));
    }
    JsonToken token = parser.currentToken();
    String found = token == JsonToken.VALUE_STRING ? Json.quote(parser) : parser.getText();
    return new ReadProblem("expected one of " + known + ", found " + found, null);
  }

  /**
   * An array as an unmodifiable list, which the payload record keeps as it is instead of copying it
   * again.
   */
  public static <T> List<T> list(JsonParser parser, ValueReader<? extends T> element)
      throws IOException {
    if (parser.currentToken() != JsonToken.START_ARRAY) {
      throw wrongType("an array", parser);
    }
    if (parser.nextToken() == JsonToken.END_ARRAY) {
      return List.of();
    }
    T first = element.read(parser);
    if (parser.nextToken() == JsonToken.END_ARRAY) {
      return List.of(first);
    }
    T second = element.read(parser);
    if (parser.nextToken() == JsonToken.END_ARRAY) {
      return List.of(first, second);
    }
    List<T> list = new ArrayList<>();
    list.add(first);
    list.add(second);
    do {
      list.add(element.read(parser));
    } while (parser.nextToken() != JsonToken.END_ARRAY);
    return List.copyOf(list);
  }

  /** An array as a mutable, ordered set (the payload record copies it). */
  public static <T> Set<T> set(JsonParser parser, ValueReader<? extends T> element)
      throws IOException {
    if (parser.currentToken() != JsonToken.START_ARRAY) {
      throw wrongType("an array", parser);
    }
    Set<T> set = new LinkedHashSet<>();
    while (parser.nextToken() != JsonToken.END_ARRAY) {
      set.add(element.read(parser));
    }
    return set;
  }

  /** An object as a mutable, ordered map from member names (the payload record copies it). */
  public static <T> Map<String, T> map(JsonParser parser, ValueReader<? extends T> value)
      throws IOException {
    startObject(parser);
    Map<String, T> map = new LinkedHashMap<>();
    for (String name = parser.nextFieldName(); name != null; name = parser.nextFieldName()) {
      Json.checkName(parser, name);
      parser.nextToken();
      map.put(name, value.read(parser));
    }
    return map;
  }

  /** Empty for JSON {@code null}, otherwise the value read by {@code value}. */
  public static <T> Optional<T> optional(JsonParser parser, ValueReader<? extends T> value)
      throws IOException {
    return parser.currentToken() == JsonToken.VALUE_NULL
        ? Optional.empty()
        : Optional.of(value.read(parser));
  }

  public static OptionalInt optionalInt(JsonParser parser) throws IOException {
    return parser.currentToken() == JsonToken.VALUE_NULL
        ? OptionalInt.empty()
        : OptionalInt.of(intValue(parser));
  }

  public static OptionalLong optionalLong(JsonParser parser) throws IOException {
    return parser.currentToken() == JsonToken.VALUE_NULL
        ? OptionalLong.empty()
        : OptionalLong.of(longValue(parser));
  }

  public static OptionalDouble optionalDouble(JsonParser parser) throws IOException {
    return parser.currentToken() == JsonToken.VALUE_NULL
        ? OptionalDouble.empty()
        : OptionalDouble.of(doubleValue(parser));
  }

  private static String text(String expected, JsonParser parser) throws IOException {
    if (parser.currentToken() != JsonToken.VALUE_STRING) {
      throw wrongType(expected, parser);
    }
    return parser.getText();
  }

  static ReadProblem wrongType(String expected, JsonParser parser) {
    return new ReadProblem(
        "expected " + expected + ", found " + Json.describe(parser.currentToken()), null);
  }

  private static ReadProblem outOfRange(String type, JsonParser parser)
      throws IOException {
    return new ReadProblem(
        "expected an integer that fits in " + (type.equals("int") ? "an" : "a") + " " + type
            + ", found " + parser.getText(),
        null);
  }

  private static ReadProblem invalid(String expected, JsonParser parser, Exception cause)
      throws IOException {
    return new ReadProblem(
        "expected " + expected + ", found " + Json.quote(parser), cause);
  }
}
