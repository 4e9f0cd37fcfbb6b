package io.missive.internal;

import com.fasterxml.jackson.core.JsonGenerationException;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.net.URL;
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
import java.util.Collection;
import java.util.Currency;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.UUID;

/**
 * Writes payload values to a {@link JsonGenerator}; called by generated code, one method per supported
 * type that the generator cannot write in one call of its own.
 */
public final class JsonWrite {

  /** Writes one value, such as an element of a list. */
  @FunctionalInterface
  public interface ValueWriter<T> {
    void write(JsonGenerator generator, T value) throws IOException;
  }

  private JsonWrite() {}

  /** JSON {@code null} for {@code null}, otherwise the value written by {@code writer}. */
  public static <T> void nullable(JsonGenerator generator, T value, ValueWriter<? super T> writer)
      throws IOException {
    if (value == null) {
      generator.writeNull();
    } else {
      writer.write(generator, value);
    }
  }

  public static void string(JsonGenerator generator, String value) throws IOException {
    generator.writeString(value);
  }

  public static void booleanValue(JsonGenerator generator, boolean value) throws IOException {
    generator.writeBoolean(value);
  }

  public static void byteValue(JsonGenerator generator, byte value) throws IOException {
    generator.writeNumber(value);
  }

  public static void shortValue(JsonGenerator generator, short value) throws IOException {
    generator.writeNumber(value);
  }

  public static void intValue(JsonGenerator generator, int value) throws IOException {
    generator.writeNumber(value);
  }

  public static void longValue(JsonGenerator generator, long value) throws IOException {
    generator.writeNumber(value);
  }

  /** A one-character string. */
  public static void charValue(JsonGenerator generator, char value) throws IOException {
    generator.writeString(new char[] {value}, 0, 1);
  }

  /** A number; NaN and the infinities as the strings {@code "NaN"}, {@code "Infinity"}, ... */
  public static void floatValue(JsonGenerator generator, float value) throws IOException {
    generator.writeNumber(value);
  }

  /** A number; NaN and the infinities as the strings {@code "NaN"}, {@code "Infinity"}, ... */
  public static void doubleValue(JsonGenerator generator, double value) throws IOException {
    generator.writeNumber(value);
  }

  /** The number as {@link BigDecimal#toString()} writes it, so that it reads back equal. */
  public static void bigDecimal(JsonGenerator generator, BigDecimal value) throws IOException {
    generator.writeNumber(value);
  }

  public static void bigInteger(JsonGenerator generator, BigInteger value) throws IOException {
    generator.writeNumber(value);
  }

  /** RFC 3339 in UTC, formatted without a formatter (years past 9999 as ISO-8601 {@code +10000}). */
  public static void instant(JsonGenerator generator, Instant value) throws IOException {
    if (Rfc3339.canFormat(value)) {
      char[] buffer = new char[Rfc3339.MAX_LENGTH];
      generator.writeString(buffer, 0, Rfc3339.format(value, buffer, 0));
    } else {
      generator.writeString(value.toString());
    }
  }

  /** ISO-8601, such as {@code 2026-03-15}. */
  public static void localDate(JsonGenerator generator, LocalDate value) throws IOException {
    generator.writeString(value.toString());
  }

  /** ISO-8601 with seconds always, such as {@code 2026-03-15T10:30:00}. */
  public static void localDateTime(JsonGenerator generator, LocalDateTime value) throws IOException {
    generator.writeString(DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(value));
  }

  /** ISO-8601 with seconds always, such as {@code 2026-03-15T10:30:00+01:00}. */
  public static void offsetDateTime(JsonGenerator generator, OffsetDateTime value)
      throws IOException {
    generator.writeString(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(value));
  }

  /** ISO-8601, such as {@code PT1H30M}. */
  public static void duration(JsonGenerator generator, Duration value) throws IOException {
    generator.writeString(value.toString());
  }

  /**
   * ISO-8601 with seconds always, such as {@code 10:30:00} (where {@link LocalTime#toString()} would
   * write {@code 10:30}), as Jackson's {@code JavaTimeModule} writes it.
   */
  public static void localTime(JsonGenerator generator, LocalTime value) throws IOException {
    generator.writeString(DateTimeFormatter.ISO_LOCAL_TIME.format(value));
  }

  /**
   * ISO-8601 with the offset and seconds always, such as {@code 2026-03-15T10:30:00+01:00}: the zone's
   * region ({@code [Europe/Paris]}) is left out, as Jackson's {@code JavaTimeModule} writes it.
   */
  public static void zonedDateTime(JsonGenerator generator, ZonedDateTime value) throws IOException {
    generator.writeString(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(value));
  }

  /**
   * ISO-8601, such as {@code 2026-03}; a year past 9999 with its sign ({@code +10000-01}), which
   * {@link YearMonth#toString()} leaves out and {@link YearMonth#parse} requires.
   */
  public static void yearMonth(JsonGenerator generator, YearMonth value) throws IOException {
    generator.writeString(value.getYear() > 9999 ? "+" + value : value.toString());
  }

  /** The year as a string, such as {@code "2026"}, as Jackson writes it with timestamps off. */
  public static void year(JsonGenerator generator, Year value) throws IOException {
    generator.writeString(value.toString());
  }

