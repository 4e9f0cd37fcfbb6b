package io.missive.it.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.missive.MessageFormatException;
import io.missive.it.json.MeetingBooked.Series;
import java.time.Instant;
import java.time.LocalDateTime;
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
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * {@code ZonedDateTime}, {@code YearMonth}, {@code Year}, {@code MonthDay}, {@code Period},
 * {@code ZoneId}, {@code ZoneOffset} and {@code Locale}: written as a plain {@code ObjectMapper} with
 * {@code JavaTimeModule} and {@code Jdk8Module} writes them (byte for byte, over generated values),
 * each side reading what the other writes, round trips, and bad input rejected with its JSON path.
 */
class JdkValueTypesTest {

  /** What a Jackson user's mapper writes: ISO strings for java.time, Optional as its value or null. */
  private static final ObjectMapper DATABIND =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .registerModule(new Jdk8Module())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

  /** The same mapper, reading a zoned date-time with the offset it was written with (not in UTC). */
  private static final ObjectMapper DATABIND_KEEPING_OFFSETS =
      DATABIND.copy().disable(com.fasterxml.jackson.databind.DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE);

  static MeetingBookedEvent.Builder meeting() {
    return MeetingBookedEvent.builder()
        .id("m-1")
        .timestamp(Instant.parse("2026-03-15T10:30:00Z"))
        .startsAt(ZonedDateTime.of(2026, 3, 15, 10, 30, 0, 0, ZoneOffset.ofHours(1)))
        .zone(ZoneId.of("Europe/Paris"))
        .offset(ZoneOffset.UTC)
        .billingMonth(YearMonth.of(2026, 3))
        .fiscalYear(Year.of(2026))
        .anniversary(MonthDay.of(2, 29))
        .notice(Period.of(0, 1, 14))
        .language(Locale.forLanguageTag("sr-Latn-RS"))
        .repeatEvery(Optional.of(Period.ofWeeks(2)))
        .subtitles(List.of(Locale.US, Locale.ROOT, Locale.forLanguageTag("ja-JP-u-ca-japanese")))
        .attendeeZones(Map.of("ana", ZoneId.of("America/Sao_Paulo")))
        .series(new Series(Year.of(1999), Optional.empty(), List.of(YearMonth.of(2026, 12))))
        .cancelledAt(null);
  }

  @Test
  void theyAreWrittenAsIsoStrings() {
    assertThat(meeting().build().toJson())
        .contains(
            "\"data\":{\"startsAt\":\"2026-03-15T10:30:00+01:00\",\"zone\":\"Europe/Paris\","
                + "\"offset\":\"Z\",\"billingMonth\":\"2026-03\",\"fiscalYear\":\"2026\","
                + "\"anniversary\":\"--02-29\",\"notice\":\"P1M14D\",\"language\":\"sr_RS_#Latn\","
                + "\"repeatEvery\":\"P14D\",\"subtitles\":[\"en_US\",\"\",\"ja_JP_#u-ca-japanese\"],"
                + "\"attendeeZones\":{\"ana\":\"America/Sao_Paulo\"},"
                + "\"series\":{\"since\":\"1999\",\"skips\":null,\"months\":[\"2026-12\"]},"
                + "\"cancelledAt\":null}");
  }

  /** The payload as a plain record with the same components, for the mapper to write. */
  record PlainMeeting(
      ZonedDateTime startsAt,
      ZoneId zone,
      ZoneOffset offset,
      YearMonth billingMonth,
      Year fiscalYear,
      MonthDay anniversary,
      Period notice,
      Locale language,
      Optional<Period> repeatEvery,
      List<Locale> subtitles,
      Map<String, ZoneId> attendeeZones,
      Series series,
      ZonedDateTime cancelledAt) {

    static PlainMeeting of(MeetingBooked data) {
      return new PlainMeeting(
          data.startsAt(), data.zone(), data.offset(), data.billingMonth(), data.fiscalYear(),
          data.anniversary(), data.notice(), data.language(), data.repeatEvery(), data.subtitles(),
          data.attendeeZones(), data.series(), data.cancelledAt());
    }
  }

  @Property(tries = 300)
  void aMapperWithJavaTimeModuleWritesTheSameData(@ForAll("meetings") MeetingBookedEvent meeting)
      throws Exception {
    assertThat(data(meeting.toJson())).isEqualTo(DATABIND.writeValueAsString(PlainMeeting.of(meeting.data())));
  }

  @Property(tries = 300)
  void eachReadsWhatTheOtherWrites(@ForAll("meetings") MeetingBookedEvent meeting) throws Exception {
    PlainMeeting plain = PlainMeeting.of(meeting.data());
    // The offset is kept by both when the mapper is told not to move zoned date-times to UTC.
    assertThat(DATABIND_KEEPING_OFFSETS.readValue(data(meeting.toJson()), PlainMeeting.class))
        .isEqualTo(plain);
    String fromMapper = meeting.toJson().replace(data(meeting.toJson()), DATABIND.writeValueAsString(plain));
    assertThat(MeetingBookedEvent.fromJson(fromMapper)).isEqualTo(meeting);
  }

