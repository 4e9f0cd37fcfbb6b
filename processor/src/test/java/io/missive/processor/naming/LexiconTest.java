package io.missive.processor.naming;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LexiconTest {

  private final Lexicon lexicon = Lexicon.standard();

  @ParameterizedTest
  @ValueSource(
      strings = {
        "placed", "shipped", "sent", "paid", "built", "begun", "withdrawn", "reset", "put", "cut",
        "read", "cast", "spread", "gone", "done", "seen", "written", "taken", "chosen", "frozen",
        "bought", "caught", "taught", "sold", "told", "held", "kept", "left", "lost", "met", "won",
        "cancelled", "canceled", "submitted", "transferred", "occurred", "referred", "controlled",
        "stopped", "planned", "carried", "copied", "played", "agreed", "freed", "tied", "dyed",
        "learned", "learnt", "proved", "proven", "shown", "got", "gotten", "hung", "hanged", "lit",
        "fed", "bred", "led", "sped", "shed", "bled", "fled", "wed", "come", "become", "run", "quit",
        "bet", "fit", "fitted", "upserted", "onboarded", "unpublished", "resent", "slid", "shrunk",
        "sunk", "sung", "rung", "swum", "drunk", "lain", "laid", "lied", "been", "had", "made"
      })
  void knowsPastParticiples(String word) {
    assertThat(lexicon.isPastParticiple(word)).as(word).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "feed", "speed", "need", "red", "bed", "seed", "weed", "reed", "heed", "breed", "deed",
        "hundred", "sacred", "naked", "talented", "skilled", "unverified", "sended", "buyed",
        "runned", "goed", "shiped", "placing", "place", "creation", "shipment", "refund", "order",
        "began", "withdrew", "went", "ran", "came", "saw", "ed", "", "d"
      })
  void rejectsWordsThatAreNoPastParticiple(String word) {
    assertThat(lexicon.isPastParticiple(word)).as(word).isFalse();
  }

  @ParameterizedTest
  @CsvSource({
    "placed, place",
    "sent, send",
    "withdrawn, withdraw",
    "paid, pay",
    "built, build",
    "begun, begin",
    "shipped, ship",
    "carried, carry",
    "found, find",
    "left, leave",
    "fed, feed",
    "reset, reset",
    "cancelled, cancel",
    "canceled, cancel",
    "checked, check",
    "upserted, upsert",
    "resent, resend"
  })
  void mapsParticiplesToTheirBase(String participle, String base) {
    assertThat(lexicon.basesOfParticiple(participle)).first().isEqualTo(base);
    assertThat(lexicon.baseOf(participle)).contains(base);
  }

  @ParameterizedTest
  @CsvSource({
    "place, placed",
    "send, sent",
    "withdraw, withdrawn",
    "pay, paid",
    "build, built",
    "begin, begun",
    "ship, shipped",
    "reset, reset",
    "put, put",
    "create, created",
    "carry, carried",
    "play, played",
    "go, gone",
    "run, run",
    "come, come",
    "cancel, cancelled",
    "log, logged",
    "check, checked",
    "upsert, upserted",
    "unban, unbanned"
  })
  void givesThePastParticipleOfABase(String base, String participle) {
    assertThat(lexicon.pastParticipleOf(base)).contains(participle);
  }

  @ParameterizedTest
  @CsvSource({
    "placing, place",
    "sending, send",
    "shipping, ship",
    "dying, die",
    "agreeing, agree",
    "putting, put",
    "beginning, begin",
    "creating, create",
    "checking, check"
  })
  void knowsGerunds(String gerund, String base) {
    assertThat(lexicon.isGerund(gerund)).isTrue();
    assertThat(lexicon.basesOfGerund(gerund)).first().isEqualTo(base);
  }

  @Test
  void separatesTheSimplePastFromTheParticiple() {
    for (String preterite : List.of("withdrew", "began", "went", "wrote", "took", "ran", "came", "sang", "was")) {
      assertThat(lexicon.isPreteriteOnly(preterite)).as(preterite).isTrue();
    }
    assertThat(lexicon.basesOfPreterite("withdrew")).containsExactly("withdraw");
    for (String both : List.of("sent", "paid", "placed", "got", "slid")) {
      assertThat(lexicon.isPreteriteOnly(both)).as(both).isFalse();
    }
  }

  @Test
  void knowsBaseVerbsAndNotOtherWords() {
    for (String verb : List.of("place", "send", "reset", "check", "ship", "order", "feed", "speed", "need", "upsert")) {
      assertThat(lexicon.isBaseVerb(verb)).as(verb).isTrue();
    }
    for (String word : List.of("shipment", "creation", "payment", "customer", "placed", "red", "pdf", "")) {
      assertThat(lexicon.isBaseVerb(word)).as(word).isFalse();
    }
  }

  @Test
  void measuresHowMuchAWordIsAVerb() {
    assertThat(lexicon.verbPercent("create")).isEqualTo(100);
    assertThat(lexicon.verbPercent("cancel")).isGreaterThan(50);
    assertThat(lexicon.verbPercent("order")).isBetween(40, 50);
    assertThat(lexicon.verbPercent("ship")).isLessThan(30);
    assertThat(lexicon.verbPercent("customer")).isZero();
  }

  @Test
  void mapsActionNounsToVerbs() {
    assertThat(lexicon.verbOfNoun("creation")).contains("create");
    assertThat(lexicon.verbOfNoun("shipment")).contains("ship");
    assertThat(lexicon.verbOfNoun("registration")).contains("register");
    assertThat(lexicon.verbOfNoun("cancellation")).contains("cancel");
    assertThat(lexicon.verbOfNoun("checkout")).contains("check out");
    assertThat(lexicon.verbOfNoun("customer")).isEmpty();
  }

  @Test
  void splitsCompoundsOfAVerbAndAParticle() {
    assertThat(lexicon.compoundVerb("login")).hasValueSatisfying(v -> assertThat(v).containsExactly("log", "in"));
    assertThat(lexicon.compoundVerb("Checkout")).hasValueSatisfying(v -> assertThat(v).containsExactly("check", "out"));
    assertThat(lexicon.compoundVerb("setup")).hasValueSatisfying(v -> assertThat(v).containsExactly("set", "up"));
    assertThat(lexicon.compoundVerb("status")).isEmpty();
    assertThat(Lexicon.isParticle("Up")).isTrue();
    assertThat(Lexicon.isParticle("Order")).isFalse();
  }

  @Test
  void knowsWordsThatEndInEdAndAreNoVerbForm() {
    assertThat(lexicon.isKnownNonParticiple("red")).isTrue();
    assertThat(lexicon.isKnownNonParticiple("hundred")).isTrue();
    assertThat(lexicon.isKnownNonParticiple("placed")).isFalse();
    assertThat(lexicon.isKnownNonParticiple("feed")).isFalse(); // a verb, known as such
  }

  @Test
  void layersExtraWordsFromTheOptions() {
    Lexicon extended = lexicon.withExtras(List.of("frobnicate", "yeet:yote", "bad word"), List.of("unverified"));
    assertThat(extended.isBaseVerb("frobnicate")).isTrue();
    assertThat(extended.isPastParticiple("frobnicated")).isTrue();
    assertThat(extended.pastParticipleOf("yeet")).contains("yote");
    assertThat(extended.isPastParticiple("yote")).isTrue();
    assertThat(extended.isGerund("frobnicating")).isTrue();
    assertThat(extended.isPastParticiple("unverified")).isTrue();
    assertThat(extended.isPastParticiple("sent")).isTrue();
    assertThat(extended.isBaseVerb("bad word")).isFalse();
    assertThat(lexicon.isBaseVerb("frobnicate")).isFalse();
    assertThat(lexicon.withExtras(List.of(), List.of())).isSameAs(lexicon);
  }

  @Test
  void looksUpMixedCaseAndOddInput() {
    assertThat(lexicon.isPastParticiple("Sent")).isTrue();
    assertThat(lexicon.isPastParticiple("SENT")).isTrue();
    for (String odd : new String[] {"", "\n", " ", "p=", "@index", "zzzzzzzzzzzzzz", "aaaa", "é", "x y"}) {
      assertThat(lexicon.isBaseVerb(odd)).isFalse();
      assertThat(lexicon.isPastParticiple(odd)).isFalse();
      assertThat(lexicon.baseOf(odd)).isEmpty();
      assertThat(lexicon.verbOfNoun(odd)).isEmpty();
    }
  }

  @Test
  void theFirstAndLastVerbsOfTheTableAreFound() {
    assertThat(lexicon.isBaseVerb("aah")).isTrue();
    assertThat(lexicon.isBaseVerb("zoom")).isTrue();
  }
}
