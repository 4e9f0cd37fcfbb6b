package io.missive.it.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.missive.MessageFormatException;
import io.missive.it.json.AccountOpened.Kind;
import io.missive.it.json.CardReplaced.Reason;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code @JsonAlias} on enum constants, read as a plain {@code ObjectMapper} reads it: each alias is
 * the constant it is on, and is never written; a string no constant has is the
 * {@code @JsonEnumDefaultValue} when there is one ({@link Kind}), else an error for both
 * ({@link Reason}).
 */
class EnumAliasesTest {

  private static final ObjectMapper DATABIND =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .registerModule(new Jdk8Module())
          .enable(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_USING_DEFAULT_VALUE);

  /** The payload as a plain record with the same components, for the mapper. */
  record PlainCard(String card, Reason reason, List<Reason> earlier) {}

  private static CardReplacedEvent card(Reason reason, List<Reason> earlier) {
    return CardReplacedEvent.builder()
        .id("c-1")
        .timestamp(Instant.parse("2026-03-15T10:30:00Z"))
        .card("4111")
        .reason(reason)
        .earlier(earlier)
        .build();
  }

  /** The event's JSON with its data replaced by {@code data}. */
  private static String withData(String json, String data) {
    return json.substring(0, json.indexOf("\"data\":") + 7) + data + "}";
  }

  @Test
  void eachAliasIsReadAsItsConstantByBoth() throws Exception {
    String json = card(Reason.EXPIRED, List.of()).toJson();
    Map<String, Reason> strings =
        Map.of(
            "LOST", Reason.LOST, "lost", Reason.LOST, "LOST_CARD", Reason.LOST,
            "stolen", Reason.STOLEN, "STOLEN", Reason.STOLEN, "theft", Reason.STOLEN,
            "EXPIRED", Reason.EXPIRED);
    for (Map.Entry<String, Reason> entry : strings.entrySet()) {
      String data =
          "{\"card\":\"4111\",\"reason\":\"" + entry.getKey() + "\",\"earlier\":[\"" + entry.getKey() + "\"]}";
      CardReplaced read = CardReplacedEvent.fromJson(withData(json, data)).data();
      PlainCard plain = DATABIND.readValue(data, PlainCard.class);
      assertThat(read.reason()).as(entry.getKey()).isEqualTo(entry.getValue()).isEqualTo(plain.reason());
      assertThat(read.earlier()).as(entry.getKey()).containsExactly(entry.getValue()).isEqualTo(plain.earlier());
    }
  }

  @Test
  void aliasesAreNeverWritten() throws Exception {
    CardReplacedEvent event = card(Reason.STOLEN, List.of(Reason.LOST, Reason.EXPIRED));
    String data = "{\"card\":\"4111\",\"reason\":\"stolen\",\"earlier\":[\"LOST\",\"EXPIRED\"]}";
    assertThat(event.toJson()).endsWith("\"data\":" + data + "}");
    assertThat(DATABIND.writeValueAsString(new PlainCard("4111", Reason.STOLEN, List.of(Reason.LOST, Reason.EXPIRED))))
        .isEqualTo(data);
    assertThat(CardReplacedEvent.fromJson(event.toJson())).isEqualTo(event);
  }

  @Test
  void aStringNoConstantHasIsRejectedByBoth() {
    String json = card(Reason.EXPIRED, List.of()).toJson();
    // Not an alias: the name of a constant before @JsonProperty renamed it, and a case that differs.
    for (String unknown : List.of("expired_card", "Lost", "THEFT")) {
      String data = "{\"card\":\"4111\",\"reason\":\"" + unknown + "\",\"earlier\":[]}";
      assertThatThrownBy(() -> CardReplacedEvent.fromJson(withData(json, data)))
          .isInstanceOfSatisfying(
              MessageFormatException.class,
              e -> {
                assertThat(e.path()).isEqualTo("data.reason");
                assertThat(e.problem()).isEqualTo("expected one of [LOST, stolen, EXPIRED], found \"" + unknown + "\"");
              });
      assertThatThrownBy(() -> DATABIND.readValue(data, PlainCard.class)).isInstanceOf(InvalidFormatException.class);
    }
  }

  @Test
  void anAliasOfAnEnumWithADefaultIsItsConstantAndAnUnknownStringTheDefault() throws Exception {
    String json = JacksonAnnotationsTest.account().kind(Kind.CHECKING).build().toJson();
    assertThat(json).contains("\"kind\":\"checking\"");
    Map<String, Kind> strings =
        Map.of(
            "current", Kind.CHECKING, "CHECKING", Kind.CHECKING, "deposit", Kind.SAVINGS,
            // Not aliases: names no constant has, read as the default by both.
            "SAVINGS", Kind.OTHER, "Deposit", Kind.OTHER);
    for (Map.Entry<String, Kind> entry : strings.entrySet()) {
      String old = json.replace("\"kind\":\"checking\"", "\"kind\":\"" + entry.getKey() + "\"");
      AccountOpenedEvent read = AccountOpenedEvent.fromJson(old);
      assertThat(read.data().kind()).as(entry.getKey()).isEqualTo(entry.getValue());
      assertThat(DATABIND.readValue(data(old), JacksonAnnotationsTest.PlainAccount.class).kind())
          .as(entry.getKey())
          .isEqualTo(entry.getValue());
      // Written back by the constant's own name, whatever it was read by.
      assertThat(read.toJson()).contains("\"kind\":\"" + Map.of(
          Kind.CHECKING, "checking", Kind.SAVINGS, "savings", Kind.OTHER, "other").get(entry.getValue()) + "\"");
    }
  }

  private static String data(String json) {
    return json.substring(json.indexOf("\"data\":") + 7, json.length() - 1);
  }
}