  @Property(tries = 300)
  void writeThenReadIsTheIdentity(@ForAll("meetings") MeetingBookedEvent meeting) {
    assertThat(MeetingBookedEvent.fromJson(meeting.toJson())).isEqualTo(meeting);
    assertThat(MeetingBookedEvent.fromJson(meeting.toJsonBytes())).isEqualTo(meeting);
  }

  @Test
  void everyLocaleOfTheJdkRoundTripsAndReadsAsDatabindReadsIt() throws Exception {
    for (Locale locale : Locale.getAvailableLocales()) {
      MeetingBookedEvent meeting = meeting().language(locale).build();
      assertThat(MeetingBookedEvent.fromJson(meeting.toJson()).data().language()).as(locale.toString()).isEqualTo(locale);
      assertThat(DATABIND.readValue(DATABIND.writeValueAsString(locale), Locale.class)).isEqualTo(locale);
    }
  }

  @Test
  void aYearMonthPast9999IsWrittenWithItsSignAndReadInDatabindsFormToo() throws Exception {
    for (YearMonth month : List.of(YearMonth.of(10000, 1), YearMonth.of(999_999_999, 12), YearMonth.of(-10000, 6))) {
      MeetingBookedEvent meeting = meeting().billingMonth(month).build();
      String json = meeting.toJson();
      assertThat(MeetingBookedEvent.fromJson(json)).as(month.toString()).isEqualTo(meeting);
      // YearMonth.toString(), which databind writes, leaves out the '+' that YearMonth.parse requires.
      String plain = DATABIND.writeValueAsString(month);
      assertThat(MeetingBookedEvent.fromJson(json.replace("\"" + (month.getYear() > 9999 ? "+" : "") + month + "\"", plain)))
          .isEqualTo(meeting);
    }
    assertThat(meeting().billingMonth(YearMonth.of(10000, 1)).build().toJson()).contains("\"billingMonth\":\"+10000-01\"");
  }

  @Test
  void aLocaleWithoutLanguageOrRegionIsWrittenAsItsLanguageTag() {
    // Locale.toString() is empty for these, which would read back as Locale.ROOT.
    for (Locale locale : List.of(Locale.forLanguageTag("x-private"), new Locale.Builder().setScript("Latn").build(),
        Locale.forLanguageTag("und-u-ca-japanese"))) {
      MeetingBookedEvent meeting = meeting().language(locale).build();
      assertThat(meeting.toJson()).contains("\"language\":\"" + locale.toLanguageTag() + "\"");
      assertThat(MeetingBookedEvent.fromJson(meeting.toJson()).data().language()).as(locale.toLanguageTag()).isEqualTo(locale);
    }
    assertThat(meeting().language(Locale.ROOT).build().toJson()).contains("\"language\":\"\"");
  }

  @Test
  void aZoneRegionIsNotWrittenAndTheOffsetIsReadAsTheZone() {
    ZonedDateTime paris = ZonedDateTime.of(LocalDateTime.of(2026, 7, 1, 9, 0), ZoneId.of("Europe/Paris"));
    MeetingBookedEvent read = MeetingBookedEvent.fromJson(meeting().startsAt(paris).build().toJson());
    assertThat(read.data().startsAt()).isEqualTo(paris.withZoneSameInstant(ZoneOffset.ofHours(2)));
    assertThat(read.data().startsAt().isEqual(paris)).isTrue();
  }

  @Test
  void otherFormsJacksonWritesAreRead() {
    String json = meeting().build().toJson();
    // WRITE_DATES_WITH_ZONE_ID: the region after the offset.
    assertThat(
            MeetingBookedEvent.fromJson(
                    json.replace("\"2026-03-15T10:30:00+01:00\"", "\"2026-03-15T10:30:00+01:00[Europe/Paris]\""))
                .data()
                .startsAt())
        .isEqualTo(ZonedDateTime.of(2026, 3, 15, 10, 30, 0, 0, ZoneId.of("Europe/Paris")));
    // WRITE_DATES_AS_TIMESTAMPS writes a year as a number; a language tag for a locale.
    assertThat(MeetingBookedEvent.fromJson(json.replace("\"fiscalYear\":\"2026\"", "\"fiscalYear\":2026"))
            .data().fiscalYear())
        .isEqualTo(Year.of(2026));
    assertThat(MeetingBookedEvent.fromJson(json.replace("\"sr_RS_#Latn\"", "\"sr-Latn-RS\"")).data().language())
        .isEqualTo(Locale.forLanguageTag("sr-Latn-RS"));
  }

