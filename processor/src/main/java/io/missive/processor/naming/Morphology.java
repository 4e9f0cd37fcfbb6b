package io.missive.processor.naming;

import io.missive.processor.naming.Lexicon.PrefixedVerb;
import java.util.ArrayList;
import java.util.List;

/**
 * The verbs that follow from the listed ones by word formation, and their forms: a prefix of the
 * vocabulary's verb prefixes and a listed verb is a verb (unlist, rebook) whose forms are the
 * prefix before the verb's (unlisted, unhidden), unless the whole word is listed as something else
 * (resource, overview); and a word no source lists that ends in -ize, -ise or -ify is a regular
 * verb (anonymize). Takes lowercase words. Immutable and thread-safe.
 */
final class Morphology {

  /** The shortest verb a prefix may go before: un + pin, re + try; undo and redo are in WordNet. */
  static final int SHORTEST_PREFIXED_VERB = 3;

  /** The shortest word taken for a verb on its ending alone: size and prize are in WordNet. */
  static final int SHORTEST_GUESSED_VERB = 6;

  private final WordSources sources;
  private final Vocabulary vocabulary;

  Morphology(WordSources sources, Vocabulary vocabulary) {
    this.sources = sources;
    this.vocabulary = vocabulary;
  }

  /** Whether {@code base} is a verb: listed, or made of a prefix and a verb, or guessed from its ending. */
  boolean knows(String base) {
    return sources.isVerb(base) || prefixed(base) != null || isGuessed(base);
  }

  /**
   * The prefix and the listed verb that {@code word} is made of when it is not listed itself
   * (unlist = un + list, rebook = re + book); null otherwise, and for words listed as another part
   * of speech (resource, overview), as an action noun (disclosure) or as a form of another verb
   * (missing, resting).
   */
  PrefixedVerb prefixed(String word) {
    return prefixed(word, false);
  }

  /**
   * As {@link #prefixed(String)}; with {@code asForm}, also for words listed as another part of
   * speech: unread is no verb, but it is un + the participle read.
   */
  private PrefixedVerb prefixed(String word, boolean asForm) {
    if (sources.isVerb(word)) {
      return null;
    }
    for (String prefix : vocabulary.verbPrefixes()) {
      if (word.length() - prefix.length() >= SHORTEST_PREFIXED_VERB && word.startsWith(prefix)) {
        String verb = word.substring(prefix.length());
        if (sources.isVerb(verb)
            && (asForm || !sources.isNotVerb(word))
            && sources.verbOfNoun(word) == null
            && !sources.isForm(word)) {
          return new PrefixedVerb(prefix, verb);
        }
        return null;
      }
    }
    return null;
  }

  /** A prefix and a listed verb that {@code word} is made of, listed itself or not; null when none. */
  PrefixedVerb prefixAndListedVerb(String word) {
    for (String prefix : vocabulary.verbPrefixes()) {
      if (word.length() - prefix.length() >= SHORTEST_PREFIXED_VERB
          && word.startsWith(prefix)
          && sources.isVerb(word.substring(prefix.length()))) {
        return new PrefixedVerb(prefix, word.substring(prefix.length()));
      }
    }
    return null;
  }

  /**
   * Whether {@code word} is taken for a verb on its ending alone: a word of at least {@value
   * #SHORTEST_GUESSED_VERB} letters ending in -ize, -ise or -ify that is known in no other way
   * (anonymize, pseudonymise, prettify; not enterprise or expertise, which WordNet knows as nouns).
   */
  private boolean isGuessed(String word) {
    if (word.length() < SHORTEST_GUESSED_VERB || !Words.isLetters(word) || sources.isVerb(word)) {
      return false;
    }
    boolean verbEnding = false;
    for (String ending : vocabulary.verbEndings()) {
      verbEnding |= word.endsWith(ending);
    }
    return verbEnding
        && !sources.isNotVerb(word)
        && sources.verbOfNoun(word) == null
        && !sources.isForm(word)
        && prefixed(word) == null;
  }

  /** The forms of one kind of verb {@code base}; null when it is no verb. */
  List<String> formsOf(String base, WordForm kind) {
    List<String> listed = sources.formsOf(base, kind);
    if (listed != null) {
      return listed;
    }
    PrefixedVerb parts = prefixed(base);
    if (parts != null) {
      List<String> result = new ArrayList<>();
      for (String form : sources.formsOf(parts.verb(), kind)) {
        result.add(parts.prefix() + form);
      }
      return result;
    }
    if (isGuessed(base)) {
      return kind == WordForm.PAST_PARTICIPLE
          ? List.of(Inflection.regularPast(base))
          : kind == WordForm.GERUND ? List.of(Inflection.regularGerund(base)) : List.of();
    }
    return null;
  }

  /**
   * The verbs {@code form} is a form of, of one kind, most used first: listed verbs first; then,
   * for a word that is no listed verb or form, a prefix and a listed verb's form (unlisted = un +
   * listed, unhidden = un + hidden), and a regular form of a verb guessed from its ending
   * (anonymized).
   */
  List<String> basesOf(String form, WordForm kind) {
    List<String> result = sources.basesOf(form, kind);
    if (!result.isEmpty() || form.isEmpty() || sources.isVerb(form) || sources.isForm(form)) {
      // A word that is a verb of its own is not read as a prefixed form: present, dissent, relent.
      return result;
    }
    for (String prefix : vocabulary.verbPrefixes()) {
      if (form.length() - prefix.length() >= SHORTEST_PREFIXED_VERB && form.startsWith(prefix)) {
        for (String base : sources.basesOf(form.substring(prefix.length()), kind)) {
          String verb = prefix + base;
          if (!result.contains(verb) && prefixed(verb, true) != null) {
            result.add(verb);
          }
        }
        break;
      }
    }
    if (kind != WordForm.PRETERITE && result.isEmpty()) {
      for (String candidate : WordSources.regularCandidates(form, kind)) {
        if (!result.contains(candidate) && isGuessed(candidate)) {
          if (formsOf(candidate, kind).contains(form)) {
            result.add(candidate);
          }
        }
      }
    }
    return result;
  }
}
