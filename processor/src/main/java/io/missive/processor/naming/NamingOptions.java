package io.missive.processor.naming;

import io.missive.processor.diag.SeverityPolicy;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The naming rules' words, read from the processor options ({@code -Akey=value}).
 *
 * <ul>
 *   <li>{@code missive.naming.queryPrefixes}: more query prefixes besides Get, Find and List.
 *   <li>{@code missive.naming.verbs}: more verbs in their base form; {@code base:participle} for an
 *       irregular one ({@code upsert,spin:spun}).
 *   <li>{@code missive.naming.pastParticiples}: more words that may end an event name.
 *   <li>{@code missive.naming.technicalSubjects}, {@code missive.naming.storageVerbs}: more words
 *       for the technical-event rule (storage verbs in their base form).
 * </ul>
 *
 * Lists are comma separated; blanks around entries are ignored. Bad values do not fail the build:
 * they are listed in {@link #problems()} and the default is kept. The rules' severities ({@code
 * missive.naming}, {@code missive.naming.eventTense}, ...) are {@link SeverityPolicy}'s; any other
 * key under {@code missive.naming} is reported as unknown.
 */
public final class NamingOptions {

  /** The common prefix of all naming options. */
  public static final String PREFIX = "missive.naming";

  public static final String QUERY_PREFIXES = PREFIX + ".queryPrefixes";
  public static final String VERBS = PREFIX + ".verbs";
  public static final String PAST_PARTICIPLES = PREFIX + ".pastParticiples";
  public static final String TECHNICAL_SUBJECTS = PREFIX + ".technicalSubjects";
  public static final String STORAGE_VERBS = PREFIX + ".storageVerbs";

  /** The query prefixes that need no option. */
  public static final List<String> DEFAULT_QUERY_PREFIXES = List.of("Get", "Find", "List");

  private static final List<String> LIST_OPTIONS =
      List.of(QUERY_PREFIXES, VERBS, PAST_PARTICIPLES, TECHNICAL_SUBJECTS, STORAGE_VERBS);

  /** Every processor option read here; the severities' are {@link SeverityPolicy#SUPPORTED_OPTIONS}. */
  public static final Set<String> SUPPORTED_OPTIONS = Collections.unmodifiableSet(new LinkedHashSet<>(LIST_OPTIONS));

  /**
   * Every option under {@link #PREFIX}: the severities', then these. In a holder, so that a build
   * that sets only word options does not load the severity policy here.
   */
  private static final class Known {
    static final Set<String> OPTIONS;

    static {
      Set<String> keys = new LinkedHashSet<>();
      for (String key : SeverityPolicy.SUPPORTED_OPTIONS) {
        if (isNaming(key)) {
          keys.add(key);
        }
      }
      keys.addAll(SUPPORTED_OPTIONS);
      OPTIONS = Collections.unmodifiableSet(keys);
    }
  }

  private static final NamingOptions DEFAULTS = from(Map.of());

  private final List<String> queryPrefixes;
  private final List<String> verbs;
  private final List<String> pastParticiples;
  private final List<String> technicalSubjects;
  private final List<String> storageVerbs;
  private final List<String> problems;

  private NamingOptions(
      List<String> queryPrefixes,
      List<String> verbs,
      List<String> pastParticiples,
      List<String> technicalSubjects,
      List<String> storageVerbs,
      List<String> problems) {
    this.queryPrefixes = List.copyOf(queryPrefixes);
    this.verbs = List.copyOf(verbs);
    this.pastParticiples = List.copyOf(pastParticiples);
    this.technicalSubjects = List.copyOf(technicalSubjects);
    this.storageVerbs = List.copyOf(storageVerbs);
    this.problems = List.copyOf(problems);
  }

  /** No words beyond the lexicon's and the vocabulary's; Get, Find and List as query prefixes. */
  public static NamingOptions defaults() {
    return DEFAULTS;
  }

  /** The settings in {@code processorOptions}; keys outside {@code missive.naming} are ignored. */
  public static NamingOptions from(Map<String, String> processorOptions) {
    List<String> problems = new ArrayList<>();
    Map<String, String> options = new TreeMap<>();
    if (processorOptions != null) {
      for (Map.Entry<String, String> e : processorOptions.entrySet()) {
        String key = e.getKey();
        if (key != null && isNaming(key)) {
          options.put(key, e.getValue());
        }
      }
    }

    for (String key : options.keySet()) {
      if (!SUPPORTED_OPTIONS.contains(key) && !Known.OPTIONS.contains(key)) {
        problems.add(
            "Unknown option -A"
                + key
                + "; the naming options are "
                + String.join(", ", Known.OPTIONS)
                + ".");
      }
    }

    List<String> prefixes = new ArrayList<>(DEFAULT_QUERY_PREFIXES);
    for (String prefix : list(QUERY_PREFIXES, options, problems, false)) {
      String capitalized = Words.capitalize(prefix);
      boolean known = false;
      for (String p : prefixes) {
        known |= p.equalsIgnoreCase(capitalized);
      }
      if (!known) {
        prefixes.add(capitalized);
      }
    }
    return new NamingOptions(
        prefixes,
        list(VERBS, options, problems, true),
        list(PAST_PARTICIPLES, options, problems, false),
        list(TECHNICAL_SUBJECTS, options, problems, false),
        list(STORAGE_VERBS, options, problems, false),
        problems);
  }

  private static boolean isNaming(String key) {
    return key.equals(PREFIX) || key.startsWith(PREFIX + ".");
  }

  private static List<String> list(
      String key, Map<String, String> options, List<String> problems, boolean allowParticiple) {
    String value = options.get(key);
    List<String> result = new ArrayList<>();
    if (value == null) {
      return result;
    }
    for (String raw : value.split(",")) {
      String entry = raw.trim();
      if (entry.isEmpty()) {
        continue;
      }
      String[] parts = entry.split(":", -1);
      boolean ok = parts.length <= (allowParticiple ? 2 : 1);
      for (String part : parts) {
        ok &= Words.isLetters(part.trim());
      }
      if (ok) {
        result.add(entry);
      } else {
        problems.add(
            "Option -A"
                + key
                + " lists '"
                + entry
                + "', which is not a word"
                + (allowParticiple ? " (or base:participle)" : "")
                + "; it is ignored.");
      }
    }
    return result;
  }

  /** Get, Find, List and the configured ones, capitalized, in that order. */
  public List<String> queryPrefixes() {
    return queryPrefixes;
  }

  /** The configured extra verbs, as given: {@code upsert}, {@code spin:spun}. */
  public List<String> verbs() {
    return verbs;
  }

  /** The configured extra past participles. */
  public List<String> pastParticiples() {
    return pastParticiples;
  }

  /** The configured extra technical subjects. */
  public List<String> technicalSubjects() {
    return technicalSubjects;
  }

  /** The configured extra storage verbs, in their base form. */
  public List<String> storageVerbs() {
    return storageVerbs;
  }

  /** Human-readable problems with the option values, to report as processor warnings. */
  public List<String> problems() {
    return problems;
  }
}
