package io.missive.processor.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import io.missive.processor.diag.Diagnostic;
import io.missive.processor.diag.DiagnosticId;
import io.missive.processor.diag.Severity;
import io.missive.processor.diag.SeverityPolicy;
import io.missive.processor.diag.Site;
import io.missive.processor.model.Accessor;
import io.missive.processor.model.Declaration;
import io.missive.processor.model.Field;
import io.missive.processor.model.Hints;
import io.missive.processor.model.JsonMember;
import io.missive.processor.model.MessageKind;
import io.missive.processor.model.MessageType;
import io.missive.processor.model.MessageType.SourceOrigin;
import io.missive.processor.model.ScalarType;
import io.missive.processor.model.ValueType;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The stages, the options and suppressions, and a rule that fails, judged on models without javac. */
class RuleSetTest {

  private static final Rule NO_NAMING_FINDINGS = model -> List.of();

  @Test
  void aRuleThatThrowsIsAnInternalErrorOnTheTypeAndTheOtherRulesStillRun() {
    Rule broken =
        model -> {
          throw new IllegalStateException("boom");
        };
    MessageType model = event("OrderPlaced", field("total", ValueType.simple(ValueType.Shape.OTHER, ClassName.get("java.lang", "Thread"))));

    List<Diagnostic> diagnostics = new RuleSet(broken, SeverityPolicy.defaults()).check(model);

    assertThat(diagnostics).extracting(Diagnostic::id)
        .containsExactly(DiagnosticId.INTERNAL_ERROR, DiagnosticId.UNSUPPORTED_TYPE);
    Diagnostic internal = diagnostics.get(0);
    assertThat(internal.site()).isEqualTo(Site.type());
    assertThat(internal.isError()).isTrue();
    assertThat(internal.message())
        .startsWith("[MissiveInternalError] Missive failed on 'OrderPlaced' in ")
        .contains("This is a bug in Missive, not in your code", "IllegalStateException: boom");
  }

  @Test
  void aStageRunsOnlyWhenTheStagesBeforeItFoundNoError() {
    Rule naming = model -> List.of(Diagnostic.of(DiagnosticId.EVENT_TENSE, Site.type(), "not a past fact;"));
    MessageType model =
        withAccessors(event("CreateOrder"), List.of(voidAccessor("submit")));

    List<Diagnostic> diagnostics = new RuleSet(naming, SeverityPolicy.defaults()).check(model);

    assertThat(diagnostics).extracting(Diagnostic::id).containsExactly(DiagnosticId.VOID_ACCESSOR);
    assertThat(diagnostics.get(0).site()).isEqualTo(Site.accessor(0));
  }

  @Test
  void warningsOfALaterStageStillCome() {
    Rule naming =
        model -> List.of(Diagnostic.of(DiagnosticId.REDUNDANT_SUFFIX, Site.type(), "ends in Event;"));
    List<Diagnostic> diagnostics =
        new RuleSet(naming, SeverityPolicy.defaults()).check(event("OrderPlacedEvent"));
    assertThat(diagnostics).singleElement().satisfies(d -> {
      assertThat(d.id()).isEqualTo(DiagnosticId.REDUNDANT_SUFFIX);
      assertThat(d.severity()).isEqualTo(Severity.WARNING);
    });
  }

