package io.missive.it.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.missive.it.json.ParcelShipped.Address;
import io.missive.it.json.ParcelShipped.Carrier;
import io.missive.it.json.ParcelShipped.GeoPoint;
import io.missive.it.json.ParcelShipped.Item;
import io.missive.it.json.ParcelWeighed.Piece;
import io.missive.json.JsonArray;
import io.missive.json.JsonObject;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/** Write then read is the identity; upcasting an old version equals building the current one. */
class JsonPropertiesTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Property(tries = 300)
  void writeThenReadIsTheIdentity(@ForAll("parcels") ParcelShippedEvent parcel) {
    assertThat(ParcelShippedEvent.fromJson(parcel.toJson())).isEqualTo(parcel);
    assertThat(ParcelShippedEvent.fromJson(parcel.toJsonBytes())).isEqualTo(parcel);
  }

  @Property(tries = 100)
  void aPlainObjectMapperReadsAndWritesTheSameJson(@ForAll("parcels") ParcelShippedEvent parcel)
      throws Exception {
    String json = parcel.toJson();
    assertThat(MAPPER.writeValueAsString(parcel)).isEqualTo(json);
    assertThat(MAPPER.readValue(json, ParcelShippedEvent.class)).isEqualTo(parcel);
  }

  @Property(tries = 300)
  void upcastingVersionOneEqualsBuildingTheCurrentVersionFromTheSameFacts(
      @ForAll("parcelIds") String parcelId,
      @ForAll("grams") long grams,
      @ForAll("pieces") List<Piece> pieces,
      @ForAll("times") Instant time) {
    JsonArray v1Pieces = new JsonArray();
    for (Piece piece : pieces) {
      v1Pieces.add(new JsonObject().put("label", piece.label()).put("qty", piece.quantity()));
    }
    JsonObject v1 =
        new JsonObject()
            .put("specversion", "1.0")
            .put("id", "w-" + grams)
            .put("source", "/scales")
            .put("type", "ParcelWeighed")
            .put("time", time.toString())
            .put("schemaversion", 1)
            .put(
                "data",
                new JsonObject().put("parcelId", parcelId).put("weightGrams", grams).put("pieces", v1Pieces));

    ParcelWeighedEvent current =
        ParcelWeighedEvent.builder()
            .id("w-" + grams)
            .timestamp(time)
            .parcelId(parcelId)
            .weightKg(BigDecimal.valueOf(grams).movePointLeft(3))
            .pieces(pieces)
            .scale("unknown")
            .build();

    assertThat(ParcelWeighedEvent.fromJson(v1.toString())).isEqualTo(current);
    assertThat(ParcelWeighedEvent.fromJson(current.toJson())).isEqualTo(current);
  }

  // ------------------------------------------------------------------ generators

  @Provide
  Arbitrary<ParcelShippedEvent> parcels() {
    return Builders.withBuilder(ParcelShippedEvent::builder)
        .use(strings()).in(ParcelShippedEvent.Builder::label)
        .use(Arbitraries.of(true, false)).in(ParcelShippedEvent.Builder::fragile)
        .use(Arbitraries.bytes()).in(ParcelShippedEvent.Builder::lane)
        .use(Arbitraries.shorts()).in(ParcelShippedEvent.Builder::dock)
        .use(Arbitraries.integers()).in(ParcelShippedEvent.Builder::pieces)
        .use(Arbitraries.longs()).in(ParcelShippedEvent.Builder::sequence)
        .use(chars()).in(ParcelShippedEvent.Builder::grade)
        .use(floats()).in(ParcelShippedEvent.Builder::ratio)
        .use(doubles()).in(ParcelShippedEvent.Builder::weight)
        .use(Arbitraries.of(true, false)).in(ParcelShippedEvent.Builder::insured)
        .use(Arbitraries.bytes()).in(ParcelShippedEvent.Builder::boxedLane)
        .use(Arbitraries.shorts()).in(ParcelShippedEvent.Builder::boxedDock)
        .use(Arbitraries.integers()).in(ParcelShippedEvent.Builder::boxedPieces)
        .use(Arbitraries.longs()).in(ParcelShippedEvent.Builder::boxedSequence)
        .use(chars()).in(ParcelShippedEvent.Builder::boxedGrade)
        .use(floats()).in(ParcelShippedEvent.Builder::boxedRatio)
        .use(doubles()).in(ParcelShippedEvent.Builder::boxedWeight)
        .use(decimals()).in(ParcelShippedEvent.Builder::price)
        .use(Arbitraries.bigIntegers().between(BigInteger.TEN.pow(40).negate(), BigInteger.TEN.pow(40)))
        .in(ParcelShippedEvent.Builder::serial)
        .use(anyInstants()).in(ParcelShippedEvent.Builder::shippedAt)
        .use(dates()).in(ParcelShippedEvent.Builder::plannedOn)
        .use(dateTimes()).in(ParcelShippedEvent.Builder::localPickup)
        .use(offsetDateTimes()).in(ParcelShippedEvent.Builder::handedOver)
        .use(durations()).in(ParcelShippedEvent.Builder::transit)
        .use(uuids()).in(ParcelShippedEvent.Builder::parcelId)
        .use(Arbitraries.of(Carrier.class)).in(ParcelShippedEvent.Builder::carrier)
        .use(strings().optional()).in((b, v) -> b.note(v))
        .use(Arbitraries.integers().optional().map(o -> o.map(OptionalInt::of).orElse(OptionalInt.empty())))
        .in(ParcelShippedEvent.Builder::floor)
        .use(Arbitraries.longs().optional().map(o -> o.map(OptionalLong::of).orElse(OptionalLong.empty())))
        .in(ParcelShippedEvent.Builder::tracking)
        .use(doubles().optional().map(o -> o.map(OptionalDouble::of).orElse(OptionalDouble.empty())))
        .in(ParcelShippedEvent.Builder::temperature)
        .use(items().list().ofMaxSize(4)).in(ParcelShippedEvent.Builder::items)
        .use(Arbitraries.of(Carrier.class).set()).in(ParcelShippedEvent.Builder::backups)
        .use(Arbitraries.maps(strings(), Arbitraries.integers()).ofMaxSize(4)).in(ParcelShippedEvent.Builder::counts)
        .use(Arbitraries.maps(strings(), items().list().ofMaxSize(2)).ofMaxSize(3))
        .in(ParcelShippedEvent.Builder::itemsByRoom)
        .use(addresses().optional()).in((b, v) -> b.destination(v))
        .use(anyInstants().optional().list().ofMaxSize(3)).in(ParcelShippedEvent.Builder::checkpoints)
        .use(uuids().list().ofMaxSize(3).list().ofMaxSize(3)).in(ParcelShippedEvent.Builder::batches)
        .use(strings().injectNull(0.3)).in(ParcelShippedEvent.Builder::comment)
        .use(addresses().injectNull(0.3)).in(ParcelShippedEvent.Builder::returnAddress)
        .use(rfc3339Instants()).in(ParcelShippedEvent.Builder::timestamp)
        .use(strings().filter(s -> !s.isEmpty())).in(ParcelShippedEvent.Builder::correlationId)
        .use(strings().filter(s -> !s.isEmpty()).injectNull(0.5)).in(ParcelShippedEvent.Builder::causationId)
        .build(ParcelShippedEvent.Builder::build);
  }

  /** Valid Unicode: any code point but a lone surrogate, which UTF-8 cannot hold. */
  static Arbitrary<String> strings() {
    Arbitrary<String> any =
        Arbitraries.integers()
            .between(0, Character.MAX_CODE_POINT)
            .filter(cp -> cp < Character.MIN_SURROGATE || cp > Character.MAX_SURROGATE)
            .list()
            .ofMaxSize(12)
            .map(codePoints -> new String(codePoints.stream().mapToInt(Integer::intValue).toArray(), 0, codePoints.size()));
    return Arbitraries.frequencyOf(
        Tuple.of(6, any),
        Tuple.of(3, Arbitraries.strings().ofMaxLength(12)
            .withCharRange(' ', '~').withChars('\n', '\t', '\u0000', '\u007f', '\u2028')),
        Tuple.of(1, Arbitraries.of("", "\"", "\\", "😀", "data", "[0]")));
  }

  static Arbitrary<Character> chars() {
    return Arbitraries.chars().filter(c -> !Character.isSurrogate(c));
  }

  static Arbitrary<Float> floats() {
    return Arbitraries.floats()
        .withSpecialValue(Float.NaN)
        .withSpecialValue(Float.POSITIVE_INFINITY)
        .withSpecialValue(Float.NEGATIVE_INFINITY)
        .withSpecialValue(-0.0f)
        .withSpecialValue(Float.MIN_VALUE)
        .withSpecialValue(Float.MAX_VALUE);
  }

  static Arbitrary<Double> doubles() {
    return Arbitraries.frequencyOf(
        Tuple.of(4, Arbitraries.doubles()
            .withSpecialValue(Double.NaN)
            .withSpecialValue(Double.NEGATIVE_INFINITY)
            .withSpecialValue(-0.0)
            .withSpecialValue(Double.MIN_VALUE)
            .withSpecialValue(Double.MAX_VALUE)),
        Tuple.of(1, Arbitraries.longs().map(Double::longBitsToDouble).filter(d -> !Double.isNaN(d))));
  }

  /** Any unscaled value and scale, negative scales (1E+3) included. */
  static Arbitrary<BigDecimal> decimals() {
    return Combinators.combine(
            Arbitraries.bigIntegers().between(BigInteger.TEN.pow(30).negate(), BigInteger.TEN.pow(30)),
            Arbitraries.integers().between(-20, 40))
        .as(BigDecimal::new);
  }

  /** The whole range of {@link Instant}, years past 9999 and before 0000 included. */
  static Arbitrary<Instant> anyInstants() {
    return Arbitraries.oneOf(
        rfc3339Instants(),
        Combinators.combine(
                Arbitraries.longs().between(Instant.MIN.getEpochSecond(), Instant.MAX.getEpochSecond()),
                Arbitraries.integers().between(0, 999_999_999))
            .as(Instant::ofEpochSecond));
  }

  /** Instants that RFC 3339 can write: years 0000 to 9999. */
  static Arbitrary<Instant> rfc3339Instants() {
    return Combinators.combine(
            Arbitraries.longs().between(-62_167_219_200L, 253_402_300_799L),
            Arbitraries.oneOf(
                Arbitraries.just(0),
                Arbitraries.integers().between(0, 999).map(n -> n * 1_000_000),
                Arbitraries.integers().between(0, 999_999_999)))
        .as(Instant::ofEpochSecond);
  }

  static Arbitrary<LocalDate> dates() {
    return Arbitraries.longs()
        .between(LocalDate.MIN.toEpochDay(), LocalDate.MAX.toEpochDay())
        .map(LocalDate::ofEpochDay);
  }

  static Arbitrary<LocalDateTime> dateTimes() {
    return Combinators.combine(
            dates(),
            Arbitraries.oneOf(
                Arbitraries.longs().between(0, 86_399).map(s -> s * 1_000_000_000L),
                Arbitraries.longs().between(0, LocalTime.MAX.toNanoOfDay())))
        .as((date, nanos) -> LocalDateTime.of(date, LocalTime.ofNanoOfDay(nanos)));
  }

  static Arbitrary<OffsetDateTime> offsetDateTimes() {
    return Combinators.combine(dateTimes(), Arbitraries.integers().between(-18 * 3600, 18 * 3600))
        .as((local, offset) -> OffsetDateTime.of(local, ZoneOffset.ofTotalSeconds(offset)));
  }

  static Arbitrary<Duration> durations() {
    return Combinators.combine(Arbitraries.longs(), Arbitraries.integers().between(0, 999_999_999))
        .as(Duration::ofSeconds);
  }

  static Arbitrary<UUID> uuids() {
    return Combinators.combine(Arbitraries.longs(), Arbitraries.longs()).as(UUID::new);
  }

  static Arbitrary<Item> items() {
    return Combinators.combine(strings(), Arbitraries.integers(), decimals()).as(Item::new);
  }

  static Arbitrary<Address> addresses() {
    Arbitrary<GeoPoint> points = Combinators.combine(doubles(), doubles()).as(GeoPoint::new);
    return Combinators.combine(strings(), strings().injectNull(0.5), points).as(Address::new);
  }

  @Provide
  Arbitrary<Instant> times() {
    return rfc3339Instants();
  }

  @Provide
  Arbitrary<String> parcelIds() {
    return strings();
  }

  @Provide
  Arbitrary<Long> grams() {
    return Arbitraries.longs().between(0, Long.MAX_VALUE);
  }

  @Provide
  Arbitrary<List<Piece>> pieces() {
    return Combinators.combine(strings(), Arbitraries.integers().between(1, Integer.MAX_VALUE))
        .as(Piece::new)
        .list()
        .ofMaxSize(4)
        .map(ArrayList::new);
  }
}
