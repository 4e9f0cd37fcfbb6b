package io.missive.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.format.DateTimeParseException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The fixed-format codec agrees with {@link Instant#toString()} and {@link OffsetDateTime#parse}. */
class Rfc3339Test {

  @Property(tries = 2000)
  void formatsExactlyAsInstantToString(@ForAll("instants") Instant instant) {
    assertThat(Rfc3339.format(instant)).isEqualTo(instant.toString());
  }

  @Property(tries = 2000)
  void formatsTheSameTextAsAsciiBytes(@ForAll("instants") Instant instant) {
    assertThat(Rfc3339.formatAscii(instant))
        .isEqualTo(Rfc3339.format(instant).getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  @Property(tries = 2000)
  void parsesWhatItFormatsAndAnyOffset(
      @ForAll("instants") Instant instant, @ForAll("offsets") ZoneOffset offset) {
    assertThat(Rfc3339.parse(Rfc3339.format(instant))).isEqualTo(instant);
    String withOffset = OffsetDateTime.ofInstant(instant, offset).toString();
    if (withOffset.length() >= 20 && withOffset.charAt(16) == ':') {
      assertThat(Rfc3339.parse(withOffset)).isEqualTo(instant);
    }
  }

  @Property(tries = 1000)
  void remembersTheLastDayCorrectly(
      @ForAll("instants") Instant instant, @ForAll @IntRange(min = 0, max = 86_399) int secondOfDay) {
    // The second instant falls on the first one's day: its date comes from the remembered day.
    Instant sameDay = instant.truncatedTo(ChronoUnit.DAYS).plusSeconds(secondOfDay);
    for (Instant i : new Instant[] {instant, sameDay, instant}) {
      assertThat(Rfc3339.format(i)).isEqualTo(i.toString());
      assertThat(Rfc3339.parse(i.toString())).isEqualTo(i);
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2026-03-15T10:30Z",
        "2026-03-15 10:30:00Z",
        "2026-03-15T10:30:00",
        "2026-02-29T10:30:00Z",
        "2026-04-31T10:30:00Z",
        "2026-03-15T24:00:00Z",
        "2026-03-15T10:60:00Z",
        "2026-03-15T10:30:60Z",
        "2026-03-15T10:30:00.Z",
        "2026-03-15T10:30:00.1234567890Z",
        "2026-03-15T10:30:00+1:00",
        "2026-03-15T10:30:00+01:60",
        "2026-03-15T10:30:00Zjunk",
        "+10000-01-01T00:00:00Z",
        "2026-3-15T10:30:00Z",
        ""
      })
  void rejectsWhatIsNotRfc3339WithSeconds(String text) {
    assertThatThrownBy(() -> Rfc3339.parse(text)).isInstanceOf(DateTimeParseException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"2024-02-29T23:59:59.5z", "2000-02-29t00:00:00-00:00", "0000-01-01T00:00:00Z"})
  void acceptsLowercaseLeapDaysAndTheEdges(String text) {
    assertThat(Rfc3339.parse(text)).isEqualTo(OffsetDateTime.parse(text.toUpperCase()).toInstant());
  }

  @Provide
  Arbitrary<Instant> instants() {
    return Combinators.combine(
            Arbitraries.longs().between(-62_167_219_200L, 253_402_300_799L),
            Arbitraries.oneOf(
                Arbitraries.just(0),
                Arbitraries.integers().between(0, 999).map(n -> n * 1_000_000),
                Arbitraries.integers().between(0, 999_999).map(n -> n * 1000),
                Arbitraries.integers().between(0, 999_999_999)))
        .as(Instant::ofEpochSecond);
  }

  @Provide
  Arbitrary<ZoneOffset> offsets() {
    return Arbitraries.integers().between(-18 * 60, 18 * 60).map(m -> ZoneOffset.ofTotalSeconds(m * 60));
  }

  /** What is read can be written: an offset that moves a time out of 0000-9999 is refused on read. */
  @Property(tries = 3000)
  void whatItReadsItCanWrite(
      @ForAll @IntRange(min = 0, max = 9999) int year,
      @ForAll("edgeTimes") String time,
      @ForAll("offsets") ZoneOffset offset) {
    String offsetText = offset.getTotalSeconds() == 0 ? "Z" : offset.getId();
    String text = String.format("%04d", year) + (year % 2 == 0 ? "-01-01T" : "-12-31T") + time + offsetText;
    char[] chars = text.toCharArray();
    Instant read = Rfc3339.tryParse(chars, 0, chars.length);
    if (read != null) {
      assertThat(Rfc3339.canFormat(read)).isTrue();
      assertThat(Rfc3339.parse(Rfc3339.format(read))).isEqualTo(read);
    } else if (offsetText.length() == 6 || offsetText.equals("Z")) {
      assertThat(Rfc3339.problem(chars, 0, chars.length)).contains("outside the years 0000 to 9999");
    }
  }

  @Provide
  Arbitrary<String> edgeTimes() {
    return Arbitraries.of("00:00:00", "00:30:00", "23:59:59", "23:30:00.5", "12:00:00");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "0000-01-01T00:30:00+01:00|in UTC that is -0001-12-31T23:30:00Z, outside the years 0000 to"
            + " 9999 that RFC 3339 can write",
        "9999-12-31T23:59:59-01:00|in UTC that is +10000-01-01T00:59:59Z, outside the years 0000 to"
            + " 9999 that RFC 3339 can write",
        "2016-12-31T23:59:60Z|a leap second (:60), valid in RFC 3339, cannot be represented as an"
            + " Instant",
        "1990-12-31t15:59:60-08:00|a leap second (:60), valid in RFC 3339, cannot be represented as an"
            + " Instant",
        "2026-03-15T10:30:00.1234567891Z|more than 9 fraction digits (10); an Instant holds"
            + " nanoseconds, 9 digits at most",
        "2026-03-15T10:30:00.Z|a decimal point needs at least one fraction digit"
      })
  void saysPreciselyWhyItRefusesATimeThatLooksRight(String caseText) {
    String text = caseText.substring(0, caseText.indexOf('|'));
    String problem = caseText.substring(caseText.indexOf('|') + 1);
    char[] chars = text.toCharArray();
    assertThat(Rfc3339.tryParse(chars, 0, chars.length)).isNull();
    assertThat(Rfc3339.problem(chars, 0, chars.length)).isEqualTo(problem);
    assertThatThrownBy(() -> Rfc3339.parse(text))
        .isInstanceOf(DateTimeParseException.class)
        .hasMessage("Not a timestamp that can be read: " + problem);
  }

  @ParameterizedTest
  @ValueSource(strings = {"2026-02-30T10:30:00Z", "2026-03-15T10:30Z", "2026-03-15T24:00:00Z", "x"})
  void hasNothingMorePreciseToSayOfWhatIsNoTimestamp(String text) {
    char[] chars = text.toCharArray();
    assertThat(Rfc3339.problem(chars, 0, chars.length)).isNull();
  }
}
