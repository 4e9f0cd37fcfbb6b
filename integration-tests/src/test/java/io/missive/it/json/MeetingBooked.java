package io.missive.it.json;

import io.missive.DomainEvent;
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

/**
 * The JDK value types of the scalar table written as ISO strings by Jackson's {@code JavaTimeModule}
 * (and {@code Locale} as databind writes it): alone, optional, nullable, in a list, as map values and
 * inside a record.
 */
@DomainEvent(source = "/calendar")
public interface MeetingBooked {
  ZonedDateTime startsAt();

  ZoneId zone();

  ZoneOffset offset();

  YearMonth billingMonth();

  Year fiscalYear();

  MonthDay anniversary();

  Period notice();

  Locale language();

  Optional<Period> repeatEvery();

  List<Locale> subtitles();

  Map<String, ZoneId> attendeeZones();

  Series series();

  @Nullable
  ZonedDateTime cancelledAt();

  /** How a meeting repeats. */
  record Series(Year since, Optional<MonthDay> skips, List<YearMonth> months) {
    public Series {
      months = List.copyOf(months);
    }
  }
}
