package io.missive.processor.naming;

/**
 * The regular English inflection rules. The lexicon table stores a verb's forms only where WordNet
 * says they differ from these rules, so the table's generator and {@link Lexicon} share them.
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

  private static boolean isVowel(char c) {
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
  }
}
