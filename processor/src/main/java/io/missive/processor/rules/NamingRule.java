package io.missive.processor.rules;

import io.missive.processor.diag.Diagnostic;
import io.missive.processor.model.MessageType;
import io.missive.processor.naming.NamingRules;
import java.util.List;

/** The naming conventions, judged on the type's simple name by {@link NamingRules}. */
public final class NamingRule implements Rule {

  private final NamingRules rules;

  public NamingRule(NamingRules rules) {
    this.rules = rules;
  }

  @Override
  public List<Diagnostic> check(MessageType model) {
    return rules.check(model.kind(), model.simpleName());
  }
}
