package io.missive.processor.diag;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SeverityPolicyTest {

  @Test
  void defaults() {
    SeverityPolicy policy = SeverityPolicy.defaults();
    assertThat(policy.severity(DiagnosticId.EVENT_TENSE)).isEqualTo(Severity.ERROR);
    assertThat(policy.severity(DiagnosticId.COMMAND_VERB)).isEqualTo(Severity.ERROR);
    assertThat(policy.severity(DiagnosticId.QUERY_PREFIX)).isEqualTo(Severity.ERROR);
    assertThat(policy.severity(DiagnosticId.QUERY_STATE_CHANGE)).isEqualTo(Severity.ERROR);
    assertThat(policy.severity(DiagnosticId.TECHNICAL_EVENT)).isEqualTo(Severity.WARNING);
    assertThat(policy.severity(DiagnosticId.REDUNDANT_SUFFIX)).isEqualTo(Severity.WARNING);
    assertThat(policy.severity(DiagnosticId.QUERY_READ_VERB)).isEqualTo(Severity.WARNING);
    assertThat(policy.severity(DiagnosticId.SPELLING)).isEqualTo(Severity.WARNING);
    assertThat(policy.problems()).isEmpty();
    assertThat(SeverityPolicy.from(Map.of()).problems()).isEmpty();
    assertThat(SeverityPolicy.from(null).problems()).isEmpty();
  }

  @Test
  void supportedOptionsListEveryKeyRead() {
    assertThat(SeverityPolicy.SUPPORTED_OPTIONS)
        .containsExactly(
            "missive.naming",
            "missive.payload",
            "missive.naming.eventTense",
            "missive.naming.commandVerb",
            "missive.naming.queryPrefix",
            "missive.naming.queryStateChange",
            "missive.naming.queryReadVerb",
            "missive.naming.technicalEvent",
            "missive.naming.redundantSuffix",
            "missive.naming.spelling",
            "missive.naming.getterPrefix",
            "missive.payload.mutableComponent");
  }

  @Test
  void rulesHaveStableNamesAndIds() {
    assertThat(DiagnosticId.EVENT_TENSE.optionKey()).contains("missive.naming.eventTense");
    assertThat(DiagnosticId.QUERY_STATE_CHANGE.optionKey()).contains("missive.naming.queryStateChange");
    assertThat(DiagnosticId.byRuleName("queryStateChange")).contains(DiagnosticId.QUERY_STATE_CHANGE);
    assertThat(DiagnosticId.EVENT_TENSE.suppressionKey()).contains("missive:event-tense");
    assertThat(DiagnosticId.QUERY_STATE_CHANGE.id()).isEqualTo("MissiveQueryChangesState");
    assertThat(DiagnosticId.byRuleName(" Technical-Event ")).contains(DiagnosticId.TECHNICAL_EVENT);
    assertThat(DiagnosticId.byRuleName("nope")).isEmpty();
    assertThat(DiagnosticId.byRuleName(null)).isEmpty();
  }

  @Test
  void readsSeveritiesIgnoringCaseAndBlanks() {
    SeverityPolicy policy =
        SeverityPolicy.from(
            Map.of("missive.naming.eventTense", " Warning ", "missive.naming.technicalEvent", "ERROR",
                "missive.naming.redundantSuffix", "off"));
    assertThat(policy.severity(DiagnosticId.EVENT_TENSE)).isEqualTo(Severity.WARNING);
    assertThat(policy.severity(DiagnosticId.TECHNICAL_EVENT)).isEqualTo(Severity.ERROR);
    assertThat(policy.severity(DiagnosticId.REDUNDANT_SUFFIX)).isEqualTo(Severity.OFF);
    assertThat(policy.problems()).isEmpty();
  }

  @Test
  void reportsBadValuesAndKeepsTheDefault() {
    Map<String, String> raw = new HashMap<>(Map.of("missive.naming.eventTense", "fatal", "missive.naming.evntTense", "off"));
    raw.put("missive.naming.commandVerb", null);
    SeverityPolicy policy = SeverityPolicy.from(raw);
    assertThat(policy.severity(DiagnosticId.EVENT_TENSE)).isEqualTo(Severity.ERROR);
    assertThat(policy.severity(DiagnosticId.COMMAND_VERB)).isEqualTo(Severity.ERROR);
    // Unknown keys are NamingOptions' problems (NamingOptionsTest).
    assertThat(policy.problems())
        .hasSize(2)
        .anySatisfy(p -> assertThat(p).contains("-Amissive.naming.eventTense", "'fatal'", "error, warning or off"))
        .anySatisfy(p -> assertThat(p).contains("-Amissive.naming.commandVerb"));
  }

  @Test
  void oneOptionForAllRulesThenPerRule() {
    SeverityPolicy policy =
        SeverityPolicy.from(Map.of("missive.naming", "off", "missive.naming.eventTense", "warning"));
    assertThat(policy.severity(DiagnosticId.EVENT_TENSE)).isEqualTo(Severity.WARNING);
    assertThat(policy.severity(DiagnosticId.COMMAND_VERB)).isEqualTo(Severity.OFF);
    assertThat(policy.severity(DiagnosticId.TECHNICAL_EVENT)).isEqualTo(Severity.OFF);
  }

  @Test
  void appliesSeveritiesAndSuppressionsToRulesOnly() {
    SeverityPolicy policy =
        SeverityPolicy.from(
            Map.of("missive.naming", "off", "missive.naming.eventTense", "warning",
                "missive.naming.technicalEvent", "error"));
    Diagnostic tense = Diagnostic.of(DiagnosticId.EVENT_TENSE, Site.type(), "tense").suggesting("OrderPlaced");
    Diagnostic technical = Diagnostic.of(DiagnosticId.TECHNICAL_EVENT, Site.type(), "technical");
    Diagnostic suffix = Diagnostic.of(DiagnosticId.REDUNDANT_SUFFIX, Site.type(), "suffix");
    Diagnostic hard = Diagnostic.of(DiagnosticId.NAME_CLASH, Site.type(), "clash");
    List<Diagnostic> kept = policy.apply(List.of(tense, technical, suffix, hard), site -> Set.of());
    assertThat(kept).containsExactly(tense.at(Severity.WARNING), technical.at(Severity.ERROR), hard);
    assertThat(kept.get(0).suggestion()).isEqualTo("OrderPlaced");
    assertThat(policy.apply(List.of(tense, technical, hard), site -> Set.of("event-tense")))
        .containsExactly(technical.at(Severity.ERROR), hard);
  }
}
