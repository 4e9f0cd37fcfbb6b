package io.missive.processor.naming;

import java.util.ArrayList;
import java.util.List;

/**
 * The {@link WordSource}s of a lexicon in their order (the options' words before the table), as
 * one source: the only place that walks them. A look-up for one thing is answered by the first
 * source that has it; a look-up for all things is answered by every source in order. Immutable and
 * thread-safe.
 *
 * <p>Each method walks the list itself rather than through a shared helper taking a lambda: the
 * processor is loaded afresh in each compilation, and every lambda costs its first call there.
 */
final class WordSources implements WordSource {

  /** An array: the look-ups are the hot path of the naming rules, and walking it allocates nothing. */
  private final WordSource[] sources;

  WordSources(WordSource... sources) {
    this.sources = sources.clone();
  }

  /** These sources after {@code first}. */
  WordSources after(WordSource first) {
    WordSource[] more = new WordSource[sources.length + 1];
    more[0] = first;
    System.arraycopy(sources, 0, more, 1, sources.length);
    return new WordSources(more);
  }

  /** The verb {@code base} as the first source that lists it lists it; null when none does. */
  @Override
  public VerbEntry verb(String base) {
    for (WordSource source : sources) {
      VerbEntry verb = source.verb(base);
      if (verb != null) {
        return verb;
      }
    }
    return null;
  }

  @Override
  public void addBasesOf(String form, WordForm kind, List<String> bases) {
    for (WordSource source : sources) {
      source.addBasesOf(form, kind, bases);
    }
  }

  @Override
  public String verbOfNoun(String noun) {
    for (WordSource source : sources) {
      String verb = source.verbOfNoun(noun);
      if (verb != null) {
        return verb;
      }
    }
    return null;
  }

  @Override
  public void addActionNouns(String verb, List<String> nouns) {
    for (WordSource source : sources) {
      source.addActionNouns(verb, nouns);
    }
  }

  @Override
  public boolean isParticipleWithoutVerb(String word) {
    for (WordSource source : sources) {
      if (source.isParticipleWithoutVerb(word)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public boolean isNotParticiple(String word) {
    for (WordSource source : sources) {
      if (source.isNotParticiple(word)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public boolean isNotVerb(String word) {
    for (WordSource source : sources) {
      if (source.isNotVerb(word)) {
        return true;
      }
    }
    return false;
  }

  // --------------------------------------------------------------------------------------------
  // What follows from the listed verbs by the regular rules
  // --------------------------------------------------------------------------------------------

  boolean isVerb(String base) {
    return verb(base) != null;
  }

  /** The forms of one kind of a listed verb; null when no source lists it. */
  List<String> formsOf(String base, WordForm kind) {
    VerbEntry verb = verb(base);
    return verb == null ? null : verb.forms(kind);
  }

  /**
   * The listed verbs {@code form} is a form of, of one kind ({@link WordForm#PAST_PARTICIPLE},
   * {@link WordForm#PRETERITE} or {@link WordForm#GERUND}), most used first: the forms the sources
   * list, then the regular forms of listed verbs.
   */
  List<String> basesOf(String form, WordForm kind) {
    List<String> result = new ArrayList<>(2);
    if (form.isEmpty()) {
      return result;
    }
    addBasesOf(form, kind, result);
    // Regular forms are not listed: try the bases they could come from.
    if (kind != WordForm.PRETERITE) {
      for (String candidate : regularCandidates(form, kind)) {
        if (!result.contains(candidate)) {
          List<String> forms = formsOf(candidate, kind);
          if (forms != null && forms.contains(form)) {
            result.add(candidate);
          }
        }
      }
    }
    return result;
  }

  /** The bases a regular past (placed, walked, carried) or gerund (placing, sending) may come from. */
  static List<String> regularCandidates(String form, WordForm kind) {
    List<String> candidates = new ArrayList<>(3);
    int n = form.length();
    if (kind == WordForm.PAST_PARTICIPLE && n > 2 && form.endsWith("ed")) {
      candidates.add(form.substring(0, n - 1));
      candidates.add(form.substring(0, n - 2));
      if (form.endsWith("ied")) {
        candidates.add(form.substring(0, n - 3) + "y");
      }
    } else if (kind == WordForm.GERUND && n > 3 && form.endsWith("ing")) {
      candidates.add(form.substring(0, n - 3));
      candidates.add(form.substring(0, n - 3) + "e");
      if (form.endsWith("ying")) {
        candidates.add(form.substring(0, n - 4) + "ie");
      }
    }
    return candidates;
  }

  /** Whether {@code word} is a listed verb's form of any kind: missing (miss), resting (rest). */
  boolean isForm(String word) {
    return !basesOf(word, WordForm.PAST_PARTICIPLE).isEmpty()
        || !basesOf(word, WordForm.PRETERITE).isEmpty()
        || !basesOf(word, WordForm.GERUND).isEmpty();
  }

  /** The nouns listed as naming the action of {@code verb}, in the sources' order. */
  List<String> actionNounsOf(String verb) {
    List<String> nouns = new ArrayList<>();
    addActionNouns(verb, nouns);
    return nouns;
  }
}
