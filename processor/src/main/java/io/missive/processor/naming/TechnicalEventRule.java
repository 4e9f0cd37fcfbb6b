package io.missive.processor.naming;

import static io.missive.processor.naming.NameRule.quote;

import io.missive.processor.diag.Diagnostic;
import io.missive.processor.diag.DiagnosticId;
import io.missive.processor.diag.Site;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * An event's name does not describe a storage operation: a technical subject right before a storage
 * verb's participle ({@code RowInserted}, {@code CustomerRowDeleted}, {@code CacheEntryEvicted}),
 * not a business noun that data nouns follow ({@code MedicalRecordUpdated}).
 */
final class TechnicalEventRule implements NameRule {

  private final Lexicon lexicon;
  private final Set<String> technicalSubjects;
  private final Set<String> dataNouns;
  private final Set<String> storageVerbs;
  /** The regular past participles of the storage verbs, also of those the lexicon does not know. */
  private final Set<String> regularStorageParticiples;

  TechnicalEventRule(Lexicon lexicon, Vocabulary vocabulary, NamingOptions options) {
    this.lexicon = lexicon;
    this.technicalSubjects = with(vocabulary.technicalSubjects(), options.technicalSubjects());
    this.dataNouns = vocabulary.dataNouns();
    this.storageVerbs = with(vocabulary.storageVerbs(), options.storageVerbs());
    Set<String> participles = new HashSet<>();
    for (String verb : storageVerbs) {
      participles.add(Inflection.regularPast(verb));
    }
    this.regularStorageParticiples = Set.copyOf(participles);
  }

  private static Set<String> with(Set<String> words, List<String> more) {
    Set<String> all = new HashSet<>(words);
    for (String word : more) {
      all.add(word.toLowerCase(Locale.ROOT));
    }
    return Set.copyOf(all);
  }

  @Override
  public List<Diagnostic> check(ParsedName name) {
    int participle = name.participle();
    if (participle < 0 || !isStorageParticiple(name.lower(participle))) {
      return List.of();
    }
    // Only the noun right before the verb is its subject: "CustomerRowDeleted", not
    // "MedicalRecordUpdated"; nouns for data in general are looked through: "CacheEntryEvicted".
    int i = participle - 1;
    while (i > 0 && isWordOf(dataNouns, name.lower(i)) && !isWordOf(technicalSubjects, name.lower(i))) {
      i--;
    }
    if (i < 0 || !isWordOf(technicalSubjects, name.lower(i))) {
      return List.of();
    }
    String text =
        "Event name "
            + quote(name.shown())
            + " describes a storage operation ("
            + quote(name.word(i))
            + " + "
            + quote(name.word(participle))
            + ") rather than a business fact; consumers then depend on how the data is stored"
            + " rather than on what happened, so name the business reason the data changed,"
            + " as in 'OrderPlaced' rather than 'OrderRowInserted'.";
    return List.of(Diagnostic.of(DiagnosticId.TECHNICAL_EVENT, Site.type(), text));
  }

  /** Whether {@code participle} is the past participle of a storage verb. */
  private boolean isStorageParticiple(String participle) {
    for (String base : lexicon.basesOfParticiple(participle)) {
      if (storageVerbs.contains(base)) {
        return true;
      }
    }
    return regularStorageParticiples.contains(participle);
  }

  /** Whether {@code word} or the singular it is the plural of is in {@code set}: rows, entries. */
  private static boolean isWordOf(Set<String> set, String word) {
    if (set.contains(word)) {
      return true;
    }
    if (word.endsWith("ies") && set.contains(word.substring(0, word.length() - 3) + "y")) {
      return true;
    }
    if (word.endsWith("es") && set.contains(word.substring(0, word.length() - 2))) {
      return true;
    }
    return word.endsWith("s") && set.contains(word.substring(0, word.length() - 1));
  }
}
