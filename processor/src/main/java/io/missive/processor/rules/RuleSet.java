package io.missive.processor.rules;

import io.missive.processor.diag.Diagnostic;
import io.missive.processor.diag.DiagnosticId;
import io.missive.processor.diag.Severity;
import io.missive.processor.diag.SeverityPolicy;
import io.missive.processor.diag.Site;
import io.missive.processor.model.MessageType;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Every rule, in stages, and the one place where their diagnostics get their final severity. Each
 * stage judges what the one before it leaves sound, so a stage runs only when the stages before it
 * found no error:
 *
 * <ol>
 *   <li>one message annotation ({@link KindRules.OneKind});
 *   <li>on an interface ({@link KindRules.OnInterface});
 *   <li>the structure: the interface, the annotation's values, the accessors and the upcasters;
 *   <li>the meaning: names (of the type and of its accessors), name clashes, payload types, the
 *       upcaster chain.
 * </ol>
 *
 * A rule that throws is a bug in Missive: it is reported as an internal error on the type, and the
 * other rules still run.
 */
public final class RuleSet {

  private final List<List<Rule>> stages;
  private final SeverityPolicy policy;

  /**
   * @param naming the naming rules, which judge the type's name
   * @param policy the options' severities, applied to every rule's diagnostics
   */
  public RuleSet(Rule naming, SeverityPolicy policy) {
    this.stages =
        List.of(
            List.of(new KindRules.OneKind()),
            List.of(new KindRules.OnInterface()),
            List.of(new InterfaceRules(), new AttributeRules(), new AccessorRules(), new UpcasterRules()),
            List.of(
                naming,
                new GetterPrefixRule(),
                new MutableComponentRule(),
                new NameClashRule(),
                new PayloadTypeRule(),
                new JsonMemberRule(),
                new PartitionKeyRule(),
                new UpcasterChainRule()));
    this.policy = policy;
  }

  /** The diagnostics of {@code model}, as the build wants them reported; no error means valid. */
  public List<Diagnostic> check(MessageType model) {
    List<Diagnostic> all = new ArrayList<>();
    for (List<Rule> stage : stages) {
      List<Diagnostic> found = new ArrayList<>();
      for (Rule rule : stage) {
        try {
          found.addAll(rule.check(model));
        } catch (RuntimeException | StackOverflowError e) {
          found.add(internalError(rule, model, e));
        }
      }
      List<Diagnostic> kept = policy.apply(found, site -> suppressedAt(model, site));
      all.addAll(kept);
      if (kept.stream().anyMatch(Diagnostic::isError)) {
        break;
      }
    }
    return all;
  }

  /** The rule names suppressed where {@code site} is: on its element and every element enclosing it. */
  static Set<String> suppressedAt(MessageType model, Site site) {
    Set<String> own =
        switch (site.part()) {
          case ACCESSOR, CONSTANT -> model.accessors().get(site.index()).suppressed();
          case COMPONENT -> model.mutableComponents().get(site.index()).suppressed();
          default -> Set.of();
        };
    if (own.isEmpty()) {
      return model.suppressed();
    }
    Set<String> suppressed = new HashSet<>(model.suppressed());
    suppressed.addAll(own);
    return suppressed;
  }

  /** The report of a failure inside Missive while judging {@code model}. */
  public static Diagnostic internalError(Object where, MessageType model, Throwable failure) {
    StringWriter trace = new StringWriter();
    failure.printStackTrace(new PrintWriter(trace));
    return new Diagnostic(
        DiagnosticId.INTERNAL_ERROR,
        Severity.ERROR,
        Site.type(),
        "Missive failed on '" + model.simpleName() + "' in " + where.getClass().getSimpleName()
            + ". This is a bug in Missive, not in your code; please report it with this trace:\n" + trace,
        null);
  }
}
