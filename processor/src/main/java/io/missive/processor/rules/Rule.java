package io.missive.processor.rules;

import io.missive.processor.diag.Diagnostic;
import io.missive.processor.model.MessageType;
import java.util.List;

/**
 * A rule a message must follow: a pure function from the model to what is wrong with it. A rule
 * reads nothing but the model, writes no code and reports nothing itself; it returns its diagnostics
 * at their default severity, and {@link RuleSet} applies the options, the suppressions and the order.
 */
@FunctionalInterface
public interface Rule {

  /** What is wrong with {@code model}; empty when nothing is. */
  List<Diagnostic> check(MessageType model);
}