  @Test
  void optionsSetTheSeverityOfEveryRuleAndNeverOfAHardId() {
    Rule naming = model -> List.of(Diagnostic.of(DiagnosticId.EVENT_TENSE, Site.type(), "not a past fact;"));
    MessageType model =
        event("CreateOrder", field("total", ValueType.simple(ValueType.Shape.OTHER, ClassName.get("java.lang", "Thread"))));
    SeverityPolicy policy =
        SeverityPolicy.from(Map.of("missive.naming.eventTense", "warning", "missive.naming", "off"));

    List<Diagnostic> diagnostics = new RuleSet(naming, policy).check(model);

    assertThat(diagnostics).extracting(Diagnostic::id, Diagnostic::severity)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(DiagnosticId.EVENT_TENSE, Severity.WARNING),
            org.assertj.core.groups.Tuple.tuple(DiagnosticId.UNSUPPORTED_TYPE, Severity.ERROR));
    assertThat(new RuleSet(naming, SeverityPolicy.from(Map.of("missive.naming", "off"))).check(model))
        .extracting(Diagnostic::id)
        .containsExactly(DiagnosticId.UNSUPPORTED_TYPE);
  }

  @Test
  void aRuleMayReportADoubtfulCaseAsAWarningUnlessTheOptionsSetItsId() {
    Rule doubtful =
        model ->
            List.of(
                new Diagnostic(DiagnosticId.QUERY_PREFIX, Severity.WARNING, Site.type(), "may read;", null));
    MessageType model = event("FetchOrder");
    assertThat(new RuleSet(doubtful, SeverityPolicy.defaults()).check(model))
        .extracting(Diagnostic::severity)
        .containsExactly(Severity.WARNING);
    assertThat(new RuleSet(doubtful, SeverityPolicy.from(Map.of("missive.naming.queryPrefix", "error"))).check(model))
        .extracting(Diagnostic::severity)
        .containsExactly(Severity.ERROR);
  }

  @Test
  void suppressionsOnTheTypeOrTheAccessorTurnARuleOffWhereItSits() {
    Rule onTypeAndAccessor =
        model ->
            List.of(
                Diagnostic.of(DiagnosticId.TECHNICAL_EVENT, Site.type(), "storage;"),
                Diagnostic.of(DiagnosticId.TECHNICAL_EVENT, Site.accessor(0), "storage;"),
                Diagnostic.of(DiagnosticId.REDUNDANT_SUFFIX, Site.accessor(0), "suffix;"));
    Field total = field("total", ValueType.scalar(ScalarType.INT, TypeName.INT));
    Accessor suppressed =
        new Accessor("total", null, "int", total.type(), false, null, false, 0, false, false, null, false, List.of(),
            List.of(), null, Set.of("redundant-suffix"), JsonMember.named("total"), false);
    MessageType onAccessor = withAccessors(event("RowInserted"), List.of(suppressed));

    assertThat(new RuleSet(onTypeAndAccessor, SeverityPolicy.defaults()).check(onAccessor))
        .extracting(Diagnostic::id, Diagnostic::site)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(DiagnosticId.TECHNICAL_EVENT, Site.type()),
            org.assertj.core.groups.Tuple.tuple(DiagnosticId.TECHNICAL_EVENT, Site.accessor(0)));

    MessageType onType = withSuppressed(onAccessor, Set.of("technical-event"));
    assertThat(new RuleSet(onTypeAndAccessor, SeverityPolicy.defaults()).check(onType)).isEmpty();
  }

  @Test
  void aValidModelHasNoDiagnostics() {
    MessageType model =
        event(
            "OrderPlaced",
            field("orderId", ValueType.scalar(ScalarType.STRING, ClassName.get(String.class))),
            field("total", ValueType.scalar(ScalarType.BIG_DECIMAL, ClassName.get(java.math.BigDecimal.class))));
    assertThat(new RuleSet(NO_NAMING_FINDINGS, SeverityPolicy.defaults()).check(model)).isEmpty();
  }

  static Field field(String name, ValueType type) {
    return new Field(name, type, false);
  }

  private static Accessor voidAccessor(String name) {
    return new Accessor(name, null, "void", null, false, null, false, 0, false, true, null, false, List.of(), List.of(),
        null, Set.of(), JsonMember.named(name), false);
  }

  static MessageType event(String name, Field... fields) {
    return new MessageType(
        MessageKind.EVENT,
        ClassName.get("test", name),
        new Declaration(Declaration.ElementKind.INTERFACE, List.of(), false, false, null),
        1,
        0,
        "",
        "orders",
        SourceOrigin.ANNOTATION,
        java.util.Arrays.stream(fields).map(Accessor::of).toList(),
        List.of(),
        List.of(),
        List.of(),
        Set.of(),
        Hints.DEFAULT);
  }

  private static MessageType withAccessors(MessageType m, List<Accessor> accessors) {
    return new MessageType(m.kind(), m.payloadInterface(), m.declaration(), m.version(), m.readsFrom(),
        m.declaredType(), m.source(), m.sourceOrigin(), accessors, m.upcasterMethods(), m.mutableComponents(),
        m.takenNames(), m.suppressed(), m.hints());
  }

  private static MessageType withSuppressed(MessageType m, Set<String> suppressed) {
    return new MessageType(m.kind(), m.payloadInterface(), m.declaration(), m.version(), m.readsFrom(),
        m.declaredType(), m.source(), m.sourceOrigin(), m.accessors(), m.upcasterMethods(), m.mutableComponents(),
        m.takenNames(), suppressed, m.hints());
  }
}
