package io.missive.processor.naming;

import static io.missive.processor.naming.NameRule.quote;

import io.missive.processor.diag.Diagnostic;
import io.missive.processor.diag.DiagnosticId;
import io.missive.processor.diag.Site;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A name does not hold a misspelled verb form ({@code OrderPayed}, {@code ItemLayed}, {@code
 * ServerShutted}, {@code AppTransfered}). The lexicon takes most of them for the regular past of a
 * verb it does not know, so the tense rules let them pass; this rule knows the common ones
 * ({@link Vocabulary#misspellings()}) and suggests the name with the word spelled right, a word of
 * the lexicon. A warning: the name still reads as its kind.
 */
final class SpellingRule implements NameRule {

  private final Map<String, String> misspellings;

  SpellingRule(Vocabulary vocabulary) {
    this.misspellings = vocabulary.misspellings();
  }

  @Override
  public List<Diagnostic> check(ParsedName name) {
    List<String> words = new ArrayList<>(name.words());
    String first = null;
    String right = null;
    for (int i = 0; i < words.size(); i++) {
      String correct = misspellings.get(name.lower(i));
      if (correct != null) {
        if (first == null) {
          first = name.word(i);
          right = correct;
        }
        words.set(i, sameCase(name.word(i), correct));
      }
    }
    if (first == null) {
      return List.of();
    }
    String suggestion = name.versioned(Words.join(words, 0, words.size()));
    String text =
        "Name "
            + quote(name.shown())
            + " spells "
            + quote(right)
            + " as "
            + quote(first)
            + "; a misspelled name stays in every consumer's code and on the wire once it is"
            + " published, so spell it right now: did you mean "
            + quote(suggestion)
            + "?";
    return List.of(Diagnostic.of(DiagnosticId.SPELLING, Site.type(), text).suggesting(suggestion));
  }

  /** {@code correct} written like {@code as}: capitalized, in capitals or lowercase. */
  private static String sameCase(String as, String correct) {
    if (as.length() > 1 && as.equals(as.toUpperCase(java.util.Locale.ROOT))) {
      return correct.toUpperCase(java.util.Locale.ROOT);
    }
    return Character.isUpperCase(as.charAt(0)) ? Words.capitalize(correct) : correct;
  }
}
