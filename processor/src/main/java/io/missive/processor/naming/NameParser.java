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
    for (int i = 0; i < words.size(); i++) {
      String lower = lower(words.get(i));
      lowers.add(lower);
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

  /** A base verb at the start, with the particle after it or closed into it (Login). */
  Optional<VerbPhrase> verbAtStart(ParsedName name) {
    String first = name.lower(0);
    if (lexicon.isBaseVerb(first)) {
      if (name.size() > 1 && name.isParticle(1)) {
        return Optional.of(new VerbPhrase(first, name.word(1), 2));
      }
      return Optional.of(new VerbPhrase(first, "", 1));
    }
    Optional<Lexicon.PhrasalVerb> compound = lexicon.compoundVerb(first);
    if (compound.isPresent()) {
      return Optional.of(new VerbPhrase(compound.get().verb(), Words.capitalize(compound.get().particle()), 1));
    }
    return Optional.empty();
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