  /** ISO-8601, such as {@code --03-15}. */
  public static void monthDay(JsonGenerator generator, MonthDay value) throws IOException {
    generator.writeString(value.toString());
  }

  /** ISO-8601, such as {@code P1Y2M3D}. */
  public static void period(JsonGenerator generator, Period value) throws IOException {
    generator.writeString(value.toString());
  }

  /** The zone's id, such as {@code Europe/Paris} (or an offset such as {@code +01:00}). */
  public static void zoneId(JsonGenerator generator, ZoneId value) throws IOException {
    generator.writeString(value.getId());
  }

  /** The offset's id, such as {@code +01:00}, and {@code Z} for UTC. */
  public static void zoneOffset(JsonGenerator generator, ZoneOffset value) throws IOException {
    generator.writeString(value.getId());
  }

  /**
   * As {@link Locale#toString()}, such as {@code en_US} or {@code sr_RS_#Latn}, as databind writes a
   * locale; read back from that form or from a language tag ({@code en-US}). A locale without a
   * language and a region but not {@link Locale#ROOT} ({@code x-private}, {@code und-Latn}), which
   * {@code toString()} writes as the empty string, as its language tag.
   */
  public static void locale(JsonGenerator generator, Locale value) throws IOException {
    String text = value.toString();
    generator.writeString(text.isEmpty() && !value.equals(Locale.ROOT) ? value.toLanguageTag() : text);
  }

  /** Base64 (RFC 4648, with padding, no line feeds), as Jackson writes a {@code byte[]}. */
  public static void bytes(JsonGenerator generator, byte[] value) throws IOException {
    generator.writeBinary(value);
  }

  /** As {@link URI#toString()}: the URI as it was given, not normalized. */
  public static void uri(JsonGenerator generator, URI value) throws IOException {
    generator.writeString(value.toString());
  }

  /** As {@link URL#toExternalForm()}, as Jackson writes a URL. */
  public static void url(JsonGenerator generator, URL value) throws IOException {
    generator.writeString(value.toExternalForm());
  }

  /** The ISO 4217 code, such as {@code EUR}. */
  public static void currency(JsonGenerator generator, Currency value) throws IOException {
    generator.writeString(value.getCurrencyCode());
  }

  /** The canonical lowercase form, formatted without {@link UUID#toString()}. */
  public static void uuid(JsonGenerator generator, UUID value) throws IOException {
    char[] buffer = new char[UuidCodec.LENGTH];
    UuidCodec.format(value, buffer, 0);
    generator.writeString(buffer, 0, UuidCodec.LENGTH);
  }

  /** The constant's name. */
  public static void enumValue(JsonGenerator generator, Enum<?> value) throws IOException {
    generator.writeString(value.name());
  }

  /** A list or set as an array, in iteration order. */
  public static <T> void list(
      JsonGenerator generator, Collection<? extends T> values, ValueWriter<? super T> element)
      throws IOException {
    generator.writeStartArray(values, values.size());
    for (T value : values) {
      element.write(generator, value);
    }
    generator.writeEndArray();
  }

  /** A map as an object, in iteration order. */
  public static <T> void map(
      JsonGenerator generator, Map<String, ? extends T> values, ValueWriter<? super T> value)
      throws IOException {
    generator.writeStartObject(values, values.size());
    for (Map.Entry<String, ? extends T> entry : values.entrySet()) {
      String key = entry.getKey();
      int bad = Json.unpairedSurrogate(key);
      if (bad >= 0) {
        // UTF-8 cannot hold it, and a reader would refuse it: fail here, where the cause is.
        throw new JsonGenerationException(
            "the map key \"" + key.substring(0, bad) + "...\" has an unpaired surrogate, U+"
                + Integer.toHexString(key.charAt(bad)).toUpperCase(Locale.ROOT) + " at index " + bad
                + ", which JSON in UTF-8 cannot hold",
            generator);
      }
      generator.writeFieldName(key);
      value.write(generator, entry.getValue());
    }
    generator.writeEndObject();
  }

  /** JSON {@code null} when empty. */
  public static <T> void optional(
      JsonGenerator generator, Optional<? extends T> value, ValueWriter<? super T> writer)
      throws IOException {
    if (value.isPresent()) {
      writer.write(generator, value.get());
    } else {
      generator.writeNull();
    }
  }

  /** JSON {@code null} when empty. */
  public static void optionalInt(JsonGenerator generator, OptionalInt value) throws IOException {
    if (value.isPresent()) {
      generator.writeNumber(value.getAsInt());
    } else {
      generator.writeNull();
    }
  }

  /** JSON {@code null} when empty. */
  public static void optionalLong(JsonGenerator generator, OptionalLong value) throws IOException {
    if (value.isPresent()) {
      generator.writeNumber(value.getAsLong());
    } else {
      generator.writeNull();
    }
  }

  /** JSON {@code null} when empty. */
  public static void optionalDouble(JsonGenerator generator, OptionalDouble value)
      throws IOException {
    if (value.isPresent()) {
      generator.writeNumber(value.getAsDouble());
    } else {
      generator.writeNull();
    }
  }
}
