package io.missive.processor.naming;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * English verbs and their forms, as WordNet knows them: which words are base forms, past
 * participles, simple past forms and gerunds, and of which verbs.
 *
 * <p>The data comes from the compact table {@code lexicon.txt} beside this class, which {@code
 * LexiconGenerator} (test sources) precomputes from WordNet 3.1 through extjwnl; extjwnl is not
 * needed at run time. Beyond the table, a prefix of {@link #PREFIXES} and a verb is a verb (unlist,
 * rebook) with the prefix before each of the verb's forms (unlisted, unhidden), unless WordNet knows
 * the whole word as something else (resource, overview); and a word WordNet lacks that ends in
 * -ize, -ise or -ify is a regular verb (anonymize). {@link #standard()} reads the table once per
 * class loader, on first use.
 * {@link #withExtras} layers words from the processor options on top. Instances are immutable and
 * thread-safe. All look-ups take lowercase or mixed-case words and never throw.
 */
public final class Lexicon {

  /** Particles of phrasal verbs: sign up, log in, check out. */
  static final List<String> PARTICLES =
      List.of("up", "down", "in", "out", "on", "off", "over", "back", "away", "through");

  private static final Set<String> PARTICLE_SET = Set.copyOf(PARTICLES);

  /**
   * Prefixes that make a verb of a verb: unlist, rebook, deregister, disallow, preapprove, overbook,
   * mislabel. None is the start of another, so a word splits in at most one way.
   */
  static final List<String> PREFIXES = List.of("un", "re", "de", "dis", "pre", "over", "mis");

  /** The shortest verb a prefix may go before: un + pin, re + try; undo and redo are in WordNet. */
  static final int SHORTEST_PREFIXED_VERB = 3;

  /** Endings that make a verb of another word: anonymize, anonymise, prettify. */
  static final List<String> VERB_ENDINGS = List.of("ize", "ise", "ify");

  /** The shortest word taken for a verb on its ending alone: size and prize are in WordNet. */
  static final int SHORTEST_GUESSED_VERB = 6;

  static final String RESOURCE = "lexicon.txt";

  /** A user's verb (from the options): its forms, regular unless given. */
  private static final class Verb {
    final String[] participles;
    final String[] gerunds;

    Verb(String[] participles, String[] gerunds) {
      this.participles = participles;
      this.gerunds = gerunds;
    }
  }

  private static final String[] SECTIONS = {"verbs", "forms", "nouns", "not-participles", "not-verbs"};
  private static final int VERBS = 0;
  private static final int FORMS = 1;
  private static final int NOUNS = 2;
  private static final int NOT_PARTICIPLES = 3;
  private static final int NOT_VERBS = 4;

  /** The table, ASCII; null for a layer of extra words. */
  private final byte[] table;
  /** For each section, the byte range [start, end) of its lines. */
  private final int[] starts;
  private final int[] ends;

  private final Lexicon parent;
  private final Map<String, Verb> extraVerbs;
  private final Set<String> extraParticiples;

  private Lexicon(byte[] table, int[] starts, int[] ends) {
    this.table = table;
    this.starts = starts;
    this.ends = ends;
    this.parent = null;
    this.extraVerbs = Map.of();
    this.extraParticiples = Set.of();
  }

  private Lexicon(Lexicon parent, Map<String, Verb> extraVerbs, Set<String> extraParticiples) {
    this.table = null;
    this.starts = null;
    this.ends = null;
    this.parent = parent;
    this.extraVerbs = Map.copyOf(extraVerbs);
    this.extraParticiples = Set.copyOf(extraParticiples);
  }

  private static final class Holder {
    static final Lexicon STANDARD = load();
  }

  /** The lexicon of the committed table, read on first use and kept for the class loader's life. */
  public static Lexicon standard() {
    return Holder.STANDARD;
  }

  private static Lexicon load() {
    try (InputStream in = Lexicon.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE + " beside " + Lexicon.class.getName());
      }
      return parse(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads the table format written by {@code LexiconGenerator}: only its {@code @index} line is
   * parsed; look-ups binary-search the sorted sections in place, so loading costs one read.
   */
  static Lexicon parse(byte[] table) {
    String marker = "\n@index ";
    int at = indexOf(table, marker.getBytes(StandardCharsets.US_ASCII));
    if (at < 0) {
      throw new IllegalStateException("lexicon table without @index line");
    }
    int lineEnd = at + 1;
    while (lineEnd < table.length && table[lineEnd] != '\n') {
      lineEnd++;
    }
    String index = new String(table, at + marker.length(), lineEnd - at - marker.length(), StandardCharsets.US_ASCII);
    int[] starts = new int[SECTIONS.length];
    int[] ends = new int[SECTIONS.length];
    for (String entry : index.split(" ")) {
      int eq = entry.indexOf('=');
      int dash = entry.indexOf('-', eq);
      String name = entry.substring(0, eq);
      for (int i = 0; i < SECTIONS.length; i++) {
        if (SECTIONS[i].equals(name)) {
          starts[i] = Integer.parseInt(entry.substring(eq + 1, dash));
          ends[i] = Integer.parseInt(entry.substring(dash + 1));
        }
      }
    }
    for (int i = 0; i < SECTIONS.length; i++) {
      if (ends[i] > table.length || starts[i] > ends[i]) {
        throw new IllegalStateException("lexicon table: bad range for @" + SECTIONS[i]);
      }
    }
    return new Lexicon(table, starts, ends);
  }

  private static int indexOf(byte[] data, byte[] pattern) {
    outer:
    for (int i = 0; i + pattern.length <= data.length; i++) {
      for (int j = 0; j < pattern.length; j++) {
        if (data[i + j] != pattern[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  /**
   * The line of {@code section} whose first word is {@code key}, without that word (the text
   * after the first blank, "" when none); null when there is no such line.
   */
  private String line(int section, String key) {
    if (table == null || key.isEmpty()) {
      return null;
    }
    int lo = starts[section];
    int hi = ends[section];
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      int lineStart = mid;
      while (lineStart > lo && table[lineStart - 1] != '\n') {
        lineStart--;
      }
      int c = compareKey(key, lineStart);
      if (c == 0) {
        int from = lineStart + key.length();
        int to = from;
        while (to < table.length && table[to] != '\n') {
          to++;
        }
        return from == to ? "" : new String(table, from + 1, to - from - 1, StandardCharsets.US_ASCII);
      }
      if (c < 0) {
        hi = lineStart;
      } else {
        int next = lineStart;
        while (next < hi && table[next] != '\n') {
          next++;
        }
        lo = next + 1;
      }
    }
    return null;
  }

  /** Compares {@code key} with the first word of the line at {@code at}. */
  private int compareKey(String key, int at) {
    int n = key.length();
    for (int i = 0; ; i++) {
      int b = at + i < table.length ? table[at + i] : '\n';
      boolean lineWordEnded = b == ' ' || b == '\n';
      if (i == n) {
        return lineWordEnded ? 0 : -1;
      }
      if (lineWordEnded) {
        return 1;
      }
      int k = key.charAt(i);
      if (k != b) {
        return k < b ? -1 : 1;
      }
    }
  }

  /** The value of a {@code name=a,b} field of a verb line; null when the line has none. */
  private static String[] field(String rest, String name) {
    if (rest == null) {
      return null;
    }
    String prefix = name + "=";
    int at = rest.startsWith(prefix) ? 0 : rest.indexOf(" " + prefix);
    if (at < 0) {
      return null;
    }
    int from = at == 0 && rest.startsWith(prefix) ? prefix.length() : at + 1 + prefix.length();
    int to = rest.indexOf(' ', from);
    String value = rest.substring(from, to < 0 ? rest.length() : to);
    return value.isEmpty() ? NONE : value.split(",");
  }

  private static final String[] NONE = new String[0];

  /**
   * This lexicon with more words: {@code verbs} are base forms, each {@code base} or {@code
   * base:participle} when the participle is irregular ({@code spin:spun}); {@code participles} are
   * words accepted as past participles without a known verb. Blank and non-letter entries are
   * skipped.
   */
  public Lexicon withExtras(Collection<String> verbs, Collection<String> participles) {
    if (verbs.isEmpty() && participles.isEmpty()) {
      return this;
    }
    Map<String, Verb> extra = new HashMap<>();
    for (String entry : verbs) {
      String[] parts = lower(entry).trim().split(":");
      String base = parts[0].trim();
      if (!isLetters(base)) {
        continue;
      }
      String participle =
          parts.length > 1 && isLetters(parts[1].trim()) ? parts[1].trim() : Inflection.regularPast(base);
      String[] ps = {participle};
      extra.put(base, new Verb(ps, new String[] {gerundFor(base, ps)}));
    }
    Set<String> bare = new HashSet<>();
    for (String entry : participles) {
      String word = lower(entry).trim();
      if (isLetters(word)) {
        bare.add(word);
      }
    }
    return new Lexicon(this, extra, bare);
  }

  /** The gerund, doubling the consonant where the participle does: unban, unbanned → unbanning. */
  private static String gerundFor(String base, String[] participles) {
    if (!base.isEmpty()) {
      String doubled = base + base.charAt(base.length() - 1);
      for (String participle : participles) {
        if (participle.equals(doubled + "ed")) {
          return doubled + "ing";
        }
      }
    }
    return Inflection.regularGerund(base);
  }

  static boolean isLetters(String word) {
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

  private static String lower(String word) {
    return word == null ? "" : word.toLowerCase(Locale.ROOT);
  }

  /** The rest of the table's line for verb {@code base}, or null when the table lacks it. */
  private String verbLine(String base) {
    return line(VERBS, base);
  }

  /** Whether this layer or one below lists {@code base} as a verb (the table or the options). */
  private boolean knowsDirectly(String base) {
    for (Lexicon l = this; l != null; l = l.parent) {
      if (l.extraVerbs.containsKey(base) || l.verbLine(base) != null) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code base} is a verb: listed, or made of a prefix and a verb, or guessed from its ending. */
  private boolean knows(String base) {
    return knowsDirectly(base) || prefixedParts(base) != null || isGuessed(base);
  }

  /** Whether the table lists {@code word} as a word of another part of speech that looks like a verb. */
  private boolean isNotVerb(String word) {
    for (Lexicon l = this; l != null; l = l.parent) {
      if (l.line(NOT_VERBS, word) != null) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code word} is a listed verb's form of any kind: missing (miss), resting (rest). */
  private boolean isDirectForm(String word) {
    return !lookUpDirect(word, 'p').isEmpty()
        || !lookUpDirect(word, 't').isEmpty()
        || !lookUpDirect(word, 'g').isEmpty();
  }

  /**
   * {@code [prefix, verb]} when {@code word} is not listed as a verb but is a prefix and a listed
   * verb (unlist = un + list, rebook = re + book); null otherwise, and for words WordNet knows as
   * another part of speech (resource, overview), as an action noun (disclosure) or as a form of
   * another verb (missing, resting).
   */
  private String[] prefixedParts(String word) {
    return prefixedParts(word, false);
  }

  /**
   * As {@link #prefixedParts(String)}; with {@code asForm}, also for words WordNet knows as another
   * part of speech: unread is no verb, but it is un + the participle read.
   */
  private String[] prefixedParts(String word, boolean asForm) {
    if (knowsDirectly(word)) {
      return null;
    }
    for (String prefix : PREFIXES) {
      if (word.length() - prefix.length() >= SHORTEST_PREFIXED_VERB && word.startsWith(prefix)) {
        String verb = word.substring(prefix.length());
        if (knowsDirectly(verb)
            && (asForm || !isNotVerb(word))
            && verbOfNoun(word).isEmpty()
            && !isDirectForm(word)) {
          return new String[] {prefix, verb};
        }
        return null;
      }
    }
    return null;
  }

  /**
   * Whether {@code word} is taken for a verb on its ending alone: a word of at least {@value
   * #SHORTEST_GUESSED_VERB} letters ending in -ize, -ise or -ify that the lexicon knows in no other
   * way (anonymize, pseudonymise, prettify; not enterprise or expertise, which WordNet knows as nouns).
   */
  private boolean isGuessed(String word) {
    if (word.length() < SHORTEST_GUESSED_VERB || !isLetters(word) || knowsDirectly(word)) {
      return false;
    }
    boolean verbEnding = false;
    for (String ending : VERB_ENDINGS) {
      verbEnding |= word.endsWith(ending);
    }
    return verbEnding
        && !isNotVerb(word)
        && verbOfNoun(word).isEmpty()
        && !isDirectForm(word)
        && prefixedParts(word) == null;
  }

  /** The forms of one kind (p, t or g) of verb {@code base}; null when the verb is unknown. */
  private String[] formsOf(String base, char kind) {
    String[] direct = formsOfDirect(base, kind);
    if (direct != null) {
      return direct;
    }
    String[] parts = prefixedParts(base);
    if (parts != null) {
      String[] forms = formsOfDirect(parts[1], kind);
      String[] result = new String[forms.length];
      for (int i = 0; i < forms.length; i++) {
        result[i] = parts[0] + forms[i];
      }
      return result;
    }
    if (isGuessed(base)) {
      return kind == 'p'
          ? new String[] {Inflection.regularPast(base)}
          : kind == 'g' ? new String[] {Inflection.regularGerund(base)} : NONE;
    }
    return null;
  }

  /** The forms of one kind of a verb listed in the table or the options; null when it is not. */
  private String[] formsOfDirect(String base, char kind) {
    for (Lexicon l = this; l != null; l = l.parent) {
      Verb v = l.extraVerbs.get(base);
      if (v != null) {
        return kind == 'p' ? v.participles : kind == 'g' ? v.gerunds : NONE;
      }
      String rest = l.verbLine(base);
      if (rest != null) {
        String[] listed = field(rest, String.valueOf(kind));
        if (listed != null) {
          return listed;
        }
        if (kind == 'p') {
          return new String[] {Inflection.regularPast(base)};
        }
        if (kind == 'g') {
          return new String[] {Inflection.regularGerund(base)};
        }
        return NONE;
      }
    }
    return null;
  }

  /**
   * The verbs {@code form} is a form of, of one kind, most used first: listed verbs first; then,
   * for a word that is no listed verb or form, a prefix and a listed verb's form (unlisted = un +
   * listed, unhidden = un + hidden), and a regular form of a verb guessed from its ending
   * (anonymized).
   */
  private List<String> lookUp(String form, char kind) {
    List<String> result = lookUpDirect(form, kind);
    if (!result.isEmpty() || form.isEmpty() || knowsDirectly(form) || isDirectForm(form)) {
      // A word that is a verb of its own is not read as a prefixed form: present, dissent, relent.
      return result;
    }
    for (String prefix : PREFIXES) {
      if (form.length() - prefix.length() >= SHORTEST_PREFIXED_VERB && form.startsWith(prefix)) {
        for (String base : lookUpDirect(form.substring(prefix.length()), kind)) {
          String verb = prefix + base;
          if (!result.contains(verb) && prefixedParts(verb, true) != null) {
            result.add(verb);
          }
        }
        break;
      }
    }
    if (kind != 't' && result.isEmpty()) {
      for (String candidate : regularCandidates(form, kind)) {
        if (!result.contains(candidate) && isGuessed(candidate)) {
          String[] forms = formsOf(candidate, kind);
          if (Arrays.asList(forms).contains(form)) {
            result.add(candidate);
          }
        }
      }
    }
    return result;
  }

  /** The verbs {@code form} is a form of, of one kind, among the verbs of the table and the options. */
  private List<String> lookUpDirect(String form, char kind) {
    List<String> result = new ArrayList<>(2);
    if (form.isEmpty()) {
      return result;
    }
    for (Lexicon l = this; l != null; l = l.parent) {
      for (Map.Entry<String, Verb> e : l.extraVerbs.entrySet()) {
        String[] forms = kind == 'p' ? e.getValue().participles : kind == 'g' ? e.getValue().gerunds : NONE;
        if (Arrays.asList(forms).contains(form) && !result.contains(e.getKey())) {
          result.add(e.getKey());
        }
      }
      String listed = l.line(FORMS, form);
      if (listed != null) {
        for (String entry : listed.split(" ")) {
          if (entry.length() > 2 && entry.charAt(0) == kind && !result.contains(entry.substring(2))) {
            result.add(entry.substring(2));
          }
        }
      }
    }
    // Regular forms are not listed: try the bases they could come from.
    if (kind != 't') {
      for (String candidate : regularCandidates(form, kind)) {
        if (!result.contains(candidate)) {
          String[] forms = formsOfDirect(candidate, kind);
          if (forms != null && Arrays.asList(forms).contains(form)) {
            result.add(candidate);
          }
        }
      }
    }
    return result;
  }

  /** The bases a regular past (placed, walked, carried) or gerund (placing, sending) may come from. */
  private static List<String> regularCandidates(String form, char kind) {
    List<String> candidates = new ArrayList<>(3);
    int n = form.length();
    if (kind == 'p' && n > 2 && form.endsWith("ed")) {
      candidates.add(form.substring(0, n - 1));
      candidates.add(form.substring(0, n - 2));
      if (form.endsWith("ied")) {
        candidates.add(form.substring(0, n - 3) + "y");
      }
    } else if (kind == 'g' && n > 3 && form.endsWith("ing")) {
      candidates.add(form.substring(0, n - 3));
      candidates.add(form.substring(0, n - 3) + "e");
      if (form.endsWith("ying")) {
        candidates.add(form.substring(0, n - 4) + "ie");
      }
    }
    return candidates;
  }

  // --------------------------------------------------------------------------------------------
  // Queries
  // --------------------------------------------------------------------------------------------

  /** Whether {@code word} is the base form of a verb: place, send, reset, check. */
  public boolean isBaseVerb(String word) {
    return knows(lower(word));
  }

  /** Whether {@code word} is a past participle: placed, sent, withdrawn, reset, paid. */
  public boolean isPastParticiple(String word) {
    String w = lower(word);
    for (Lexicon l = this; l != null; l = l.parent) {
      if (l.extraParticiples.contains(w)) {
        return true;
      }
    }
    return !lookUp(w, 'p').isEmpty();
  }

  /** Whether {@code word} is a simple past form that is not also a participle: withdrew, began, ran. */
  public boolean isPreteriteOnly(String word) {
    String w = lower(word);
    return !lookUp(w, 't').isEmpty() && !isPastParticiple(w);
  }

  /** Whether {@code word} is the -ing form of a verb: placing, shipping, dying. */
  public boolean isGerund(String word) {
    return !lookUp(lower(word), 'g').isEmpty();
  }

  /** The verbs {@code participle} is a past participle of, most used first: sent → [send]. */
  public List<String> basesOfParticiple(String participle) {
    return lookUp(lower(participle), 'p');
  }

  /** The verbs {@code preterite} is the simple past of: withdrew → [withdraw]. */
  public List<String> basesOfPreterite(String preterite) {
    return lookUp(lower(preterite), 't');
  }

  /** The verbs {@code gerund} is the -ing form of: placing → [place]. */
  public List<String> basesOfGerund(String gerund) {
    return lookUp(lower(gerund), 'g');
  }

  /**
   * The base form of a verb form: placed → place, sent → send, withdrew → withdraw, placing →
   * place; empty when {@code form} is no verb form.
   */
  public Optional<String> baseOf(String form) {
    String w = lower(form);
    for (char kind : new char[] {'p', 't', 'g'}) {
      List<String> bases = lookUp(w, kind);
      if (!bases.isEmpty()) {
        return Optional.of(bases.get(0));
      }
    }
    return Optional.empty();
  }

  /** The past participle of a base form: place → placed, send → sent, reset → reset. */
  public Optional<String> pastParticipleOf(String base) {
    String[] forms = formsOf(lower(base), 'p');
    return forms == null || forms.length == 0 ? Optional.empty() : Optional.of(forms[0]);
  }

  /**
   * The percent of the word's uses in WordNet's sense counts that are verb uses, smoothed: 100 for
   * words that are only verbs (create), 47 for place, 14 for ship; 0 for words that are no verb.
   */
  public int verbPercent(String base) {
    String w = lower(base);
    for (Lexicon l = this; l != null; l = l.parent) {
      if (l.extraVerbs.containsKey(w)) {
        return 100;
      }
      String rest = l.verbLine(w);
      if (rest != null) {
        int end = rest.indexOf(' ');
        String first = end < 0 ? rest : rest.substring(0, end);
        return !first.isEmpty() && Character.isDigit(first.charAt(0)) ? Integer.parseInt(first) : 100;
      }
    }
    // A prefixed or guessed verb is no word of another part of speech (those are not-verbs).
    return knows(w) ? 100 : 0;
  }

  /** The verb a noun names the action of: creation → create, shipment → ship, checkout → check out. */
  public Optional<String> verbOfNoun(String noun) {
    String w = lower(noun);
    for (Lexicon l = this; l != null; l = l.parent) {
      String verb = l.line(NOUNS, w);
      if (verb != null && !verb.isEmpty()) {
        return Optional.of(verb.replace('_', ' '));
      }
    }
    return Optional.empty();
  }

  /** Whether {@code word} is a word WordNet knows that ends in -ed and is no verb form: bearded. */
  public boolean isKnownNonParticiple(String word) {
    String w = lower(word);
    for (Lexicon l = this; l != null; l = l.parent) {
      if (l.line(NOT_PARTICIPLES, w) != null) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code word} is a particle of a phrasal verb: up, in, out. */
  public static boolean isParticle(String word) {
    return PARTICLE_SET.contains(lower(word));
  }

  /**
   * A closed compound of a base verb and a particle, as a two-element array: login → [log, in],
   * checkout → [check, out], setup → [set, up]; empty when the word is not one.
   */
  public Optional<String[]> compoundVerb(String word) {
    String w = lower(word);
    for (String particle : PARTICLES) {
      if (w.length() > particle.length() + 1 && w.endsWith(particle)) {
        String head = w.substring(0, w.length() - particle.length());
        if (knowsDirectly(head)) {
          return Optional.of(new String[] {head, particle});
        }
      }
    }
    return Optional.empty();
  }

  /**
   * {@code [prefix, verb]} for a verb that WordNet does not have and that is a prefix and a verb:
   * unlist → [un, list], resend → [re, send], unlike → [un, like]; empty for other words, also for
   * WordNet's own verbs such as review or display, whose meaning is not the prefix's.
   */
  public Optional<String[]> prefixAndVerb(String word) {
    String w = lower(word);
    String[] parts = prefixedParts(w);
    if (parts != null) {
      return Optional.of(parts);
    }
    if (!isExtra(w)) {
      return Optional.empty();
    }
    return Optional.ofNullable(prefixAndKnownVerb(w));
  }

  /**
   * {@code [prefix, verb]} for any verb that is a prefix and a verb, WordNet's own verbs too:
   * overwrite → [over, write], resubmit → [re, submit], review → [re, view], unlist → [un, list].
   */
  public Optional<String[]> splitPrefix(String word) {
    String w = lower(word);
    if (!knows(w)) {
      return Optional.empty();
    }
    return Optional.ofNullable(prefixAndKnownVerb(w));
  }

  /** {@code [prefix, verb]} when lowercase {@code w} is a prefix and a verb known directly, else null. */
  private String[] prefixAndKnownVerb(String w) {
    for (String prefix : PREFIXES) {
      if (w.length() - prefix.length() >= SHORTEST_PREFIXED_VERB
          && w.startsWith(prefix)
          && knowsDirectly(w.substring(prefix.length()))) {
        return new String[] {prefix, w.substring(prefix.length())};
      }
    }
    return null;
  }

  /** Whether {@code word} is a verb of the table's own overrides (not in WordNet) or of the options. */
  private boolean isExtra(String word) {
    for (Lexicon l = this; l != null; l = l.parent) {
      if (l.extraVerbs.containsKey(word)) {
        return true;
      }
      String rest = l.verbLine(word);
      if (rest != null) {
        return rest.equals("x") || rest.endsWith(" x");
      }
    }
    return false;
  }

  /** The -ing form of a base form: place → placing, put → putting; empty when it is no verb. */
  public Optional<String> gerundOf(String base) {
    String[] forms = formsOf(lower(base), 'g');
    return forms == null || forms.length == 0 ? Optional.empty() : Optional.of(forms[0]);
  }

  /** Endings of action nouns, the most telling first: analysis wins over analyst. */
  private static final List<String> ACTION_NOUN_ENDINGS =
      List.of("tion", "sion", "ment", "sis", "ison", "ance", "ence", "ancy", "ency", "al", "ure", "ery", "ry", "y");

  /**
   * The noun that names the action of a verb, the inverse of {@link #verbOfNoun}: validate →
   * validation, compare → comparison, assess → assessment, revalidate → revalidation; empty when
   * the table has none with a telling ending (track, monitor). Among several, the ending earlier in
   * {@link #ACTION_NOUN_ENDINGS} wins (analysis over analyst), then the shorter noun.
   */
  public Optional<String> actionNounOf(String verb) {
    String v = lower(verb);
    String best = null;
    int bestRank = Integer.MAX_VALUE;
    for (Lexicon l = this; l != null; l = l.parent) {
      if (l.table == null || v.isEmpty()) {
        continue;
      }
      int at = l.starts[NOUNS];
      int end = l.ends[NOUNS];
      while (at < end) {
        int lineEnd = at;
        while (lineEnd < end && l.table[lineEnd] != '\n') {
          lineEnd++;
        }
        int blank = at;
        while (blank < lineEnd && l.table[blank] != ' ') {
          blank++;
        }
        if (lineEnd - blank - 1 == v.length() && regionEquals(l.table, blank + 1, v)) {
          String noun = new String(l.table, at, blank - at, StandardCharsets.US_ASCII);
          int rank = endingRank(noun);
          if (rank < bestRank || (rank == bestRank && best != null && noun.length() < best.length())) {
            best = noun;
            bestRank = rank;
          }
        }
        at = lineEnd + 1;
      }
    }
    if (best != null) {
      return Optional.of(best);
    }
    String[] parts = prefixedParts(v);
    if (parts != null) {
      return actionNounOf(parts[1]).map(noun -> parts[0] + noun);
    }
    return Optional.empty();
  }

  private static int endingRank(String noun) {
    for (int i = 0; i < ACTION_NOUN_ENDINGS.size(); i++) {
      if (noun.endsWith(ACTION_NOUN_ENDINGS.get(i))) {
        return i;
      }
    }
    return Integer.MAX_VALUE;
  }

  private static boolean regionEquals(byte[] table, int at, String s) {
    for (int i = 0; i < s.length(); i++) {
      if (table[at + i] != s.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /** The size of the table in bytes (0 for a layer of extra words). */
  int tableSize() {
    return table == null ? parent.tableSize() : table.length;
  }
}
