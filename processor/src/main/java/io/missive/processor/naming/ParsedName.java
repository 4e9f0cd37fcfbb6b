package io.missive.processor.naming;

import io.missive.processor.model.MessageKind;
import java.util.List;
import java.util.Optional;

/**
 * A message's simple name as {@link NameParser} reads it: the words judged, what was set aside
 * before judging them, and how the words read, as far as the naming rules need to know. Indexes are
 * into {@link #words()}.
 *
 * <p>Immutable in what it says: every reading is a function of the name alone. The parser reads the
 * words' shape up front; the readings that need the lexicon ({@link #verbAtStart()}, {@link
 * #participleBeforePreposition()}, {@link #participle()}) are read when a rule first asks and then
 * kept, since most names need only some of them (a query that starts with its prefix, none). A
 * parsed name is made and read by one check on one thread.
 *
 * <p>A reading is a method of its own: the verb at the start, the participle at the end or before
 * a prepositional phrase (also one of several words, {@code DueTo}), a past form before an object
 * ({@code CustomerChangedAddress}), an auxiliary after the subject ({@code ProductWasOutOfStock}).
 */
final class ParsedName {

  /**
   * The envelope's suffix at the end of a name ({@code OrderPlacedEvent}, {@code
   * OrderPlacedEventV2}).
   *
   * @param suffix the suffix, as {@link MessageKind#envelopeSuffix()} spells it
   * @param versionAfter the version written after the suffix, or ""
   * @param withoutSuffix the name up to the suffix
   */
  record RedundantSuffix(String suffix, String versionAfter, String withoutSuffix) {}

  /**
   * A verb in its base form at the start of a name: {@code PlaceOrder} is ("", place, "", 1), {@code
   * CheckOutCart} ("", check, "Out", 2), {@code LoginUser} ("", log, "In", 1), {@code
   * AutoRenewSubscription} ("Auto", renew, "", 2).
   *
   * @param modifier a word before the verb that modifies it, as written ({@code Auto}, {@code
   *     Force}, {@code Pre}); "" when there is none
   * @param base the verb, lowercase
   * @param particle its particle, as written or capitalized; "" when there is none
   * @param restStart the index of the first word after the verb
   */
  record VerbPhrase(String modifier, String base, String particle, int restStart) {

    boolean hasParticle() {
      return !particle.isEmpty();
    }

    /** The index of the verb's word: 1 after a modifier, else 0. */
    int verbIndex() {
      return modifier.isEmpty() ? 0 : 1;
    }
  }

  /**
   * An auxiliary after the subject of an event: {@code Was} in {@code ProductWasOutOfStock}.
   *
   * @param index the auxiliary's index
   * @param past whether it states a past state or a completed fact (was, were; has or had before a
   *     participle) rather than a present state (is, are; has before anything else)
   */
  record Auxiliary(int index, boolean past) {}

  private static final int UNREAD = -2;

  private final NameParser parser;
  private final MessageKind kind;
  private final String name;
  private final List<String> words;
  private final List<String> lowers;
  private final String version;
  private final Optional<RedundantSuffix> redundantSuffix;
  private final List<Integer> prepositions;
  private final List<Integer> particles;
  private final Optional<String> queryPrefix;
  private final int tail;

  /** Read on first use. */
  private Optional<VerbPhrase> verbAtStart;
  private int participleBeforePreposition = UNREAD;
  private int participle = UNREAD;
  private int pastFormBeforeObject = UNREAD;
  private Optional<Auxiliary> auxiliary;

  ParsedName(
      NameParser parser,
      MessageKind kind,
      String name,
      List<String> words,
      List<String> lowers,
      String version,
      Optional<RedundantSuffix> redundantSuffix,
      List<Integer> prepositions,
      List<Integer> particles,
      Optional<String> queryPrefix,
      int tail) {
    this.parser = parser;
    this.kind = kind;
    this.name = name;
    this.words = List.copyOf(words);
    this.lowers = List.copyOf(lowers);
    this.version = version;
    this.redundantSuffix = redundantSuffix;
    this.prepositions = List.copyOf(prepositions);
    this.particles = List.copyOf(particles);
    this.queryPrefix = queryPrefix;
    this.tail = tail;
  }

  /** The kind of message the name is of. */
  MessageKind kind() {
    return kind;
  }

  /** The simple name as written. */
  String name() {
    return name;
  }

  /** The words judged, as written: without the version and without a redundant suffix. */
  List<String> words() {
    return words;
  }

  /** The same words in lowercase. */
  List<String> lowers() {
    return lowers;
  }

