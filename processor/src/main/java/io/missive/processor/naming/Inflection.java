package io.missive.processor.naming;

import java.util.Locale;

/**
 * The regular English inflection rules. The lexicon table stores a verb's forms only where WordNet
 * says they differ from these rules, so the table's generator and {@link Lexicon} share them; the
 * naming rules put nouns in the singular and the plural with them.
 */
final class Inflection {

  private Inflection() {}

  /** The regular past tense and past participle: place → placed, carry → carried, play → played. */
  static String regularPast(String base) {
    int n = base.length();
    if (n == 0) {
      return base;
    }
    if (base.endsWith("e")) {
      return base + "d";
    }
    if (n > 1 && base.charAt(n - 1) == 'y' && !isVowel(base.charAt(n - 2))) {
      return base.substring(0, n - 1) + "ied";
    }
    return base + "ed";
  }

  /** The regular gerund: place → placing, die → dying, agree → agreeing, send → sending. */
  static String regularGerund(String base) {
    int n = base.length();
    if (n == 0) {
      return base;
    }
    if (n > 2 && base.endsWith("ie")) {
      return base.substring(0, n - 2) + "ying";
    }
    if (base.endsWith("ee") || base.endsWith("ye") || base.endsWith("oe") || n <= 2) {
      return base + "ing";
    }
    if (base.endsWith("e")) {
      return base.substring(0, n - 1) + "ing";
    }
    return base + "ing";
  }

  /**
   * The singular of a plural noun, for a modifier ({@code Products} → {@code Product}, {@code
   * Addresses} → {@code Address}, {@code Batches} → {@code Batch}, {@code URLs} → {@code URL});
   * null when the word does not look plural ({@code Address}, {@code Status}, {@code Analytics}) or
   * when its singular cannot be told from its spelling ({@code Categories} but {@code Movies}).
   */
  static String singular(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    // The word's own length: a lowercase letter may take more chars than its capital (İ).
    int n = word.length();
    if (n < 3 || word.charAt(n - 1) != 's') {
      return null;
    }
    for (String ending : new String[] {"ss", "us", "is", "as", "os", "ics", "ies", "zes"}) {
      if (w.endsWith(ending)) {
        return null;
      }
    }
    for (String ending : new String[] {"sses", "shes", "tches", "rches", "nches", "xes"}) {
      if (w.endsWith(ending)) {
        return word.substring(0, n - 2);
      }
    }
    return word.substring(0, n - 1);
  }

  /** The plural of a countable noun; an -ing form stays as it is: monitoring, tracking. */
  static String plural(String noun) {
    int n = noun.length();
    if (noun.endsWith("ing")) {
      return noun;
    }
    if (noun.endsWith("sis")) {
      return noun.substring(0, n - 2) + "es";
    }
    if (n > 1 && noun.endsWith("y") && "aeiou".indexOf(noun.charAt(n - 2)) < 0) {
      return noun.substring(0, n - 1) + "ies";
    }
    if (noun.endsWith("s") || noun.endsWith("x") || noun.endsWith("z") || noun.endsWith("ch") || noun.endsWith("sh")) {
      return noun + "es";
    }
    return noun + "s";
  }

  private static boolean isVowel(char c) {
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
  }
}
