package io.missive.processor.naming;

import io.missive.processor.diag.Diagnostic;
import java.util.List;

/**
 * One naming rule: judges a parsed name and says what is wrong, why, and what to write instead, in
 * the phrasing of the static methods here.
 * Diagnostics are at their id's default severity, on {@link io.missive.processor.diag.Site#type()};
 * options and suppressions are {@link io.missive.processor.diag.SeverityPolicy}'s business.
 */
interface NameRule {

  /** What this rule finds wrong with {@code name}; empty when the name follows it. */
  List<Diagnostic> check(ParsedName name);

  /** A word or name in a message: 'OrderPlaced'. */
  static String quote(String s) {
    return "'" + s + "'";
  }

  /** ": did you mean 'X'?" with a suggestion; otherwise {@code otherwise} after a comma, or a full stop. */
  static String didYouMean(String suggestion, String otherwise) {
    if (suggestion != null) {
      return ": did you mean " + quote(suggestion) + "?";
    }
    return otherwise.isEmpty() ? "." : ", " + otherwise + ".";
  }
}
