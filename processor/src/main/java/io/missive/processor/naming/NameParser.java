package io.missive.processor.naming;

import io.missive.processor.model.MessageKind;
import io.missive.processor.naming.ParsedName.RedundantSuffix;
import io.missive.processor.naming.ParsedName.VerbPhrase;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads a message's simple name into a {@link ParsedName}: splits it into words ({@link Words}),
 * sets aside a version at the end and a redundant envelope suffix, and marks the query prefix,
 * prepositions and particles; then, when a rule asks, reads the verb at the start and the
 * participle at the end with the {@link Lexicon}. A pure function of the name; immutable and
 * thread-safe.
 */
final class NameParser {

  /** A version word: V2, v10, V1beta1. */
  private static final Pattern VERSION = Pattern.compile("[Vv][0-9]+(?:[a-z]+[0-9]*)?");

  private final Lexicon lexicon;
  private final Vocabulary vocabulary;
  /** The configured query prefixes, each as its lowercase words. */
  private final List<List<String>> queryPrefixes;

  NameParser(Lexicon lexicon, Vocabulary vocabulary, List<String> queryPrefixes) {
    this.lexicon = lexicon;
    this.vocabulary = vocabulary;
    List<List<String>> prefixes = new ArrayList<>();
    for (String prefix : queryPrefixes) {
      List<String> words = new ArrayList<>();
      for (String w : Words.split(prefix)) {
        words.add(lower(w));
      }
      if (!words.isEmpty()) {
        prefixes.add(List.copyOf(words));
      }
    }
    this.queryPrefixes = List.copyOf(prefixes);
  }

  private static String lower(String word) {
    return word.toLowerCase(Locale.ROOT);
  }

  /** The name {@code name} of a message of {@code kind}; empty when it has no words. */
  Optional<ParsedName> parse(MessageKind kind, String name) {
    List<String> words = Words.split(name);
    if (words.isEmpty()) {
      return Optional.empty();
    }
    // "OrderPlacedV2", "OrderPlaced_v2", "OrderPlacedEventV2": the version is no word of the name.
    int keep = wordsBeforeVersion(words);
    String version = versionAfter(words, keep, name);
    words = words.subList(0, keep);
    Optional<RedundantSuffix> redundant = Optional.empty();
    String suffix = kind.envelopeSuffix();
    if (words.size() > 1 && words.get(words.size() - 1).equals(suffix)) {
      String withoutSuffix = name.substring(0, name.length() - version.length() - suffix.length());
      redundant = Optional.of(new RedundantSuffix(suffix, version, withoutSuffix));
      words = words.subList(0, words.size() - 1);
      if (version.isEmpty()) {
        // "OrderPlacedV2Event"
        keep = wordsBeforeVersion(words);
        version = versionAfter(words, keep, withoutSuffix);
        words = words.subList(0, keep);
      }
    }
    return Optional.of(read(kind, name, words, version, redundant));
  }

  /**
   * How many words come before a version at the end ({@code V2}, {@code v10}, {@code V1beta1},
   * {@code V2_1}); all of them when there is none.
   */
  private static int wordsBeforeVersion(List<String> words) {
    int end = words.size();
    while (end > 1 && isDigits(words.get(end - 1))) {
      end--;
    }
    return end < 2 || !VERSION.matcher(words.get(end - 1)).matches() ? words.size() : end - 1;
  }

  /**
   * The version after the first {@code keep} words, as written at the end of {@code source}, the
   * name or the name without its redundant suffix; "" when the words are all kept.
   */
  private static String versionAfter(List<String> words, int keep, String source) {
    if (keep == words.size()) {
      return "";
    }
    // Where the words before the version end in the name: "_v2" keeps its "_".
    String before = Words.join(words, 0, keep);
    int at = 0;
    for (int matched = 0; matched < before.length() && at < source.length(); at++) {
      if (source.charAt(at) == before.charAt(matched)) {
        matched++;
      }
    }
    return source.substring(at);
  }

