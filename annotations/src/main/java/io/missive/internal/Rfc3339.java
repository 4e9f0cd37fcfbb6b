package io.missive.internal;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fixed-format codec for {@link Instant}s as RFC 3339 timestamps with seconds, such as
 * {@code 2026-03-15T10:30:00.123Z}: no formatter, no parsed-field map, no allocation beyond the result.
 * {@link Instant#parse} takes several hundred nanoseconds; this takes a few tens.
 *
 * <p>Writes UTC ({@code Z}) with 0, 3, 6 or 9 fraction digits, exactly as {@link Instant#toString()}
 * does for years 0000 to 9999. Reads {@code yyyy-MM-ddTHH:mm:ss}, an optional fraction of 1 to 9
 * digits, and {@code Z} or an offset {@code +HH:MM}/{@code -HH:MM}; {@code T} and {@code Z} may be
 * lowercase, as RFC 3339 allows. Seconds are required: {@code 10:30Z} is rejected. So is a time that
 * an offset moves out of the years 0000 to 9999 ({@code 0000-01-01T00:30:00+01:00}), which could not be
 * written back, and a leap second ({@code 23:59:60Z}), which an {@link Instant} cannot hold;
 * {@link #problem} says why.
 */
public final class Rfc3339 {

  /** The longest text {@link #format(Instant, char[], int)} writes. */
  public static final int MAX_LENGTH = 30;

  private static final long MIN_SECOND = -62_167_219_200L; // 0000-01-01T00:00:00Z
  private static final long MAX_SECOND = 253_402_300_799L; // 9999-12-31T23:59:59Z

  /** "00" to "99": two digits at once, without dividing by ten twice. */
  private static final char[] TWO_DIGITS = new char[200];

  static {
    for (int i = 0; i < 100; i++) {
      TWO_DIGITS[2 * i] = (char) ('0' + i / 10);
      TWO_DIGITS[2 * i + 1] = (char) ('0' + i % 10);
    }
  }

  /** A date and its text {@code yyyy-MM-dd}. */
  private static final class Day {
    final long epochDay;
    final char[] text;

    Day(long epochDay, char[] text) {
      this.epochDay = epochDay;
      this.text = text;
    }
  }

  // The last date formatted and the last date parsed: the timestamps of a stream of messages mostly
  // fall on one day, whose text and day number are then copied rather than worked out again. (Each
  // is an immutable object replaced whole, so threads that race on these fields see one day or
  // another, never a mix.)
  private static Day lastFormatted = new Day(0, "1970-01-01".toCharArray());
  private static Day lastParsed = lastFormatted;

  private Rfc3339() {}

  /** Whether {@code instant} lies in years 0000 to 9999, the range RFC 3339 can write. */
  public static boolean canFormat(Instant instant) {
    long second = instant.getEpochSecond();
    return second >= MIN_SECOND && second <= MAX_SECOND;
  }

  /**
   * {@code instant} as RFC 3339 in UTC.
   *
   * @throws IllegalArgumentException if the year is not 0000 to 9999
   */
  public static String format(Instant instant) {
    char[] buffer = new char[MAX_LENGTH];
    return new String(buffer, 0, format(instant, buffer, 0));
  }

  /**
   * {@code instant} as RFC 3339 in UTC, as the bytes of its text in ASCII (and so in UTF-8), for a
   * header: the same as {@code format(instant).getBytes(UTF_8)}, without the string between.
   *
   * @throws IllegalArgumentException if the year is not 0000 to 9999
   */
  public static byte[] formatAscii(Instant instant) {
    char[] buffer = new char[MAX_LENGTH];
    int length = format(instant, buffer, 0);
    byte[] bytes = new byte[length];
    for (int i = 0; i < length; i++) {
      bytes[i] = (byte) buffer[i];
    }
    return bytes;
  }

  /**
   * Writes {@code instant} as RFC 3339 in UTC into {@code buffer} from {@code offset}, which needs
   * {@link #MAX_LENGTH} free chars.
   *
   * @return the number of chars written
   * @throws IllegalArgumentException if the year is not 0000 to 9999
   */
  public static int format(Instant instant, char[] buffer, int offset) {
    if (!canFormat(instant)) {
      throw new IllegalArgumentException(
          instant + " is outside the years 0000 to 9999 that RFC 3339 can write");
    }
    long second = instant.getEpochSecond();
    long epochDay = Math.floorDiv(second, 86_400L);
    int secondOfDay = (int) (second - epochDay * 86_400L);
    Day day = lastFormatted;
    if (day.epochDay != epochDay) {
      day = new Day(epochDay, dateText(epochDay));
      lastFormatted = day;
    }
    System.arraycopy(day.text, 0, buffer, offset, 10);
    int i = offset + 10;
    buffer[i++] = 'T';
    i = twoDigits(buffer, i, secondOfDay / 3600);
    buffer[i++] = ':';
    i = twoDigits(buffer, i, secondOfDay / 60 % 60);
    buffer[i++] = ':';
    i = twoDigits(buffer, i, secondOfDay % 60);
    int nano = instant.getNano();
    if (nano != 0) {
      buffer[i++] = '.';
      if (nano % 1_000_000 == 0) {
        i = digits(buffer, i, nano / 1_000_000, 3);
      } else if (nano % 1000 == 0) {
        i = digits(buffer, i, nano / 1000, 6);
      } else {
        i = digits(buffer, i, nano, 9);
      }
    }
    buffer[i++] = 'Z';
    return i - offset;
  }

  /**
   * Reads an RFC 3339 timestamp with seconds.
   *
   * @throws DateTimeParseException if {@code text} is not one
   */
  public static Instant parse(CharSequence text) {
    char[] chars = text.toString().toCharArray();
    Instant instant = tryParse(chars, 0, chars.length);
    if (instant == null) {
      String problem = problem(chars, 0, chars.length);
      throw new DateTimeParseException(
          problem != null
              ? "Not a timestamp that can be read: " + problem
              : "Not an RFC 3339 timestamp with seconds, such as 2026-03-15T10:30:00Z",
          text,
          0);
    }
    return instant;
  }

  /** The timestamp in {@code text[offset, offset + length)}, or {@code null} if it is not one. */
  static Instant tryParse(char[] text, int offset, int length) {
    if (length < 20) {
      return null;
    }
    int end = offset + length;
    int o = offset;
    long epochDay;
    Day day = lastParsed;
    if (Arrays.equals(text, o, o + 10, day.text, 0, 10)) {
      epochDay = day.epochDay;
    } else {
      epochDay = parseDate(text, o);
      if (epochDay == NO_DATE) {
        return null;
      }
      lastParsed = new Day(epochDay, Arrays.copyOfRange(text, o, o + 10));
    }
    int hour = number(text, o + 11, 2);
    int minute = number(text, o + 14, 2);
    int second = number(text, o + 17, 2);
    if ((hour | minute | second) < 0
        || (text[o + 10] != 'T' && text[o + 10] != 't')
        || text[o + 13] != ':'
        || text[o + 16] != ':'
        || hour > 23
        || minute > 59
        || second > 59) {
      return null;
    }
    int i = o + 19;
    int nano = 0;
    if (text[i] == '.') {
      i++;
      int digits = 0;
      while (i < end && text[i] >= '0' && text[i] <= '9') {
        if (++digits > 9) {
          return null;
        }
        nano = nano * 10 + (text[i++] - '0');
      }
      if (digits == 0) {
        return null;
      }
      for (int d = digits; d < 9; d++) {
        nano *= 10;
      }
    }
    if (i >= end) {
      return null;
    }
    int offsetSeconds;
    char zone = text[i];
    if (zone == 'Z' || zone == 'z') {
      offsetSeconds = 0;
      i++;
    } else if ((zone == '+' || zone == '-') && end - i == 6 && text[i + 3] == ':') {
      int offsetHours = number(text, i + 1, 2);
      int offsetMinutes = number(text, i + 4, 2);
      if (offsetHours < 0 || offsetMinutes < 0 || offsetHours > 23 || offsetMinutes > 59) {
        return null;
      }
      offsetSeconds = (offsetHours * 3600 + offsetMinutes * 60) * (zone == '-' ? -1 : 1);
      i += 6;
    } else {
      return null;
    }
    if (i != end) {
      return null;
    }
    long epochSecond = epochDay * 86_400L + hour * 3600 + minute * 60 + second - offsetSeconds;
    if (epochSecond < MIN_SECOND || epochSecond > MAX_SECOND) {
      // The offset moves it out of the years that can be written: see problem().
      return null;
    }
    return Instant.ofEpochSecond(epochSecond, nano);
  }

  /** An RFC 3339 date-time with seconds, field by field; what {@link #problem} explains. */
  private static final Pattern SHAPE =
      Pattern.compile(
          "(\\d{4}-\\d{2}-\\d{2})[Tt](\\d{2}):(\\d{2}):(\\d{2})(?:\\.(\\d*))?([Zz]|[+-]\\d{2}:\\d{2})");

  /**
   * Why {@code text[offset, offset + length)}, which {@link #tryParse} refused, is not read, when the
   * reason is more precise than "not an RFC 3339 timestamp with seconds"; otherwise {@code null}.
   * Called only for text that failed, so it may take its time.
   */
  static String problem(char[] text, int offset, int length) {
    String value = new String(text, offset, length);
    Matcher m = SHAPE.matcher(value);
    if (!m.matches()) {
      return null;
    }
    String fraction = m.group(5);
    if (fraction != null && fraction.isEmpty()) {
      return "a decimal point needs at least one fraction digit";
    }
    if (fraction != null && fraction.length() > 9) {
      return "more than 9 fraction digits (" + fraction.length()
          + "); an Instant holds nanoseconds, 9 digits at most";
    }
    if (m.group(4).equals("60")) {
      return "a leap second (:60), valid in RFC 3339, cannot be represented as an Instant";
    }
    String normalized = m.group(1) + "T" + m.group(2) + ":" + m.group(3) + ":" + m.group(4)
        + (fraction == null ? "" : "." + fraction) + m.group(6).toUpperCase(Locale.ROOT);
    try {
      Instant instant = OffsetDateTime.parse(normalized).toInstant();
      if (!canFormat(instant)) {
        return "in UTC that is " + instant
            + ", outside the years 0000 to 9999 that RFC 3339 can write";
      }
    } catch (DateTimeException e) {
      // No such day or hour: nothing more precise to say than the general message.
      return null;
    }
    return null;
  }

  private static final long NO_DATE = Long.MIN_VALUE;

  /** The day number of the date {@code yyyy-MM-dd} at {@code text[o]}, or {@link #NO_DATE}. */
  private static long parseDate(char[] text, int o) {
    int year = number(text, o, 4);
    int month = number(text, o + 5, 2);
    int day = number(text, o + 8, 2);
    if ((year | month | day) < 0
        || text[o + 4] != '-'
        || text[o + 7] != '-'
        || month < 1
        || month > 12
        || day < 1
        || day > daysInMonth(year, month)) {
      return NO_DATE;
    }
    return daysFromCivil(year, month, day);
  }

  /** The text {@code yyyy-MM-dd} of day {@code epochDay} since 1970-01-01. */
  private static char[] dateText(long epochDay) {
    // Civil date from days since 1970-01-01 (H. Hinnant's algorithm).
    long z = epochDay + 719_468L;
    long era = (z >= 0 ? z : z - 146_096L) / 146_097L;
    int dayOfEra = (int) (z - era * 146_097L);
    int yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365;
    int dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    int shiftedMonth = (5 * dayOfYear + 2) / 153;
    int day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1;
    int month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
    int year = (int) (yearOfEra + era * 400) + (month <= 2 ? 1 : 0);
    char[] text = new char[10];
    int i = digits(text, 0, year, 4);
    text[i++] = '-';
    i = twoDigits(text, i, month);
    text[i++] = '-';
    twoDigits(text, i, day);
    return text;
  }

  private static long daysFromCivil(int year, int month, int day) {
    int y = month <= 2 ? year - 1 : year;
    int era = (y >= 0 ? y : y - 399) / 400;
    int yearOfEra = y - era * 400;
    int dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
    int dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * 146_097L + dayOfEra - 719_468L;
  }

  private static int daysInMonth(int year, int month) {
    switch (month) {
      case 2:
        return (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
      case 4:
      case 6:
      case 9:
      case 11:
        return 30;
      default:
        return 31;
    }
  }

  /** The decimal number in {@code count} digits at {@code offset}, or -1 if one is not a digit. */
  private static int number(char[] text, int offset, int count) {
    int value = 0;
    for (int i = offset; i < offset + count; i++) {
      int digit = text[i] - '0';
      if (digit < 0 || digit > 9) {
        return -1;
      }
      value = value * 10 + digit;
    }
    return value;
  }

  private static int twoDigits(char[] buffer, int offset, int value) {
    buffer[offset] = TWO_DIGITS[2 * value];
    buffer[offset + 1] = TWO_DIGITS[2 * value + 1];
    return offset + 2;
  }

  private static int digits(char[] buffer, int offset, int value, int count) {
    for (int i = offset + count - 1; i >= offset; i--) {
      buffer[i] = (char) ('0' + value % 10);
      value /= 10;
    }
    return offset + count;
  }
}
