package io.missive.processor.naming;

import static io.missive.processor.naming.NameRule.didYouMean;
import static io.missive.processor.naming.NameRule.quote;

import io.missive.processor.diag.Diagnostic;
import io.missive.processor.diag.DiagnosticId;
import io.missive.processor.diag.Severity;
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
  private final Set<String> stateVerbs;

  CommandVerbRule(Lexicon lexicon, VerbReadings readings, Vocabulary vocabulary) {
    this.lexicon = lexicon;
    this.readings = readings;
    this.complementVerbs = vocabulary.complementVerbs();
    this.stateVerbs = vocabulary.stateVerbs();
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
      // "SubscriptionAutoRenewed" → "AutoRenewSubscription": a modifier stays before its verb.
      int objectEnd = tail > 1 && name.isCommandModifier(tail - 1) ? tail - 1 : tail;
      String modifier = name.join(objectEnd, tail);
      String suggestion =
          reading.isPresent()
              ? readings.realWordsOnly(
                  name.versioned(
                      modifier
                          + Words.capitalize(reading.get().base())
                          + afterTail
                          + name.join(0, objectEnd)
                          + phrase),
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
      return nounThenVerb(name, start.get());
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
    // "AutoRenewal" → "AutoRenew": a modifier stays before the verb.
    int objectStart = tail > 0 && name.isCommandModifier(0) ? 1 : 0;
    String suggestion =
        tailReading.isPresent()
            ? readings.realWordsOnly(
                name.versioned(
                    name.join(0, objectStart)
                        + Words.capitalize(tailReading.get().base())
                        + tailReading.get().particle()
                        + name.trailingParticle()
                        + name.join(objectStart, tail)),
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

  /**
   * "OrderCancel", "VoyageCreate": the first word is a verb but mostly a noun, and the last word is
   * mostly a verb in its base form, so the name reads as a noun and then what is done to it. A
   * warning with the verb first, since "order" and "voyage" are verbs too; not when the first word
   * is a verb that changes state ("PlaceBid").
   */
  private List<Diagnostic> nounThenVerb(ParsedName name, VerbPhrase start) {
    int last = name.size() - 1;
    String word = name.lower(last);
    if (start.hasParticle()
        || !start.modifier().isEmpty()
        || last < 1
        || last != name.tail()
        || name.isPreposition(last)
        || lexicon.verbPercent(start.base()) > Lexicon.MOSTLY_VERB
        || !lexicon.isBaseVerb(word)
        || lexicon.verbPercent(word) <= Lexicon.MOSTLY_VERB
        || complementVerbs.contains(start.base())
        || stateVerbs.contains(start.base())) {
      // "PlaceBid", "CloseAndOpen", "ArchiveDaySchedule": a first word that changes state is its verb.
      return List.of();
    }
    String suggestion = readings.realWordsOnly(name.versioned(name.word(last) + name.join(0, last)), name);
    String text =
        "Command name "
            + quote(name.shown())
            + " ends in the verb "
            + quote(name.word(last))
            + " after what it acts on; "
            + COMMAND_WHY
            + ", so start them with the verb"
            + didYouMean(suggestion, "as in 'PlaceOrder'");
    return List.of(
        Diagnostic.of(DiagnosticId.COMMAND_VERB, Site.type(), text).at(Severity.WARNING).suggesting(suggestion));
  }

  private static List<Diagnostic> diagnostic(String text, String suggestion) {
    return List.of(Diagnostic.of(DiagnosticId.COMMAND_VERB, Site.type(), text).suggesting(suggestion));
  }
}
