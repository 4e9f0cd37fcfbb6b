package io.missive.processor.naming;

import static io.missive.processor.naming.NameRule.quote;

import io.missive.processor.diag.Diagnostic;
import io.missive.processor.diag.DiagnosticId;
import io.missive.processor.diag.Site;
import io.missive.processor.model.MessageKind;
import io.missive.processor.naming.ParsedName.RedundantSuffix;
import java.util.List;

/** A name does not end in the suffix its envelope adds: {@code OrderPlacedEvent}, {@code PlaceOrderCommand}. */
final class RedundantSuffixRule implements NameRule {

  @Override
  public List<Diagnostic> check(ParsedName name) {
    if (name.redundantSuffix().isEmpty()) {
      return List.of();
    }
    RedundantSuffix redundant = name.redundantSuffix().get();
    String suffix = redundant.suffix();
    String version = redundant.versionAfter();
    String suggestion = redundant.withoutSuffix() + version;
    String text =
        kindName(name)
            + " name "
            + quote(name.name())
            + " ends in "
            + quote(suffix)
            + (version.isEmpty() ? "" : " before its version " + quote(version))
            + "; the generated envelope already appends it (it would be "
            + quote(name.name() + suffix)
            + "), so drop the suffix: did you mean "
            + quote(suggestion)
            + "?";
    return List.of(Diagnostic.of(DiagnosticId.REDUNDANT_SUFFIX, Site.type(), text).suggesting(suggestion));
  }

  private static String kindName(ParsedName name) {
    return name.kind() == MessageKind.EVENT ? "Event" : name.kind() == MessageKind.COMMAND ? "Command" : "Query";
  }
}
