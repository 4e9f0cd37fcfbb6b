package io.missive.it.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import io.missive.Message;
import io.missive.MessageCodec;
import io.missive.it.json.AccountOpened;
import io.missive.it.json.AccountOpened.Kind;
import io.missive.it.json.AccountOpened.Tier;
import io.missive.it.json.AccountOpenedEvent;
import io.missive.it.json.MeetingBooked;
import io.missive.it.json.PaymentReceived.Channel;
import io.missive.it.json.PaymentReceived.PaymentMethod;
import io.missive.it.json.Ibans;
import io.missive.it.json.ShiftScheduled.Rate;
import io.missive.it.json.ShiftScheduledEvent;
import io.missive.it.json.WebhookRegisteredEvent;
import io.missive.it.schema.InventoryCounted.Bin;
import io.missive.it.schema.InventoryCounted.Method;
import io.missive.it.schema.Samples.Sample;
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
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.Test;

/**
 * The lock this module commits (src/test/missive, written by the processor with -Amissive.schemas)
 * checked by an external validator, networknt's json-schema-validator: every snapshot is a valid JSON
 * Schema 2020-12 document, and the {@code data} Missive writes validates against the snapshot of its
 * own type and version, for every message type of the module (so every value type and shape), over
 * generated values that reach each type's edges (with format assertions on). The validator is shown
 * to catch a wrong value at every place of the data, so none of this passes vacuously.
 */
class SnapshotValidationTest {

  private static final Path LOCK = Path.of("src/test/missive");
  /** Reads and writes data as a tree without changing a number (no double in between). */
  private static final ObjectMapper EXACT =
      JsonMapper.builder()
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
          .build();
  private static final JsonFactory FACTORY = new JsonFactory();
  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(
          SpecificationVersion.DRAFT_2020_12,
          builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
  private static final Map<String, Schema> SNAPSHOTS = new ConcurrentHashMap<>();
  /** A generator of messages for each message type of the module, by the envelope class. */
  private static final Map<Class<?>, Sample> SAMPLES = new LinkedHashMap<>();

  static {
    for (Sample sample : Samples.all()) {
      SAMPLES.put(sample.codec().messageClass(), sample);
    }
  }

  /** A value no snapshot accepts anywhere: not a scalar, not a record (an unknown member), not a list. */
  private static final String WRONG = "{\"missive-negative-check\":[[[]]]}";

  private static Schema snapshot(String type, int version) {
    return SNAPSHOTS.computeIfAbsent(
        type + "/" + version,
        key -> REGISTRY.getSchema(read(LOCK.resolve(type).resolve(version + ".schema.json")), InputFormat.JSON));
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
    return dataProblems(dataOf(json), type, version);
  }

  /** The problems the validator finds in {@code data}, the text of a message's data. */
  private static List<String> dataProblems(String data, String type, int version) {
    return snapshot(type, version).validate(data, InputFormat.JSON).stream().map(Object::toString).toList();
  }

  /** The text of the {@code data} member of {@code json}, exactly as written (no number re-read). */
  static String dataOf(String json) throws IOException {
    try (JsonParser parser = FACTORY.createParser(json)) {
      parser.nextToken();
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String name = parser.currentName();
        parser.nextToken();
        int start = (int) parser.currentTokenLocation().getCharOffset();
        parser.skipChildren();
        if (name.equals("data")) {
          return json.substring(start, (int) parser.currentLocation().getCharOffset());
        }
      }
    }
    throw new AssertionError("no data in " + json);
  }

