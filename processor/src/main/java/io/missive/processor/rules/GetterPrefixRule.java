package io.missive.processor.rules;

import io.missive.processor.diag.Diagnostic;
import io.missive.processor.diag.DiagnosticId;
import io.missive.processor.diag.Site;
import io.missive.processor.model.Accessor;
import io.missive.processor.model.MessageType;
import io.missive.processor.model.ScalarType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Accessors carry the plain names of records, not JavaBean getters: {@code getAccountId()} would make
 * the JSON member and the builder method {@code getAccountId} too. A warning with the plain name.
 */
public final class GetterPrefixRule implements Rule {

  @Override
  public List<Diagnostic> check(MessageType model) {
    Set<String> taken = new HashSet<>();
    model.accessors().forEach(accessor -> taken.add(accessor.name()));
    List<Diagnostic> found = new ArrayList<>();
    for (int i = 0; i < model.accessors().size(); i++) {
      Accessor accessor = model.accessors().get(i);
      String plain = plainName(accessor);
      if (plain == null) {
        continue;
      }
      String name = accessor.name();
      boolean free =
          !taken.contains(plain)
              && !AccessorRules.BUILDER_NAMES.contains(plain)
              && !AccessorRules.RECORD_ILLEGAL.contains(plain)
              && javax.lang.model.SourceVersion.isName(plain);
      String text =
          Texts.accessor(accessor) + " is named like a JavaBean getter, so its JSON member and its"
              + " builder method are '" + name + "' too: a message's fields, like a record's"
              + " components, go by plain names. "
              + (free
                  ? "Name it " + plain + "()."
                  : "Name it after what it holds, without the '" + prefix(name) + "'.")
              + " To keep the name, suppress the rule with @SuppressWarnings(\"missive:getter-prefix\").";
      Diagnostic diagnostic = Diagnostic.of(DiagnosticId.GETTER_PREFIX, Site.accessor(i), text);
      found.add(free ? diagnostic.suggesting(plain) : diagnostic);
    }
    return found;
  }

  /**
   * The name without its getter prefix ({@code getAccountId} → {@code accountId}, a boolean's
   * {@code isSuspicious} → {@code suspicious}), or {@code null} when it reads as no getter.
   */
  static String plainName(Accessor accessor) {
    String name = accessor.name();
    String prefix = prefix(name);
    if (prefix == null || accessor.type() == null) {
      return null;
    }
    if (prefix.equals("is") && accessor.type().scalar() != ScalarType.BOOLEAN) {
      return null;
    }
    String rest = name.substring(prefix.length());
    return Character.toLowerCase(rest.charAt(0)) + rest.substring(1);
  }

  /** {@code get} or {@code is} when a capital follows it, such as in {@code getId}; else {@code null}. */
  private static String prefix(String name) {
    for (String prefix : List.of("get", "is")) {
      if (name.length() > prefix.length()
          && name.startsWith(prefix)
          && Character.isUpperCase(name.charAt(prefix.length()))) {
        return prefix;
      }
    }
    return null;
  }
}
