package io.missive.processor.naming;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * English verbs and their forms, as WordNet knows them: which words are base forms, past
 * participles, simple past forms and gerunds, and of which verbs.
 *
 * <p>The words come from a list of {@link WordSource}s, the first that answers winning: the words
 * of the options, if any, then the committed table ({@link LexiconTable}). Beyond what they list, a
 * prefix of the vocabulary's verb prefixes and a verb is a verb (unlist, rebook) with the prefix
 * before each of the verb's forms (unlisted, unhidden), unless WordNet knows the whole word as
 * something else (resource, overview); and a word WordNet lacks that ends in -ize, -ise or -ify is
 * a regular verb (anonymize). {@link #standard()} reads the table once per class loader, on first
 * use; {@link #withExtras} adds the options' words. Instances are immutable and thread-safe. All
 * look-ups take lowercase or mixed-case words and never throw.
 */
public final class Lexicon {

  /** A word used mostly as a verb: more than this percent of its uses in WordNet's sense counts. */
  static final int MOSTLY_VERB = 50;

  /** A closed compound of a base verb and a particle: login is log + in. */
  public record PhrasalVerb(String verb, String particle) {}

  /** A verb made of a prefix and a verb: unlist is un + list. */
  public record PrefixedVerb(String prefix, String verb) {}

  private final LexiconTable table;
  private final WordSources sources;
  private final Morphology morphology;
  private final Vocabulary vocabulary = Vocabulary.standard();

  private Lexicon(LexiconTable table, WordSources sources) {
    this.table = table;
    this.sources = sources;
    this.morphology = new Morphology(sources, vocabulary);
  }

  private static final class Holder {
    static final Lexicon STANDARD = of(LexiconTable.load());
  }

  /** The lexicon of the committed table, read on first use and kept for the class loader's life. */
  public static Lexicon standard() {
    return Holder.STANDARD;
  }

  private static Lexicon of(LexiconTable table) {
    return new Lexicon(table, new WordSources(table));
  }

  /**
   * This lexicon with more words, which come first: {@code verbs} are base forms, each {@code base}
   * or {@code base:participle} when the participle is irregular ({@code spin:spun}); {@code
   * participles} are words accepted as past participles without a known verb. Blank and non-letter
   * entries are skipped.
   */
  public Lexicon withExtras(Collection<String> verbs, Collection<String> participles) {
    if (verbs.isEmpty() && participles.isEmpty()) {
      return this;
    }
    return new Lexicon(table, sources.after(OptionWords.of(verbs, participles)));
  }

  /** The size of the committed table in bytes. */
  int tableSize() {
    return table.size();
  }

  private static String lower(String word) {
    return word == null ? "" : word.toLowerCase(Locale.ROOT);
  }

  /** Whether {@code word} is the base form of a verb: place, send, reset, check. */
  public boolean isBaseVerb(String word) {
    return morphology.knows(lower(word));
  }

  /** Whether {@code word} is a past participle: placed, sent, withdrawn, reset, paid. */
  public boolean isPastParticiple(String word) {
    String w = lower(word);
    return sources.isParticipleWithoutVerb(w) || !morphology.basesOf(w, WordForm.PAST_PARTICIPLE).isEmpty();
  }

  /** Whether {@code word} is a simple past form that is not also a participle: withdrew, began, ran. */
  public boolean isPreteriteOnly(String word) {
    String w = lower(word);
    return !morphology.basesOf(w, WordForm.PRETERITE).isEmpty() && !isPastParticiple(w);
  }

  /** Whether {@code word} is the -ing form of a verb: placing, shipping, dying. */
  public boolean isGerund(String word) {
    return !morphology.basesOf(lower(word), WordForm.GERUND).isEmpty();
  }

  /** The verbs {@code participle} is a past participle of, most used first: sent → [send]. */
  public List<String> basesOfParticiple(String participle) {
    return morphology.basesOf(lower(participle), WordForm.PAST_PARTICIPLE);
  }

  /** The verbs {@code preterite} is the simple past of: withdrew → [withdraw]. */
  public List<String> basesOfPreterite(String preterite) {
    return morphology.basesOf(lower(preterite), WordForm.PRETERITE);
  }

  /** The verbs {@code gerund} is the -ing form of: placing → [place]. */
  public List<String> basesOfGerund(String gerund) {
    return morphology.basesOf(lower(gerund), WordForm.GERUND);
  }

  /**
   * The base form of a verb form: placed → place, sent → send, withdrew → withdraw, placing →
   * place; empty when {@code form} is no verb form.
   */
  public Optional<String> baseOf(String form) {
    String w = lower(form);
    for (WordForm kind : List.of(WordForm.PAST_PARTICIPLE, WordForm.PRETERITE, WordForm.GERUND)) {
      List<String> bases = morphology.basesOf(w, kind);
      if (!bases.isEmpty()) {
        return Optional.of(bases.get(0));
      }
    }
    return Optional.empty();
  }

  /** The past participle of a base form: place → placed, send → sent, reset → reset. */
  public Optional<String> pastParticipleOf(String base) {
    return firstForm(base, WordForm.PAST_PARTICIPLE);
  }

  /** The -ing form of a base form: place → placing, put → putting; empty when it is no verb. */
  public Optional<String> gerundOf(String base) {
    return firstForm(base, WordForm.GERUND);
  }

  private Optional<String> firstForm(String base, WordForm kind) {
    List<String> forms = morphology.formsOf(lower(base), kind);
    return forms == null || forms.isEmpty() ? Optional.empty() : Optional.of(forms.get(0));
  }

  /**
   * The percent of the word's uses in WordNet's sense counts that are verb uses, smoothed: 100 for
   * words that are only verbs (create), 47 for place, 14 for ship; 0 for words that are no verb.
   */
  public int verbPercent(String base) {
    String w = lower(base);
    WordSource.VerbEntry verb = sources.verb(w);
    if (verb != null) {
      return verb.verbPercent();
    }
    // A prefixed or guessed verb is no word of another part of speech (those are not-verbs).
    return morphology.knows(w) ? 100 : 0;
  }

  /** The verb a noun names the action of: creation → create, shipment → ship, checkout → check out. */
  public Optional<String> verbOfNoun(String noun) {
    String w = lower(noun);
    return Optional.ofNullable(sources.verbOfNoun(w));
  }

  /** Whether {@code word} is a word WordNet knows that ends in -ed and is no verb form: bearded. */
  public boolean isKnownNonParticiple(String word) {
    String w = lower(word);
    return sources.isNotParticiple(w);
  }

  /** Whether {@code word} is a particle of a phrasal verb: up, in, out. */
  public static boolean isParticle(String word) {
    return Vocabulary.standard().isParticle(lower(word));
  }

  /** A closed compound of a listed base verb and a particle: login, checkout, setup. */
  public Optional<PhrasalVerb> compoundVerb(String word) {
    String w = lower(word);
    for (String particle : vocabulary.particles()) {
      if (w.length() > particle.length() + 1 && w.endsWith(particle)) {
        String head = w.substring(0, w.length() - particle.length());
        if (sources.isVerb(head)) {
          return Optional.of(new PhrasalVerb(head, particle));
        }
      }
    }
    return Optional.empty();
  }

  /**
   * A verb that WordNet does not have and that is a prefix and a verb: unlist, resend, unlike;
   * empty for other words, also for WordNet's own verbs such as review or display, whose meaning is
   * not the prefix's.
   */
  public Optional<PrefixedVerb> prefixAndVerb(String word) {
    String w = lower(word);
    PrefixedVerb parts = morphology.prefixed(w);
    if (parts != null) {
      return Optional.of(parts);
    }
    // The table's own additions and the options' verbs are no WordNet verbs with a meaning of their own.
    WordSource.VerbEntry verb = sources.verb(w);
    boolean addition = verb != null && !verb.inWordNet();
    return addition ? Optional.ofNullable(morphology.prefixAndListedVerb(w)) : Optional.empty();
  }

  /**
   * Any verb that is a prefix and a verb, WordNet's own verbs too: overwrite, resubmit, review,
   * unlist; empty for words that are no verb or have no prefix.
   */
  public Optional<PrefixedVerb> splitPrefix(String word) {
    String w = lower(word);
    return morphology.knows(w) ? Optional.ofNullable(morphology.prefixAndListedVerb(w)) : Optional.empty();
  }

  /**
   * The noun that names the action of a verb, the inverse of {@link #verbOfNoun}: validate →
   * validation, compare → comparison, assess → assessment, revalidate → revalidation; empty when
   * the sources list none with a telling ending (track, monitor). Among several, the ending
   * earlier in the vocabulary's action-noun endings wins (analysis over analyst), then the shorter.
   */
  public Optional<String> actionNounOf(String verb) {
    String v = lower(verb);
    List<String> nouns = v.isEmpty() ? List.of() : sources.actionNounsOf(v);
    String best = null;
    int bestRank = Integer.MAX_VALUE;
    for (String noun : nouns) {
      int rank = endingRank(noun);
      if (rank < bestRank || (rank == bestRank && best != null && noun.length() < best.length())) {
        best = noun;
        bestRank = rank;
      }
    }
    if (best != null) {
      return Optional.of(best);
    }
    PrefixedVerb parts = morphology.prefixed(v);
    return parts == null ? Optional.empty() : actionNounOf(parts.verb()).map(noun -> parts.prefix() + noun);
  }

  private int endingRank(String noun) {
    List<String> endings = vocabulary.actionNounEndings();
    for (int i = 0; i < endings.size(); i++) {
      if (noun.endsWith(endings.get(i))) {
        return i;
      }
    }
    return Integer.MAX_VALUE;
  }
}
