package io.missive.processor.naming;

import static org.assertj.core.api.Assertions.assertThat;

import io.missive.processor.diag.SeverityPolicy;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NamingOptionsTest {

  @Test
  void defaults() {
    NamingOptions options = NamingOptions.defaults();
    assertThat(options.queryPrefixes()).containsExactly("Get", "Find", "List");
    assertThat(options.problems()).isEmpty();
    assertThat(NamingOptions.from(Map.of()).problems()).isEmpty();
    assertThat(NamingOptions.from(null).problems()).isEmpty();
  }

  @Test
  void supportedOptionsListEveryKeyRead() {
    assertThat(NamingOptions.SUPPORTED_OPTIONS)
        .containsExactlyInAnyOrder(
            "missive.naming.queryPrefixes",
            "missive.naming.verbs",
            "missive.naming.pastParticiples",
            "missive.naming.technicalSubjects",
            "missive.naming.storageVerbs");
    // The severities' keys are SeverityPolicy's (SeverityPolicyTest); both sets are known here, as the
    // unknown-option message below shows.
    assertThat(NamingOptions.SUPPORTED_OPTIONS).doesNotContainAnyElementsOf(SeverityPolicy.SUPPORTED_OPTIONS);
  }

  @Test
  void severityOptionsAreKnownAndNotReportedHere() {
    NamingOptions options =
        NamingOptions.from(
            Map.of("missive.naming", "off", "missive.naming.eventTense", "fatal", "missive.naming.redundantSuffix", "off"));
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
    assertThat(options.verbs()).containsExactly("upsert", "spin:spun");
    assertThat(options.queryPrefixes()).containsExactly("Get", "Find", "List", "Search");
    // The bad severities are SeverityPolicy's problems (SeverityPolicyTest).
    assertThat(options.problems())
        .hasSize(4)
        .anySatisfy(p -> assertThat(p).contains("Unknown option -Amissive.naming.evntTense", "missive.naming.eventTense"))
        .anySatisfy(p -> assertThat(p).contains("'two words'"))
        .anySatisfy(p -> assertThat(p).contains("'a:b:c'"))
        .anySatisfy(p -> assertThat(p).contains("'Get-All'"));
  }

  @Test
  void theUnknownOptionMessageListsTheSeveritiesAndTheWords() {
    assertThat(NamingOptions.from(Map.of("missive.naming.evntTense", "off")).problems())
        .containsExactly(
            "Unknown option -Amissive.naming.evntTense; the naming options are missive.naming,"
                + " missive.naming.eventTense, missive.naming.commandVerb, missive.naming.queryPrefix,"
                + " missive.naming.queryStateChange, missive.naming.queryReadVerb,"
                + " missive.naming.technicalEvent, missive.naming.redundantSuffix,"
                + " missive.naming.spelling, missive.naming.getterPrefix,"
                + " missive.naming.queryPrefixes, missive.naming.verbs,"
                + " missive.naming.pastParticiples, missive.naming.technicalSubjects,"
                + " missive.naming.storageVerbs.");
  }

  @Test
  void extraPrefixesAreCapitalizedAndNotRepeated() {
    NamingOptions options = NamingOptions.from(Map.of("missive.naming.queryPrefixes", "search, get, ,Count"));
    assertThat(options.queryPrefixes()).containsExactly("Get", "Find", "List", "Search", "Count");
  }
}
