package io.missive.it.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import io.missive.it.json.ShiftScheduled.Rate;
import io.missive.it.json.ShiftScheduledEvent;
import io.missive.it.schema.InventoryCounted.Bin;
import io.missive.it.schema.InventoryCounted.Method;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The lock this module commits (src/test/missive, written by the processor with -Amissive.schemas)
 * checked by an external validator, networknt's json-schema-validator: every snapshot is a valid JSON
 * Schema 2020-12 document, and the {@code data} Missive writes validates against the snapshot of its
 * own type and version, for every value type (with format assertions on).
 */
class SnapshotValidationTest {

  private static final Path LOCK = Path.of("src/test/missive");
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(
          SpecificationVersion.DRAFT_2020_12,
          builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));

  private static Schema snapshot(String type, int version) {
    return REGISTRY.getSchema(read(LOCK.resolve(type).resolve(version + ".schema.json")), InputFormat.JSON);
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The problems the validator finds in the data of {@code json}, a message Missive wrote. */
  private static List<String> problems(String json, String type, int version) throws IOException {
    JsonNode data = MAPPER.readTree(json).get("data");
    return snapshot(type, version).validate(data.toString(), InputFormat.JSON).stream().map(Object::toString).toList();
  }

  @Test
  void everySnapshotIsAValidJsonSchema202012Document() throws IOException {
    Schema meta = REGISTRY.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
    List<Path> files = new ArrayList<>();
    try (Stream<Path> all = Files.walk(LOCK)) {
      all.filter(p -> p.toString().endsWith(".schema.json")).forEach(files::add);
    }
    assertThat(files).hasSizeGreaterThanOrEqualTo(10);
    for (Path file : files) {
      assertThat(meta.validate(read(file), InputFormat.JSON)).as(file.toString()).isEmpty();
    }
  }

  @Test
  void theLockHasEveryMessageTypeOfTheModuleAtItsVersion() {
    assertThat(LOCK.resolve("InventoryCounted/1.schema.json")).exists();
    assertThat(LOCK.resolve("ShiftScheduled/1.schema.json")).exists();
    assertThat(read(LOCK.resolve("InventoryCounted/1.schema.json")))
        .contains("\"$id\": \"urn:missive:InventoryCounted:1\"", "\"format\": \"date-time\"", "\"$defs\"");
  }

  @Test
  void theShiftOfTheValueTypesTestsValidates() throws IOException {
    String json =
        ShiftScheduledEvent.builder()
            .startsAt(LocalTime.of(9, 0))
            .handbook(URI.create("https://example.com/rota/handbook?lang=en#pay"))
            .payCurrency(Currency.getInstance("EUR"))
            .breakAt(LocalTime.of(12, 30, 15, 500_000_000))
            .links(List.of(URI.create("/rota/2026-03-15"), URI.create("mailto:rota@example.com")))
            .allowances(Map.of("night", Currency.getInstance("CHF")))
            .rate(new Rate(new BigDecimal("21.50"), Currency.getInstance("JPY"), Optional.empty()))
            .endsAt(null)
            .build()
            .toJson();
    assertThat(problems(json, "ShiftScheduled", 1)).isEmpty();
  }

  @Test
  void aMessageWithAWrongValueDoesNotValidate() throws IOException {
    String json = example(new BigDecimal("1.5"), Instant.parse("2026-03-15T10:30:00Z"), 1.5, Duration.ofMinutes(90)).toJson();
    assertThat(problems(json, "InventoryCounted", 1)).isEmpty();
    assertThat(problems(json.replace("\"count\":7", "\"count\":\"7\""), "InventoryCounted", 1)).isNotEmpty();
    assertThat(problems(json.replace("\"day\":\"2026-03-15\"", "\"day\":\"15.03.2026\""), "InventoryCounted", 1))
        .isNotEmpty();
    assertThat(problems(json.replace("\"method\":\"CYCLE\"", "\"method\":\"GUESS\""), "InventoryCounted", 1))
        .isNotEmpty();
    assertThat(problems(json.replace("\"warehouse\":\"north\"", "\"warehouse\":\"north\",\"extra\":1"),
        "InventoryCounted", 1)).isNotEmpty();
  }

  @Property(tries = 300)
  void everyMessageMissiveWritesValidatesAgainstItsOwnSnapshot(@ForAll("inventory") InventoryCountedEvent event)
      throws IOException {
    assertThat(problems(event.toJson(), "InventoryCounted", 1)).as(event.toJson()).isEmpty();
  }

  @Provide
  Arbitrary<InventoryCountedEvent> inventory() {
    Arbitrary<BigDecimal> values = Arbitraries.bigDecimals().ofScale(2).between(new BigDecimal("-1e12"), new BigDecimal("1e12"));
    Arbitrary<Instant> instants = Arbitraries.longs().between(0, 253402300799L).map(Instant::ofEpochSecond);
    Arbitrary<Double> doubles =
        Arbitraries.oneOf(Arbitraries.doubles(), Arbitraries.of(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, -0.0));
    Arbitrary<Duration> durations = Arbitraries.longs().between(-10_000_000L, 10_000_000L).map(Duration::ofMillis);
    return Combinators.combine(values, instants, doubles, durations).as(SnapshotValidationTest::example);
  }

  static InventoryCountedEvent example(BigDecimal value, Instant at, double humidity, Duration took) {
    Map<String, Bin> byLabel = new LinkedHashMap<>();
    byLabel.put("a-1", new Bin("a-1", 3, Optional.empty(), List.of(0.5, Double.NaN)));
    return InventoryCountedEvent.builder()
        .complete(true)
        .audited(false)
        .aisle((byte) -128)
        .shelf((short) 32767)
        .count(7)
        .serial(Long.MIN_VALUE)
        .grade('é')
        .temperature(Float.NaN)
        .humidity(humidity)
        .warehouse("north")
        .value(value)
        .barcode(new BigInteger("123456789012345678901234567890"))
        .countedAt(at)
        .day(LocalDate.of(2026, 3, 15))
        .startedAt(LocalTime.of(9, 0))
        .localEnd(LocalDateTime.of(2026, 3, 15, 17, 45, 30, 123_000_000))
        .reportedAt(OffsetDateTime.of(2026, 3, 15, 18, 0, 0, 0, ZoneOffset.ofHours(2)))
        .took(took)
        .countId(UUID.fromString("0193c4c2-5b1e-7a3c-9f1d-2b6e8c0a4d17"))
        .report(URI.create("/reports/2026-03-15?x=1#top"))
        .currency(Currency.getInstance("EUR"))
        .recount(OptionalInt.empty())
        .previousSerial(OptionalLong.of(42))
        .variance(OptionalDouble.of(Double.POSITIVE_INFINITY))
        .method(Method.CYCLE)
        .note(Optional.of("ok"))
        .bins(List.of(new Bin("b-2", 0, Optional.of(Method.SPOT), List.of())))
        .tags(Set.of("cold"))
        .byCategory(Map.of("frozen", 12))
        .binsByLabel(byLabel)
        .overflow(null)
        .build();
  }
}
