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
        "hundred", "sacred", "naked", "talented", "skilled", "unprecedented", "sended", "buyed",
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
    assertThat(lexicon.compoundVerb("login")).contains(new Lexicon.PhrasalVerb("log", "in"));
    assertThat(lexicon.compoundVerb("Checkout")).contains(new Lexicon.PhrasalVerb("check", "out"));
    assertThat(lexicon.compoundVerb("setup")).contains(new Lexicon.PhrasalVerb("set", "up"));
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

  @ParameterizedTest
  @CsvSource({
    "unlisted, unlist",
    "unpaired, unpair",
    "unshared, unshare",
    "unchecked, uncheck",
    "unbooked, unbook",
    "unscheduled, unschedule",
    "unselected, unselect",
    "unstarred, unstar",
    "unmapped, unmap",
    "unhidden, unhide",
    "rebooked, rebook",
    "resynced, resync",
    "preapproved, preapprove",
    "overbooked, overbook",
    "mislabelled, mislabel",
    "deregistered, deregister",
    "disallowed, disallow",
    "unverified, unverify",
    "unread, unread",
    "anonymized, anonymize",
    "pseudonymised, pseudonymise",
    "installed, install",
    "enrolled, enroll"
  })
  void readsAPrefixAndAParticipleAsAParticiple(String participle, String base) {
    assertThat(lexicon.isPastParticiple(participle)).as(participle).isTrue();
    assertThat(lexicon.basesOfParticiple(participle)).first().isEqualTo(base);
  }

  @Test
  void takesAPrefixAndAVerbForAVerb() {
    for (String verb :
        List.of(
            "unlist", "uninstall", "unpause", "rebook", "preapprove", "resync", "unlike", "unlink",
            "unsubscribe", "deregister", "reindex", "prefetch", "overbook", "mislabel", "disallow")) {
      assertThat(lexicon.isBaseVerb(verb)).as(verb).isTrue();
      assertThat(lexicon.verbPercent(verb)).as(verb).isGreaterThan(0);
    }
    assertThat(lexicon.pastParticipleOf("unhide")).contains("unhidden");
    assertThat(lexicon.pastParticipleOf("resend")).contains("resent");
    assertThat(lexicon.pastParticipleOf("unmap")).contains("unmapped");
    assertThat(lexicon.gerundOf("unmap")).contains("unmapping");
    assertThat(lexicon.basesOfGerund("unmapping")).containsExactly("unmap");
    assertThat(lexicon.basesOfPreterite("unhid")).containsExactly("unhide");
    // WordNet knows these as nouns, adjectives or forms of another verb.
    for (String word : List.of("resource", "overview", "overtime", "disease", "disclosure", "missing", "unread", "re", "unit")) {
      assertThat(lexicon.isBaseVerb(word)).as(word).isFalse();
    }
    // A word that is a verb of its own is no prefixed participle: present, dissent, relent.
    for (String word : List.of("present", "dissent", "relent", "preed", "reed", "deed")) {
      assertThat(lexicon.isPastParticiple(word)).as(word).isFalse();
    }
    assertThat(lexicon.prefixAndVerb("unlist")).contains(new Lexicon.PrefixedVerb("un", "list"));
    assertThat(lexicon.prefixAndVerb("unlike")).contains(new Lexicon.PrefixedVerb("un", "like"));
    assertThat(lexicon.prefixAndVerb("review")).isEmpty();
    assertThat(lexicon.splitPrefix("review")).contains(new Lexicon.PrefixedVerb("re", "view"));
    assertThat(lexicon.splitPrefix("overwrite")).contains(new Lexicon.PrefixedVerb("over", "write"));
    assertThat(lexicon.splitPrefix("place")).isEmpty();
  }

  @Test
  void guessesVerbsInIzeIseAndIfyThatWordNetLacks() {
    for (String verb : List.of("anonymize", "anonymise", "pseudonymize", "containerize", "prettify")) {
      assertThat(lexicon.isBaseVerb(verb)).as(verb).isTrue();
    }
    assertThat(lexicon.pastParticipleOf("anonymize")).contains("anonymized");
    assertThat(lexicon.basesOfGerund("anonymizing")).containsExactly("anonymize");
    // WordNet knows these as nouns or adverbs; short words are not guessed.
    for (String word : List.of("enterprise", "expertise", "otherwise", "paradise", "baize", "ize", "ify")) {
      assertThat(lexicon.isBaseVerb(word)).as(word).isFalse();
    }
  }

  @Test
  void namesTheActionOfAVerb() {
    assertThat(lexicon.actionNounOf("validate")).contains("validation");
    assertThat(lexicon.actionNounOf("compare")).contains("comparison");
    assertThat(lexicon.actionNounOf("analyze")).contains("analysis");
    assertThat(lexicon.actionNounOf("assess")).contains("assessment");
    assertThat(lexicon.actionNounOf("revalidate")).contains("revalidation");
    assertThat(lexicon.actionNounOf("track")).isEmpty();
    assertThat(lexicon.actionNounOf("customer")).isEmpty();
    assertThat(lexicon.gerundOf("track")).contains("tracking");
  }

  @Test
  void theFirstAndLastVerbsOfTheTableAreFound() {
    assertThat(lexicon.isBaseVerb("aah")).isTrue();
    assertThat(lexicon.isBaseVerb("zoom")).isTrue();
  }
}
