package io.missive.processor.naming;

import static io.missive.processor.naming.NameRule.didYouMean;
import static io.missive.processor.naming.NameRule.quote;

import io.missive.processor.diag.Diagnostic;
import io.missive.processor.diag.DiagnosticId;
import io.missive.processor.diag.Site;
import io.missive.processor.naming.ParsedName.VerbPhrase;
import io.missive.processor.naming.VerbReadings.Reading;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A command's name starts with a verb in its base form: {@code PlaceOrder}, {@code CheckOutCart},
 * and {@code MarkOrderPaid}, whose verb takes a complement. A name that reads as a query or as an
 * event, or starts with another form of the verb, gets the imperative.
 */
final class CommandVerbRule implements NameRule {

  private static final String COMMAND_WHY = "commands ask for something to be done";

  private final Lexicon lexicon;
  private final VerbReadings readings;
  private final Set<String> complementVerbs;

  CommandVerbRule(Lexicon lexicon, VerbReadings readings, Vocabulary vocabulary) {
    this.lexicon = lexicon;
    this.readings = readings;
    this.complementVerbs = vocabulary.complementVerbs();
  }

  @Override
  public List<Diagnostic> check(ParsedName name) {
    String original = name.shown();
    if (name.queryPrefix().isPresent()) {
      return diagnostic(
          "Command name "
              + quote(original)
              + " starts with "
              + quote(name.queryPrefix().get())
              + ", so it reads as a query; commands change state and queries only read it, so"
              + " annotate it @Query, or start the command with the verb of the change it makes,"
              + " as in 'PlaceOrder'.",
          null);
    }
    Optional<VerbPhrase> start = name.verbAtStart();
    int beforePreposition = name.participleBeforePreposition();
    // "ItemAddedToCart" → "AddItemToCart", "UserLoggedInToPortal" → "LogInUserToPortal"
    boolean phraseFollows = !lexicon.isPastParticiple(name.lower(name.tail())) && beforePreposition > 0;
    int tail = phraseFollows ? beforePreposition : name.tail();
    int next = tail + 1;
    boolean particle = phraseFollows && next + 1 < name.size() && name.isParticle(next) && name.isPreposition(next + 1);
    String afterTail = !phraseFollows ? name.trailingParticle() : particle ? name.word(next) : "";
    String phrase = !phraseFollows ? "" : name.join(particle ? next + 1 : next, name.size());
    String tailWord = name.lower(tail);
    // "OrderCreated", "ClaimWithdrawn" and "PasswordReset" name a past fact; "MarkOrderPaid" is an
    // imperative whose verb takes a complement.
    boolean eventShaped =
        tail > 0
            && lexicon.isPastParticiple(tailWord)
            && (start.isEmpty()
                || (!lexicon.isBaseVerb(tailWord) && !complementVerbs.contains(start.get().base())));
    if (eventShaped) {
      Optional<Reading> reading = readings.read(tailWord, WordForm.PAST_PARTICIPLE);
      String suggestion =
          reading.isPresent()
              ? readings.realWordsOnly(
                  name.versioned(Words.capitalize(reading.get().base()) + afterTail + name.join(0, tail) + phrase),
                  name)
              : null;
      return diagnostic(
          "Command name "
              + quote(original)
              + " reads as an event, a past fact; "
              + COMMAND_WHY
              + ", so start them with a verb in its base form"
              + didYouMean(suggestion, "as in 'PlaceOrder'"),
          suggestion);
    }
    if (start.isPresent()) {
      return List.of();
    }
    // "HeroKilledDragon" → "KillDragon": the subject is who is asked to do it.
    int past = name.pastFormBeforeObject();
    if (past > 0) {
      Optional<Reading> reading = readings.read(name.word(past), WordForm.PAST_PARTICIPLE, WordForm.PRETERITE);
      String suggestion =
          reading.isPresent()
              ? readings.realWordsOnly(
                  name.versioned(Words.capitalize(reading.get().base()) + name.join(past + 1, name.size())), name)
              : null;
      return diagnostic(
          "Command name "
              + quote(original)
              + " reads as an event, a past fact ("
              + quote(name.word(past))
              + "); "
              + COMMAND_WHY
              + ", so start them with a verb in its base form"
              + didYouMean(suggestion, "as in 'PlaceOrder'"),
          suggestion);
    }
    String first = name.word(0);
    Optional<Reading> firstReading =
        readings.read(first, WordForm.GERUND, WordForm.PAST_PARTICIPLE, WordForm.PRETERITE);
    if (firstReading.isPresent()) {
      String suggestion =
          readings.realWordsOnly(
              name.versioned(Words.capitalize(firstReading.get().base()) + name.join(1, name.size())), name);
      String what =
          firstReading.get().form() == WordForm.GERUND
              ? "the gerund " + quote(first)
              : "the past form " + quote(first);
      return diagnostic(
          "Command name "
              + quote(original)
              + " starts with "
              + what
              + ", not a verb in its base form; "
              + COMMAND_WHY
              + ", so start them with the imperative"
              + didYouMean(suggestion, ""),
          suggestion);
    }
    Optional<Reading> tailReading =
        tail > 0
            ? readings.read(name.word(tail), WordForm.ACTION_NOUN, WordForm.GERUND, WordForm.BASE)
            : Optional.empty();
    String suggestion =
        tailReading.isPresent()
            ? readings.realWordsOnly(
                name.versioned(
                    Words.capitalize(tailReading.get().base())
                        + tailReading.get().particle()
                        + name.trailingParticle()
                        + name.join(0, tail)),
                name)
            : null;
    // The lexicon may simply not know the first word as a verb: say how to add it.
    return diagnostic(
        "Command name "
            + quote(original)
            + " does not start with a verb in its base form; "
            + COMMAND_WHY
            + ", so start them with the imperative"
            + (suggestion != null ? ": did you mean " + quote(suggestion) + "?" : ", as in 'PlaceOrder'.")
            + " If "
            + quote(first)
            + " is a verb the lexicon does not know, list it in -A"
            + NamingOptions.VERBS
            + ".",
        suggestion);
  }

  private static List<Diagnostic> diagnostic(String text, String suggestion) {
    return List.of(Diagnostic.of(DiagnosticId.COMMAND_VERB, Site.type(), text).suggesting(suggestion));
  }
}
