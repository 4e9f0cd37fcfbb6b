package io.missive.processor.diag;

import java.util.Objects;

/**
 * One finding of a rule: what it is ({@link DiagnosticId}), how it is reported, where, and its text.
 * Rules create diagnostics with their id's default severity; {@link SeverityPolicy} then applies the
 * options and suppressions, and the {@link Reporter} prints what is left on its element.
 *
 * @param id the stable id
 * @param severity {@link Severity#ERROR} or {@link Severity#WARNING}; never {@link Severity#OFF}
 * @param site where it belongs
 * @param text what is wrong, why, and what to write instead; without the id
 * @param suggestion the name to write instead, when the rule has one to offer; otherwise {@code null}
 */
public record Diagnostic(DiagnosticId id, Severity severity, Site site, String text, String suggestion) {

  public Diagnostic {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(site, "site");
    Objects.requireNonNull(text, "text");
    if (severity == Severity.OFF) {
      throw new IllegalArgumentException("a diagnostic that is off is not reported at all");
    }
  }

  /** A diagnostic of {@code id} at its default severity, without a suggestion. */
  public static Diagnostic of(DiagnosticId id, Site site, String text) {
    return new Diagnostic(id, id.defaultSeverity(), site, text, null);
  }

  /** This diagnostic, offering {@code name} as what to write instead. */
  public Diagnostic suggesting(String name) {
    return new Diagnostic(id, severity, site, text, name);
  }

  /** This diagnostic at another severity. */
  public Diagnostic at(Severity other) {
    return new Diagnostic(id, other, site, text, suggestion);
  }

  /** Whether it is reported as an error. */
  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** The text as printed: {@code [Id] text}. */
  public String message() {
    return id.format(text);
  }
}
