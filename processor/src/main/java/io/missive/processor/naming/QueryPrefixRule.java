package io.missive.processor.naming;

import static io.missive.processor.naming.NameRule.quote;

import io.missive.processor.diag.Diagnostic;
import io.missive.processor.diag.DiagnosticId;
import io.missive.processor.diag.Site;
import io.missive.processor.naming.Lexicon.PrefixedVerb;
import io.missive.processor.naming.ParsedName.VerbPhrase;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Three rules that read the same first word of a query's name, in one class since one reading
 * decides which of them speaks:
 *
 * <ul>
 *   <li>query-read-verb: a name that starts with a verb that only reads ({@code FetchInvoices} →
 *       {@code GetInvoices}, {@code SearchProducts} → {@code FindProducts}) or with a yes/no question
 *       ({@code IsEmailInUse}) says what a query prefix says in other words: a warning;
 *   <li>query-state-change: the name does not start with a verb that changes state ({@code
 *       CancelOrder}, {@code CheckOutCart}, {@code ResendInvoice});
 *   <li>query-prefix: otherwise it starts with a query prefix ({@code GetOrder}, {@code
 *       FindCustomer}, {@code ListOrders}). A verb that may only read gets the name of what it returns
 *       ({@code ValidateAddress} → {@code GetAddressValidation}), and anything else the first prefix
 *       before it.
 * </ul>
 */
final class QueryPrefixRule implements NameRule {

  private final Lexicon lexicon;
  private final Vocabulary vocabulary;
  private final String prefixes;
  private final String get;

  QueryPrefixRule(Lexicon lexicon, Vocabulary vocabulary, NamingOptions options) {
    this.lexicon = lexicon;
    this.vocabulary = vocabulary;
    this.prefixes = String.join(", ", options.queryPrefixes());
    this.get = options.queryPrefixes().get(0);
  }

