package io.missive.processor.rules;

import io.missive.processor.diag.Diagnostic;
import io.missive.processor.diag.DiagnosticId;
import io.missive.processor.diag.Site;
import io.missive.processor.model.MessageType;
import io.missive.processor.naming.NamingFinding;
import io.missive.processor.naming.NamingRules;
import java.util.ArrayList;
import java.util.List;

/** The naming conventions, judged on the type's simple name by {@link NamingRules}. */
public final class NamingRule implements Rule {

  private final NamingRules rules;

  public NamingRule(NamingRules rules) {
    this.rules = rules;
  }

  @Override
  public List<Diagnostic> check(MessageType model) {
    List<Diagnostic> found = new ArrayList<>();
    for (NamingFinding finding : rules.check(model.kind(), model.simpleName())) {
      DiagnosticId id = DiagnosticId.byRuleName(finding.rule()).orElseThrow();
      String text = finding.message().substring(id.format("").length());
      found.add(Diagnostic.of(id, Site.type(), text).suggesting(finding.suggestion()));
    }
    return found;
  }
}
