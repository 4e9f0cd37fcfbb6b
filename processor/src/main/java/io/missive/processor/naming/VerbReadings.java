package io.missive.processor.naming;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** How a single word of a name reads as a verb, with the {@link Lexicon}. Immutable and thread-safe. */
final class VerbReadings {

  /**
   * A word read as a form of a verb.
   *
   * @param form the form it is
   * @param base the verb's base form, lowercase
   * @param particle a particle that belongs to the verb (checkout is check out), capitalized, or ""
   */
  record Reading(WordForm form, String base, String particle) {}

  private final Lexicon lexicon;

  VerbReadings(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** What verb {@code word} names, if any, trying the given forms in order. */
  Optional<Reading> read(String word, WordForm... forms) {
    for (WordForm form : forms) {
      Reading reading = read(word, form);
      if (reading != null) {
        return Optional.of(reading);
      }
    }
    return Optional.empty();
  }

  private Reading read(String word, WordForm form) {
    if (form == WordForm.GERUND) {
      return first(form, lexicon.basesOfGerund(word));
    }
    if (form == WordForm.BASE) {
      return lexicon.isBaseVerb(word) ? new Reading(form, word.toLowerCase(Locale.ROOT), "") : null;
    }
    if (form == WordForm.PRETERITE) {
      return lexicon.isPreteriteOnly(word) ? first(form, lexicon.basesOfPreterite(word)) : null;
    }
    if (form == WordForm.PAST_PARTICIPLE) {
      return first(form, lexicon.basesOfParticiple(word));
    }
    Optional<String> verb = lexicon.verbOfNoun(word);
    if (verb.isPresent()) {
      String[] parts = verb.get().split(" ");
      return new Reading(form, parts[0], parts.length > 1 ? Words.capitalize(parts[1]) : "");
    }
    Optional<Lexicon.PhrasalVerb> compound = lexicon.compoundVerb(word);
    return compound.isPresent()
        ? new Reading(form, compound.get().verb(), Words.capitalize(compound.get().particle()))
        : null;
  }

  private static Reading first(WordForm form, List<String> bases) {
    return bases.isEmpty() ? null : new Reading(form, bases.get(0), "");
  }

  /**
   * {@code suggestion} when each of its words is a word of {@code name} (or its singular or
   * plural) or a word the lexicon knows as a verb form, a particle or an action noun; otherwise
   * null, so that a rule says what it expects instead of offering a word that does not exist.
   */
  String realWordsOnly(String suggestion, ParsedName name) {
    if (suggestion == null) {
      return null;
    }
    String body =
        suggestion.endsWith(name.version())
            ? suggestion.substring(0, suggestion.length() - name.version().length())
            : suggestion;
    for (String word : Words.split(body)) {
      String w = Words.lower(word);
      boolean known =
          name.lowers().contains(w)
              || lexicon.isBaseVerb(w)
              || lexicon.isPastParticiple(w)
              || lexicon.isPreteriteOnly(w)
              || lexicon.isGerund(w)
              || Lexicon.isParticle(w)
              || lexicon.verbOfNoun(w).isPresent();
      if (!known) {
        return null;
      }
    }
    return suggestion;
  }

  /** The past participle of {@code base}, capitalized, or null. */
  String participle(String base) {
    Optional<String> participle = lexicon.pastParticipleOf(base);
    return participle.isPresent() ? Words.capitalize(participle.get()) : null;
  }
}
