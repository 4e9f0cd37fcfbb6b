package io.missive.it.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.missive.MessageFormatException;
import io.missive.it.json.AccountOpened.Kind;
import io.missive.it.json.AccountOpened.Limit;
import io.missive.it.json.AccountOpened.Tier;
import java.math.BigDecimal;
import java.time.Instant;
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
 * The Jackson annotations a team's payload types already carry, honoured as Jackson honours them:
 * value objects ({@code @JsonValue} + {@code @JsonCreator}), {@code @JsonProperty} and
 * {@code @JsonAlias} names, enums named by {@code @JsonProperty} or by a {@code @JsonValue} code with
 * {@code @JsonEnumDefaultValue}, and {@code @JsonInclude}. The JSON is the one a plain
 * {@code ObjectMapper} writes for a record with the same components and annotations, byte for byte,
 * and each reads what the other writes.
 */
class JacksonAnnotationsTest {

  /** A Jackson user's mapper, which reads an unknown enum constant as its {@code @JsonEnumDefaultValue}. */
  private static final ObjectMapper DATABIND =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .registerModule(new Jdk8Module())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .enable(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_USING_DEFAULT_VALUE);

  static final Iban DE = Iban.of("DE89 3704 0044 0532 0130 00");
  static final Iban GB = Iban.of("GB82WEST12345698765432");

  static AccountOpenedEvent.Builder account() {
    return AccountOpenedEvent.builder()
        .id("a-1")
        .timestamp(Instant.parse("2026-03-15T10:30:00Z"))
        .iban(DE)
        .bic(new Bic("COBADEFFXXX"))
        .holder("Ana Lima")
        .kind(Kind.SAVINGS)
        .tier(Tier.PREMIUM)
        .linked(Optional.of(GB))
        .payees(List.of(GB))
        .correspondents(Map.of("uk", new Bic("NWBKGB2L")))
        .limit(new Limit(new BigDecimal("500.00"), Currency.getInstance("EUR"), null))
        .nickname(null)
        .tags(List.of())
        .note(Optional.empty())
        .branch(null);
  }

  @Test
  void theyAreWrittenAsJacksonWritesThem() {
    assertThat(account().build().toJson())
        .contains(
            "\"data\":{\"iban\":\"DE89 3704 0044 0532 0130 00\",\"bic\":\"COBADEFFXXX\","
                + "\"account_holder\":\"Ana Lima\",\"kind\":\"savings\",\"tier\":\"P\","
                + "\"linked\":\"GB82WEST12345698765432\",\"payees\":[\"GB82WEST12345698765432\"],"
                + "\"correspondents\":{\"uk\":\"NWBKGB2L\"},"
                + "\"limit\":{\"per_day\":500.00,\"currency\":\"EUR\"}}");
    assertThat(account().nickname("savings").tags(List.of("joint")).note(Optional.of("")).build().toJson())
        .endsWith("\"nickname\":\"savings\",\"tags\":[\"joint\"],\"note\":\"\"}}");
  }

  /** The payload as a plain record with the same components and annotations, for the mapper. */
  record PlainAccount(
      Iban iban,
      Bic bic,
      @JsonProperty("account_holder") @JsonAlias({"holder", "owner"}) String holder,
      Kind kind,
      Tier tier,
      Optional<Iban> linked,
      List<Iban> payees,
      Map<String, Bic> correspondents,
      Limit limit,
      @JsonInclude(JsonInclude.Include.NON_NULL) String nickname,
      @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> tags,
      @JsonInclude(JsonInclude.Include.NON_ABSENT) Optional<String> note,
      @JsonInclude(JsonInclude.Include.NON_EMPTY) AccountOpened.Branch branch) {

    PlainAccount {
      // What the mapper reads for a member left out, as Missive reads it.
      tags = tags == null ? List.of() : tags;
      note = note == null ? Optional.empty() : note;
    }

    static PlainAccount of(AccountOpened data) {
      return new PlainAccount(
          data.iban(), data.bic(), data.holder(), data.kind(), data.tier(), data.linked(), data.payees(),
          data.correspondents(), data.limit(), data.nickname(), data.tags(), data.note(), data.branch());
    }
  }