  /**
   * The version set aside at the end, as written ({@code V2}, {@code _v2}, {@code V1beta1}), to be
   * put back at the end of suggestions; "" when there is none.
   */
  String version() {
    return version;
  }

  /** The envelope's suffix at the end of the name, when it is there. */
  Optional<RedundantSuffix> redundantSuffix() {
    return redundantSuffix;
  }

  /** The indexes of the words that start a prepositional phrase, in order. */
  List<Integer> prepositions() {
    return prepositions;
  }

  /** The indexes of the words that may be the particle of a phrasal verb, in order. */
  List<Integer> particles() {
    return particles;
  }

  /** The configured query prefix the name starts with, as written. */
  Optional<String> queryPrefix() {
    return queryPrefix;
  }

  /** The index of the verb word at the end: the last word, or the one before a final particle. */
  int tail() {
    return tail;
  }

  /** A verb in its base form at the start, with its particle. */
  Optional<VerbPhrase> verbAtStart() {
    if (verbAtStart == null) {
      verbAtStart = parser.verbAtStart(this);
    }
    return verbAtStart;
  }

  /**
   * The index of a past participle, after the first word, that a prepositional phrase follows,
   * directly or after a particle ({@code Added} in {@code ItemAddedToCart}); -1 when there is none.
   */
  int participleBeforePreposition() {
    if (participleBeforePreposition == UNREAD) {
      participleBeforePreposition = parser.participleBeforePreposition(this);
    }
    return participleBeforePreposition;
  }

  /**
   * The index of the past participle the name ends in: the tail word when it reads as one, else
   * {@link #participleBeforePreposition()}; -1 when there is none.
   */
  int participle() {
    if (participle == UNREAD) {
      participle = parser.endsInParticiple(lower(tail)) ? tail : participleBeforePreposition();
    }
    return participle;
  }

  /**
   * The index of a past form that an object or a phrase follows, the subject before it optional
   * ({@code Changed} in {@code CustomerChangedAddress}, {@code Gave} in {@code GaveFeedback}); -1
   * when there is none.
   */
  int pastFormBeforeObject() {
    if (pastFormBeforeObject == UNREAD) {
      pastFormBeforeObject = parser.pastFormBeforeObject(this);
    }
    return pastFormBeforeObject;
  }

  /**
   * The index of a participle spelled like its base form before an object ({@code Read} in {@code
   * UserReadMessage}), which may be the past or the imperative; -1 when there is none.
   */
  int baseLikePastBeforeObject() {
    return parser.baseLikePastBeforeObject(this);
  }

  /** Whether the word at {@code i} modifies a command's verb: {@code Auto}, {@code Force}. */
  boolean isCommandModifier(int i) {
    return parser.isCommandModifier(lowers.get(i));
  }

  /** The auxiliary after the subject ({@code Was} in {@code ProductWasOutOfStock}), if any. */
  Optional<Auxiliary> auxiliary() {
    if (auxiliary == null) {
      auxiliary = Optional.ofNullable(parser.auxiliary(this));
    }
    return auxiliary;
  }

  /** Whether the word at {@code i} is an adjective of a state reached: ready, complete, overdue. */
  boolean isStateAdjective(int i) {
    return parser.isStateAdjective(lowers.get(i));
  }

  int size() {
    return words.size();
  }

  String word(int i) {
    return words.get(i);
  }

  String lower(int i) {
    return lowers.get(i);
  }

  /** The words {@code from} (inclusive) to {@code to} (exclusive), joined as written. */
  String join(int from, int to) {
    return Words.join(words, from, to);
  }

  boolean isPreposition(int i) {
    return prepositions.contains(i);
  }

  boolean isParticle(int i) {
    return particles.contains(i);
  }

  /**
   * The index of the first preposition at or after {@code from} (and not the first word), or {@link
   * #size()}: where a phrase after a verb's object starts ("DueTo" right after the verb in {@code
   * FailDueToTimeout} leaves it no object).
   */
  int prepositionAfter(int from) {
    for (int i : prepositions) {
      if (i >= from && i >= 1) {
        return i;
      }
    }
    return size();
  }

  /** The particle after the tail word, as written, or "". */
  String trailingParticle() {
    return tail < size() - 1 ? words.get(size() - 1) : "";
  }

  /** The name as judged, with its version but without a redundant suffix, for messages. */
  String shown() {
    return join(0, size()) + version;
  }

  /** A suggestion with the name's version put back; null stays null. */
  String versioned(String suggestion) {
    return suggestion == null ? null : suggestion + version;
  }
}
