package io.missive.internal;

/**
 * A writer of each scalar type, for the elements of lists, sets and maps and the value of an optional:
 * the generated code passes one of these to a container's helper (such as {@code JsonRead.list})
 * instead of a method reference at each use, which javac would resolve and infer anew every time:
 * a constant costs it a plain field access. The names are those of the processor's {@code
 * ScalarType} table, which a test holds to this class.
 */
public final class ScalarWriters {

  public static final JsonWrite.ValueWriter<Boolean> BOOLEAN = JsonWrite::booleanValue;

  public static final JsonWrite.ValueWriter<Byte> BYTE = JsonWrite::byteValue;

  public static final JsonWrite.ValueWriter<Short> SHORT = JsonWrite::shortValue;

  public static final JsonWrite.ValueWriter<Integer> INT = JsonWrite::intValue;

  public static final JsonWrite.ValueWriter<Long> LONG = JsonWrite::longValue;

  public static final JsonWrite.ValueWriter<Character> CHAR = JsonWrite::charValue;

  public static final JsonWrite.ValueWriter<Float> FLOAT = JsonWrite::floatValue;

  public static final JsonWrite.ValueWriter<Double> DOUBLE = JsonWrite::doubleValue;

  public static final JsonWrite.ValueWriter<String> STRING = JsonWrite::string;

  public static final JsonWrite.ValueWriter<java.math.BigDecimal> BIG_DECIMAL = JsonWrite::bigDecimal;

  public static final JsonWrite.ValueWriter<java.math.BigInteger> BIG_INTEGER = JsonWrite::bigInteger;

  public static final JsonWrite.ValueWriter<java.time.Instant> INSTANT = JsonWrite::instant;

  public static final JsonWrite.ValueWriter<java.time.LocalDate> LOCAL_DATE = JsonWrite::localDate;

  public static final JsonWrite.ValueWriter<java.time.LocalTime> LOCAL_TIME = JsonWrite::localTime;

  public static final JsonWrite.ValueWriter<java.time.LocalDateTime> LOCAL_DATE_TIME = JsonWrite::localDateTime;

  public static final JsonWrite.ValueWriter<java.time.OffsetDateTime> OFFSET_DATE_TIME = JsonWrite::offsetDateTime;

  public static final JsonWrite.ValueWriter<java.time.ZonedDateTime> ZONED_DATE_TIME = JsonWrite::zonedDateTime;

  public static final JsonWrite.ValueWriter<java.time.YearMonth> YEAR_MONTH = JsonWrite::yearMonth;

  public static final JsonWrite.ValueWriter<java.time.Year> YEAR = JsonWrite::year;

  public static final JsonWrite.ValueWriter<java.time.MonthDay> MONTH_DAY = JsonWrite::monthDay;

  public static final JsonWrite.ValueWriter<java.time.Duration> DURATION = JsonWrite::duration;

  public static final JsonWrite.ValueWriter<java.time.Period> PERIOD = JsonWrite::period;

  public static final JsonWrite.ValueWriter<java.time.ZoneId> ZONE_ID = JsonWrite::zoneId;

  public static final JsonWrite.ValueWriter<java.time.ZoneOffset> ZONE_OFFSET = JsonWrite::zoneOffset;

  public static final JsonWrite.ValueWriter<java.util.UUID> UUID = JsonWrite::uuid;

  public static final JsonWrite.ValueWriter<java.net.URI> URI = JsonWrite::uri;

  public static final JsonWrite.ValueWriter<java.net.URL> URL = JsonWrite::url;

  public static final JsonWrite.ValueWriter<java.util.Currency> CURRENCY = JsonWrite::currency;

  public static final JsonWrite.ValueWriter<java.util.Locale> LOCALE = JsonWrite::locale;

  public static final JsonWrite.ValueWriter<byte[]> BYTES = JsonWrite::bytes;

  public static final JsonWrite.ValueWriter<java.util.OptionalInt> OPTIONAL_INT = JsonWrite::optionalInt;

  public static final JsonWrite.ValueWriter<java.util.OptionalLong> OPTIONAL_LONG = JsonWrite::optionalLong;

  public static final JsonWrite.ValueWriter<java.util.OptionalDouble> OPTIONAL_DOUBLE = JsonWrite::optionalDouble;

  private ScalarWriters() {}
}
