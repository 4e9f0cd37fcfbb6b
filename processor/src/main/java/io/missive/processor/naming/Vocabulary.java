package io.missive.processor.naming;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The word lists of the naming rules, from the hand-maintained resource {@value #RESOURCE} beside
 * this class (its comments say what each list is for). {@link #standard()} reads it once per class
 * loader, on first use. Immutable and thread-safe.
 */
final class Vocabulary {

  static final String RESOURCE = "vocabulary.txt";

  private static final List<String> SECTIONS =
      List.of(
          "technical-subjects", "ambiguous-subjects", "bare-subjects", "data-nouns", "storage-verbs",
          "storage-only-verbs", "read-verbs", "read-phrasal-verbs", "state-verbs", "tracking-verbs",
          "reversing-prefixes", "question-words", "prepositions", "complement-verbs",
          "compound-prepositions", "past-auxiliaries", "perfect-auxiliaries", "present-auxiliaries",
          "state-adjectives", "command-modifiers", "misspellings", "particles", "verb-prefixes",
          "verb-endings", "action-noun-endings");

  private final Set<String> technicalSubjects;
  private final Set<String> ambiguousSubjects;
  private final Set<String> bareSubjects;
  private final Set<String> dataNouns;
  private final Set<String> storageVerbs;
  private final Set<String> storageOnlyVerbs;
  private final List<List<String>> compoundPrepositions;
  private final Set<String> compoundPrepositionStarts;
  private final Set<String> pastAuxiliaries;
  private final Set<String> perfectAuxiliaries;
  private final Set<String> presentAuxiliaries;
  private final Set<String> stateAdjectives;
  private final Set<String> commandModifiers;
  private final Map<String, String> misspellings;
  private final Map<String, String> readVerbs;
  private final Map<String, String> readPhrasalVerbs;
  private final Set<String> stateVerbs;
  private final Set<String> trackingVerbs;
  private final Set<String> reversingPrefixes;
  private final Set<String> questionWords;
  private final Set<String> prepositions;
  private final Set<String> complementVerbs;
  private final List<String> particles;
  private final Set<String> particleSet;
  private final List<String> verbPrefixes;
  private final List<String> verbEndings;
  private final List<String> actionNounEndings;

  private Vocabulary(Map<String, List<List<String>>> sections) {
    technicalSubjects = Set.copyOf(words(sections, "technical-subjects"));
    ambiguousSubjects = Set.copyOf(words(sections, "ambiguous-subjects"));
    bareSubjects = Set.copyOf(words(sections, "bare-subjects"));
    dataNouns = Set.copyOf(words(sections, "data-nouns"));
    storageVerbs = Set.copyOf(words(sections, "storage-verbs"));
    storageOnlyVerbs = Set.copyOf(words(sections, "storage-only-verbs"));
    List<List<String>> compounds = new ArrayList<>();
    Set<String> starts = new HashSet<>();
    for (List<String> line : sections.get("compound-prepositions")) {
      compounds.add(List.copyOf(line));
      starts.add(line.get(0));
    }
    compoundPrepositions = List.copyOf(compounds);
    compoundPrepositionStarts = Set.copyOf(starts);
    pastAuxiliaries = Set.copyOf(words(sections, "past-auxiliaries"));
    perfectAuxiliaries = Set.copyOf(words(sections, "perfect-auxiliaries"));
    presentAuxiliaries = Set.copyOf(words(sections, "present-auxiliaries"));
    stateAdjectives = Set.copyOf(words(sections, "state-adjectives"));
    commandModifiers = Set.copyOf(words(sections, "command-modifiers"));
    misspellings = pairs(sections, "misspellings");
    readVerbs = pairs(sections, "read-verbs");
    readPhrasalVerbs = pairs(sections, "read-phrasal-verbs");
    stateVerbs = Set.copyOf(words(sections, "state-verbs"));
    trackingVerbs = Set.copyOf(words(sections, "tracking-verbs"));
    reversingPrefixes = Set.copyOf(words(sections, "reversing-prefixes"));
    questionWords = Set.copyOf(words(sections, "question-words"));
    prepositions = Set.copyOf(words(sections, "prepositions"));
    complementVerbs = Set.copyOf(words(sections, "complement-verbs"));
    particles = words(sections, "particles");
    particleSet = Set.copyOf(particles);
    verbPrefixes = words(sections, "verb-prefixes");
    verbEndings = words(sections, "verb-endings");
    actionNounEndings = words(sections, "action-noun-endings");
  }

  /** Read when the class is first used, which is when the vocabulary is first needed. */
  private static final Vocabulary STANDARD = load();

  /** The vocabulary of the committed resource, read on first use and kept for the class loader's life. */
  static Vocabulary standard() {
    return STANDARD;
  }

  private static Vocabulary load() {
    try (InputStream in = Vocabulary.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE + " beside " + Vocabulary.class.getName());
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads the format described at the top of {@value #RESOURCE}; every section must be there once.
   * One pass over the text by index: the processor reads it in every compilation, mostly before the
   * JIT has compiled the string methods.
   */
  static Vocabulary parse(String text) {
    Map<String, List<List<String>>> sections = new HashMap<>();
    List<List<String>> current = null;
    int n = text.length();
    for (int start = 0, end; start < n; start = end + 1) {
      end = text.indexOf('\n', start);
      if (end < 0) {
        end = n;
      }
      int first = skipBlanks(text, start, end);
      if (first == end || text.charAt(first) == '#') {
        continue;
      }
      List<String> words = words(text, first, end);
      if (text.charAt(first) == '@') {
        String name = words.get(0).substring(1);
        if (words.size() > 1 || !SECTIONS.contains(name) || sections.containsKey(name)) {
          throw new IllegalStateException(RESOURCE + ": unknown or repeated section " + String.join(" ", words));
        }
        current = new ArrayList<>();
        sections.put(name, current);
      } else if (current == null) {
        throw new IllegalStateException(RESOURCE + ": words before the first section: " + String.join(" ", words));
      } else {
        current.add(words);
      }
    }
    if (!sections.keySet().containsAll(SECTIONS)) {
      throw new IllegalStateException(RESOURCE + ": missing sections; it needs " + SECTIONS);
    }
    return new Vocabulary(sections);
  }

  private static int skipBlanks(String text, int from, int to) {
    int i = from;
    while (i < to && text.charAt(i) <= ' ') {
      i++;
    }
    return i;
  }

  /** The words of {@code text} from {@code from} to {@code to}, separated by blanks. */
  private static List<String> words(String text, int from, int to) {
    List<String> words = new ArrayList<>();
    for (int i = skipBlanks(text, from, to); i < to; i = skipBlanks(text, i, to)) {
      int end = i;
      while (end < to && text.charAt(end) > ' ') {
        end++;
      }
      words.add(text.substring(i, end));
      i = end;
    }
    return words;
  }

  /** The words of a section's lines, in order. */
  private static List<String> words(Map<String, List<List<String>>> sections, String section) {
    List<String> words = new ArrayList<>();
    for (List<String> line : sections.get(section)) {
      words.addAll(line);
    }
    return List.copyOf(words);
  }

  /** A section of pairs: the words of each line but the last (joined by a blank), to the last. */
  private static Map<String, String> pairs(Map<String, List<List<String>>> sections, String section) {
    Map<String, String> pairs = new HashMap<>();
    for (List<String> line : sections.get(section)) {
      if (line.size() < 2) {
        throw new IllegalStateException(RESOURCE + ": @" + section + " needs words and a value: " + line);
      }
      pairs.put(String.join(" ", line.subList(0, line.size() - 1)), line.get(line.size() - 1));
    }
    return Map.copyOf(pairs);
  }

  /** Subjects that name storage rather than business things: row, cache, table. */
  Set<String> technicalSubjects() {
    return technicalSubjects;
  }

  /** Nouns that name storage as often as business things: table, schema, repository. */
  Set<String> ambiguousSubjects() {
    return ambiguousSubjects;
  }

  /** Ambiguous subjects that name nothing of the business alone: entity, record. */
  Set<String> bareSubjects() {
    return bareSubjects;
  }

  /** Storage verbs that name nothing but a storage operation: truncate, persist, evict. */
  Set<String> storageOnlyVerbs() {
    return storageOnlyVerbs;
  }

  /** Prepositions of several words, each as its lowercase words: [due, to], [because, of]. */
  List<List<String>> compoundPrepositions() {
    return compoundPrepositions;
  }

  /** The first words of the prepositions of several words: due, because, owing. */
  Set<String> compoundPrepositionStarts() {
    return compoundPrepositionStarts;
  }

  /** Auxiliaries of a past state or fact after an event's subject: was, were. */
  Set<String> pastAuxiliaries() {
    return pastAuxiliaries;
  }

  /** Auxiliaries of the perfect, before a participle: has, have, had. */
  Set<String> perfectAuxiliaries() {
    return perfectAuxiliaries;
  }

  /** Auxiliaries of a present state: is, are. */
  Set<String> presentAuxiliaries() {
    return presentAuxiliaries;
  }

  /** Adjectives of a state reached: ready, complete, overdue. */
  Set<String> stateAdjectives() {
    return stateAdjectives;
  }

  /** Words before a command's verb that modify it: auto, force, soft, and prefixes as words. */
  Set<String> commandModifiers() {
    return commandModifiers;
  }

  /** Misspelled verb forms, to the form to write: payed → paid. */
  Map<String, String> misspellings() {
    return misspellings;
  }

  /** Nouns for data in general, looked through for a technical subject: record, entry, data. */
  Set<String> dataNouns() {
    return dataNouns;
  }

  /** Verbs of storage operations, in their base form: insert, update, evict. */
  Set<String> storageVerbs() {
    return storageVerbs;
  }

  /** Verbs that mean what a query prefix says, to that prefix: fetch → Get, search → Find. */
  Map<String, String> readVerbs() {
    return readVerbs;
  }

  /** Phrasal verbs that only read, to their prefix: "look up" → Find. */
  Map<String, String> readPhrasalVerbs() {
    return readPhrasalVerbs;
  }

  /** Verbs that change state in about every use: cancel, create, update. */
  Set<String> stateVerbs() {
    return stateVerbs;
  }

  /** Verbs that only read and whose query is named after their -ing form: track, monitor. */
  Set<String> trackingVerbs() {
    return trackingVerbs;
  }

  /** Prefixes that undo what their verb does: un, de, dis. */
  Set<String> reversingPrefixes() {
    return reversingPrefixes;
  }

  /** Words that open a yes/no question: is, has, can. */
  Set<String> questionWords() {
    return questionWords;
  }

  /** Prepositions that may follow an event's participle: to, by, from. */
  Set<String> prepositions() {
    return prepositions;
  }

  /** Verbs that take an object and a complement: mark, set, keep. */
  Set<String> complementVerbs() {
    return complementVerbs;
  }

  /** Particles of phrasal verbs, in the order closed compounds are split on: up, down, in, out. */
  List<String> particles() {
    return particles;
  }

  /** Whether lowercase {@code word} is a particle of a phrasal verb. */
  boolean isParticle(String word) {
    return particleSet.contains(word);
  }

  /** Prefixes that make a verb of a verb: un, re, de, dis, pre, over, mis. */
  List<String> verbPrefixes() {
    return verbPrefixes;
  }

  /** Endings that make a verb of another word: ize, ise, ify. */
  List<String> verbEndings() {
    return verbEndings;
  }

  /** Endings of action nouns, the most telling first. */
  List<String> actionNounEndings() {
    return actionNounEndings;
  }
}