  @Override
  public List<Diagnostic> check(ParsedName name) {
    if (name.queryPrefix().isPresent()) {
      return List.of();
    }
    String original = name.shown();
    String suggestion = null;
    String what;
    String advice = "";
    if (vocabulary.questionWords().contains(name.lower(0))) {
      // "IsEmailTaken": a question only reads; no suggestion, Is can be added as a prefix.
      return readVerb(
          name,
          "asks a yes/no question with "
              + quote(name.word(0))
              + " instead of starting with a query prefix ("
              + prefixes
              + ")",
          null,
          ", so name it after what it returns, as in 'GetOrderStatus', or list "
              + quote(name.word(0))
              + " in -A"
              + NamingOptions.QUERY_PREFIXES
              + " if your queries ask questions.");
    }
    Optional<VerbPhrase> start = name.verbAtStart();
    boolean readVerb = start.isPresent() && start.get().modifier().isEmpty() && readPrefix(start.get()) != null;
    if (readVerb && start.get().restStart() < name.size()) {
      // "FetchOrder" → "GetOrder", "LookUpCustomer" → "FindCustomer", "CountOrders" → "GetOrdersCount"
      String rest = name.join(start.get().restStart(), name.size());
      String count = start.get().base().equals("count") ? "Count" : "";
      String conventional = name.versioned(readPrefix(start.get()) + rest + count);
      return readVerb(
          name,
          "starts with "
              + quote(name.join(0, start.get().restStart()))
              + ", a verb that only reads, instead of a query prefix ("
              + prefixes
              + ")",
          conventional,
          ": did you mean " + quote(conventional) + "? Or list " + quote(name.word(0)) + " in -A"
              + NamingOptions.QUERY_PREFIXES + ".");
    }
    if (readVerb) {
      // "Query", "Fetch": a read verb alone names nothing to read.
      what = "starts with " + quote(name.word(0)) + " instead of a query prefix (" + prefixes + ")";
    } else if (start.isPresent() && readsAsVerb(start.get())) {
      if (changesState(start.get())) {
        return changesState(name, start.get());
      }
      // "ValidateAddress" → "GetAddressValidation", "TrackShipment" → "GetShipmentTracking"
      String result = namedByResult(name, start.get());
      if (result != null) {
        suggestion = name.versioned(get + result);
        what =
            "starts with the verb "
                + quote(name.join(0, start.get().restStart()))
                + " instead of a query prefix ("
                + prefixes
                + ")";
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
    String text =
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
            + ".";
    return List.of(Diagnostic.of(DiagnosticId.QUERY_PREFIX, Site.type(), text).suggesting(suggestion));
  }

  /**
   * The query-read-verb rule's finding: the name says that the query only reads, in other words than
   * the convention's; a warning with the conventional name.
   */
  private static List<Diagnostic> readVerb(ParsedName name, String what, String suggestion, String advice) {
    String text =
        "Query name "
            + quote(name.shown())
            + " "
            + what
            + "; the name says the query only reads, and the convention says it with the same prefix"
            + " wherever a query is used"
            + advice;
    return List.of(Diagnostic.of(DiagnosticId.QUERY_READ_VERB, Site.type(), text).suggesting(suggestion));
  }

  /** The query-state-change rule's finding. */
  private List<Diagnostic> changesState(ParsedName name, VerbPhrase verb) {
    String text =
        "Query name "
            + quote(name.shown())
            + " starts with "
            + quote(name.join(0, verb.restStart()))
            + ", a verb that changes state; queries must not change state, so make it a"
            + " @Command if it does, or start its name with a query prefix ("
            + prefixes
            + ") if it only reads.";
    return List.of(Diagnostic.of(DiagnosticId.QUERY_STATE_CHANGE, Site.type(), text));
  }

  /**
   * The query prefix that a verb at the start means, or null: a read verb ({@code Fetch}, also with
   * re- or pre-: {@code Refetch}), or a read phrasal verb and its particle, open or closed ({@code
   * LookUp}, {@code Lookup}).
   */
  private String readPrefix(VerbPhrase start) {
    String verb = start.base();
    String particle = start.particle().toLowerCase(Locale.ROOT);
    if (!particle.isEmpty()) {
      return vocabulary.readPhrasalVerbs().get(verb + " " + particle);
    }
    String prefix = vocabulary.readVerbs().get(verb);
    if (prefix == null) {
      Optional<PrefixedVerb> parts = lexicon.prefixAndVerb(verb);
      if (parts.isPresent() && !vocabulary.reversingPrefixes().contains(parts.get().prefix())) {
        prefix = vocabulary.readVerbs().get(parts.get().verb());
      }
    }
    return prefix;
  }

  /**
   * Whether a verb at the start of a query reads as a verb rather than as a noun: a phrasal verb
   * written open ({@code CheckOutCart}; a closed compound like {@code CheckoutSummary} is a noun),
   * a word used mostly as a verb ({@code Validate}, {@code Cancel}; not {@code Order} in {@code
   * OrderStatus}), or a tracking verb.
   */
  private boolean readsAsVerb(VerbPhrase start) {
    if (start.hasParticle()) {
      return start.restStart() == 2;
    }
    return vocabulary.trackingVerbs().contains(start.base()) || lexicon.verbPercent(start.base()) > Lexicon.MOSTLY_VERB;
  }

  /**
   * Whether a verb that reads as one changes state: a state verb, a phrasal verb other than the
   * read phrasal verbs ({@code CheckOutCart}, {@code SignUpUser}), a prefix and a state verb ({@code
   * ResendInvoice}, {@code OverwriteFile}), or a reversing prefix and a verb, where WordNet lacks
   * the whole ({@code UnlistItem}).
   */
  private boolean changesState(VerbPhrase start) {
    String verb = start.base();
    if (start.hasParticle() || vocabulary.stateVerbs().contains(verb)) {
      return true;
    }
    Optional<PrefixedVerb> split = lexicon.splitPrefix(verb);
    if (split.isPresent() && vocabulary.stateVerbs().contains(split.get().verb())) {
      return true;
    }
    Optional<PrefixedVerb> parts = lexicon.prefixAndVerb(verb);
    return parts.isPresent() && vocabulary.reversingPrefixes().contains(parts.get().prefix());
  }

  /**
   * The name of a query after its result, or null when the verb has no action noun and is no
   * tracking verb: the object, then the verb's action noun (or the -ing form of a tracking verb),
   * then any prepositional phrase. A plural object becomes a singular modifier and the noun plural:
   * {@code ValidateAddress} → {@code AddressValidation}, {@code RecommendProducts} → {@code
   * ProductRecommendations}, {@code MonitorOrders} → {@code OrderMonitoring}, {@code
   * ConvertCurrencyToEuro} → {@code CurrencyConversionToEuro}.
   */
  private String namedByResult(ParsedName name, VerbPhrase verb) {
    String base = verb.base();
    String noun =
        lexicon
            .actionNounOf(base)
            .orElse(vocabulary.trackingVerbs().contains(base) ? lexicon.gerundOf(base).orElse(null) : null);
    if (noun == null) {
      return null;
    }
    int restStart = verb.restStart();
    int preposition = name.prepositionAfter(restStart);
    List<String> object = new ArrayList<>(name.words().subList(Math.min(restStart, preposition), preposition));
    if (!object.isEmpty()) {
      String singular = Inflection.singular(object.get(object.size() - 1));
      if (singular != null) {
        object.set(object.size() - 1, singular);
        noun = Inflection.plural(noun);
      }
    }
    return Words.join(object, 0, object.size()) + Words.capitalize(noun) + name.join(preposition, name.size());
  }
}
