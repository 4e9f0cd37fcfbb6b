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
 * An event's name does not describe a storage operation. It is one when the noun right before a
 * storage verb's participle (looking through nouns for data in general) can only name storage
 * ({@code RowInserted}, {@code CustomerRowDeleted}, {@code CacheEntryEvicted}, {@code IndexRebuilt}),
 * or when it names storage as often as business things and the verb can only be a storage operation
 * ({@code TableTruncated}, {@code EntityPersisted}), or stands alone as the subject of the whole name
 * where alone it names nothing of the business ({@code RecordDeleted}). A poker {@code TableCreated},
 * a code host's {@code RepositoryCreated}, {@code LegalEntityRemoved} and {@code MedicalRecordUpdated}
 * pass.
 */
final class TechnicalEventRule implements NameRule {

  private final Lexicon lexicon;
  private final Set<String> technicalSubjects;
  private final Set<String> ambiguousSubjects;
  private final Set<String> bareSubjects;
  private final Set<String> dataNouns;
  private final Set<String> storageVerbs;
  private final Set<String> storageOnlyVerbs;
  /** The regular past participles of the storage verbs, also of those the lexicon does not know. */
  private final Set<String> regularStorageParticiples;
  /** The same of the storage-only verbs. */
  private final Set<String> regularStorageOnlyParticiples;

  TechnicalEventRule(Lexicon lexicon, Vocabulary vocabulary, NamingOptions options) {
    this.lexicon = lexicon;
    this.technicalSubjects = with(vocabulary.technicalSubjects(), options.technicalSubjects());
    this.ambiguousSubjects = vocabulary.ambiguousSubjects();
    this.bareSubjects = vocabulary.bareSubjects();
    this.dataNouns = vocabulary.dataNouns();
    this.storageVerbs = with(vocabulary.storageVerbs(), options.storageVerbs());
    // A storage verb the options add is taken to name nothing but storage, as hydrate does.
    this.storageOnlyVerbs = with(vocabulary.storageOnlyVerbs(), options.storageVerbs());
    this.regularStorageParticiples = regularPasts(storageVerbs);
    this.regularStorageOnlyParticiples = regularPasts(storageOnlyVerbs);
  }

  private static Set<String> regularPasts(Set<String> verbs) {
    Set<String> participles = new HashSet<>();
    for (String verb : verbs) {
      participles.add(Inflection.regularPast(verb));
    }
    return Set.copyOf(participles);
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
    if (participle < 0 || !isParticipleOf(storageVerbs, regularStorageParticiples, name.lower(participle))) {
      return List.of();
    }
    // Only the noun right before the verb is its subject: "CustomerRowDeleted", not
    // "MedicalRecordUpdated"; nouns for data in general are looked through: "CacheEntryEvicted",
    // "DbRecordUpdated".
    int i = participle - 1;
    while (i >= 0 && !isFlagged(name, i, participle)) {
      if (i == 0 || !isWordOf(dataNouns, name.lower(i))) {
        return List.of();
      }
      i--;
    }
    if (i < 0) {
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

  /** Whether the subject at {@code i} and the storage participle at {@code participle} name storage. */
  private boolean isFlagged(ParsedName name, int i, int participle) {
    String subject = name.lower(i);
    if (isWordOf(technicalSubjects, subject)) {
      return true;
    }
    if (!isWordOf(ambiguousSubjects, subject)) {
      return false;
    }
    // "TableTruncated", "EntityPersisted"; "RecordDeleted", "EntitiesDeleted" (and not
    // "MedicalRecordUpdated", "LegalEntityRemoved").
    return isParticipleOf(storageOnlyVerbs, regularStorageOnlyParticiples, name.lower(participle)) || (i == 0 && isWordOf(bareSubjects, subject));
  }

  /** Whether {@code participle} is the past participle of one of {@code verbs}, whose regular ones are {@code regular}. */
  private boolean isParticipleOf(Set<String> verbs, Set<String> regular, String participle) {
    for (String base : lexicon.basesOfParticiple(participle)) {
      if (verbs.contains(base)) {
        return true;
      }
    }
    return regular.contains(participle);
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
