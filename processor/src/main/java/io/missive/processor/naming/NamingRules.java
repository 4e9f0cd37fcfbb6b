package io.missive.processor.naming;

import io.missive.processor.model.MessageKind;
import io.missive.processor.model.Severity;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Judges the simple name of a message against the naming conventions (see docs/naming.md) and
 * says what to write instead.
 *
 * <p>A pure function of the name: no {@code javax.lang.model} types, immutable, thread-safe, and
 * {@link #check} never throws. Words are judged with {@link Lexicon}, the WordNet-derived table.
 */
public final class NamingRules {

  /** Subjects that name storage rather than business things (the technical-event rule). */
  static final Set<String> TECHNICAL_SUBJECTS =
      Set.of(
          "blob", "bucket", "cache", "collection", "column", "cursor", "dao", "data", "database",
          "db", "dto", "entity", "field", "index", "partition", "queue", "record", "repo",
          "repository", "row", "schema", "shard", "sql", "table", "topic", "tuple");

  /** Verbs of storage operations, in their base form (the technical-event rule). */
  static final Set<String> STORAGE_VERBS =
      Set.of(
          "alter", "change", "clear", "commit", "compact", "create", "delete", "drop", "evict",
          "expire", "flush", "import", "index", "insert", "invalidate", "load", "merge", "migrate", "modify",
          "persist", "populate", "purge", "rebuild", "refresh", "reindex", "reload", "remove", "replicate",
          "save", "store", "sync", "synchronize", "truncate", "update", "upsert", "write");

  /**
   * Verbs that only read, with the query prefix that says the same: a query named {@code
   * FetchOrder} lacks a prefix rather than changing state, and {@code GetOrder} is what it means.
   */
  static final Map<String, String> READ_VERBS =
      Map.ofEntries(
          Map.entry("browse", "List"),
          Map.entry("calculate", "Get"),
          Map.entry("check", "Get"),
          Map.entry("compute", "Get"),
          Map.entry("count", "Get"),
          Map.entry("describe", "Get"),
          Map.entry("display", "Get"),
          Map.entry("download", "Get"),
          Map.entry("enumerate", "List"),
          Map.entry("estimate", "Get"),
          Map.entry("evaluate", "Get"),
          Map.entry("export", "Get"),
          Map.entry("fetch", "Get"),
          Map.entry("filter", "Find"),
          Map.entry("inspect", "Get"),
          Map.entry("load", "Get"),
          Map.entry("locate", "Find"),
          Map.entry("look", "Find"),
          Map.entry("match", "Find"),
          Map.entry("obtain", "Get"),
          Map.entry("preview", "Get"),
          Map.entry("print", "Get"),
          Map.entry("query", "Find"),
          Map.entry("read", "Get"),
          Map.entry("render", "Get"),
          Map.entry("resolve", "Find"),
          Map.entry("retrieve", "Get"),
          Map.entry("scan", "Find"),
          Map.entry("search", "Find"),
          Map.entry("see", "Get"),
          Map.entry("seek", "Find"),
          Map.entry("select", "Find"),
          Map.entry("show", "Get"),
          Map.entry("summarise", "Get"),
          Map.entry("summarize", "Get"),
          Map.entry("verify", "Get"),
          Map.entry("view", "Get"));

  /** Words that open a yes/no question: a query named {@code IsEmailTaken}. */
  static final Set<String> QUESTION_WORDS =
      Set.of("is", "are", "has", "have", "can", "does", "do", "should", "was", "were", "will", "exists");

  /**
   * Prepositions that may follow an event's participle: {@code ItemAddedToCart}, {@code
   * PaymentDeclinedByBank}.
   */
  static final Set<String> PREPOSITIONS =
      Set.of(
          "about", "after", "against", "as", "at", "before", "between", "by", "during", "for", "from",
          "in", "into", "of", "on", "onto", "over", "through", "to", "under", "via", "with", "within",
          "without");

  /**
   * Verbs that take an object and a complement, so a command may end in a participle: {@code
   * MarkOrderPaid}, {@code SetAccountLocked}, {@code KeepUserSignedIn}.
   */
  static final Set<String> COMPLEMENT_VERBS =
      Set.of(
          "consider", "declare", "deem", "flag", "get", "have", "keep", "label", "leave", "make",
          "mark", "record", "render", "report", "set", "want");

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

    Check(MessageKind kind, String name) {
      this.kind = kind;
      this.name = name;
    }

    List<NamingFinding> run() {
      words = Words.split(name);
      if (words.isEmpty()) {
        return List.of();
      }
      String suffix = kind.envelopeSuffix();
      if (words.size() > 1 && words.get(words.size() - 1).equals(suffix)) {
        String stripped = name.substring(0, name.length() - suffix.length());
        add(
            NamingRule.REDUNDANT_SUFFIX,
            kindName()
                + " name "
                + quote(name)
                + " ends in "
                + quote(suffix)
                + "; the generated envelope already appends it (it would be "
                + quote(name + suffix)
                + "), so drop the suffix: did you mean "
                + quote(stripped)
                + "?",
            stripped);
        words = new ArrayList<>(words.subList(0, words.size() - 1));
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
      Optional<String[]> compound = lexicon.compoundVerb(first);
      if (compound.isPresent()) {
        return Optional.of(new Object[] {compound.get()[0], Words.capitalize(compound.get()[1]), 1});
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
              Optional<String[]> compound = lexicon.compoundVerb(word);
              if (compound.isPresent()) {
                return new Reading(k, compound.get()[0], Words.capitalize(compound.get()[1]));
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
      String original = judged();
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
                : object + participle + verb[1] + Words.join(words, preposition, size());
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
                : Words.join(words, 0, tail) + participle + tailReading.particle + afterTail;
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
      boolean knownWord = lexicon.isKnownNonParticiple(tailWord) || lexicon.isBaseVerb(tailWord);
      add(
          NamingRule.EVENT_TENSE,
          "Event name "
              + quote(original)
              + (lexicon.isKnownNonParticiple(tailWord)
                  ? " ends in " + quote(words.get(tail)) + ", which ends in -ed but is not a past participle; "
                  : " does not end in a past participle; ")
              + EVENT_WHY
              + ", so end the name with the past participle of what happened, as in 'OrderPlaced'"
              + " or 'InvoiceSent'"
              + (knownWord
                  ? "."
                  : " (if "
                      + quote(words.get(tail))
                      + " is a past participle the lexicon does not know, list it in -A"
                      + NamingOptions.PAST_PARTICIPLES
                      + ")."),
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
      for (int i = 0; i < tail; i++) {
        if (isTechnicalSubject(lowers.get(i))) {
          add(
              NamingRule.TECHNICAL_EVENT,
              "Event name "
                  + quote(judged())
                  + " describes a storage operation ("
                  + quote(words.get(i))
                  + " + "
                  + quote(words.get(tail))
                  + ") rather than a business fact; consumers then depend on how the data is stored"
                  + " rather than on what happened, so name the business reason the data changed,"
                  + " as in 'OrderPlaced' rather than 'OrderRowInserted'.",
              null);
          return;
        }
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
      if (technicalSubjects.contains(word)) {
        return true;
      }
      if (word.endsWith("ies") && technicalSubjects.contains(word.substring(0, word.length() - 3) + "y")) {
        return true;
      }
      if (word.endsWith("es") && technicalSubjects.contains(word.substring(0, word.length() - 2))) {
        return true;
      }
      return word.endsWith("s") && technicalSubjects.contains(word.substring(0, word.length() - 1));
    }

    // ------------------------------------------------------------------------------------------
    // Commands
    // ------------------------------------------------------------------------------------------

    void checkCommand() {
      String original = judged();
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
                : Words.capitalize(r.base) + afterTail + Words.join(words, 0, tail) + phrase;
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
        String suggestion = Words.capitalize(firstReading.base) + Words.join(words, 1, size());
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
              : Words.capitalize(tailReading.base)
                  + tailReading.particle
                  + trailingParticle()
                  + Words.join(words, 0, tail);
      add(
          NamingRule.COMMAND_VERB,
          "Command name "
              + quote(original)
              + " does not start with a verb in its base form; "
              + COMMAND_WHY
              + ", so start them with the imperative"
              + (suggestion != null
                  ? ": did you mean " + quote(suggestion) + "?"
                  : ", as in 'PlaceOrder' (if "
                      + quote(first)
                      + " is a verb the lexicon does not know, list it in -A"
                      + NamingOptions.VERBS
                      + ")."),
          suggestion);
    }

    // ------------------------------------------------------------------------------------------
    // Queries
    // ------------------------------------------------------------------------------------------

    void checkQuery() {
      if (queryPrefix().isPresent()) {
        return;
      }
      String original = judged();
      String prefixes = String.join(", ", options.queryPrefixes());
      String first = lowers.get(0);
      Optional<Object[]> start = verbAtStart();
      String readVerb =
          start.isPresent() && READ_VERBS.containsKey((String) start.get()[0]) ? (String) start.get()[0] : null;
      if (readVerb == null && start.isPresent() && firstVerbPercent() > MOSTLY_VERB) {
        add(
            NamingRule.QUERY_STATE_CHANGE,
            "Query name "
                + quote(original)
                + " starts with "
                + quote(words.get(0))
                + ", a verb that changes state; queries must not change state, so make it a"
                + " @Command if it does, or start its name with a query prefix ("
                + prefixes
                + ") if it only reads.",
            null);
        return;
      }
      String suggestion;
      String what;
      if (readVerb != null) {
        Object[] verb = start.get();
        String rest = Words.join(words, (Integer) verb[2], size());
        String prefix = READ_VERBS.get(readVerb);
        suggestion = prefix + rest + (readVerb.equals("count") ? "Count" : "");
        if (rest.isEmpty()) {
          suggestion = null;
        }
        what = "starts with " + quote(words.get(0)) + " instead of a query prefix (" + prefixes + ")";
      } else if (QUESTION_WORDS.contains(first)) {
        suggestion = null;
        what = "starts with " + quote(words.get(0)) + " instead of a query prefix (" + prefixes + ")";
      } else {
        suggestion = options.queryPrefixes().get(0) + Words.capitalize(original);
        what = "does not start with a query prefix (" + prefixes + ")";
      }
      add(
          NamingRule.QUERY_PREFIX,
          "Query name "
              + quote(original)
              + " "
              + what
              + "; queries only read, and the prefix says so wherever the query is used"
              + (suggestion != null ? ": did you mean " + quote(suggestion) + "?" : ".")
              + " More prefixes can be listed in -A"
              + NamingOptions.QUERY_PREFIXES
              + ".",
          suggestion);
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
