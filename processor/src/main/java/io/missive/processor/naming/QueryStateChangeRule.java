package io.missive.processor.naming;

import static io.missive.processor.naming.NameRule.quote;

import io.missive.processor.diag.Diagnostic;
import io.missive.processor.diag.DiagnosticId;
import io.missive.processor.diag.Site;
import io.missive.processor.naming.ParsedName.VerbPhrase;
import java.util.List;
import java.util.Optional;

/** A query's name does not start with a verb that changes state: {@code CreateOrder}, {@code UpdateOrder}. */
final class QueryStateChangeRule implements NameRule {

  private final QueryVerbs verbs;
  private final String prefixes;

  QueryStateChangeRule(QueryVerbs verbs, NamingOptions options) {
    this.verbs = verbs;
    this.prefixes = String.join(", ", options.queryPrefixes());
  }

  @Override
  public List<Diagnostic> check(ParsedName name) {
    Optional<VerbPhrase> verb = verbs.stateChangingVerb(name);
    if (verb.isEmpty()) {
      return List.of();
    }
    String text =
        "Query name "
            + quote(name.shown())
            + " starts with "
            + quote(name.join(0, verb.get().restStart()))
            + ", a verb that changes state; queries must not change state, so make it a"
            + " @Command if it does, or start its name with a query prefix ("
            + prefixes
            + ") if it only reads.";
    return List.of(Diagnostic.of(DiagnosticId.QUERY_STATE_CHANGE, Site.type(), text));
  }
}
