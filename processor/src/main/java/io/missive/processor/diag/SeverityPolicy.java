package io.missive.processor.diag;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * How the build wants each rule reported, read from the processor options, and the one place where a
 * rule's diagnostics get their final severity:
 *
 * <ul>
 *   <li>{@code -A<group prefix>=error|warning|off} sets every rule of a group, such as
 *       {@code -Amissive.naming=warning};
 *   <li>{@code -A<option key>=error|warning|off} sets one rule ({@link DiagnosticId#optionKey()}, such
 *       as {@code -Amissive.naming.eventTense=off}), after its group;
 *   <li>{@code @SuppressWarnings("missive:<rule>")} on an element (or one enclosing it) turns the rule
 *       off there.
 * </ul>
 *
 * Hard ids ({@link DiagnosticId#isRule()} false) keep their severity whatever the options say. A bad
 * value does not fail the build: it is listed in {@link #problems()} and the default is kept.
 */
public final class SeverityPolicy {

  /** Every option this policy reads. */
  public static final Set<String> SUPPORTED_OPTIONS;

  static {
    Set<String> keys = new LinkedHashSet<>();
    for (DiagnosticId.Group group : DiagnosticId.Group.values()) {
      keys.add(group.optionPrefix());
    }
    for (DiagnosticId id : DiagnosticId.values()) {
      id.optionKey().ifPresent(keys::add);
    }
    SUPPORTED_OPTIONS = Collections.unmodifiableSet(keys);
  }

  private static final SeverityPolicy DEFAULTS = from(Map.of());

  /** The severities the options set, by id; an id they leave alone is not here. */
  private final Map<DiagnosticId, Severity> severities;
  private final List<String> problems;

  private SeverityPolicy(Map<DiagnosticId, Severity> severities, List<String> problems) {
    this.severities = severities;
    this.problems = List.copyOf(problems);
  }

  /** Every id at its default severity. */
  public static SeverityPolicy defaults() {
    return DEFAULTS;
  }

  /** The severities set in {@code processorOptions}; other keys are ignored. */
  public static SeverityPolicy from(Map<String, String> processorOptions) {
    Map<String, String> options = processorOptions == null ? Map.of() : processorOptions;
    List<String> problems = new ArrayList<>();
    Map<DiagnosticId, Severity> severities = new EnumMap<>(DiagnosticId.class);
    for (DiagnosticId.Group group : DiagnosticId.Group.values()) {
      if (options.containsKey(group.optionPrefix())) {
        Severity all = parse(group.optionPrefix(), options.get(group.optionPrefix()), problems);
        if (all != null) {
          for (DiagnosticId id : DiagnosticId.values()) {
            if (id.group().orElse(null) == group) {
              severities.put(id, all);
            }
          }
        }
      }
    }
    for (DiagnosticId id : DiagnosticId.values()) {
      String key = id.optionKey().orElse(null);
      if (key != null && options.containsKey(key)) {
        Severity one = parse(key, options.get(key), problems);
        if (one != null) {
          severities.put(id, one);
        }
      }
    }
    return new SeverityPolicy(severities, problems);
  }

  private static Severity parse(String key, String value, List<String> problems) {
    String word = value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
    switch (word) {
      case "error":
        return Severity.ERROR;
      case "warning":
        return Severity.WARNING;
      case "off":
        return Severity.OFF;
      default:
        problems.add(
            "Option -A" + key + " has the value '" + (value == null ? "" : value)
                + "'; use error, warning or off. The default is kept.");
        return null;
    }
  }

  /**
   * The severity of {@code id} under the options, its default when they do not set it;
   * {@link Severity#OFF} when it is turned off.
   */
  public Severity severity(DiagnosticId id) {
    return severities.getOrDefault(id, id.defaultSeverity());
  }

  /**
   * {@code diagnostics} as the build wants them: each rule's at the severity the options give its id
   * (or as the rule made it, when they give none, so a rule may report a doubtful case of an error id
   * as a warning), without those turned off by the options or suppressed where they sit. Hard ids
   * pass unchanged.
   *
   * @param suppressedAt the rule names suppressed at a site, from {@code @SuppressWarnings} on its
   *     element and the elements enclosing it
   */
  public List<Diagnostic> apply(List<Diagnostic> diagnostics, Function<Site, Set<String>> suppressedAt) {
    List<Diagnostic> kept = new ArrayList<>(diagnostics.size());
    for (Diagnostic diagnostic : diagnostics) {
      DiagnosticId id = diagnostic.id();
      if (!id.isRule()) {
        kept.add(diagnostic);
        continue;
      }
      Severity severity = severities.getOrDefault(id, diagnostic.severity());
      if (severity == Severity.OFF || suppressedAt.apply(diagnostic.site()).contains(id.ruleName().get())) {
        continue;
      }
      kept.add(severity == diagnostic.severity() ? diagnostic : diagnostic.at(severity));
    }
    return kept;
  }

  /** Human-readable problems with the option values, to report as warnings. */
  public List<String> problems() {
    return problems;
  }
}
