package io.missive.processor.naming;

import io.missive.processor.model.MessageKind;
import io.missive.processor.diag.Severity;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Judges the simple name of a message against the naming conventions (see docs/naming.md) and
 * says what to write instead.
 *
 * <p>A pure function of the name: no {@code javax.lang.model} types, immutable, thread-safe, and
 * {@link #check} never throws. Words are judged with {@link Lexicon}, the WordNet-derived table, and
 * the word lists of {@link Vocabulary}.
 */
public final class NamingRules {

  /**
   * Subjects that name storage rather than business things (the technical-event rule): flagged
   * when they stand right before the storage verb ({@code RowInserted}, {@code CustomerRowDeleted}).
   */
  static final Set<String> TECHNICAL_SUBJECTS = Vocabulary.standard().technicalSubjects();

  /**
   * Nouns for data in general, which are business words as often as technical ones ({@code
   * MedicalRecordUpdated}, {@code DebtCollectionCreated}, {@code TopicCreated}, {@code
   * CustomerDataUpdated}): the technical-event rule looks through them for a technical subject
   * before them ({@code DbRecordUpdated}, {@code CacheEntryEvicted}) but never flags them alone.
   */
  static final Set<String> DATA_NOUNS = Vocabulary.standard().dataNouns();

  /** Verbs of storage operations, in their base form (the technical-event rule). */
  static final Set<String> STORAGE_VERBS = Vocabulary.standard().storageVerbs();

  /**
   * Verbs that mean what a query prefix says, with that prefix: a query named {@code FetchOrder}
   * lacks a prefix rather than changing state, and {@code GetOrder} is what it means.
   */
  static final Map<String, String> READ_VERBS = Vocabulary.standard().readVerbs();

  /** Phrasal verbs that only read, with their prefix; every other phrasal verb changes state. */
  static final Map<String, String> READ_PHRASAL_VERBS = Vocabulary.standard().readPhrasalVerbs();

  /**
   * Verbs that change state in about every use (the query-state-change rule): a query named {@code
   * CancelOrder} is a command. Besides these, a verb made of a prefix and one of these ({@code
   * ResendInvoice}, {@code OverwriteFile}), and a verb made of un, de or dis and a verb that WordNet
   * lacks ({@code UnlistItem}, {@code DeregisterDevice}). Other verbs, which may only read ({@code
   * ValidateAddress}), get the query-prefix advice.
   */
  static final Set<String> STATE_VERBS = Vocabulary.standard().stateVerbs();

  /**
   * Verbs that only read and whose query is named after their -ing form ({@code TrackShipment} →
   * {@code GetShipmentTracking}); track reads as a verb at the start of a query although WordNet
   * counts it mostly as a noun.
   */
  static final Set<String> TRACKING_VERBS = Vocabulary.standard().trackingVerbs();

  /** Prefixes that undo what their verb does: a verb made with one changes state. */
  static final Set<String> REVERSING_PREFIXES = Vocabulary.standard().reversingPrefixes();

  /** Words that open a yes/no question: a query named {@code IsEmailTaken}. */
  static final Set<String> QUESTION_WORDS = Vocabulary.standard().questionWords();

  /**
   * Prepositions that may follow an event's participle: {@code ItemAddedToCart}, {@code
   * PaymentDeclinedByBank}.
   */
  static final Set<String> PREPOSITIONS = Vocabulary.standard().prepositions();

  /**
   * Verbs that take an object and a complement, so a command may end in a participle: {@code
   * MarkOrderPaid}, {@code SetAccountLocked}, {@code KeepUserSignedIn}.
   */
  static final Set<String> COMPLEMENT_VERBS = Vocabulary.standard().complementVerbs();

  /** A word used mostly as a verb: more than half of its uses in WordNet's sense counts. */
  private static final int MOSTLY_VERB = 50;

  private static final String EVENT_WHY = "events record what already happened";
  private static final String COMMAND_WHY = "commands ask for something to be done";

  private final NamingOptions options;
  private final Lexicon lexicon;
  private final Set<String> technicalSubjects;
  private final Set<String> storageVerbs;
  private final List<List<String>> queryPrefixes;

  public NamingRules(NamingOptions options) {
    this.options = options == null ? NamingOptions.defaults() : options;
    this.lexicon = Lexicon.standard().withExtras(this.options.verbs(), this.options.pastParticiples());
    Set<String> subjects = new HashSet<>(TECHNICAL_SUBJECTS);
    for (String subject : this.options.technicalSubjects()) {
      subjects.add(lower(subject));
    }
    this.technicalSubjects = Set.copyOf(subjects);
    Set<String> storage = new HashSet<>(STORAGE_VERBS);
    for (String verb : this.options.storageVerbs()) {
      storage.add(lower(verb));
    }
    this.storageVerbs = Set.copyOf(storage);
    List<List<String>> prefixes = new ArrayList<>();
    for (String prefix : this.options.queryPrefixes()) {
      List<String> words = new ArrayList<>();
      for (String w : Words.split(prefix)) {
        words.add(lower(w));
      }
      if (!words.isEmpty()) {
        prefixes.add(List.copyOf(words));
      }
    }
    this.queryPrefixes = List.copyOf(prefixes);
  }

  /** The lexicon these rules judge words with (the standard one plus the configured words). */
  public Lexicon lexicon() {
    return lexicon;
  }

  /**
   * The findings for a message of {@code kind} named {@code simpleName}; empty when the name
   * follows the conventions or the rules that it breaks are off. Never throws.
   */
  public List<NamingFinding> check(MessageKind kind, String simpleName) {
    if (kind == null || simpleName == null || simpleName.isEmpty()) {
      return List.of();
    }
    try {
      return new Check(kind, simpleName).run();
    } catch (RuntimeException e) {
      // A rule must never break the build; a name the rules cannot make sense of gets no finding.
      return List.of();
    }
  }

  /** A version word: V2, v10, V1beta1. */
  private static final Pattern VERSION = Pattern.compile("[Vv][0-9]+(?:[a-z]+[0-9]*)?");

  private static boolean isDigits(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (!Character.isDigit(word.charAt(i))) {
        return false;
      }
    }
    return !word.isEmpty();
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

  /**
   * The singular of a plural noun, for a modifier ({@code Products} → {@code Product}, {@code
   * Addresses} → {@code Address}, {@code Batches} → {@code Batch}, {@code URLs} → {@code URL});
   * null when the word does not look plural ({@code Address}, {@code Status}, {@code Analytics}) or
   * when its singular cannot be told from its spelling ({@code Categories} but {@code Movies}).
   */
  static String singular(String word) {
    String w = lower(word);
    // The word's own length: a lowercase letter may take more chars than its capital (İ).
    int n = word.length();
    if (n < 3 || word.charAt(n - 1) != 's') {
      return null;
    }
    for (String ending : new String[] {"ss", "us", "is", "as", "os", "ics", "ies", "zes"}) {
      if (w.endsWith(ending)) {
        return null;
      }
    }
    for (String ending : new String[] {"sses", "shes", "tches", "rches", "nches", "xes"}) {
      if (w.endsWith(ending)) {
        return word.substring(0, n - 2);
      }
    }
    return word.substring(0, n - 1);
  }

  /** The plural of a countable noun; an -ing form stays as it is: monitoring, tracking. */
  static String plural(String noun) {
    int n = noun.length();
    if (noun.endsWith("ing")) {
      return noun;
    }
    if (noun.endsWith("sis")) {
      return noun.substring(0, n - 2) + "es";
    }
    if (n > 1 && noun.endsWith("y") && "aeiou".indexOf(noun.charAt(n - 2)) < 0) {
      return noun.substring(0, n - 1) + "ies";
    }
    if (noun.endsWith("s") || noun.endsWith("x") || noun.endsWith("z") || noun.endsWith("ch") || noun.endsWith("sh")) {
      return noun + "es";
    }
    return noun + "s";
  }

  private static String lower(String word) {
    return word.toLowerCase(Locale.ROOT);
  }

  private static String quote(String s) {
    return "'" + s + "'";
  }

  /** How a word reads as a verb: its base form and the kind of form it is. */
  private enum FormKind {
    GERUND,
    BASE,
    PRETERITE,
    PARTICIPLE,
    NOUN
  }

  private static final class Reading {
    final FormKind kind;
    final String base;
    /** A particle that belongs to the verb (checkout → check out), capitalized, or "". */
    final String particle;

    Reading(FormKind kind, String base, String particle) {
      this.kind = kind;
      this.base = base;
      this.particle = particle;
    }
  }

  /** One name being checked. */
  private final class Check {
    final MessageKind kind;
    final String name;
    final List<NamingFinding> findings = new ArrayList<>(2);
    List<String> words;
    List<String> lowers;
    /** The version at the end of the name as written ("V2", "_v2"), or "". */
    String version = "";

    Check(MessageKind kind, String name) {
      this.kind = kind;
      this.name = name;
    }

    List<NamingFinding> run() {
      words = Words.split(name);
      if (words.isEmpty()) {
        return List.of();
      }
      // "OrderPlacedV2", "OrderPlaced_v2", "OrderPlacedEventV2": the version is no word of the name.
      stripVersion(name);
      String suffix = kind.envelopeSuffix();
      if (words.size() > 1 && words.get(words.size() - 1).equals(suffix)) {
        String withoutSuffix = name.substring(0, name.length() - version.length() - suffix.length());
        String suggestion = withoutSuffix + version;
        add(
            NamingRule.REDUNDANT_SUFFIX,
            kindName()
                + " name "
                + quote(name)
                + " ends in "
                + quote(suffix)
                + (version.isEmpty() ? "" : " before its version " + quote(version))
                + "; the generated envelope already appends it (it would be "
                + quote(name + suffix)
                + "), so drop the suffix: did you mean "
                + quote(suggestion)
                + "?",
            suggestion);
        words = new ArrayList<>(words.subList(0, words.size() - 1));
        if (version.isEmpty()) {
          // "OrderPlacedV2Event"
          stripVersion(withoutSuffix);
        }
      }
      lowers = new ArrayList<>(words.size());
      for (String w : words) {
        lowers.add(lower(w));
      }
      switch (kind) {
        case EVENT:
          checkEvent();
          break;
        case COMMAND:
          checkCommand();
          break;
        case QUERY:
          checkQuery();
          break;
        default:
          break;
      }
      return findings;
    }

    /**
     * Drops a version at the end of {@code source}, the name or the name without its redundant
     * suffix ({@code V2}, {@code v10}, {@code V1beta1}, {@code _v2}, {@code V2_1}), from the words,
     * and keeps it as written in {@link #version}, to be put back at the end of suggestions.
     */
    void stripVersion(String source) {
      int end = words.size();
      while (end > 1 && isDigits(words.get(end - 1))) {
        end--;
      }
      if (end < 2 || !VERSION.matcher(words.get(end - 1)).matches()) {
        return;
      }
      int keep = end - 1;
      // Where the words before the version end in the name: "_v2" keeps its "_".
      String before = Words.join(words, 0, keep);
      int at = 0;
      for (int matched = 0; matched < before.length() && at < source.length(); at++) {
        if (source.charAt(at) == before.charAt(matched)) {
          matched++;
        }
      }
      version = source.substring(at);
      words = new ArrayList<>(words.subList(0, keep));
    }

    /** The name as judged, with its version but without a redundant suffix, for messages. */
    String shown() {
      return judged() + version;
    }

    /** A suggestion with the name's version put back; null stays null. */
    String versioned(String suggestion) {
      return suggestion == null ? null : suggestion + version;
    }

    String kindName() {
      switch (kind) {
        case EVENT:
          return "Event";
        case COMMAND:
          return "Command";
        default:
          return "Query";
      }
    }

    /** The name as judged: without a redundant suffix. */
    String judged() {
      return Words.join(words, 0, words.size());
    }

    void add(NamingRule rule, String text, String suggestion) {
      Severity severity = options.severity(rule);
      if (severity == null || severity == Severity.OFF) {
        return;
      }
      findings.add(new NamingFinding(rule.ruleName(), rule.id(), severity, "[" + rule.id() + "] " + text, suggestion));
    }

    int size() {
      return words.size();
    }

    // ------------------------------------------------------------------------------------------
    // Shared word readings
    // ------------------------------------------------------------------------------------------

    /** The index of the verb word at the end: the last word, or the one before a final particle. */
    int tailIndex() {
      int n = size();
      if (n >= 2 && Lexicon.isParticle(lowers.get(n - 1))) {
        return n - 2;
      }
      return n - 1;
    }

    /**
     * The index of a past participle that a prepositional phrase follows ({@code Added} in {@code
     * ItemAddedToCart}), or -1.
     */
    int participleBeforePreposition() {
      for (int i = 1; i < size() - 1; i++) {
        if (PREPOSITIONS.contains(lowers.get(i + 1)) && lexicon.isPastParticiple(lowers.get(i))) {
          return i;
        }
        if (i + 2 < size()
            && Lexicon.isParticle(lowers.get(i + 1))
            && PREPOSITIONS.contains(lowers.get(i + 2))
            && lexicon.isPastParticiple(lowers.get(i))) {
          return i;
        }
      }
      return -1;
    }

    /** The particle after the tail word, as written, or "". */
    String trailingParticle() {
      return tailIndex() < size() - 1 ? words.get(size() - 1) : "";
    }

    /** A base verb at the start, possibly with its particle: [base, particle as written, rest start]. */
    Optional<Object[]> verbAtStart() {
      String first = lowers.get(0);
      if (lexicon.isBaseVerb(first)) {
        if (size() > 1 && Lexicon.isParticle(lowers.get(1))) {
          return Optional.of(new Object[] {first, words.get(1), 2});
        }
        return Optional.of(new Object[] {first, "", 1});
      }
      Optional<Lexicon.PhrasalVerb> compound = lexicon.compoundVerb(first);
      if (compound.isPresent()) {
        return Optional.of(new Object[] {compound.get().verb(), Words.capitalize(compound.get().particle()), 1});
      }
      return Optional.empty();
    }

    /** How much the first word is used as a verb; 0 for compounds like Login, which are nouns. */
    int firstVerbPercent() {
      return lexicon.verbPercent(lowers.get(0));
    }

    /** What verb a single word names, if any, trying the given kinds of form in order. */
    Reading reading(String word, FormKind... kinds) {
      for (FormKind k : kinds) {
        switch (k) {
          case GERUND:
            {
              List<String> bases = lexicon.basesOfGerund(word);
              if (!bases.isEmpty()) {
                return new Reading(k, bases.get(0), "");
              }
              break;
            }
          case BASE:
            if (lexicon.isBaseVerb(word)) {
              return new Reading(k, lower(word), "");
            }
            break;
          case PRETERITE:
            if (lexicon.isPreteriteOnly(word)) {
              return new Reading(k, lexicon.basesOfPreterite(word).get(0), "");
            }
            break;
          case PARTICIPLE:
            {
              List<String> bases = lexicon.basesOfParticiple(word);
              if (!bases.isEmpty()) {
                return new Reading(k, bases.get(0), "");
              }
              break;
            }
          case NOUN:
            {
              Optional<String> verb = lexicon.verbOfNoun(word);
              if (verb.isPresent()) {
                String[] parts = verb.get().split(" ");
                return new Reading(k, parts[0], parts.length > 1 ? Words.capitalize(parts[1]) : "");
              }
              Optional<Lexicon.PhrasalVerb> compound = lexicon.compoundVerb(word);
              if (compound.isPresent()) {
                return new Reading(k, compound.get().verb(), Words.capitalize(compound.get().particle()));
              }
              break;
            }
          default:
            break;
        }
      }
      return null;
    }

    /** The participle of {@code base}, capitalized, or null. */
    String participle(String base) {
      Optional<String> participle = lexicon.pastParticipleOf(base);
      return participle.isPresent() ? Words.capitalize(participle.get()) : null;
    }

    // ------------------------------------------------------------------------------------------
    // Events
    // ------------------------------------------------------------------------------------------

    void checkEvent() {
      int tail = tailIndex();
      String tailWord = lowers.get(tail);
      if (endsInParticiple(tailWord)) {
        checkTechnical(tail, tailWord);
        return;
      }
      int beforePreposition = participleBeforePreposition();
      if (beforePreposition > 0) {
        checkTechnical(beforePreposition, lowers.get(beforePreposition));
        return;
      }
      String original = shown();
      Optional<Object[]> start = verbAtStart();
      // "ItemAddToCart": the verb is the word before the prepositional phrase.
      int verbBeforePreposition = verbBeforePreposition(start.isPresent() ? (Integer) start.get()[2] : 1);
      if (verbBeforePreposition > 0) {
        tail = verbBeforePreposition;
        tailWord = lowers.get(tail);
      }
      String afterTail = Words.join(words, tail + 1, size());
      Reading tailReading =
          reading(words.get(tail), FormKind.GERUND, FormKind.BASE, FormKind.PRETERITE, FormKind.NOUN);
      boolean tailIsVerb =
          tailReading != null
              && (tailReading.kind != FormKind.BASE
                  || verbBeforePreposition > 0
                  || lexicon.verbPercent(tailWord) > MOSTLY_VERB);
      // "CreateOrder" reads as a command; "OrderCreation", "OrderUpdate" and "ClaimWithdrew" name
      // their verb at the end, unless the first word is mostly a verb ("StartShipping"). A first
      // word that is as much a noun as a verb reads as a verb only before another verb-like word:
      // "PlaceOrder" is a command, "OrderStatus" is not.
      int firstPercent = firstVerbPercent();
      boolean firstReadsAsVerb =
          start.isPresent()
              && (firstPercent > MOSTLY_VERB
                  || !((String) start.get()[1]).isEmpty()
                  || (firstPercent >= 10 && lexicon.isBaseVerb(tailWord)));
      boolean commandReading =
          start.isPresent()
              && tail > 0
              && firstReadsAsVerb
              && !lexicon.isKnownNonParticiple(tailWord)
              && (tailReading == null || tailReading.kind != FormKind.PRETERITE)
              && (!tailIsVerb || firstPercent > MOSTLY_VERB);
      if (commandReading) {
        Object[] verb = start.get();
        String participle = participle((String) verb[0]);
        int restStart = (Integer) verb[2];
        int preposition = prepositionAfter(restStart);
        String object = Words.join(words, restStart, preposition);
        String suggestion =
            participle == null || object.isEmpty()
                ? null
                : versioned(object + participle + verb[1] + Words.join(words, preposition, size()));
        add(
            NamingRule.EVENT_TENSE,
            "Event name "
                + quote(original)
                + " reads as a command, not a past fact; "
                + EVENT_WHY
                + ", so name it with a past participle"
                + didYouMean(suggestion, "as in 'OrderPlaced'"),
            suggestion);
        return;
      }
      if (tailReading != null && (tailIsVerb || start.isEmpty())) {
        String participle = participle(tailReading.base);
        String suggestion =
            participle == null
                ? null
                : versioned(Words.join(words, 0, tail) + participle + tailReading.particle + afterTail);
        String what;
        switch (tailReading.kind) {
          case GERUND:
            what = "ends in the gerund " + quote(words.get(tail)) + ", an action still going on";
            break;
          case BASE:
            what = "ends in " + quote(words.get(tail)) + ", a verb in its base form, not a past fact";
            break;
          case PRETERITE:
            what = "ends in the simple past " + quote(words.get(tail)) + ", not the past participle";
            break;
          default:
            what = "ends in the noun " + quote(words.get(tail)) + ", not a past fact";
            break;
        }
        add(
            NamingRule.EVENT_TENSE,
            "Event name "
                + quote(original)
                + " "
                + what
                + "; "
                + EVENT_WHY
                + ", so end the name with the past participle of the verb"
                + didYouMean(suggestion, "as in 'OrderPlaced'"),
            suggestion);
        return;
      }
      // The lexicon may simply not know the word (or know it only as an adjective): say how to add it.
      add(
          NamingRule.EVENT_TENSE,
          "Event name "
              + quote(original)
              + (lexicon.isKnownNonParticiple(tailWord)
                  ? " ends in " + quote(words.get(tail)) + ", which ends in -ed but is not a past participle; "
                  : " does not end in a past participle; ")
              + EVENT_WHY
              + ", so end the name with the past participle of what happened, as in 'OrderPlaced'"
              + " or 'InvoiceSent' (if "
              + quote(words.get(tail))
              + " is a past participle the lexicon does not know, list it in -A"
              + NamingOptions.PAST_PARTICIPLES
              + ").",
          null);
    }

    /**
     * The index of a word that names a verb and that a prepositional phrase follows, from {@code
     * from} on ({@code Add} in {@code ItemAddToCart}), or -1.
     */
    int verbBeforePreposition(int from) {
      for (int i = Math.max(1, from); i < size() - 1; i++) {
        if (PREPOSITIONS.contains(lowers.get(i + 1))
            && reading(lowers.get(i), FormKind.GERUND, FormKind.BASE, FormKind.PRETERITE) != null) {
          return i;
        }
      }
      return -1;
    }

    /** The index of the first preposition at or after {@code from}, or the number of words. */
    int prepositionAfter(int from) {
      for (int i = Math.max(1, from); i < size(); i++) {
        if (PREPOSITIONS.contains(lowers.get(i)) && i > from) {
          return i;
        }
      }
      return size();
    }

    /**
     * A past participle, or a word ending in -ed that the lexicon does not know at all (a verb
     * WordNet lacks gets the benefit of the doubt; known words like Feed or Red do not).
     */
    boolean endsInParticiple(String word) {
      if (lexicon.isPastParticiple(word)) {
        return true;
      }
      return word.length() > 3
          && word.endsWith("ed")
          && !lexicon.isKnownNonParticiple(word)
          && !lexicon.isBaseVerb(word)
          && lexicon.verbOfNoun(word).isEmpty()
          && lexicon.compoundVerb(word).isEmpty();
    }

    void checkTechnical(int tail, String tailWord) {
      String verb = storageVerb(tailWord);
      if (verb == null) {
        return;
      }
      // Only the noun right before the verb is its subject: "CustomerRowDeleted", not
      // "MedicalRecordUpdated"; nouns for data in general are looked through: "CacheEntryEvicted".
      int i = tail - 1;
      while (i > 0 && isWordOf(DATA_NOUNS, lowers.get(i)) && !isTechnicalSubject(lowers.get(i))) {
        i--;
      }
      if (i >= 0 && isTechnicalSubject(lowers.get(i))) {
        add(
            NamingRule.TECHNICAL_EVENT,
            "Event name "
                + quote(shown())
                + " describes a storage operation ("
                + quote(words.get(i))
                + " + "
                + quote(words.get(tail))
                + ") rather than a business fact; consumers then depend on how the data is stored"
                + " rather than on what happened, so name the business reason the data changed,"
                + " as in 'OrderPlaced' rather than 'OrderRowInserted'.",
            null);
      }
    }

    String storageVerb(String participle) {
      for (String base : lexicon.basesOfParticiple(participle)) {
        if (storageVerbs.contains(base)) {
          return base;
        }
      }
      for (String base : storageVerbs) {
        if (participle.equals(Inflection.regularPast(base))) {
          return base;
        }
      }
      return null;
    }

    boolean isTechnicalSubject(String word) {
      return isWordOf(technicalSubjects, word);
    }

    // ------------------------------------------------------------------------------------------
    // Commands
    // ------------------------------------------------------------------------------------------

    void checkCommand() {
      String original = shown();
      Optional<String> queryPrefix = queryPrefix();
      if (queryPrefix.isPresent()) {
        add(
            NamingRule.COMMAND_VERB,
            "Command name "
                + quote(original)
                + " starts with "
                + quote(queryPrefix.get())
                + ", so it reads as a query; commands change state and queries only read it, so"
                + " annotate it @Query, or start the command with the verb of the change it makes,"
                + " as in 'PlaceOrder'.",
            null);
        return;
      }
      Optional<Object[]> start = verbAtStart();
      int tail = tailIndex();
      String afterTail = trailingParticle();
      int beforePreposition = participleBeforePreposition();
      String phrase = "";
      if (!lexicon.isPastParticiple(lowers.get(tail)) && beforePreposition > 0) {
        // "ItemAddedToCart" → "AddItemToCart", "UserLoggedInToPortal" → "LogInUserToPortal"
        tail = beforePreposition;
        int next = tail + 1;
        boolean particle =
            next + 1 < size() && Lexicon.isParticle(lowers.get(next)) && PREPOSITIONS.contains(lowers.get(next + 1));
        afterTail = particle ? words.get(next) : "";
        phrase = Words.join(words, particle ? next + 1 : next, size());
      }
      String tailWord = lowers.get(tail);
      // "OrderCreated", "ClaimWithdrawn" and "PasswordReset" name a past fact; "MarkOrderPaid" is an
      // imperative whose verb takes a complement.
      boolean eventShaped =
          tail > 0
              && lexicon.isPastParticiple(tailWord)
              && (start.isEmpty()
                  || (!lexicon.isBaseVerb(tailWord) && !COMPLEMENT_VERBS.contains((String) start.get()[0])));
      if (eventShaped) {
        Reading r = reading(tailWord, FormKind.PARTICIPLE);
        String suggestion =
            r == null
                ? null
                : versioned(Words.capitalize(r.base) + afterTail + Words.join(words, 0, tail) + phrase);
        add(
            NamingRule.COMMAND_VERB,
            "Command name "
                + quote(original)
                + " reads as an event, a past fact; "
                + COMMAND_WHY
                + ", so start them with a verb in its base form"
                + didYouMean(suggestion, "as in 'PlaceOrder'"),
            suggestion);
        return;
      }
      if (start.isPresent()) {
        return;
      }
      String first = words.get(0);
      Reading firstReading =
          reading(first, FormKind.GERUND, FormKind.PARTICIPLE, FormKind.PRETERITE);
      if (firstReading != null) {
        String suggestion = versioned(Words.capitalize(firstReading.base) + Words.join(words, 1, size()));
        String what =
            firstReading.kind == FormKind.GERUND
                ? "the gerund " + quote(first)
                : "the past form " + quote(first);
        add(
            NamingRule.COMMAND_VERB,
            "Command name "
                + quote(original)
                + " starts with "
                + what
                + ", not a verb in its base form; "
                + COMMAND_WHY
                + ", so start them with the imperative"
                + didYouMean(suggestion, ""),
            suggestion);
        return;
      }
      Reading tailReading = tail > 0 ? reading(words.get(tail), FormKind.NOUN, FormKind.GERUND, FormKind.BASE) : null;
      String suggestion =
          tailReading == null
              ? null
              : versioned(
                  Words.capitalize(tailReading.base)
                      + tailReading.particle
                      + trailingParticle()
                      + Words.join(words, 0, tail));
      // The lexicon may simply not know the first word as a verb: say how to add it.
      add(
          NamingRule.COMMAND_VERB,
          "Command name "
              + quote(original)
              + " does not start with a verb in its base form; "
              + COMMAND_WHY
              + ", so start them with the imperative"
              + (suggestion != null ? ": did you mean " + quote(suggestion) + "?" : ", as in 'PlaceOrder'.")
              + " If "
              + quote(first)
              + " is a verb the lexicon does not know, list it in -A"
              + NamingOptions.VERBS
              + ".",
          suggestion);
    }

    // ------------------------------------------------------------------------------------------
    // Queries
    // ------------------------------------------------------------------------------------------

    void checkQuery() {
      if (queryPrefix().isPresent()) {
        return;
      }
      String original = shown();
      String prefixes = String.join(", ", options.queryPrefixes());
      String get = options.queryPrefixes().get(0);
      String first = lowers.get(0);
      String suggestion = null;
      String what = "starts with " + quote(words.get(0)) + " instead of a query prefix (" + prefixes + ")";
      String advice = "";
      Optional<Object[]> start = QUESTION_WORDS.contains(first) ? Optional.empty() : verbAtStart();
      if (QUESTION_WORDS.contains(first)) {
        // "IsEmailTaken": no suggestion; Is can be added as a prefix.
      } else if (start.isPresent() && readPrefix(start.get()) != null) {
        // "FetchOrder" → "GetOrder", "LookUpCustomer" → "FindCustomer", "CountOrders" → "GetOrdersCount"
        String verb = (String) start.get()[0];
        String rest = Words.join(words, (Integer) start.get()[2], size());
        suggestion = rest.isEmpty() ? null : versioned(readPrefix(start.get()) + rest + (verb.equals("count") ? "Count" : ""));
      } else if (start.isPresent() && readsAsVerb(start.get())) {
        Object[] verb = start.get();
        int restStart = (Integer) verb[2];
        String verbWords = Words.join(words, 0, restStart);
        if (changesState(verb)) {
          add(
              NamingRule.QUERY_STATE_CHANGE,
              "Query name "
                  + quote(original)
                  + " starts with "
                  + quote(verbWords)
                  + ", a verb that changes state; queries must not change state, so make it a"
                  + " @Command if it does, or start its name with a query prefix ("
                  + prefixes
                  + ") if it only reads.",
              null);
          return;
        }
        // "ValidateAddress" → "GetAddressValidation", "TrackShipment" → "GetShipmentTracking"
        String result = namedByResult((String) verb[0], restStart);
        if (result != null) {
          suggestion = versioned(get + result);
          what = "starts with the verb " + quote(verbWords) + " instead of a query prefix (" + prefixes + ")";
          advice = ", so name it after what it returns";
        } else {
          // "RunReport", "OpenOrders": no noun for the result; the prefix goes before the name.
          suggestion = get + Words.capitalize(original);
          what = "does not start with a query prefix (" + prefixes + ")";
        }
      } else {
        // "OrderStatus" → "GetOrderStatus"
        suggestion = get + Words.capitalize(original);
        what = "does not start with a query prefix (" + prefixes + ")";
      }
      add(
          NamingRule.QUERY_PREFIX,
          "Query name "
              + quote(original)
              + " "
              + what
              + "; queries only read, and the prefix says so wherever the query is used"
              + advice
              + (suggestion != null ? ": did you mean " + quote(suggestion) + "?" : ".")
              + (advice.isEmpty() ? "" : " If it changes state, make it a @Command.")
              + " More prefixes can be listed in -A"
              + NamingOptions.QUERY_PREFIXES
              + ".",
          suggestion);
    }

    /**
     * The query prefix that a verb at the start means, or null: {@code READ_VERBS} for a verb ({@code
     * Fetch}, also with re- or pre-: {@code Refetch}), {@code READ_PHRASAL_VERBS} for a verb and its
     * particle, open or closed ({@code LookUp}, {@code Lookup}).
     */
    String readPrefix(Object[] start) {
      String verb = (String) start[0];
      String particle = lower((String) start[1]);
      if (!particle.isEmpty()) {
        return READ_PHRASAL_VERBS.get(verb + " " + particle);
      }
      String prefix = READ_VERBS.get(verb);
      if (prefix == null) {
        Optional<Lexicon.PrefixedVerb> parts = lexicon.prefixAndVerb(verb);
        if (parts.isPresent() && !REVERSING_PREFIXES.contains(parts.get().prefix())) {
          prefix = READ_VERBS.get(parts.get().verb());
        }
      }
      return prefix;
    }

    /**
     * Whether a verb at the start of a query reads as a verb rather than as a noun: a phrasal verb
     * written open ({@code CheckOutCart}; a closed compound like {@code CheckoutSummary} is a noun),
     * a word used mostly as a verb ({@code Validate}, {@code Cancel}; not {@code Order} in {@code
     * OrderStatus}), or one of {@link #TRACKING_VERBS}.
     */
    boolean readsAsVerb(Object[] start) {
      String verb = (String) start[0];
      boolean particle = !((String) start[1]).isEmpty();
      if (particle) {
        return (Integer) start[2] == 2;
      }
      return TRACKING_VERBS.contains(verb) || lexicon.verbPercent(verb) > MOSTLY_VERB;
    }

    /**
     * Whether a verb that reads as one changes state: one of {@link #STATE_VERBS}, a phrasal verb
     * other than {@link #READ_PHRASAL_VERBS} ({@code CheckOutCart}, {@code SignUpUser}), a prefix
     * and one of {@link #STATE_VERBS} ({@code ResendInvoice}, {@code OverwriteFile}), or un, de or
     * dis and a verb, where WordNet lacks the whole ({@code UnlistItem}).
     */
    boolean changesState(Object[] start) {
      String verb = (String) start[0];
      if (!((String) start[1]).isEmpty() || STATE_VERBS.contains(verb)) {
        return true;
      }
      Optional<Lexicon.PrefixedVerb> split = lexicon.splitPrefix(verb);
      if (split.isPresent() && STATE_VERBS.contains(split.get().verb())) {
        return true;
      }
      Optional<Lexicon.PrefixedVerb> parts = lexicon.prefixAndVerb(verb);
      return parts.isPresent() && REVERSING_PREFIXES.contains(parts.get().prefix());
    }

    /**
     * The name of a query after its result, or null when the verb has no action noun and is none of
     * {@link #TRACKING_VERBS}: the object, then the verb's action noun (or the -ing form of a tracking
     * verb), then any prepositional phrase. A plural object becomes a singular modifier and the noun
     * plural: {@code ValidateAddress} → {@code AddressValidation}, {@code RecommendProducts} → {@code
     * ProductRecommendations}, {@code MonitorOrders} → {@code OrderMonitoring}, {@code
     * ConvertCurrencyToEuro} → {@code CurrencyConversionToEuro}.
     */
    String namedByResult(String verb, int restStart) {
      String noun =
          lexicon.actionNounOf(verb).orElse(TRACKING_VERBS.contains(verb) ? lexicon.gerundOf(verb).orElse(null) : null);
      if (noun == null) {
        return null;
      }
      int preposition = prepositionAfter(restStart);
      List<String> object = new ArrayList<>(words.subList(Math.min(restStart, preposition), preposition));
      if (!object.isEmpty()) {
        String singular = singular(object.get(object.size() - 1));
        if (singular != null) {
          object.set(object.size() - 1, singular);
          noun = plural(noun);
        }
      }
      return Words.join(object, 0, object.size()) + Words.capitalize(noun) + Words.join(words, preposition, size());
    }

    /** The configured query prefix the name starts with, as written in the name. */
    Optional<String> queryPrefix() {
      for (List<String> prefix : queryPrefixes) {
        if (prefix.size() <= lowers.size() && lowers.subList(0, prefix.size()).equals(prefix)) {
          return Optional.of(Words.join(words, 0, prefix.size()));
        }
      }
      return Optional.empty();
    }

    String didYouMean(String suggestion, String otherwise) {
      if (suggestion != null) {
        return ": did you mean " + quote(suggestion) + "?";
      }
      return otherwise.isEmpty() ? "." : ", " + otherwise + ".";
    }
  }
}
