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

/**
 * An event's name states a past fact: it ends in a past participle, optionally followed by a particle
 * or a prepositional phrase ({@code OrderPlaced}, {@code UserSignedUp}, {@code ItemAddedToCart},
 * {@code OrderFailedDueToTimeout}); or a past form is followed by its object ({@code
 * CustomerChangedAddress}, {@code GaveFeedback}); or was, were, or has before a participle follow
 * the subject ({@code ProductWasOutOfStock}, {@code DeadlineHasPassed}). A name that reads as a
 * command, or ends in another form of the verb, is an error with the name with the participle; a
 * present state ({@code StockIsLow}) or an adjective of a state reached ({@code
 * OrderReadyForDelivery}) may be what the team means and is a warning.
 */
final class EventTenseRule implements NameRule {

  private static final String EVENT_WHY = "events record what already happened";

  private final Lexicon lexicon;
  private final VerbReadings readings;

  EventTenseRule(Lexicon lexicon, VerbReadings readings) {
    this.lexicon = lexicon;
    this.readings = readings;
  }

  @Override
  public List<Diagnostic> check(ParsedName name) {
    // "OrderPlaced", "ItemAddedToCart", "OrderFailedDueToTimeout"
    if (name.participle() >= 0) {
      return List.of();
    }
    // "ProductWasOutOfStock", "TodoWasPosted", "DeadlineHasPassed"; "StockIsLow" warns.
    Optional<ParsedName.Auxiliary> auxiliary = name.auxiliary();
    if (auxiliary.isPresent()) {
      return auxiliary.get().past() ? List.of() : presentState(name, auxiliary.get().index());
    }
    // "CustomerChangedAddress", "MemberLeftGroup", "GaveFeedback"
    if (name.pastFormBeforeObject() >= 0) {
      return List.of();
    }
    // "UserReadMessage": Read may be the past or the imperative; a warning with the participle last.
    int baseLike = name.baseLikePastBeforeObject();
    if (baseLike > 0) {
      return baseLikePast(name, baseLike);
    }
    // "OrderReadyForDelivery", "CalculationComplete", "InvoiceOverdue" warn.
    int adjective = stateAdjective(name);
    if (adjective >= 0) {
      return stateReached(name, adjective);
    }
    int tail = name.tail();
    String tailWord = name.lower(tail);
    String original = name.shown();
    Optional<VerbPhrase> start = name.verbAtStart();
    // "ItemAddToCart": the verb is the word before the prepositional phrase.
    int verbBeforePreposition = verbBeforePreposition(name, start.isPresent() ? start.get().restStart() : 1);
    if (verbBeforePreposition > 0) {
      tail = verbBeforePreposition;
      tailWord = name.lower(tail);
    }
    String afterTail = name.join(tail + 1, name.size());
    Reading tailReading =
        readings
            .read(name.word(tail), WordForm.GERUND, WordForm.BASE, WordForm.PRETERITE, WordForm.ACTION_NOUN)
            .orElse(null);
    boolean tailIsVerb =
        tailReading != null
            && (tailReading.form() != WordForm.BASE
                || verbBeforePreposition > 0
                || lexicon.verbPercent(tailWord) > Lexicon.MOSTLY_VERB);
    // "CreateOrder" reads as a command; "OrderCreation", "OrderUpdate" and "ClaimWithdrew" name
    // their verb at the end, unless the first word is mostly a verb ("StartShipping"). A first
    // word that is as much a noun as a verb reads as a verb only before another verb-like word:
    // "PlaceOrder" is a command, "OrderStatus" is not.
    int firstPercent = lexicon.verbPercent(start.isPresent() ? start.get().base() : name.lower(0));
    boolean firstReadsAsVerb =
        start.isPresent()
            && (firstPercent > Lexicon.MOSTLY_VERB
                || start.get().hasParticle()
                || (firstPercent >= 10 && lexicon.isBaseVerb(tailWord)));
    boolean commandReading =
        start.isPresent()
            && tail > start.get().verbIndex()
            && firstReadsAsVerb
            && !lexicon.isKnownNonParticiple(tailWord)
            && (tailReading == null || tailReading.form() != WordForm.PRETERITE)
            && (!tailIsVerb || firstPercent > Lexicon.MOSTLY_VERB);
    if (commandReading) {
      return readsAsCommand(name, start.get());
    }
    if (tailReading != null && (tailIsVerb || start.isEmpty())) {
      return endsInOtherForm(name, tail, tailReading, afterTail);
    }
    // The lexicon may simply not know the word (or know it only as an adjective): say how to add it.
    return List.of(
        Diagnostic.of(
            DiagnosticId.EVENT_TENSE,
            Site.type(),
            "Event name "
                + quote(original)
                + (lexicon.isKnownNonParticiple(tailWord)
                    ? " ends in " + quote(name.word(tail)) + ", which ends in -ed but is not a past participle; "
                    : " does not end in a past participle; ")
                + EVENT_WHY
                + ", so end the name with the past participle of what happened, as in 'OrderPlaced'"
                + " or 'InvoiceSent' (if "
                + quote(name.word(tail))
                + " is a past participle the lexicon does not know, list it in -A"
                + NamingOptions.PAST_PARTICIPLES
                + ")."));
  }

  /** "StockIsLow": a present state, which may be what the team means; a warning. */
  private static List<Diagnostic> presentState(ParsedName name, int auxiliary) {
    String text =
        "Event name "
            + quote(name.shown())
            + " states a present state ("
            + quote(name.word(auxiliary))
            + "), not a past fact; "
            + EVENT_WHY
            + ", so name the change that happened, as in 'OrderPlaced', or the state it reached in"
            + " the past, with was or has (as in 'ProductWasOutOfStock', 'DeadlineHasPassed').";
    return List.of(Diagnostic.of(DiagnosticId.EVENT_TENSE, Site.type(), text).at(Severity.WARNING));
  }