  @Test
  void badValuesAreRejectedWithTheirPath() {
    String json = meeting().build().toJson();
    assertRejected(
        json.replace("\"2026-03-15T10:30:00+01:00\"", "\"2026-03-15T10:30:00\""),
        "data.startsAt",
        "expected an ISO-8601 date-time with offset such as 2026-03-15T10:30:00+01:00, found"
            + " \"2026-03-15T10:30:00\"");
    assertRejected(
        json.replace("\"Europe/Paris\"", "\"Europe/Atlantis\""),
        "data.zone",
        "expected a time-zone id such as Europe/Paris, found \"Europe/Atlantis\"");
    assertRejected(
        json.replace("\"offset\":\"Z\"", "\"offset\":\"+25:00\""),
        "data.offset",
        "expected an offset such as +01:00, found \"+25:00\"");
    assertRejected(
        json.replace("\"2026-03\"", "\"2026-13\""),
        "data.billingMonth",
        "expected an ISO-8601 year and month such as 2026-03, found \"2026-13\"");
    assertRejected(
        json.replace("\"fiscalYear\":\"2026\"", "\"fiscalYear\":\"MMXXVI\""),
        "data.fiscalYear",
        "expected a year such as 2026, found \"MMXXVI\"");
    assertRejected(
        json.replace("\"--02-29\"", "\"--02-30\""),
        "data.anniversary",
        "expected an ISO-8601 month and day such as --03-15, found \"--02-30\"");
    assertRejected(
        json.replace("\"P1M14D\"", "\"1 month\""),
        "data.notice",
        "expected an ISO-8601 period such as P1M, found \"1 month\"");
    assertRejected(
        json.replace("\"en_US\"", "\"en_US_#Latin\""),
        "data.subtitles[0]",
        "expected a locale such as en_US or en-US, found \"en_US_#Latin\"");
    assertRejected(
        json.replace("\"1999\"", "1999.5"),
        "data.series.since",
        "expected a year string, found a decimal number");
    assertThatThrownBy(() -> MeetingBookedEvent.fromJson(json.replace("\"P1M14D\"", "\"P1M14X\"")))
        .isInstanceOf(MessageFormatException.class)
        .hasCauseInstanceOf(java.time.format.DateTimeParseException.class);
  }

  private static void assertRejected(String json, String path, String problem) {
    assertThatThrownBy(() -> MeetingBookedEvent.fromJson(json))
        .isInstanceOfSatisfying(
            MessageFormatException.class,
            e -> {
              assertThat(e.messageType()).isEqualTo("MeetingBooked");
              assertThat(e.path()).isEqualTo(path);
              assertThat(e.problem()).isEqualTo(problem);
            });
  }

  private static String data(String json) {
    return json.substring(json.indexOf("\"data\":") + 7, json.length() - 1);
  }

  @Provide
  Arbitrary<MeetingBookedEvent> meetings() {
    Arbitrary<ZoneOffset> offsets =
        Arbitraries.integers().between(-18 * 3600, 18 * 3600).map(ZoneOffset::ofTotalSeconds);
    Arbitrary<ZonedDateTime> zoned =
        Combinators.combine(
                Arbitraries.longs().between(-62_000_000_000L, 250_000_000_000L),
                Arbitraries.integers().between(0, 999_999_999),
                offsets)
            .as((seconds, nanos, offset) -> Instant.ofEpochSecond(seconds, nanos).atZone(offset));
    Arbitrary<ZoneId> zones =
        Arbitraries.of(ZoneId.getAvailableZoneIds()).map(ZoneId::of).injectDuplicates(0.1);
    Arbitrary<YearMonth> months =
        Combinators.combine(Arbitraries.integers().between(0, 9999), Arbitraries.integers().between(1, 12))
            .as(YearMonth::of);
    Arbitrary<Year> years = Arbitraries.integers().between(-999_999, 999_999).map(Year::of);
    Arbitrary<MonthDay> days =
        Arbitraries.integers().between(0, 365).map(d -> MonthDay.from(java.time.LocalDate.ofYearDay(2024, d + 1)));
    Arbitrary<Period> periods =
        Combinators.combine(
                Arbitraries.integers().between(-100, 100),
                Arbitraries.integers().between(-24, 24),
                Arbitraries.integers().between(-400, 400))
            .as(Period::of);
    Arbitrary<Locale> locales = Arbitraries.of(Locale.getAvailableLocales());
    Arbitrary<Series> series =
        Combinators.combine(years, days.optional(), months.list().ofMaxSize(3)).as(Series::new);
    return Combinators.combine(
            zoned,
            zones,
            offsets,
            months,
            years,
            days,
            periods,
            locales)
        .flatAs(
            (start, zone, offset, month, year, day, notice, language) ->
                Combinators.combine(
                        periods.optional(),
                        locales.list().ofMaxSize(3),
                        Arbitraries.maps(Arbitraries.strings().alpha().ofLength(3), zones).ofMaxSize(3),
                        series,
                        zoned.injectNull(0.3))
                    .as(
                        (repeat, subtitles, attendees, s, cancelled) ->
                            MeetingBookedEvent.builder()
                                .id("m-1")
                                .timestamp(Instant.parse("2026-03-15T10:30:00Z"))
                                .startsAt(start)
                                .zone(zone)
                                .offset(offset)
                                .billingMonth(month)
                                .fiscalYear(year)
                                .anniversary(day)
                                .notice(notice)
                                .language(language)
                                .repeatEvery(repeat)
                                .subtitles(subtitles)
                                .attendeeZones(attendees)
                                .series(s)
                                .cancelledAt(cancelled)
                                .build()));
  }
}
