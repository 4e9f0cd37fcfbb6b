package io.missive.processor.naming;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits a Java simple name into the words a reader sees in it.
 *
 * <ul>
 *   <li>A lowercase letter followed by an uppercase one starts a word: {@code OrderPlaced} is
 *       {@code Order}, {@code Placed}.
 *   <li>A run of capitals is an acronym; its last capital starts the next word when a lowercase letter
 *       follows: {@code PDFGenerated} is {@code PDF}, {@code Generated}; {@code OAuth} is {@code O},
 *       {@code Auth}. A plural acronym keeps its {@code s}: {@code URLsExpired} is {@code URLs},
 *       {@code Expired}.
 *   <li>Digits stay with the word before them ({@code V2}, {@code S3}, {@code Auth2}); a capital after
 *       a digit starts a word. Digits at the start of the name begin the first word ({@code 3DSecure}
 *       is {@code 3D}, {@code Secure}). So {@code OAuth2TokenIssued} is {@code O}, {@code Auth2},
 *       {@code Token}, {@code Issued}.
 *   <li>Anything that is neither a letter nor a digit ({@code _}, {@code $}) separates words and is
 *       dropped.
 * </ul>
 *
 * <p>Every word is a substring of the name, so joining the words of a name without its separators
 * gives it back. Letters without case (as in CJK scripts) count as lowercase. Never throws.
 */
public final class Words {

  private Words() {}

  private enum Kind {
    UPPER,
    LOWER,
    DIGIT,
    OTHER
  }

  private static Kind kindOf(int cp) {
    if (Character.isDigit(cp)) {
      return Kind.DIGIT;
    }
    if (Character.isUpperCase(cp) || Character.isTitleCase(cp)) {
      return Kind.UPPER;
    }
    if (Character.isLetter(cp)) {
      return Kind.LOWER;
    }
    return Kind.OTHER;
  }

  /** The words of {@code name}; empty for null, empty or separator-only names. */
  public static List<String> split(String name) {
    List<String> words = new ArrayList<>();
    if (name == null || name.isEmpty()) {
      return words;
    }
    int[] cps = name.codePoints().toArray();
    StringBuilder current = new StringBuilder();
    boolean currentHasLetter = false;
    for (int i = 0; i < cps.length; i++) {
      int cp = cps[i];
      Kind kind = kindOf(cp);
      if (kind == Kind.OTHER) {
        flush(words, current);
        currentHasLetter = false;
        continue;
      }
      if (current.length() > 0 && startsWord(cps, i, kind, currentHasLetter)) {
        flush(words, current);
        currentHasLetter = false;
      }
      current.appendCodePoint(cp);
      currentHasLetter |= kind != Kind.DIGIT;
    }
    flush(words, current);
    return words;
  }

  private static boolean startsWord(int[] cps, int i, Kind kind, boolean currentHasLetter) {
    Kind previous = kindOf(cps[i - 1]);
    switch (kind) {
      case UPPER:
        if (previous == Kind.LOWER) {
          return true;
        }
        if (previous == Kind.DIGIT) {
          // "Auth2Token": a capital after digits starts a word, unless the digits began the name.
          return currentHasLetter;
        }
        if (previous == Kind.UPPER) {
          // "PDFGenerated": the capital before a lowercase letter starts a word...
          if (i + 1 < cps.length && kindOf(cps[i + 1]) == Kind.LOWER) {
            // ...unless that lowercase letter is the plural 's' of the acronym: "URLs", "IDsLoaded".
            return !isPluralS(cps, i + 1);
          }
        }
        return false;
      case LOWER:
        return false;
      case DIGIT:
      default:
        return false;
    }
  }

  /** A lone {@code s} that ends the name or is followed by a capital, a digit or a separator. */
  private static boolean isPluralS(int[] cps, int i) {
    if (cps[i] != 's') {
      return false;
    }
    return i + 1 == cps.length || kindOf(cps[i + 1]) != Kind.LOWER;
  }

  private static void flush(List<String> words, StringBuilder current) {
    if (current.length() > 0) {
      words.add(current.toString());
      current.setLength(0);
    }
  }

  /** Whether {@code word} is made of letters only, at least one. */
  public static boolean isLetters(String word) {
    if (word.isEmpty()) {
      return false;
    }
    for (int i = 0; i < word.length(); i++) {
      if (!Character.isLetter(word.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** The lowercase form used for lexicon look-ups. */
  public static String lower(String word) {
    return word.toLowerCase(Locale.ROOT);
  }

  /** {@code word} with its first letter in uppercase: {@code placed} → {@code Placed}. */
  public static String capitalize(String word) {
    if (word.isEmpty()) {
      return word;
    }
    int first = word.codePointAt(0);
    return new StringBuilder(word.length())
        .appendCodePoint(Character.toUpperCase(first))
        .append(word, Character.charCount(first), word.length())
        .toString();
  }

  /** The words {@code from} (inclusive) to {@code to} (exclusive) joined back together. */
  public static String join(List<String> words, int from, int to) {
    StringBuilder sb = new StringBuilder();
    for (int i = Math.max(0, from); i < Math.min(to, words.size()); i++) {
      sb.append(words.get(i));
    }
    return sb.toString();
  }
}
