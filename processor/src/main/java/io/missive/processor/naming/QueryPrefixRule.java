package io.missive.processor.naming;

import static io.missive.processor.naming.NameRule.quote;

import io.missive.processor.diag.Diagnostic;
import io.missive.processor.diag.DiagnosticId;
import io.missive.processor.diag.Site;
import io.missive.processor.naming.ParsedName.VerbPhrase;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A query's name starts with a query prefix: {@code GetOrder}, {@code FindCustomer}, {@code
 * ListOrders}. A read verb gets its prefix ({@code FetchOrder} → {@code GetOrder}), a verb that may
 * only read the name of what it returns ({@code ValidateAddress} → {@code GetAddressValidation}),
 * and anything else the first prefix before it. A verb that changes state is left to {@link
 * QueryStateChangeRule}.
 */
final class QueryPrefixRule implements NameRule {

  private final Lexicon lexicon;
  private final QueryVerbs verbs;
  private final Set<String> trackingVerbs;
  private final String prefixes;
  private final String get;

  QueryPrefixRule(Lexicon lexicon, QueryVerbs verbs, Vocabulary vocabulary, NamingOptions options) {
    this.lexicon = lexicon;
    this.verbs = verbs;
    this.trackingVerbs = vocabulary.trackingVerbs();
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
    String what = "starts with " + quote(name.word(0)) + " instead of a query prefix (" + prefixes + ")";
    String advice = "";
    Optional<VerbPhrase> start = verbs.isQuestion(name) ? Optional.empty() : name.verbAtStart();
    if (verbs.isQuestion(name)) {
      // "IsEmailTaken": no suggestion; Is can be added as a prefix.
    } else if (start.isPresent() && verbs.readPrefix(start.get()) != null) {
      // "FetchOrder" → "GetOrder", "LookUpCustomer" → "FindCustomer", "CountOrders" → "GetOrdersCount"
      String rest = name.join(start.get().restStart(), name.size());
      String count = start.get().base().equals("count") ? "Count" : "";
      suggestion = rest.isEmpty() ? null : name.versioned(verbs.readPrefix(start.get()) + rest + count);
    } else if (start.isPresent() && verbs.readsAsVerb(start.get())) {
      if (verbs.changesState(start.get())) {
        // "CancelOrder": QueryStateChangeRule's.
        return List.of();
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
        lexicon.actionNounOf(base).orElse(trackingVerbs.contains(base) ? lexicon.gerundOf(base).orElse(null) : null);
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