  /** "UserReadMessage" → "UserMessageRead", "OrderSetPrice" → "OrderPriceSet". */
  private List<Diagnostic> baseLikePast(ParsedName name, int verb) {
    String suggestion =
        readings.realWordsOnly(
            name.versioned(name.join(0, verb) + name.join(verb + 1, name.size()) + name.word(verb)), name);
    String text =
        "Event name "
            + quote(name.shown())
            + " has "
            + quote(name.word(verb))
            + " before its object, which may be the past form or the imperative; "
            + EVENT_WHY
            + ", so put the past participle last to leave no doubt"
            + didYouMean(suggestion, "as in 'OrderPlaced'");
    return List.of(
        Diagnostic.of(DiagnosticId.EVENT_TENSE, Site.type(), text).at(Severity.WARNING).suggesting(suggestion));
  }

  /** The index of an adjective of a state reached at the end or before a prepositional phrase, or -1. */
  private static int stateAdjective(ParsedName name) {
    for (int i = 0; i < name.size(); i++) {
      if (name.isStateAdjective(i) && !name.isPreposition(i) && (i == name.size() - 1 || name.isPreposition(i + 1))) {
        return i;
      }
    }
    return -1;
  }

  /** "OrderReadyForDelivery": a state reached, which may be what the team means; a warning. */
  private static List<Diagnostic> stateReached(ParsedName name, int adjective) {
    String text =
        "Event name "
            + quote(name.shown())
            + " ends in the adjective "
            + quote(name.word(adjective))
            + ", a state rather than what happened; "
            + EVENT_WHY
            + ", so name the change that led to it with a past participle, as in 'OrderPlaced'"
            + " (if "
            + quote(name.word(adjective))
            + " is a past participle the lexicon does not know, list it in -A"
            + NamingOptions.PAST_PARTICIPLES
            + ").";
    return List.of(Diagnostic.of(DiagnosticId.EVENT_TENSE, Site.type(), text).at(Severity.WARNING));
  }

  /** "CreateOrder" → "OrderCreated", "AddItemToCart" → "ItemAddedToCart", "AutoRenewSubscription" → "SubscriptionAutoRenewed". */
  private List<Diagnostic> readsAsCommand(ParsedName name, VerbPhrase verb) {
    String participle = readings.participle(verb.base());
    int preposition = name.prepositionAfter(verb.restStart());
    String object = name.join(verb.restStart(), preposition);
    // "OrderSetPrice" read as "order SetPrice": a past form in the object would make no name.
    boolean pastInObject = false;
    for (int i = verb.restStart(); i < preposition; i++) {
      pastInObject |= lexicon.isPastParticiple(name.lower(i)) || lexicon.isPreteriteOnly(name.lower(i));
    }
    String suggestion =
        participle == null || object.isEmpty() || pastInObject
            ? null
            : readings.realWordsOnly(
                name.versioned(
                    object + verb.modifier() + participle + verb.particle() + name.join(preposition, name.size())),
                name);
    String text =
        "Event name "
            + quote(name.shown())
            + " reads as a command, not a past fact; "
            + EVENT_WHY
            + ", so name it with a past participle"
            + didYouMean(suggestion, "as in 'OrderPlaced'");
    return List.of(Diagnostic.of(DiagnosticId.EVENT_TENSE, Site.type(), text).suggesting(suggestion));
  }

  /** "OrderPlacing", "OrderCreation", "ClaimWithdrew", "OrderFeed": the participle in its place. */
  private List<Diagnostic> endsInOtherForm(ParsedName name, int tail, Reading reading, String afterTail) {
    String participle = readings.participle(reading.base());
    // "PlacedOrder": a past form before the tail already, so a second one would be no name.
    boolean pastBefore = false;
    for (int i = 0; i < tail; i++) {
      pastBefore |= lexicon.isPastParticiple(name.lower(i)) || lexicon.isPreteriteOnly(name.lower(i));
    }
    String suggestion =
        participle == null || pastBefore
            ? null
            : readings.realWordsOnly(
                name.versioned(name.join(0, tail) + participle + reading.particle() + afterTail), name);
    String word = quote(name.word(tail));
    WordForm form = reading.form();
    String what =
        form == WordForm.GERUND
            ? "ends in the gerund " + word + ", an action still going on"
            : form == WordForm.BASE
                ? "ends in " + word + ", a verb in its base form, not a past fact"
                : form == WordForm.PRETERITE
                    ? "ends in the simple past " + word + ", not the past participle"
                    : "ends in the noun " + word + ", not a past fact";
    String text =
        "Event name "
            + quote(name.shown())
            + " "
            + what
            + "; "
            + EVENT_WHY
            + ", so end the name with the past participle of the verb"
            + didYouMean(suggestion, "as in 'OrderPlaced'");
    return List.of(Diagnostic.of(DiagnosticId.EVENT_TENSE, Site.type(), text).suggesting(suggestion));
  }

  /**
   * The index of a word that names a verb and that a prepositional phrase follows, from {@code from}
   * on ({@code Add} in {@code ItemAddToCart}), or -1.
   */
  private int verbBeforePreposition(ParsedName name, int from) {
    for (int i = Math.max(1, from); i < name.size() - 1; i++) {
      if (name.isPreposition(i + 1)
          && readings.read(name.lower(i), WordForm.GERUND, WordForm.BASE, WordForm.PRETERITE).isPresent()) {
        return i;
      }
    }
    return -1;
  }
}
