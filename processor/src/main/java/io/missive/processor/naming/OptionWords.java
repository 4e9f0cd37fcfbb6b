package io.missive.processor.naming;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The words a build adds through its options ({@code -Amissive.naming.verbs}, {@code
 * -Amissive.naming.pastParticiples}) as a word source: verbs with regular forms unless given, and
 * bare participles. Immutable and thread-safe.
 */
final class OptionWords implements WordSource {

  private final Map<String, VerbEntry> verbs;
  /** For the participles and the gerunds: each form of the verbs, to its verbs in the options' order. */
  private final Map<WordForm, Map<String, List<String>>> basesByForm;
  private final Set<String> participles;

  private OptionWords(Map<String, VerbEntry> inOrder, Set<String> participles) {
    this.verbs = Map.copyOf(inOrder);
    this.participles = Set.copyOf(participles);
    Map<WordForm, Map<String, List<String>>> byForm = new EnumMap<>(WordForm.class);
    for (WordForm kind : List.of(WordForm.PAST_PARTICIPLE, WordForm.GERUND)) {
      Map<String, List<String>> bases = new LinkedHashMap<>();
      for (VerbEntry verb : inOrder.values()) {
        for (String form : verb.forms(kind)) {
          List<String> of = new ArrayList<>(bases.getOrDefault(form, List.of()));
          of.add(verb.base());
          bases.put(form, List.copyOf(of));
        }
      }
      byForm.put(kind, Map.copyOf(bases));
    }
    this.basesByForm = Map.copyOf(byForm);
  }

  /**
   * The words of the options: {@code verbs} are base forms, each {@code base} or {@code
   * base:participle} when the participle is irregular ({@code spin:spun}); {@code participles} are
   * words accepted as past participles without a known verb. Blank and non-letter entries are
   * skipped.
   */
  static OptionWords of(Collection<String> verbs, Collection<String> participles) {
    Map<String, VerbEntry> entries = new LinkedHashMap<>();
    for (String entry : verbs) {
      String[] parts = lower(entry).trim().split(":");
      String base = parts[0].trim();
      if (!Words.isLetters(base)) {
        continue;
      }
      String participle =
          parts.length > 1 && Words.isLetters(parts[1].trim()) ? parts[1].trim() : Inflection.regularPast(base);
      // Only a verb: no percent; not in WordNet: x.
      entries.put(base, new VerbEntry(base, "p=" + participle + " g=" + gerundFor(base, participle) + " x"));
    }
    Set<String> bare = new HashSet<>();
    for (String entry : participles) {
      String word = lower(entry).trim();
      if (Words.isLetters(word)) {
        bare.add(word);
      }
    }
    return new OptionWords(entries, bare);
  }

  /** The gerund, doubling the consonant where the participle does: unban, unbanned → unbanning. */
  private static String gerundFor(String base, String participle) {
    if (!base.isEmpty()) {
      String doubled = base + base.charAt(base.length() - 1);
      if (participle.equals(doubled + "ed")) {
        return doubled + "ing";
      }
    }
    return Inflection.regularGerund(base);
  }

  private static String lower(String word) {
    return word == null ? "" : word.toLowerCase(Locale.ROOT);
  }

  @Override
  public VerbEntry verb(String base) {
    return verbs.get(base);
  }

  @Override
  public void addBasesOf(String form, WordForm kind, List<String> bases) {
    Map<String, List<String>> byForm = basesByForm.get(kind);
    if (byForm != null) {
      for (String base : byForm.getOrDefault(form, List.of())) {
        if (!bases.contains(base)) {
          bases.add(base);
        }
      }
    }
  }

  @Override
  public boolean isParticipleWithoutVerb(String word) {
    return participles.contains(word);
  }
}
