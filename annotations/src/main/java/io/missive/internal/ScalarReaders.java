package io.missive.internal;

/**
 * A reader of each scalar type, for the elements of lists, sets and maps and the value of an optional:
 * the generated code passes one of these to a container's helper (such as {@code JsonRead.list})
 * instead of a method reference at each use, which javac would resolve and infer anew every time:
 * a constant costs it a plain field access. The names are those of the processor's {@code
 * ScalarType} table, which a test holds to this class.
 */
public final class ScalarReaders {

  public static final JsonRead.ValueReader<Boolean> BOOLEAN = JsonRead::booleanValue;

  public static final JsonRead.ValueReader<Byte> BYTE = JsonRead::byteValue;

  public static final JsonRead.ValueReader<Short> SHORT = JsonRead::shortValue;

  public static final JsonRead.ValueReader<Integer> INT = JsonRead::intValue;

  public static final JsonRead.ValueReader<Long> LONG = JsonRead::longValue;

  public static final JsonRead.ValueReader<Character> CHAR = JsonRead::charValue;

  public static final JsonRead.ValueReader<Float> FLOAT = JsonRead::floatValue;

  public static final JsonRead.ValueReader<Double> DOUBLE = JsonRead::doubleValue;

  public static final JsonRead.ValueReader<String> STRING = JsonRead::string;

  public static final JsonRead.ValueReader<java.math.BigDecimal> BIG_DECIMAL = JsonRead::bigDecimal;

  public static final JsonRead.ValueReader<java.math.BigInteger> BIG_INTEGER = JsonRead::bigInteger;

  public static final JsonRead.ValueReader<java.time.Instant> INSTANT = JsonRead::instant;

  public static final JsonRead.ValueReader<java.time.LocalDate> LOCAL_DATE = JsonRead::localDate;

  public static final JsonRead.ValueReader<java.time.LocalTime> LOCAL_TIME = JsonRead::localTime;

  public static final JsonRead.ValueReader<java.time.LocalDateTime> LOCAL_DATE_TIME = JsonRead::localDateTime;

  public static final JsonRead.ValueReader<java.time.OffsetDateTime> OFFSET_DATE_TIME = JsonRead::offsetDateTime;

  public static final JsonRead.ValueReader<java.time.ZonedDateTime> ZONED_DATE_TIME = JsonRead::zonedDateTime;

  public static final JsonRead.ValueReader<java.time.YearMonth> YEAR_MONTH = JsonRead::yearMonth;

  public static final JsonRead.ValueReader<java.time.Year> YEAR = JsonRead::year;

  public static final JsonRead.ValueReader<java.time.MonthDay> MONTH_DAY = JsonRead::monthDay;

  public static final JsonRead.ValueReader<java.time.Duration> DURATION = JsonRead::duration;

  public static final JsonRead.ValueReader<java.time.Period> PERIOD = JsonRead::period;

  public static final JsonRead.ValueReader<java.time.ZoneId> ZONE_ID = JsonRead::zoneId;

  public static final JsonRead.ValueReader<java.time.ZoneOffset> ZONE_OFFSET = JsonRead::zoneOffset;

  public static final JsonRead.ValueReader<java.util.UUID> UUID = JsonRead::uuid;

  public static final JsonRead.ValueReader<java.net.URI> URI = JsonRead::uri;

  public static final JsonRead.ValueReader<java.net.URL> URL = JsonRead::url;

  public static final JsonRead.ValueReader<java.util.Currency> CURRENCY = JsonRead::currency;

  public static final JsonRead.ValueReader<java.util.Locale> LOCALE = JsonRead::locale;

  public static final JsonRead.ValueReader<byte[]> BYTES = JsonRead::bytes;

  public static final JsonRead.ValueReader<java.util.OptionalInt> OPTIONAL_INT = JsonRead::optionalInt;

  public static final JsonRead.ValueReader<java.util.OptionalLong> OPTIONAL_LONG = JsonRead::optionalLong;

  public static final JsonRead.ValueReader<java.util.OptionalDouble> OPTIONAL_DOUBLE = JsonRead::optionalDouble;

  private ScalarReaders() {}
}
