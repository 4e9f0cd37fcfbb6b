package io.missive.processor.model;

import java.math.BigDecimal;
import java.math.BigInteger;
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
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.UUID;

/**
 * The one table of the scalar types a payload may hold: each entry says which Java type it is, how the
 * generated code reads and writes it, and what to use instead of similar types that are not
 * supported. The classifier, the payload-type rule and the JSON writer all derive from it; adding a
 * type means adding an entry here, its two run-time methods ({@code JsonRead.<codecMethod>} and
 * {@code JsonWrite.<codecMethod>}, which a test checks exist) and its tests.
 */
public enum ScalarType {
  BOOLEAN(boolean.class, Boolean.class, "booleanValue", "writeBoolean"),
  BYTE(byte.class, Byte.class, "byteValue", "writeNumber"),
  SHORT(short.class, Short.class, "shortValue", "writeNumber"),
  INT(int.class, Integer.class, "intValue", "writeNumber"),
  LONG(long.class, Long.class, "longValue", "writeNumber"),
  CHAR(char.class, Character.class, "charValue", null),
  FLOAT(float.class, Float.class, "floatValue", "writeNumber"),
  DOUBLE(double.class, Double.class, "doubleValue", "writeNumber"),
  STRING(
      String.class,
      "string",
      "writeString",
      Map.of("java.lang.CharSequence", "String")),
  BIG_DECIMAL(
      BigDecimal.class,
      "bigDecimal",
      "writeNumber",
      Map.of("java.lang.Number", "BigDecimal, or a primitive number type")),
  BIG_INTEGER(BigInteger.class, "bigInteger", "writeNumber", Map.of()),
  INSTANT(
      Instant.class,
      "instant",
      null,
      Map.of(
          "java.util.Date", "Instant",
          "java.sql.Timestamp", "Instant",
          "java.util.Calendar", "Instant or OffsetDateTime")),
  LOCAL_DATE(LocalDate.class, "localDate", null, Map.of("java.sql.Date", "LocalDate")),
  LOCAL_TIME(LocalTime.class, "localTime", null, Map.of("java.sql.Time", "LocalTime")),
  LOCAL_DATE_TIME(LocalDateTime.class, "localDateTime", null, Map.of()),
  OFFSET_DATE_TIME(OffsetDateTime.class, "offsetDateTime", null, Map.of()),
  ZONED_DATE_TIME(ZonedDateTime.class, "zonedDateTime", null, Map.of()),
  YEAR_MONTH(YearMonth.class, "yearMonth", null, Map.of()),
  YEAR(Year.class, "year", null, Map.of()),
  MONTH_DAY(MonthDay.class, "monthDay", null, Map.of()),
  DURATION(Duration.class, "duration", null, Map.of()),
  PERIOD(Period.class, "period", null, Map.of()),
  ZONE_ID(ZoneId.class, "zoneId", null, Map.of("java.util.TimeZone", "ZoneId")),
  ZONE_OFFSET(ZoneOffset.class, "zoneOffset", null, Map.of()),
  UUID(java.util.UUID.class, "uuid", null, Map.of()),
  URI(
      java.net.URI.class,
      "uri",
      null,
      Map.of("java.net.URL", "URI (a URL's equals and hashCode look its host up on the network)")),
  CURRENCY(Currency.class, "currency", null, Map.of()),
  LOCALE(Locale.class, "locale", null, Map.of()),
  /** Binary content as Base64, as Jackson writes it; the payload holds a copy and hands out copies. */
  BYTES(byte[].class, "bytes", "writeBinary", Map.of()),
  OPTIONAL_INT(OptionalInt.class, int.class, "optionalInt"),
  OPTIONAL_LONG(OptionalLong.class, long.class, "optionalLong"),
  OPTIONAL_DOUBLE(OptionalDouble.class, double.class, "optionalDouble");

  private static final Map<String, ScalarType> BY_NAME = new HashMap<>();
  private static final Map<String, String> INSTEAD = new LinkedHashMap<>();

  static {
    for (ScalarType scalar : values()) {
      BY_NAME.put(scalar.javaType.getName(), scalar);
      if (scalar.boxed != null) {
        BY_NAME.put(scalar.boxed.getName(), scalar);
      }
      INSTEAD.putAll(scalar.insteadOf);
    }
  }

  private final Class<?> javaType;
  private final Class<?> boxed;
  private final Class<?> present;
  private final String codecMethod;
  private final String generatorMethod;
  private final Map<String, String> insteadOf;

  /** A primitive type, which also stands for its box. */
  ScalarType(Class<?> primitive, Class<?> boxed, String codecMethod, String generatorMethod) {
    this(primitive, boxed, null, codecMethod, generatorMethod, Map.of());
  }

  /** A reference type. */
  ScalarType(Class<?> type, String codecMethod, String generatorMethod, Map<String, String> insteadOf) {
    this(type, null, null, codecMethod, generatorMethod, insteadOf);
  }

  /** An optional primitive, such as {@code OptionalInt}: JSON null when empty. */
  ScalarType(Class<?> type, Class<?> present, String codecMethod) {
    this(type, null, present, codecMethod, null, Map.of());
  }

  ScalarType(
      Class<?> javaType,
      Class<?> boxed,
      Class<?> present,
      String codecMethod,
      String generatorMethod,
      Map<String, String> insteadOf) {
    this.javaType = javaType;
    this.boxed = boxed;
    this.present = present;
    this.codecMethod = codecMethod;
    this.generatorMethod = generatorMethod;
    this.insteadOf = insteadOf;
  }

  /**
   * The entry for a type, by its qualified (or primitive) name: {@code int} and
   * {@code java.lang.Integer} are both {@link #INT}.
   */
  public static Optional<ScalarType> named(String name) {
    return Optional.ofNullable(BY_NAME.get(name));
  }

  /**
   * What to use instead of {@code qualifiedName}, an unsupported type that resembles a supported
   * one, such as {@code Instant} for {@code java.util.Date}; empty when the table has no advice.
   */
  public static Optional<String> instead(String qualifiedName) {
    return Optional.ofNullable(INSTEAD.get(qualifiedName));
  }

  /** The Java type: the primitive for a primitive and its box, such as {@code int}. */
  public Class<?> javaType() {
    return javaType;
  }

  /** Whether the type is an array ({@code byte[]}), which the payload copies in and out. */
  public boolean isArray() {
    return javaType.isArray();
  }

  /** Whether the Java type is a primitive (its box reads and writes the same way). */
  public boolean isPrimitive() {
    return javaType.isPrimitive();
  }

  /** Whether the type is empty or present, such as {@code OptionalInt}, written as null when empty. */
  public boolean isOptional() {
    return present != null;
  }

  /** The type of the value an optional scalar holds when present, such as {@code int}. */
  public Optional<Class<?>> present() {
    return Optional.ofNullable(present);
  }

  /**
   * The name of the run-time methods that read and write the type: {@code JsonRead.<name>(parser)}
   * and {@code JsonWrite.<name>(generator, value)}.
   */
  public String codecMethod() {
    return codecMethod;
  }

  /**
   * The {@code JsonGenerator} method that writes the value directly, such as {@code writeString},
   * where one exists; otherwise the value goes through {@code JsonWrite}.
   */
  public Optional<String> generatorMethod() {
    return Optional.ofNullable(generatorMethod);
  }

  /** The simple name, as users write it: {@code BigDecimal}, {@code int}. */
  public String simpleName() {
    return javaType.getSimpleName();
  }
}
