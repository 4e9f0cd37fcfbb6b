package io.missive.it.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.missive.MessageFormatException;
import io.missive.it.json.PaymentReceived.Channel;
import io.missive.it.json.PaymentReceived.PaymentMethod;
import io.missive.it.json.PaymentReceived.PaymentMethod.BankTransfer;
import io.missive.it.json.PaymentReceived.PaymentMethod.Card;
import io.missive.it.json.PaymentReceived.PaymentMethod.Cash;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * Polymorphic fields over a closed set: the discriminator first, named as Jackson names it; the JSON a
 * plain {@code ObjectMapper} writes for {@code @JsonTypeInfo} + {@code @JsonSubTypes}, each side reading
 * the other's; a discriminator that comes later read too; an unknown name rejected, never looked up.
 */
class PolymorphicTypesTest {

  private static final ObjectMapper DATABIND =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .registerModule(new Jdk8Module())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

  static PaymentReceivedEvent.Builder payment() {
    return PaymentReceivedEvent.builder()
        .id("p-1")
        .timestamp(Instant.parse("2026-03-15T10:30:00Z"))
        .amount(new BigDecimal("59.98"))
        .method(new Card("visa", "4242"))
        .refundTo(Optional.of(new BankTransfer(JacksonAnnotationsTest.DE, Optional.of("INV-7"))))
        .fallbacks(List.of(new Cash(), new Card("amex", "0005")))
        .channel(new Channel.Web("s-9"));
  }

  @Test
  void theDiscriminatorComesFirst() {
    assertThat(payment().build().toJson())
        .contains(
            "\"data\":{\"amount\":59.98,\"method\":{\"type\":\"card\",\"brand\":\"visa\",\"last4\":\"4242\"},"
                + "\"refundTo\":{\"type\":\"bank_transfer\",\"from\":\"DE89 3704 0044 0532 0130 00\","
                + "\"reference\":\"INV-7\"},"
                + "\"fallbacks\":[{\"type\":\"cash\"},{\"type\":\"card\",\"brand\":\"amex\",\"last4\":\"0005\"}],"
                + "\"channel\":{\"@type\":\"PaymentReceived$Channel$Web\",\"sessionId\":\"s-9\"}}");
  }

  /** The payload without the unannotated Channel, for the mapper (which needs @JsonTypeInfo to write a type). */
  record PlainPayment(
      BigDecimal amount, PaymentMethod method, Optional<PaymentMethod> refundTo, List<PaymentMethod> fallbacks) {}

  @Property(tries = 300)
  void aPlainObjectMapperWritesTheSameAndEachReadsTheOther(@ForAll("payments") PaymentReceivedEvent payment)
      throws Exception {
    PaymentReceived data = payment.data();
    PlainPayment plain = new PlainPayment(data.amount(), data.method(), data.refundTo(), data.fallbacks());
    String json = payment.toJson();
    String missive = json.substring(json.indexOf("\"data\":") + 7, json.indexOf(",\"channel\":")) + "}";
    assertThat(missive).isEqualTo(DATABIND.writeValueAsString(plain));
    assertThat(DATABIND.readValue(missive, PlainPayment.class)).isEqualTo(plain);
    String fromMapper =
        json.replace(missive.substring(0, missive.length() - 1), DATABIND.writeValueAsString(plain).replaceAll("}$", ""));
    assertThat(PaymentReceivedEvent.fromJson(fromMapper)).isEqualTo(payment);
  }

  @Property(tries = 300)
  void writeThenReadIsTheIdentity(@ForAll("payments") PaymentReceivedEvent payment) {
    assertThat(PaymentReceivedEvent.fromJson(payment.toJson())).isEqualTo(payment);
    assertThat(PaymentReceivedEvent.fromJson(payment.toJsonBytes())).isEqualTo(payment);
  }

  @Test
  void aDiscriminatorAfterTheOtherMembersIsReadToo() {
    String json =
        payment().build().toJson()
            .replace("{\"type\":\"card\",\"brand\":\"visa\",\"last4\":\"4242\"}",
                "{\"brand\":\"visa\",\"extra\":[1,{\"a\":null}],\"last4\":\"4242\",\"type\":\"card\"}");
    assertThat(PaymentReceivedEvent.fromJson(json).data().method()).isEqualTo(new Card("visa", "4242"));
  }

  @Test
  void anUnknownOrMissingVariantIsRejected() {
    String json = payment().build().toJson();
    assertRejected(
        json.replace("\"type\":\"card\",\"brand\":\"visa\"", "\"type\":\"crypto\",\"brand\":\"visa\""),
        "data.method.type",
        "expected one of [card, bank_transfer, cash], found \"crypto\"");
    // A class name is a name like any other: only the closed set is ever created.
    assertRejected(
        json.replace("\"@type\":\"PaymentReceived$Channel$Web\"", "\"@type\":\"java.lang.ProcessBuilder\""),
        "data.channel[\"@type\"]",
        "expected one of [PaymentReceived$Channel$Web, PaymentReceived$Channel$Till], found"
            + " \"java.lang.ProcessBuilder\"");
    assertRejected(
        json.replace("{\"type\":\"cash\"}", "{\"kind\":\"cash\"}"), "data.fallbacks[0].type", "missing");
    assertRejected(
        json.replace("{\"type\":\"cash\"}", "{\"x\":1,\"type\":7}"),
        "data.fallbacks[0].type",
        "expected a string, found an integer");
    assertRejected(
        json.replace("\"last4\":\"4242\"", "\"last4\":4242"),
        "data.method.last4",
        "expected a string, found an integer");
  }

  private static void assertRejected(String json, String path, String problem) {
    assertThatThrownBy(() -> PaymentReceivedEvent.fromJson(json))
        .isInstanceOfSatisfying(
            MessageFormatException.class,
            e -> {
              assertThat(e.path()).isEqualTo(path);
              assertThat(e.problem()).isEqualTo(problem);
            });
  }

  @Provide
  Arbitrary<PaymentReceivedEvent> payments() {
    Arbitrary<String> texts = Arbitraries.strings().ofMaxLength(8);
    Arbitrary<PaymentMethod> methods =
        Arbitraries.oneOf(
            Combinators.combine(texts, Arbitraries.strings().numeric().ofLength(4)).as(Card::new),
            Combinators.combine(Arbitraries.of(JacksonAnnotationsTest.DE, JacksonAnnotationsTest.GB), texts.optional())
                .as(BankTransfer::new),
            Arbitraries.just(new Cash()));
    Arbitrary<Channel> channels =
        Arbitraries.oneOf(texts.map(Channel.Web::new), Arbitraries.integers().map(Channel.Till::new));
    return Combinators.combine(
            Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("10000")).ofScale(2),
            methods,
            methods.optional(),
            methods.list().ofMaxSize(3),
            channels)
        .as(
            (amount, method, refund, fallbacks, channel) ->
                PaymentReceivedEvent.builder()
                    .id("p-1")
                    .timestamp(Instant.parse("2026-03-15T10:30:00Z"))
                    .amount(amount)
                    .method(method)
                    .refundTo(refund)
                    .fallbacks(fallbacks)
                    .channel(channel)
                    .build());
  }
}
