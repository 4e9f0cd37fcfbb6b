package io.missive.it.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.missive.MessageFormatException;
import io.missive.it.json.ShiftScheduled.Rate;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Currency;
import java.util.List;
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
 * {@code LocalTime}, {@code URI} and {@code Currency}: the JSON they are written as (the JSON a plain
 * {@code ObjectMapper} with {@code JavaTimeModule} writes for the same values), round trips, and bad
 * input rejected with the JSON path.
 */
class ValueTypesTest {

  /** What a Jackson user's mapper writes: ISO strings for java.time, Optional as its value or null. */
  private static final ObjectMapper DATABIND =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .registerModule(new Jdk8Module())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

  static ShiftScheduledEvent.Builder shift() {
    return ShiftScheduledEvent.builder()
        .id("s-1")
        .timestamp(Instant.parse("2026-03-15T10:30:00Z"))
        .startsAt(LocalTime.of(9, 0))
        .handbook(URI.create("https://example.com/rota/handbook?lang=en#pay"))
        .payCurrency(Currency.getInstance("EUR"))
        .breakAt(LocalTime.of(12, 30, 15, 500_000_000))
        .links(List.of(URI.create("/rota/2026-03-15"), URI.create("mailto:rota@example.com")))
        .allowances(Map.of("night", Currency.getInstance("CHF")))
        .rate(new Rate(new BigDecimal("21.50"), Currency.getInstance("JPY"), Optional.empty()))
        .endsAt(null);
  }

  @Test
  void theyAreWrittenAsIsoStringsAndCodes() {
    String json = shift().build().toJson();
    assertThat(json)
        .contains(
            "\"data\":{\"startsAt\":\"09:00:00\","
                + "\"handbook\":\"https://example.com/rota/handbook?lang=en#pay\",\"payCurrency\":\"EUR\","
                + "\"breakAt\":\"12:30:15.5\","
                + "\"links\":[\"/rota/2026-03-15\",\"mailto:rota@example.com\"],"
                + "\"allowances\":{\"night\":\"CHF\"},"
                + "\"rate\":{\"perHour\":21.50,\"currency\":\"JPY\",\"terms\":null},\"endsAt\":null}");
  }

  /** The payload as a plain record with the same components, for the mapper to write. */
  record PlainShift(
      LocalTime startsAt,
      URI handbook,
      Currency payCurrency,
      Optional<LocalTime> breakAt,
      List<URI> links,
      Map<String, Currency> allowances,
      Rate rate,
      LocalTime endsAt) {}

  @Property(tries = 200)
  void aMapperWithJavaTimeModuleWritesTheSameData(@ForAll("shifts") ShiftScheduledEvent shift)
      throws Exception {
    ShiftScheduled data = shift.data();
    PlainShift plain =
        new PlainShift(
            data.startsAt(), data.handbook(), data.payCurrency(), data.breakAt(), data.links(),
            data.allowances(), data.rate(), data.endsAt());
    String json = shift.toJson();
    String missiveData = json.substring(json.indexOf("\"data\":") + 7, json.length() - 1);
    assertThat(missiveData).isEqualTo(DATABIND.writeValueAsString(plain));
    assertThat(DATABIND.readValue(missiveData, PlainShift.class)).isEqualTo(plain);
  }

  @Property(tries = 300)
  void writeThenReadIsTheIdentity(@ForAll("shifts") ShiftScheduledEvent shift) {
    assertThat(ShiftScheduledEvent.fromJson(shift.toJson())).isEqualTo(shift);
    assertThat(ShiftScheduledEvent.fromJson(shift.toJsonBytes())).isEqualTo(shift);
  }

  @Test
  void aTimeWithoutSecondsIsRead() {
    String json = shift().build().toJson().replace("\"09:00:00\"", "\"09:00\"");
    assertThat(ShiftScheduledEvent.fromJson(json).data().startsAt()).isEqualTo(LocalTime.of(9, 0));
  }

  @Test
  void badValuesAreRejectedWithTheirPath() {
    String json = shift().build().toJson();
    assertRejected(
        json.replace("\"09:00:00\"", "\"9am\""),
        "data.startsAt",
        "expected an ISO-8601 time such as 10:30:00, found \"9am\"");
    assertRejected(
        json.replace("\"09:00:00\"", "\"25:00:00\""),
        "data.startsAt",
        "expected an ISO-8601 time such as 10:30:00, found \"25:00:00\"");
    assertRejected(
        json.replace("\"/rota/2026-03-15\"", "\"http://exa mple.com/\""),
        "data.links[0]",
        "expected a URI reference such as https://example.com/orders/1, found \"http://exa mple.com/\"");
    assertRejected(
        json.replace("\"EUR\"", "\"EURO\""),
        "data.payCurrency",
        "expected an ISO 4217 currency code such as EUR, found \"EURO\"");
    assertRejected(
        json.replace("\"JPY\"", "\"jpy\""),
        "data.rate.currency",
        "expected an ISO 4217 currency code such as EUR, found \"jpy\"");
    assertRejected(
        json.replace("\"CHF\"", "756"),
        "data.allowances.night",
        "expected a currency code string, found an integer");
  }

  private static void assertRejected(String json, String path, String problem) {
    assertThatThrownBy(() -> ShiftScheduledEvent.fromJson(json))
        .isInstanceOfSatisfying(
            MessageFormatException.class,
            e -> {
              assertThat(e.messageType()).isEqualTo("ShiftScheduled");
              assertThat(e.path()).isEqualTo(path);
              assertThat(e.problem()).isEqualTo(problem);
            });
  }

  @Provide
  Arbitrary<ShiftScheduledEvent> shifts() {
    Arbitrary<LocalTime> times =
        Arbitraries.longs().between(0, LocalTime.MAX.toNanoOfDay()).map(LocalTime::ofNanoOfDay);
    Arbitrary<URI> uris =
        Arbitraries.of(
            URI.create("https://example.com/a?b=c#d"),
            URI.create("/relative/path"),
            URI.create("urn:isbn:0451450523"),
            URI.create("mailto:a@example.com"),
            URI.create("http://[::1]:8080/x%20y"),
            URI.create("../up"),
            URI.create(""));
    Arbitrary<Currency> currencies = Arbitraries.of(Currency.getAvailableCurrencies());
    Arbitrary<Rate> rates =
        Combinators.combine(
                Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("1000")).ofScale(2),
                currencies,
                uris.optional())
            .as(Rate::new);
    return Combinators.combine(
            times,
            uris,
            currencies,
            times.optional(),
            uris.list().ofMaxSize(3),
            Arbitraries.maps(Arbitraries.strings().alpha().ofLength(3), currencies).ofMaxSize(3),
            rates,
            times.injectNull(0.3))
        .as(
            (start, handbook, currency, breakAt, links, allowances, rate, end) ->
                ShiftScheduledEvent.builder()
                    .id("s-1")
                    .timestamp(Instant.parse("2026-03-15T10:30:00Z"))
                    .startsAt(start)
                    .handbook(handbook)
                    .payCurrency(currency)
                    .breakAt(breakAt)
                    .links(links)
                    .allowances(allowances)
                    .rate(rate)
                    .endsAt(end)
                    .build());
  }
}
