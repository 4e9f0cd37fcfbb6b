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
 * needed at run time. {@link #standard()} reads the table once per class loader, on first use.
 * {@link #withExtras} layers words from the processor options on top. Instances are immutable and
 * thread-safe. All look-ups take lowercase or mixed-case words and never throw.
 */
public final class Lexicon {

  /** Particles of phrasal verbs: sign up, log in, check out. */
  static final List<String> PARTICLES =
      List.of("up", "down", "in", "out", "on", "off", "over", "back", "away", "through");

  private static final Set<String> PARTICLE_SET = Set.copyOf(PARTICLES);

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

  private static final String[] SECTIONS = {"verbs", "forms", "nouns", "not-participles"};
  private static final int VERBS = 0;
  private static final int FORMS = 1;
  private static final int NOUNS = 2;
  private static final int NOT_PARTICIPLES = 3;

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

  /** Whether this layer or one below knows {@code base} as a verb. */
  private boolean knows(String base) {
    for (Lexicon l = this; l != null; l = l.parent) {
      if (l.extraVerbs.containsKey(base) || l.verbLine(base) != null) {
        return true;
      }
    }
    return false;
  }

  /** The forms of one kind (p, t or g) of verb {@code base}; null when the verb is unknown. */
  private String[] formsOf(String base, char kind) {
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

  /** The verbs {@code form} is a form of, of one kind, most used first. */
  private List<String> lookUp(String form, char kind) {
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
          String[] forms = formsOf(candidate, kind);
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
    return 0;
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
        if (knows(head)) {
          return Optional.of(new String[] {head, particle});
        }
      }
    }
    return Optional.empty();
  }

  /** The size of the table in bytes (0 for a layer of extra words). */
  int tableSize() {
    return table == null ? parent.tableSize() : table.length;
  }
}
