package io.missive.processor.naming;

import java.util.List;

/**
 * Where the {@link Lexicon} finds words: the committed table ({@link LexiconTable}) and the words
 * a build adds through its options ({@link OptionWords}). Look-ups take lowercase words and answer
 * only for what the source lists itself; what follows from the regular rules, prefixes and endings
 * is the lexicon's business. A source that lists nothing of a kind keeps the default answer.
 */
interface WordSource {

  /** The verb {@code base} as this source lists it; null when it does not list it. */
  VerbEntry verb(String base);

  /**
   * Adds to {@code bases}, unless there already, each verb that this source lists {@code form} as a
   * form of, of kind {@code kind} ({@link WordForm#PAST_PARTICIPLE}, {@link WordForm#PRETERITE} or
   * {@link WordForm#GERUND}), most used first.
   */
  void addBasesOf(String form, WordForm kind, List<String> bases);

  /** The verb whose action {@code noun} names, such as create or check out; null when none is listed. */
  default String verbOfNoun(String noun) {
    return null;
  }

  /** Adds to {@code nouns} the nouns listed as naming the action of {@code verb}. */
  default void addActionNouns(String verb, List<String> nouns) {}

  /** Whether {@code word} is taken for a past participle although no verb of it is listed. */
  default boolean isParticipleWithoutVerb(String word) {
    return false;
  }

  /** Whether {@code word} ends in -ed and is listed as no verb form: bearded, hundred. */
  default boolean isNotParticiple(String word) {
    return false;
  }

  /** Whether {@code word} is listed as a word of another part of speech that looks like a verb. */
  default boolean isNotVerb(String word) {
    return false;
  }

  /**
   * A verb as a source lists it, in the notation of the table's verb lines (read only as far as a
   * look-up needs): {@code [percent] [p=..] [t=..] [g=..] [x]}.
   *
   * @param base its base form
   * @param line the rest of its line: the percent of its uses that are verb uses when under 100;
   *     {@code p=} past participles, {@code t=} simple past forms that are no participle, {@code g=}
   *     gerunds, each comma-separated, a regular participle or gerund left out; {@code x} for a verb
   *     that WordNet lacks
   */
  record VerbEntry(String base, String line) {

    /** The percent of its uses that are verb uses: 100 when it is only a verb. */
    int verbPercent() {
      int end = line.indexOf(' ');
      String first = end < 0 ? line : line.substring(0, end);
      return !first.isEmpty() && Character.isDigit(first.charAt(0)) ? Integer.parseInt(first) : 100;
    }

    /** False for the table's own additions and for the options' verbs. */
    boolean inWordNet() {
      return !(line.equals("x") || line.endsWith(" x"));
    }

    /** The forms of one kind ({@link WordForm#PAST_PARTICIPLE}, {@code PRETERITE} or {@code GERUND}). */
    List<String> forms(WordForm kind) {
      List<String> listed = field(kind.tableCode());
      if (listed != null) {
        return listed;
      }
      if (kind == WordForm.PAST_PARTICIPLE) {
        return List.of(Inflection.regularPast(base));
      }
      return kind == WordForm.GERUND ? List.of(Inflection.regularGerund(base)) : List.of();
    }

    /** The value of the {@code code=a,b} field; null when there is none. */
    private List<String> field(char code) {
      String prefix = code + "=";
      int at = line.startsWith(prefix) ? 0 : line.indexOf(" " + prefix);
      if (at < 0) {
        return null;
      }
      int from = at == 0 && line.startsWith(prefix) ? prefix.length() : at + 1 + prefix.length();
      int to = line.indexOf(' ', from);
      String value = line.substring(from, to < 0 ? line.length() : to);
      return value.isEmpty() ? List.of() : List.of(value.split(","));
    }
  }
}