  @Property(tries = 300)
  void aPlainObjectMapperWritesTheSameData(@ForAll("accounts") AccountOpenedEvent account) throws Exception {
    assertThat(data(account.toJson())).isEqualTo(DATABIND.writeValueAsString(PlainAccount.of(account.data())));
  }

  @Property(tries = 300)
  void eachReadsWhatTheOtherWrites(@ForAll("accounts") AccountOpenedEvent account) throws Exception {
    PlainAccount plain = PlainAccount.of(account.data());
    assertThat(DATABIND.readValue(data(account.toJson()), PlainAccount.class)).isEqualTo(plain);
    String json = account.toJson();
    String fromMapper = json.replace(data(json), DATABIND.writeValueAsString(plain));
    assertThat(AccountOpenedEvent.fromJson(fromMapper)).isEqualTo(account);
  }

  @Property(tries = 300)
  void writeThenReadIsTheIdentity(@ForAll("accounts") AccountOpenedEvent account) {
    assertThat(AccountOpenedEvent.fromJson(account.toJson())).isEqualTo(account);
    assertThat(AccountOpenedEvent.fromJson(account.toJsonBytes())).isEqualTo(account);
  }

  @Test
  void aliasesAreReadAndNeverWritten() throws Exception {
    String json = account().build().toJson();
    for (String alias : List.of("holder", "owner")) {
      String old = json.replace("\"account_holder\":", "\"" + alias + "\":");
      assertThat(AccountOpenedEvent.fromJson(old).data().holder()).isEqualTo("Ana Lima");
      assertThat(DATABIND.readValue(data(old), PlainAccount.class).holder()).isEqualTo("Ana Lima");
    }
    String bank = json.replace("\"currency\":\"EUR\"}", "\"currency\":\"EUR\",\"bank\":\"NWBKGB2L\"}");
    assertThat(AccountOpenedEvent.fromJson(bank).data().limit().issuer()).isEqualTo(new Bic("NWBKGB2L"));
  }

  @Test
  void anUnknownKindIsReadAsTheDefaultAsTheMapperDoes() throws Exception {
    String json = account().build().toJson().replace("\"savings\"", "\"brokerage\"");
    assertThat(AccountOpenedEvent.fromJson(json).data().kind()).isEqualTo(Kind.OTHER);
    assertThat(DATABIND.readValue(data(json), PlainAccount.class).kind()).isEqualTo(Kind.OTHER);
  }

  @Test
  void aValueObjectWhoseValueIsEmptyIsLeftOutAsJacksonLeavesItOut() throws Exception {
    AccountOpenedEvent online = account().branch(AccountOpened.Branch.of("")).build();
    assertThat(online.toJson()).doesNotContain("branch");
    assertThat(DATABIND.writeValueAsString(PlainAccount.of(online.data()))).doesNotContain("branch");
    // Read back as Jackson reads it: the member is absent, so the nullable branch is null.
    assertThat(AccountOpenedEvent.fromJson(online.toJson()).data().branch()).isNull();
    assertThat(account().branch(AccountOpened.Branch.of("B-17")).build().toJson()).contains("\"branch\":\"B-17\"");
  }

  @Test
  void membersLeftOutAreReadAsWhatLeftThemOut() {
    String json = account().build().toJson();
    assertThat(json).doesNotContain("nickname").doesNotContain("tags").doesNotContain("note").doesNotContain("issuer");
    AccountOpened read = AccountOpenedEvent.fromJson(json).data();
    assertThat(read.nickname()).isNull();
    assertThat(read.tags()).isEmpty();
    assertThat(read.note()).isEmpty();
  }

