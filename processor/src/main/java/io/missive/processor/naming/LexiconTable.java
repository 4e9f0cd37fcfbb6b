package io.missive.processor.naming;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The committed table {@value #RESOURCE} as a word source: what WordNet 3.1 knows of English verbs,
 * precomputed by {@code LexiconGenerator} (test sources), so that extjwnl is not needed at run time.
 * Look-ups binary-search its sorted sections in place, so loading it costs one read. Immutable and
 * thread-safe.
 */
final class LexiconTable implements WordSource {

  static final String RESOURCE = "lexicon.txt";

  /** The sections of the table, each sorted by its first word, and their indexes here. */
  private static final String[] SECTIONS = {"verbs", "forms", "nouns", "not-participles", "not-verbs"};
  private static final int VERBS = 0;
  private static final int FORMS = 1;
  private static final int NOUNS = 2;
  private static final int NOT_PARTICIPLES = 3;
  private static final int NOT_VERBS = 4;

  /** The table, ASCII. */
  private final byte[] table;
  /** For each section, the byte range [start, end) of its lines. */
  private final int[] starts;
  private final int[] ends;

  private LexiconTable(byte[] table, int[] starts, int[] ends) {
    this.table = table;
    this.starts = starts;
    this.ends = ends;
  }

  static LexiconTable load() {
    try (InputStream in = LexiconTable.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE + " beside " + LexiconTable.class.getName());
      }
      return parse(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads the table format written by {@code LexiconGenerator}: only its {@code @index} line is parsed. */
  static LexiconTable parse(byte[] table) {
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
    return new LexiconTable(table, starts, ends);
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

  /** The size of the table in bytes. */
  int size() {
    return table.length;
  }

  /**
   * The line of {@code section} whose first word is {@code key}, without that word (the text after
   * the first blank, "" when none); null when there is no such line.
   */
  private String line(int section, String key) {
    if (key.isEmpty()) {
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

  /** A verb line: {@code base [percent] [p=..] [t=..] [g=..] [x]}, x for a verb WordNet lacks. */
  @Override
  public VerbEntry verb(String base) {
    String rest = line(VERBS, base);
    return rest == null ? null : new VerbEntry(base, rest);
  }

  /** A forms line: {@code form p:base t:base g:base}, for the forms that are not regular. */
  @Override
  public void addBasesOf(String form, WordForm kind, List<String> bases) {
    String listed = line(FORMS, form);
    if (listed != null) {
      for (String entry : listed.split(" ")) {
        if (entry.length() > 2 && entry.charAt(0) == kind.tableCode() && !bases.contains(entry.substring(2))) {
          bases.add(entry.substring(2));
        }
      }
    }
  }

  /** A nouns line: {@code noun verb}, {@code check_out} for check out. */
  @Override
  public String verbOfNoun(String noun) {
    String verb = line(NOUNS, noun);
    return verb == null || verb.isEmpty() ? null : verb.replace('_', ' ');
  }

  /** Every line of the nouns section whose verb is {@code verb}, in the table's order. */
  @Override
  public void addActionNouns(String verb, List<String> nouns) {
    int at = starts[NOUNS];
    int end = ends[NOUNS];
    while (at < end) {
      int lineEnd = at;
      while (lineEnd < end && table[lineEnd] != '\n') {
        lineEnd++;
      }
      int blank = at;
      while (blank < lineEnd && table[blank] != ' ') {
        blank++;
      }
      if (lineEnd - blank - 1 == verb.length() && regionEquals(blank + 1, verb)) {
        nouns.add(new String(table, at, blank - at, StandardCharsets.US_ASCII));
      }
      at = lineEnd + 1;
    }
  }

  private boolean regionEquals(int at, String s) {
    for (int i = 0; i < s.length(); i++) {
      if (table[at + i] != s.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  @Override
  public boolean isNotParticiple(String word) {
    return line(NOT_PARTICIPLES, word) != null;
  }

  @Override
  public boolean isNotVerb(String word) {
    return line(NOT_VERBS, word) != null;
  }
}
