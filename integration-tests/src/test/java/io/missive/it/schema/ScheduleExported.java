package io.missive.it.schema;

import io.missive.DomainEvent;
import io.missive.it.json.AccountOpened.Kind;
import io.missive.it.json.AccountOpened.Tier;
import io.missive.it.json.Iban;
import io.missive.it.json.Nullable;
import io.missive.it.json.PaymentReceived.PaymentMethod;
import java.math.BigDecimal;
import java.time.MonthDay;
import java.time.Period;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What no other fixture holds, for {@link SnapshotValidationTest}: each value type that the other
 * fixtures hold only alone ({@code MeetingBooked}'s java.time types and {@code Locale}, value objects,
 * enums written by {@code @JsonProperty} or {@code @JsonValue}, polymorphic values) optional,
 * nullable, in a list, in a set and as a map value; a record that holds them, with a record nested in
 * it, in each of those; and sets of numbers.
 */
@DomainEvent(source = "/schedules")
public interface ScheduleExported {
  Optional<ZonedDateTime> zonedOptional();
  @Nullable ZonedDateTime zonedNullable();
  List<ZonedDateTime> zonedList();
  Set<ZonedDateTime> zonedSet();
  Map<String, ZonedDateTime> zonedMap();

  Optional<ZoneId> zoneOptional();
  @Nullable ZoneId zoneNullable();
  List<ZoneId> zoneList();
  Set<ZoneId> zoneSet();
  Map<String, ZoneId> zoneMap();

  Optional<ZoneOffset> offsetOptional();
  @Nullable ZoneOffset offsetNullable();
  List<ZoneOffset> offsetList();
  Set<ZoneOffset> offsetSet();
  Map<String, ZoneOffset> offsetMap();

  Optional<YearMonth> yearMonthOptional();
  @Nullable YearMonth yearMonthNullable();
  List<YearMonth> yearMonthList();
  Set<YearMonth> yearMonthSet();
  Map<String, YearMonth> yearMonthMap();

  Optional<Year> yearOptional();
  @Nullable Year yearNullable();
  List<Year> yearList();
  Set<Year> yearSet();
  Map<String, Year> yearMap();

  Optional<MonthDay> monthDayOptional();
  @Nullable MonthDay monthDayNullable();
  List<MonthDay> monthDayList();
  Set<MonthDay> monthDaySet();
  Map<String, MonthDay> monthDayMap();

  Optional<Period> periodOptional();
  @Nullable Period periodNullable();
  List<Period> periodList();
  Set<Period> periodSet();
  Map<String, Period> periodMap();

  Optional<Locale> localeOptional();
  @Nullable Locale localeNullable();
  List<Locale> localeList();
  Set<Locale> localeSet();
  Map<String, Locale> localeMap();

  /** A value object, written as its {@code @JsonValue}. */
  Optional<Iban> ibanOptional();
  @Nullable Iban ibanNullable();
  List<Iban> ibanList();
  Set<Iban> ibanSet();
  Map<String, Iban> ibanMap();

  /** An enum written by its constants' {@code @JsonProperty}. */
  Optional<Kind> kindOptional();
  @Nullable Kind kindNullable();
  List<Kind> kindList();
  Set<Kind> kindSet();
  Map<String, Kind> kindMap();

  /** An enum written by its {@code @JsonValue}. */
  Optional<Tier> tierOptional();
  @Nullable Tier tierNullable();
  List<Tier> tierList();
  Set<Tier> tierSet();
  Map<String, Tier> tierMap();

  /** A sealed interface of records, told apart by a discriminator. */
  Optional<PaymentMethod> methodOptional();
  @Nullable PaymentMethod methodNullable();
  List<PaymentMethod> methodList();
  Set<PaymentMethod> methodSet();
  Map<String, PaymentMethod> methodMap();

  Slot slot();
  Optional<Slot> slotOptional();
  @Nullable Slot slotNullable();
  List<Slot> slotList();
  Set<Slot> slotSet();
  Map<String, Slot> slotMap();

  /** Numbers in a set: distinct in Java, and so in JSON. */
  Set<BigDecimal> amountSet();
  Set<Double> readingSet();

  /** A record of the value types above, holding a record of its own. */
  record Slot(
      ZonedDateTime starts,
      ZoneId zone,
      ZoneOffset offset,
      Period length,
      Locale locale,
      Iban account,
      Kind kind,
      Tier tier,
      PaymentMethod method,
      @Nullable Window window,
      List<Window> windows) {
    public Slot {
      windows = List.copyOf(windows);
    }
  }

  /** Nested in {@link Slot}. */
  record Window(YearMonth month, Optional<MonthDay> day, @Nullable Year year, Map<String, ZoneOffset> offsets) {
    public Window {
      offsets = Map.copyOf(offsets);
    }
  }
}