  @Test
  void badInputIsRejectedWithItsPathAndTheCreatorsOwnException() {
    String json = account().build().toJson();
    assertThatThrownBy(() -> AccountOpenedEvent.fromJson(json.replace("DE89 3704", "DE88 3704")))
        .isInstanceOfSatisfying(
            MessageFormatException.class,
            e -> {
              assertThat(e.path()).isEqualTo("data.iban");
              assertThat(e.problem())
                  .isEqualTo(
                      "Iban.of rejected \"DE88 3704 0044 0532 0130 00\": the check digits of DE88 3704 0044"
                          + " 0532 0130 00 do not match");
              assertThat(e.getCause())
                  .isInstanceOf(IllegalArgumentException.class)
                  .hasMessage("the check digits of DE88 3704 0044 0532 0130 00 do not match");
            });
    assertRejected(
        json.replace("\"NWBKGB2L\"", "\"nwbk\""),
        "data.correspondents.uk",
        "new Bic rejected \"nwbk\": not a BIC: nwbk");
    assertRejected(
        json.replace("\"payees\":[\"GB82WEST12345698765432\"]", "\"payees\":[42]"),
        "data.payees[0]",
        "expected a string, found an integer");
    assertRejected(json.replace("\"tier\":\"P\"", "\"tier\":\"PREMIUM\""), "data.tier",
        "expected one of [B, P], found \"PREMIUM\"");
    assertRejected(
        json.replace("\"account_holder\":\"Ana Lima\",", ""), "data.account_holder", "missing");
  }

  @Test
  void anEnumWithoutADefaultNamesItsConstantsStrings() {
    // Kind has a default; Tier has none: an unknown tier fails, naming the codes there are.
    assertRejected(
        account().build().toJson().replace("\"tier\":\"P\"", "\"tier\":\"G\""),
        "data.tier",
        "expected one of [B, P], found \"G\"");
  }

  private static void assertRejected(String json, String path, String problem) {
    assertThatThrownBy(() -> AccountOpenedEvent.fromJson(json))
        .isInstanceOfSatisfying(
            MessageFormatException.class,
            e -> {
              assertThat(e.messageType()).isEqualTo("AccountOpened");
              assertThat(e.path()).isEqualTo(path);
              assertThat(e.problem()).isEqualTo(problem);
            });
  }

  private static String data(String json) {
    return json.substring(json.indexOf("\"data\":") + 7, json.length() - 1);
  }

  @Provide
  Arbitrary<AccountOpenedEvent> accounts() {
    Arbitrary<Iban> ibans =
        Combinators.combine(
                Arbitraries.of("DE", "GB", "FR", "NL", "CH", "BR"),
                Arbitraries.strings().withChars("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ").ofMinLength(11).ofMaxLength(30),
                Arbitraries.of(true, false))
            .as(Ibans::of);
    Arbitrary<Bic> bics =
        Combinators.combine(
                Arbitraries.strings().withCharRange('A', 'Z').ofLength(6),
                Arbitraries.strings().withChars("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789").ofLength(2),
                Arbitraries.of("", "XXX", "100"))
            .as((a, b, c) -> new Bic(a + b + c));
    Arbitrary<String> texts = Arbitraries.strings().ofMaxLength(12);
    Arbitrary<Limit> limits =
        Combinators.combine(
                Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("100000")).ofScale(2),
                Arbitraries.of(Currency.getAvailableCurrencies()),
                bics.injectNull(0.5))
            .as(Limit::new);
    return Combinators.combine(
            ibans, bics, texts, Arbitraries.of(Kind.class), Arbitraries.of(Tier.class), ibans.optional(),
            ibans.list().ofMaxSize(3), Arbitraries.maps(Arbitraries.strings().alpha().ofLength(2), bics).ofMaxSize(2))
        .flatAs(
            (iban, bic, holder, kind, tier, linked, payees, correspondents) ->
                Combinators.combine(
                        limits, texts.injectNull(0.5), texts.list().ofMaxSize(2), texts.optional(),
                        Arbitraries.of("B-17", "0042", "X").map(AccountOpened.Branch::of).injectNull(0.3))
                    .as(
                        (limit, nickname, tags, note, branch) ->
                            AccountOpenedEvent.builder()
                                .id("a-1")
                                .timestamp(Instant.parse("2026-03-15T10:30:00Z"))
                                .iban(iban)
                                .bic(bic)
                                .holder(holder)
                                .kind(kind)
                                .tier(tier)
                                .linked(linked)
                                .payees(payees)
                                .correspondents(correspondents)
                                .limit(limit)
                                .nickname(nickname)
                                .tags(tags)
                                .note(note)
                                .branch(branch)
                                .build()));
  }
}
