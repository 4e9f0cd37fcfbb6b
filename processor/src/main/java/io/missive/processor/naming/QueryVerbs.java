package io.missive.processor.naming;

import io.missive.processor.naming.Lexicon.PrefixedVerb;
import io.missive.processor.naming.ParsedName.VerbPhrase;
import java.util.Locale;
import java.util.Optional;

/**
 * How the verb at the start of a query's name reads: as one that means a query prefix ({@code
 * FetchOrder}), as one that changes state ({@code CancelOrder}), or as a verb that may only read
 * ({@code ValidateAddress}). The query-prefix and query-state-change rules share it. Immutable and
 * thread-safe.
 */
final class QueryVerbs {

  private final Lexicon lexicon;
  private final Vocabulary vocabulary;

  QueryVerbs(Lexicon lexicon, Vocabulary vocabulary) {
    this.lexicon = lexicon;
    this.vocabulary = vocabulary;
  }

  /** Whether the name opens a yes/no question: {@code IsEmailTaken}. */
  boolean isQuestion(ParsedName name) {
    return vocabulary.questionWords().contains(name.lower(0));
  }

  /**
   * The verb at the start of a query's name without a query prefix, when it is a verb that changes
   * state and means no query prefix: {@code CancelOrder}, {@code CheckOutCart}, {@code
   * ResendInvoice}.
   */
  Optional<VerbPhrase> stateChangingVerb(ParsedName name) {
    if (name.queryPrefix().isPresent() || isQuestion(name)) {
      return Optional.empty();
    }
    Optional<VerbPhrase> start = name.verbAtStart();
    boolean changes = start.isPresent() && readPrefix(start.get()) == null && readsAsVerb(start.get()) && changesState(start.get());
    return changes ? start : Optional.empty();
  }

  /**
   * The query prefix that a verb at the start means, or null: a read verb ({@code Fetch}, also with
   * re- or pre-: {@code Refetch}), or a read phrasal verb and its particle, open or closed ({@code
   * LookUp}, {@code Lookup}).
   */
  String readPrefix(VerbPhrase start) {
    String verb = start.base();
    String particle = start.particle().toLowerCase(Locale.ROOT);
    if (!particle.isEmpty()) {
      return vocabulary.readPhrasalVerbs().get(verb + " " + particle);
    }
    String prefix = vocabulary.readVerbs().get(verb);
    if (prefix == null) {
      Optional<PrefixedVerb> parts = lexicon.prefixAndVerb(verb);
      if (parts.isPresent() && !vocabulary.reversingPrefixes().contains(parts.get().prefix())) {
        prefix = vocabulary.readVerbs().get(parts.get().verb());
      }
    }
    return prefix;
  }

  /**
   * Whether a verb at the start of a query reads as a verb rather than as a noun: a phrasal verb
   * written open ({@code CheckOutCart}; a closed compound like {@code CheckoutSummary} is a noun),
   * a word used mostly as a verb ({@code Validate}, {@code Cancel}; not {@code Order} in {@code
   * OrderStatus}), or a tracking verb.
   */
  boolean readsAsVerb(VerbPhrase start) {
    if (start.hasParticle()) {
      return start.restStart() == 2;
    }
    return vocabulary.trackingVerbs().contains(start.base()) || lexicon.verbPercent(start.base()) > Lexicon.MOSTLY_VERB;
  }

  /**
   * Whether a verb that reads as one changes state: a state verb, a phrasal verb other than the
   * read phrasal verbs ({@code CheckOutCart}, {@code SignUpUser}), a prefix and a state verb ({@code
   * ResendInvoice}, {@code OverwriteFile}), or a reversing prefix and a verb, where WordNet lacks
   * the whole ({@code UnlistItem}).
   */
  boolean changesState(VerbPhrase start) {
    String verb = start.base();
    if (start.hasParticle() || vocabulary.stateVerbs().contains(verb)) {
      return true;
    }
    Optional<PrefixedVerb> split = lexicon.splitPrefix(verb);
    if (split.isPresent() && vocabulary.stateVerbs().contains(split.get().verb())) {
      return true;
    }
    Optional<PrefixedVerb> parts = lexicon.prefixAndVerb(verb);
    return parts.isPresent() && vocabulary.reversingPrefixes().contains(parts.get().prefix());
  }
}