  /** As {@link #dataOf(String)}, for UTF-8. */
  static String dataOf(byte[] json) throws IOException {
    try (JsonParser parser = FACTORY.createParser(json)) {
      parser.nextToken();
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String name = parser.currentName();
        parser.nextToken();
        int start = (int) parser.currentTokenLocation().getByteOffset();
        parser.skipChildren();
        if (name.equals("data")) {
          int end = (int) parser.currentLocation().getByteOffset();
          return new String(json, start, end - start, StandardCharsets.UTF_8);
        }
      }
    }
    throw new AssertionError("no data in " + new String(json, StandardCharsets.UTF_8));
  }

  /** Each message type with a snapshot, and its current version: the highest one locked. */
  private static Map<String, Integer> currentVersionsOfTheLock() throws IOException {
    Map<String, Integer> versions = new TreeMap<>();
    try (Stream<Path> types = Files.list(LOCK)) {
      for (Path type : types.filter(Files::isDirectory).toList()) {
        try (Stream<Path> files = Files.list(type)) {
          int current =
              files.map(f -> f.getFileName().toString())
                  .filter(name -> name.matches("[1-9][0-9]*\\.schema\\.json"))
                  .mapToInt(name -> Integer.parseInt(name.substring(0, name.indexOf('.'))))
                  .max()
                  .orElseThrow(() -> new AssertionError("no snapshot in " + type));
          versions.put(type.getFileName().toString(), current);
        }
      }
    }
    return versions;
  }

  /** Every problem the validator finds in what {@code message} writes: text, bytes and data bytes. */
  private static List<String> problemsOf(Message<?> message) throws IOException {
    MessageCodec<?> codec = SAMPLES.get(message.getClass()).codec();
    List<String> problems = new ArrayList<>();
    String text = dataOf(message.toJson());
    problems.addAll(dataProblems(text, codec.type(), codec.version()));
    String bytes = dataOf(message.toJsonBytes());
    problems.addAll(dataProblems(bytes, codec.type(), codec.version()));
    problems.addAll(
        dataProblems(new String(message.dataJsonBytes(), StandardCharsets.UTF_8), codec.type(), codec.version()));
    return problems;
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

  /**
   * A message type added to the module gets its snapshot on the first build; this fails until
   * {@link Samples#all} has a generator for it, at the version the lock has, so no type is left out of
   * the validation without a word.
   */
  @Test
  void everyMessageTypeOfTheLockHasAGeneratorAtItsCurrentVersion() throws IOException {
    Map<String, Integer> generated = new TreeMap<>();
    for (Sample sample : Samples.all()) {
      assertThat(generated.put(sample.codec().type(), sample.codec().version()))
          .as("a second generator of " + sample.codec().type())
          .isNull();
    }
    assertThat(generated).isEqualTo(currentVersionsOfTheLock());
    assertThat(SAMPLES).hasSameSizeAs(generated);
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

  // ---------------------------------------------------------------------------------------------
  // Every message type, every value type.

  @Property(tries = 4000, edgeCases = EdgeCasesMode.MIXIN)
  void everyMessageOfEveryTypeValidatesAgainstItsOwnSnapshot(@ForAll("anyMessage") Message<?> message)
      throws IOException {
    Statistics.label("type").collect(SAMPLES.get(message.getClass()).codec().type());
    List<String> problems = problemsOf(message);
    assertThat(problems).withFailMessage(() -> problems + " in " + message.toJson()).isEmpty();
  }

  @Provide
  Arbitrary<Message<?>> anyMessage() {
    return Arbitraries.of(List.copyOf(SAMPLES.values())).flatMap(sample -> sample.messages().map(m -> (Message<?>) m));
  }

  /**
   * The validation above is not vacuous: for messages of every type, the data as written validates,
   * and the same data with a wrong value at any one place (each member, each element, each map value,
   * at any depth, and the data itself), without any one required member, or with a member the version
   * does not have, does not.
   */
  @Test
  void theValidatorFindsAWrongValueAtEveryPlaceOfEveryTypesData() throws IOException {
    JsonNode wrong = EXACT.readTree(WRONG);
    int places = 0;
    for (Sample sample : SAMPLES.values()) {
      String type = sample.codec().type();
      int version = sample.codec().version();
      List<String> required = new ArrayList<>();
      EXACT.readTree(read(LOCK.resolve(type).resolve(version + ".schema.json"))).get("required")
          .forEach(name -> required.add(name.asText()));
      for (Message<?> message : sample.messages().sampleStream().limit(4).toList()) {
        ObjectNode data = (ObjectNode) EXACT.readTree(message.dataJsonBytes());
        List<String> baseline = dataProblems(EXACT.writeValueAsString(data), type, version);
        assertThat(baseline).withFailMessage(() -> type + ": " + baseline + " in " + data).isEmpty();
        for (JsonPointer place : places(data, JsonPointer.empty(), new ArrayList<>())) {
          JsonNode changed = replaced(data, place, wrong);
          assertThat(dataProblems(EXACT.writeValueAsString(changed), type, version))
              .as(type + " with a wrong value at " + place + ": " + changed)
              .isNotEmpty();
          places++;
        }
        for (String member : required) {
          ObjectNode without = data.deepCopy();
          without.remove(member);
          assertThat(dataProblems(EXACT.writeValueAsString(without), type, version))
              .as(type + " without " + member)
              .isNotEmpty();
        }
        ObjectNode more = data.deepCopy();
        more.put("missiveUnknownMember", 1);
        assertThat(dataProblems(EXACT.writeValueAsString(more), type, version)).as(type + " with another member")
            .isNotEmpty();
      }
    }
    assertThat(places).isGreaterThan(1000);
  }

  /** The places of {@code node} and of everything in it, {@code at} first. */
  private static List<JsonPointer> places(JsonNode node, JsonPointer at, List<JsonPointer> places) {
    places.add(at);
    if (node.isObject()) {
      node.fieldNames().forEachRemaining(name -> places(node.get(name), at.appendProperty(name), places));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        places(node.get(i), at.appendIndex(i), places);
      }
    }
    return places;
  }

  /** A copy of {@code data} with {@code value} at {@code place}. */
  private static JsonNode replaced(ObjectNode data, JsonPointer place, JsonNode value) {
    if (place.matches()) {
      return value;
    }
    ObjectNode copy = data.deepCopy();
    JsonNode parent = copy.at(place.head());
    if (parent instanceof ObjectNode object) {
      object.set(place.last().getMatchingProperty(), value);
    } else {
      ((ArrayNode) parent).set(place.last().getMatchingIndex(), value);
    }
    return copy;
  }

  // ---------------------------------------------------------------------------------------------
  // Edges, by hand.

  /** Every value of {@code message}'s data empty, absent or at an end of its type. */
  private static void assertValid(Message<?> message) throws IOException {
    List<String> problems = problemsOf(message);
    assertThat(problems).withFailMessage(() -> problems + " in " + message.toJson()).isEmpty();
  }

  @Test
  void emptyCollectionsAbsentOptionalsAndNullsValidate() throws IOException {
    ScheduleExported.Slot slot =
        new ScheduleExported.Slot(
            ZonedDateTime.of(0, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC), ZoneOffset.UTC, ZoneOffset.UTC, Period.ZERO,
            Locale.ROOT, Ibans.of("DE", "370400440532013000", false), Kind.OTHER, Tier.BASIC,
            new PaymentMethod.Cash(), null, List.of());
    ScheduleExportedEvent.Builder empty = ScheduleExportedEvent.builder().slot(slot);
    for (var setter : List.<java.util.function.Consumer<ScheduleExportedEvent.Builder>>of(
        b -> b.zonedOptional(Optional.empty()).zoneOptional(Optional.empty()).offsetOptional(Optional.empty())
            .yearMonthOptional(Optional.empty()).yearOptional(Optional.empty()).monthDayOptional(Optional.empty())
            .periodOptional(Optional.empty()).localeOptional(Optional.empty()).ibanOptional(Optional.empty())
            .kindOptional(Optional.empty()).tierOptional(Optional.empty()).methodOptional(Optional.empty())
            .slotOptional(Optional.empty()),
        b -> b.zonedNullable(null).zoneNullable(null).offsetNullable(null).yearMonthNullable(null).yearNullable(null)
            .monthDayNullable(null).periodNullable(null).localeNullable(null).ibanNullable(null).kindNullable(null)
            .tierNullable(null).methodNullable(null).slotNullable(null),
        b -> b.zonedList(List.of()).zoneList(List.of()).offsetList(List.of()).yearMonthList(List.of())
            .yearList(List.of()).monthDayList(List.of()).periodList(List.of()).localeList(List.of())
            .ibanList(List.of()).kindList(List.of()).tierList(List.of()).methodList(List.of()).slotList(List.of()),
        b -> b.zonedSet(Set.of()).zoneSet(Set.of()).offsetSet(Set.of()).yearMonthSet(Set.of()).yearSet(Set.of())
            .monthDaySet(Set.of()).periodSet(Set.of()).localeSet(Set.of()).ibanSet(Set.of()).kindSet(Set.of())
            .tierSet(Set.of()).methodSet(Set.of()).slotSet(Set.of()).amountSet(Set.of()).readingSet(Set.of()),
        b -> b.zonedMap(Map.of()).zoneMap(Map.of()).offsetMap(Map.of()).yearMonthMap(Map.of()).yearMap(Map.of())
            .monthDayMap(Map.of()).periodMap(Map.of()).localeMap(Map.of()).ibanMap(Map.of()).kindMap(Map.of())
            .tierMap(Map.of()).methodMap(Map.of()).slotMap(Map.of()))) {
      setter.accept(empty);
    }
    ScheduleExportedEvent message = empty.build();
    assertThat(message.toJson()).contains("\"zonedOptional\":null", "\"slotNullable\":null", "\"readingSet\":[]");
    assertValid(message);
    // Left out by @JsonInclude: an empty list and value object, a null, an empty optional.
    AccountOpenedEvent account = Samples.accountOpened().sample().toBuilder()
        .nickname(null).tags(List.of()).note(Optional.empty()).branch(AccountOpened.Branch.of("")).build();
    assertThat(dataOf(account.toJson())).doesNotContain("\"nickname\"", "\"tags\"", "\"note\"", "\"branch\"");
    assertValid(account);
    assertValid(Samples.documentSigned().sample().toBuilder().content(new byte[0]).signature(null).build());
    assertValid(Samples.webhookRegistered().sample().toBuilder().fallback(null).build());
    assertValid(Samples.parcelShipped().sample().toBuilder()
        .label("").note(Optional.empty()).floor(OptionalInt.empty()).tracking(OptionalLong.empty())
        .temperature(OptionalDouble.empty()).items(List.of()).backups(Set.of()).counts(Map.of()).itemsByRoom(Map.of())
        .destination(Optional.empty()).checkpoints(List.of(Optional.empty())).batches(List.of(List.of()))
        .comment(null).returnAddress(null).build());
  }

  @Test
  void theEndsOfEveryValueTypeValidate() throws IOException {
    byte[] everyByte = new byte[256];
    for (int i = 0; i < everyByte.length; i++) {
      everyByte[i] = (byte) i;
    }
    assertValid(Samples.documentSigned().sample().toBuilder().content(everyByte).signature(new byte[] {-1}).build());
    assertValid(Samples.parcelShipped().sample().toBuilder()
        .label("\ud800 \u0000 😀 \u2028").lane(Byte.MIN_VALUE).dock(Short.MIN_VALUE).pieces(Integer.MIN_VALUE)
        .sequence(Long.MIN_VALUE).grade('\uffff').ratio(Float.NEGATIVE_INFINITY).weight(Double.NaN)
        .boxedLane(Byte.MAX_VALUE).boxedDock(Short.MAX_VALUE).boxedPieces(Integer.MAX_VALUE)
        .boxedSequence(Long.MAX_VALUE).boxedGrade('\ud800').boxedRatio(Float.MIN_VALUE).boxedWeight(-Double.MAX_VALUE)
        .price(new BigDecimal("-1E-400")).serial(BigInteger.TWO.pow(3000).negate())
        .shippedAt(Instant.parse("9999-12-31T23:59:59.999999999Z")).plannedOn(LocalDate.of(0, 1, 1))
        .localPickup(LocalDateTime.MIN).handedOver(OffsetDateTime.of(0, 1, 1, 0, 0, 0, 0, ZoneOffset.MAX))
        .transit(Duration.ofSeconds(Long.MIN_VALUE)).parcelId(new UUID(-1, -1))
        .floor(OptionalInt.of(Integer.MIN_VALUE)).tracking(OptionalLong.of(Long.MAX_VALUE))
        .temperature(OptionalDouble.of(Double.NEGATIVE_INFINITY)).counts(Map.of("", Integer.MAX_VALUE))
        .checkpoints(List.of(Optional.of(Instant.parse("0000-01-01T00:00:00Z")))).build());
    assertValid(Samples.inventoryCounted().sample().toBuilder()
        .temperature(Float.MAX_VALUE).humidity(Double.POSITIVE_INFINITY).variance(OptionalDouble.of(-0.0))
        .localEnd(LocalDateTime.MAX).startedAt(LocalTime.MAX).took(Duration.ofSeconds(Long.MAX_VALUE, 999_999_999))
        .countedAt(Instant.parse("0000-01-01T00:00:00Z")).day(LocalDate.of(9999, 12, 31))
        .reportedAt(OffsetDateTime.of(9999, 12, 31, 23, 59, 59, 999_999_999, ZoneOffset.MIN))
        .report(URI.create("")).build());
    assertValid(Samples.meetingBooked().sample().toBuilder()
        .startsAt(ZonedDateTime.of(9999, 12, 31, 23, 59, 59, 999_999_999, ZoneId.of("Pacific/Kiritimati")))
        .zone(ZoneId.of("UTC")).offset(ZoneOffset.ofHoursMinutesSeconds(-17, -59, -59))
        .billingMonth(YearMonth.of(Year.MIN_VALUE, 1)).fiscalYear(Year.of(Year.MAX_VALUE))
        .anniversary(MonthDay.of(2, 29)).notice(Period.of(Integer.MIN_VALUE, Integer.MAX_VALUE, Integer.MIN_VALUE))
        .language(Locale.forLanguageTag("ja-JP-u-ca-japanese")).repeatEvery(Optional.of(Period.ofWeeks(-2)))
        .subtitles(List.of(Locale.ROOT, Locale.forLanguageTag("sr-Latn-RS")))
        .attendeeZones(Map.of("z", ZoneOffset.MIN)).cancelledAt(ZonedDateTime.of(0, 1, 1, 0, 0, 0, 0, ZoneOffset.MAX))
        .series(new MeetingBooked.Series(Year.of(Year.MIN_VALUE), Optional.of(MonthDay.of(12, 31)),
            List.of(YearMonth.of(Year.MAX_VALUE, 12), YearMonth.of(-1, 1), YearMonth.of(0, 6))))
        .build());
    assertValid(Samples.paymentReceived().sample().toBuilder()
        .method(new PaymentMethod.Cash()).fallbacks(List.of(new PaymentMethod.Cash(), new PaymentMethod.Card("", "0000")))
        .channel(new Channel.Till(Integer.MIN_VALUE)).build());
    // Sets of numbers distinct in Java and in JSON: NaN, a zero, an infinity, the smallest double.
    assertValid(Samples.scheduleExported().sample().toBuilder()
        .amountSet(setOf(new BigDecimal("1.5"), new BigDecimal("-1.5"), BigDecimal.ZERO))
        .readingSet(setOf(Double.NaN, 0.0, Double.POSITIVE_INFINITY, Double.MIN_VALUE))
        .build());
  }

  // ---------------------------------------------------------------------------------------------
  // Findings.

  /**
   * What Missive writes for {@code message}, at {@code member}, is {@code written}, and its own
   * snapshot rejects it with {@code problem}.
   */
  private static void assertRejected(Message<?> message, String member, String written, String problem)
      throws IOException {
    assertThat(dataOf(message.toJson())).contains("\"" + member + "\":" + written);
    assertThat(problemsOf(message)).as("%s written as %s", member, written).contains(problem);
  }

  /**
   * Values Missive writes, as documented in docs/json.md, that the snapshot it writes for the same
   * type rejects: mismatches between the writer and {@code SchemaMapping}, reported, and left out of
   * the generators of {@link Samples}. Each is pinned with the validator's message: when one of them
   * validates (the writer or the mapping changed), this fails; then move the value into the generators
   * and drop it here.
   */
  @SafeVarargs
  private static <T> Set<T> setOf(T... elements) {
    Set<T> set = new LinkedHashSet<>();
    for (T element : elements) {
      set.add(element);
    }
    return set;
  }

  @Test
  void valuesMissiveWritesThatItsOwnSnapshotRejects() throws IOException {
    InventoryCountedEvent inventory = Samples.inventoryCounted().sample();
    String dateTime = "does not match the date-time pattern must be a valid RFC 3339 date-time";
    // Instant, OffsetDateTime, ZonedDateTime: years outside 0000-9999 as ISO-8601 (a sign, 5+ digits),
    // and offsets of seconds; the snapshot says "format": "date-time" (RFC 3339: 4 digits, hh:mm).
    assertRejected(
        inventory.toBuilder().countedAt(Instant.parse("+10000-01-01T00:00:00Z")).build(),
        "countedAt", "\"+10000-01-01T00:00:00Z\"", "/countedAt: " + dateTime);
    assertRejected(
        inventory.toBuilder().countedAt(Instant.parse("-0001-12-31T23:59:59Z")).build(),
        "countedAt", "\"-0001-12-31T23:59:59Z\"", "/countedAt: " + dateTime);
    OffsetDateTime secondsOffset = OffsetDateTime.of(2026, 3, 15, 10, 0, 0, 0, ZoneOffset.ofHoursMinutesSeconds(1, 2, 3));
    assertRejected(
        inventory.toBuilder().reportedAt(secondsOffset).build(),
        "reportedAt", "\"2026-03-15T10:00:00+01:02:03\"", "/reportedAt: " + dateTime);
    // A region's offset before standard time had seconds: Paris was +00:09:21 until 1911.
    ScheduleExportedEvent schedule = Samples.scheduleExported().sample();
    ZonedDateTime parisIn1850 = ZonedDateTime.of(1850, 1, 1, 12, 0, 0, 0, ZoneId.of("Europe/Paris"));
    assertRejected(
        schedule.toBuilder().zonedNullable(parisIn1850).build(),
        "zonedNullable", "\"1850-01-01T12:00:00+00:09:21\"", "/zonedNullable: " + dateTime);
    // LocalDate: the same years; "format": "date" is RFC 3339's full-date.
    assertRejected(
        inventory.toBuilder().day(LocalDate.of(10000, 1, 1)).build(),
        "day", "\"+10000-01-01\"", "/day: does not match the date pattern must be a valid RFC 3339 full-date");
    // URI: java.net.URI takes non-ASCII chars ("other" chars), written as they are; "uri-reference" is
    // RFC 3986, ASCII only (an IRI would be "iri-reference").
    assertRejected(
        inventory.toBuilder().report(URI.create("https://example.com/stra\u00dfe")).build(),
        "report", "\"https://example.com/stra\u00dfe\"",
        "/report: does not match the uri-reference pattern must be a valid RFC 3986 URI-reference");
    // URL: new URL(text) takes what RFC 3986 does not (a space, non-ASCII, "|"), written as they are.
    WebhookRegisteredEvent hook = Samples.webhookRegistered().sample();
    for (String url : List.of("https://example.com/a b", "https://example.com/\u00fc", "https://example.com/a|b")) {
      assertRejected(
          hook.toBuilder().callback(Samples.url(url)).build(),
          "callback", "\"" + url + "\"", "/callback: does not match the uri pattern must be a valid RFC 3986 URI");
    }
    // Sets: elements distinct in Java, written as equal JSON values, break "uniqueItems": true.
    String unique = "must have only unique items in the array";
    assertRejected(
        schedule.toBuilder().amountSet(setOf(new BigDecimal("1.0"), new BigDecimal("1.00"))).build(),
        "amountSet", "[1.0,1.00]", "/amountSet: " + unique);
    assertRejected(
        schedule.toBuilder().readingSet(setOf(0.0, -0.0)).build(),
        "readingSet", "[0.0,-0.0]", "/readingSet: " + unique);
    ZonedDateTime paris = ZonedDateTime.of(2026, 7, 1, 9, 0, 0, 0, ZoneId.of("Europe/Paris"));
    assertRejected(
        schedule.toBuilder().zonedSet(setOf(paris, paris.withZoneSameInstant(ZoneOffset.ofHours(2)))).build(),
        "zonedSet", "[\"2026-07-01T09:00:00+02:00\",\"2026-07-01T09:00:00+02:00\"]", "/zonedSet: " + unique);
  }
}
