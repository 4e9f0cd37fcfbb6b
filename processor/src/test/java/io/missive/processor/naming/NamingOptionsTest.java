package io.missive.processor.naming;

import static org.assertj.core.api.Assertions.assertThat;

import io.missive.processor.diag.Severity;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NamingOptionsTest {

  @Test
  void defaults() {
    NamingOptions options = NamingOptions.defaults();
    assertThat(options.severity(NamingRule.EVENT_TENSE)).isEqualTo(Severity.ERROR);
    assertThat(options.severity(NamingRule.COMMAND_VERB)).isEqualTo(Severity.ERROR);
    assertThat(options.severity(NamingRule.QUERY_PREFIX)).isEqualTo(Severity.ERROR);
    assertThat(options.severity(NamingRule.QUERY_STATE_CHANGE)).isEqualTo(Severity.ERROR);
    assertThat(options.severity(NamingRule.TECHNICAL_EVENT)).isEqualTo(Severity.WARNING);
    assertThat(options.severity(NamingRule.REDUNDANT_SUFFIX)).isEqualTo(Severity.WARNING);
    assertThat(options.queryPrefixes()).containsExactly("Get", "Find", "List");
    assertThat(options.problems()).isEmpty();
    assertThat(NamingOptions.from(Map.of()).problems()).isEmpty();
    assertThat(NamingOptions.from(null).problems()).isEmpty();
  }

  @Test
  void supportedOptionsListEveryKeyRead() {
    assertThat(NamingOptions.SUPPORTED_OPTIONS)
        .containsExactlyInAnyOrder(
            "missive.naming",
            "missive.naming.eventTense",
            "missive.naming.commandVerb",
            "missive.naming.queryPrefix",
            "missive.naming.queryStateChange",
            "missive.naming.technicalEvent",
            "missive.naming.redundantSuffix",
            "missive.naming.queryPrefixes",
            "missive.naming.verbs",
            "missive.naming.pastParticiples",
            "missive.naming.technicalSubjects",
            "missive.naming.storageVerbs");
  }

  @Test
  void rulesHaveStableNamesAndIds() {
    assertThat(NamingRule.EVENT_TENSE.optionKey()).isEqualTo("missive.naming.eventTense");
    assertThat(NamingRule.QUERY_STATE_CHANGE.optionKey()).isEqualTo("missive.naming.queryStateChange");
    assertThat(NamingRule.byName("queryStateChange")).contains(NamingRule.QUERY_STATE_CHANGE);
    assertThat(NamingRule.EVENT_TENSE.suppressionKey()).isEqualTo("missive:event-tense");
    assertThat(NamingRule.QUERY_STATE_CHANGE.id()).isEqualTo("MissiveQueryChangesState");
    assertThat(NamingRule.byName(" Technical-Event ")).contains(NamingRule.TECHNICAL_EVENT);
    assertThat(NamingRule.byName("nope")).isEmpty();
    assertThat(NamingRule.byName(null)).isEmpty();
  }

  @Test
  void readsSeveritiesIgnoringCaseAndBlanks() {
    NamingOptions options =
        NamingOptions.from(
            Map.of("missive.naming.eventTense", " Warning ", "missive.naming.technicalEvent", "ERROR",
                "missive.naming.redundantSuffix", "off"));
    assertThat(options.severity(NamingRule.EVENT_TENSE)).isEqualTo(Severity.WARNING);
    assertThat(options.severity(NamingRule.TECHNICAL_EVENT)).isEqualTo(Severity.ERROR);
    assertThat(options.severity(NamingRule.REDUNDANT_SUFFIX)).isEqualTo(Severity.OFF);
    assertThat(options.problems()).isEmpty();
  }

  @Test
  void reportsBadValuesAndUnknownRulesAndKeepsTheDefault() {
    Map<String, String> raw = new HashMap<>();
    raw.put("missive.naming.eventTense", "fatal");
    raw.put("missive.naming.commandVerb", null);
    raw.put("missive.naming.evntTense", "off");
    raw.put("missive.naming.verbs", "upsert, two words, spin:spun, a:b:c");
    raw.put("missive.naming.queryPrefixes", "Search,Get-All");
    raw.put("missive.other", "ignored");
    raw.put("unrelated", "x");
    NamingOptions options = NamingOptions.from(raw);
    assertThat(options.severity(NamingRule.EVENT_TENSE)).isEqualTo(Severity.ERROR);
    assertThat(options.severity(NamingRule.COMMAND_VERB)).isEqualTo(Severity.ERROR);
    assertThat(options.verbs()).containsExactly("upsert", "spin:spun");
    assertThat(options.queryPrefixes()).containsExactly("Get", "Find", "List", "Search");
    assertThat(options.problems())
        .hasSize(6)
        .anySatisfy(p -> assertThat(p).contains("-Amissive.naming.eventTense", "'fatal'", "error, warning or off"))
        .anySatisfy(p -> assertThat(p).contains("-Amissive.naming.commandVerb"))
        .anySatisfy(p -> assertThat(p).contains("Unknown option -Amissive.naming.evntTense", "missive.naming.eventTense"))
        .anySatisfy(p -> assertThat(p).contains("'two words'"))
        .anySatisfy(p -> assertThat(p).contains("'a:b:c'"))
        .anySatisfy(p -> assertThat(p).contains("'Get-All'"));
  }

  @Test
  void oneOptionForAllRulesThenPerRule() {
    NamingOptions options =
        NamingOptions.from(Map.of("missive.naming", "off", "missive.naming.eventTense", "warning"));
    assertThat(options.severity(NamingRule.EVENT_TENSE)).isEqualTo(Severity.WARNING);
    assertThat(options.severity(NamingRule.COMMAND_VERB)).isEqualTo(Severity.OFF);
    assertThat(options.severity(NamingRule.TECHNICAL_EVENT)).isEqualTo(Severity.OFF);
  }

  @Test
  void extraPrefixesAreCapitalizedAndNotRepeated() {
    NamingOptions options = NamingOptions.from(Map.of("missive.naming.queryPrefixes", "search, get, ,Count"));
    assertThat(options.queryPrefixes()).containsExactly("Get", "Find", "List", "Search", "Count");
  }
}