  private static boolean isDigits(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (!Character.isDigit(word.charAt(i))) {
        return false;
      }
    }
    return !word.isEmpty();
  }

  private ParsedName read(
      MessageKind kind, String name, List<String> words, String version, Optional<RedundantSuffix> redundant) {
    List<String> lowers = new ArrayList<>(words.size());
    List<Integer> prepositions = new ArrayList<>(2);
    List<Integer> particles = new ArrayList<>(2);
    for (String word : words) {
      lowers.add(lower(word));
    }
    for (int i = 0; i < words.size(); i++) {
      String lower = lowers.get(i);
      // "DueTo", "BecauseOf", "OnBehalfOf": the phrase starts at its first word.
      int compound = compoundPrepositionAt(lowers, i);
      if (compound > 0) {
        prepositions.add(i);
        for (int j = i + 1; j < i + compound; j++) {
          if (vocabulary.prepositions().contains(lowers.get(j))) {
            prepositions.add(j);
          }
        }
        i += compound - 1;
        continue;
      }
      if (vocabulary.prepositions().contains(lower)) {
        prepositions.add(i);
      }
      if (vocabulary.isParticle(lower)) {
        particles.add(i);
      }
    }
    int n = words.size();
    int tail = n >= 2 && particles.contains(n - 1) ? n - 2 : n - 1;
    return new ParsedName(
        this, kind, name, words, lowers, version, redundant, prepositions, particles, queryPrefix(words, lowers), tail);
  }

  /** How many words a preposition of several words at {@code i} has ("due to": 2), or 0. */
  private int compoundPrepositionAt(List<String> lowers, int i) {
    if (!vocabulary.compoundPrepositionStarts().contains(lowers.get(i))) {
      return 0;
    }
    for (List<String> compound : vocabulary.compoundPrepositions()) {
      if (i + compound.size() <= lowers.size() && lowers.subList(i, i + compound.size()).equals(compound)) {
        return compound.size();
      }
    }
    return 0;
  }

  /** The configured query prefix the words start with, as written. */
  private Optional<String> queryPrefix(List<String> words, List<String> lowers) {
    for (List<String> prefix : queryPrefixes) {
      if (startsWith(lowers, prefix)) {
        return Optional.of(Words.join(words, 0, prefix.size()));
      }
    }
    return Optional.empty();
  }

  private static boolean startsWith(List<String> words, List<String> prefix) {
    if (prefix.size() > words.size()) {
      return false;
    }
    for (int i = 0; i < prefix.size(); i++) {
      if (!words.get(i).equals(prefix.get(i))) {
        return false;
      }
    }
    return true;
  }

  // The readings that need the lexicon, which a ParsedName asks for on first use.

  /**
   * A base verb at the start, with the particle after it or closed into it (Login), and after a
   * word that modifies it (AutoRenew, ForceDelete, PreApprove).
   */
  Optional<VerbPhrase> verbAtStart(ParsedName name) {
    Optional<VerbPhrase> verb = verbAt(name, 0, "");
    if (name.size() > 1 && vocabulary.commandModifiers().contains(name.lower(0))) {
      // "AutoRenewSubscription", "ReIndexCatalog": the verb after the modifier; also after one that
      // is a verb itself, when what follows is mostly a verb ("ForceDeleteUser", not "ForceField").
      Optional<VerbPhrase> modified = verbAt(name, 1, name.word(0));
      if (modified.isPresent()
          && (verb.isEmpty() || lexicon.verbPercent(modified.get().base()) > Lexicon.MOSTLY_VERB)) {
        return modified;
      }
    }
    return verb;
  }

  private Optional<VerbPhrase> verbAt(ParsedName name, int at, String modifier) {
    String word = name.lower(at);
    if (lexicon.isBaseVerb(word)) {
      if (name.size() > at + 1 && name.isParticle(at + 1)) {
        return Optional.of(new VerbPhrase(modifier, word, name.word(at + 1), at + 2));
      }
      return Optional.of(new VerbPhrase(modifier, word, "", at + 1));
    }
    Optional<Lexicon.PhrasalVerb> compound = lexicon.compoundVerb(word);
    if (compound.isPresent()) {
      return Optional.of(
          new VerbPhrase(modifier, compound.get().verb(), Words.capitalize(compound.get().particle()), at + 1));
    }
    return Optional.empty();
  }

  /**
   * The index of a past form of a verb that an object or a phrase follows, the subject before it
   * optional: {@code Changed} in {@code CustomerChangedAddress}, {@code Left} in {@code
   * MemberLeftGroup}, {@code Gave} in {@code GaveFeedback}, {@code Added} in {@code AddedToCart};
   * -1 when there is none. A participle or a simple past counts, but not one spelled like its base
   * form ({@code Reset}, {@code Set}, {@code Put}) at the start, where it reads as an imperative
   * ({@code ResetPassword}); nor a word that is mostly something else at the start ({@code Used},
   * {@code Advanced}).
   */
  int pastFormBeforeObject(ParsedName name) {
    int n = name.size();
    for (int i = 0; i < n - 1; i++) {
      String word = name.lower(i);
      if (name.isPreposition(i) || name.isParticle(i) || !isPastForm(word)) {
        continue;
      }
      boolean spelledLikeBase = lexicon.isBaseVerb(word) && lexicon.pastParticipleOf(word).orElse("").equals(word);
      if (i == 0 && (spelledLikeBase || !startsWithPastForm(name))) {
        continue;
      }
      if (spelledLikeBase && !name.isPreposition(i + 1) && !name.isParticle(i + 1)) {
        // "UserReadMessage", "OrderSetPrice": past or imperative? baseLikePastBeforeObject warns.
        continue;
      }
      return i;
    }
    return -1;
  }

  /**
   * The index, after the first word, of a participle spelled like its base form that an object
   * follows ({@code Read} in {@code UserReadMessage}, {@code Set} in {@code OrderSetPrice}), which
   * may be the past form or the imperative; -1 when there is none.
   */
  int baseLikePastBeforeObject(ParsedName name) {
    for (int i = 1; i < name.size() - 1; i++) {
      String word = name.lower(i);
      if (!name.isPreposition(i + 1)
          && !name.isParticle(i + 1)
          && lexicon.isPastParticiple(word)
          && lexicon.isBaseVerb(word)
          && lexicon.pastParticipleOf(word).orElse("").equals(word)) {
        return i;
      }
    }
    return -1;
  }

  /** Whether lowercase {@code word} modifies a command's verb: auto, force, pre. */
  boolean isCommandModifier(String word) {
    return vocabulary.commandModifiers().contains(word);
  }

  private boolean isPastForm(String word) {
    return lexicon.isPastParticiple(word) || lexicon.isPreteriteOnly(word);
  }

  /**
   * Whether a name that starts with a past form reads as a past fact without a subject: the form is
   * followed by a preposition, a particle or an object ("AddedToCart", "GaveFeedback", "SentInvoice"),
   * but is no adjective before a noun that is the whole point ("UsedCar" would be): WordNet counts
   * the form mostly as a verb, or it is a simple past, which is no adjective.
   */
  private boolean startsWithPastForm(ParsedName name) {
    String first = name.lower(0);
    if (lexicon.isPreteriteOnly(first) || name.isPreposition(1) || name.isParticle(1)) {
      return true;
    }
    for (String base : lexicon.basesOfParticiple(first)) {
      if (lexicon.verbPercent(base) > Lexicon.MOSTLY_VERB) {
        return true;
      }
    }
    return false;
  }

  /**
   * The auxiliary after an event's subject and how it reads, or null: was or were before anything
   * (a past state or fact: ProductWasOutOfStock), has, have or had before a participle (a completed
   * one: DeadlineHasPassed), and is or are, or has or have before anything else (a present state:
   * StockIsLow, UserHasAccess).
   */
  ParsedName.Auxiliary auxiliary(ParsedName name) {
    for (int i = 1; i < name.size() - 1; i++) {
      String word = name.lower(i);
      if (vocabulary.pastAuxiliaries().contains(word)) {
        return new ParsedName.Auxiliary(i, true);
      }
      if (vocabulary.perfectAuxiliaries().contains(word)) {
        boolean participleAfter = false;
        for (int j = i + 1; j < name.size(); j++) {
          participleAfter |= lexicon.isPastParticiple(name.lower(j)) || name.lower(j).equals("been");
        }
        return new ParsedName.Auxiliary(i, participleAfter || word.equals("had"));
      }
      if (vocabulary.presentAuxiliaries().contains(word)) {
        return new ParsedName.Auxiliary(i, false);
      }
    }
    return null;
  }

  /** Whether lowercase {@code word} is an adjective of a state reached: ready, complete, overdue. */
  boolean isStateAdjective(String word) {
    return vocabulary.stateAdjectives().contains(word);
  }

  /** The index of a past participle that a prepositional phrase follows, or -1. */
  int participleBeforePreposition(ParsedName name) {
    int n = name.size();
    for (int i = 1; i < n - 1; i++) {
      if (name.isPreposition(i + 1) && lexicon.isPastParticiple(name.lower(i))) {
        return i;
      }
      if (i + 2 < n
          && name.isParticle(i + 1)
          && name.isPreposition(i + 2)
          && lexicon.isPastParticiple(name.lower(i))) {
        return i;
      }
    }
    return -1;
  }

  /**
   * A past participle, or a word ending in -ed that the lexicon does not know at all (a verb
   * WordNet lacks gets the benefit of the doubt; known words like Feed or Red do not).
   */
  boolean endsInParticiple(String word) {
    if (lexicon.isPastParticiple(word)) {
      return true;
    }
    return word.length() > 3
        && word.endsWith("ed")
        && !lexicon.isKnownNonParticiple(word)
        && !lexicon.isBaseVerb(word)
        && lexicon.verbOfNoun(word).isEmpty()
        && lexicon.compoundVerb(word).isEmpty();
  }
}
