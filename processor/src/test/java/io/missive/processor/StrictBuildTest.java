package io.missive.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.missive.processor.Sources.source;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * What a strict build ({@code -Xlint:all}, as with {@code -Werror}) sees of Missive, with both its
 * processors in the order of its services file (checked in {@link HygieneTest}): no warning about
 * what Missive generates or reads, and javac's warnings about everything else as they would be without
 * it.
 */
class StrictBuildTest {

  /** javac with Missive's processors as javac finds them on a processor path. */
  private static Compilation compile(JavaFileObject... sources) {
    return Compiler.javac()
        .withProcessors(new MissiveProcessor(), new RoundClaims())
        .withOptions("-Xlint:all", "-Amissive.naming.eventTense=warning", "-Amissive.source=accounts")
        .compile(sources);
  }

  private static final JavaFileObject NULLABLE =
      source(
          "Nullable",
          "package test;",
          "import java.lang.annotation.*;",
          "@Retention(RetentionPolicy.CLASS) @Target(ElementType.METHOD)",
          "public @interface Nullable {}");

  private static final JavaFileObject ACCOUNT_OPENED =
      source(
          "AccountOpened",
          "package test;",
          "@io.missive.DomainEvent",
          "public interface AccountOpened {",
          "  String accountId();",
          "  @Nullable String referrer();",
          "}");

  @Test
  void databindOnTheClassPathAndAUsersNullableLeaveNothingToWarnAbout() {
    Compilation compilation = compile(NULLABLE, ACCOUNT_OPENED);
    assertThat(compilation).succeededWithoutWarnings();
    // databind is on this test's class path, so the envelope carries its adapters.
    assertThat(compilation)
        .generatedSourceFile("test.AccountOpenedEvent")
        .contentsAsUtf8String()
        .contains("@JsonSerialize(");
  }

  @Test
  void theJacksonAnnotationsMissiveHonoursLeaveNothingToWarnAbout() {
    JavaFileObject iban =
        source(
            "Iban",
            "package test;",
            "import com.fasterxml.jackson.annotation.*;",
            "public final class Iban {",
            "  private final String text;",
            "  private Iban(String text) { this.text = text; }",
            "  @JsonCreator public static Iban of(String text) { return new Iban(text); }",
            "  @JsonValue public String text() { return text; }",
            "}");
    JavaFileObject opened =
        source(
            "AccountOpened",
            "package test;",
            "import com.fasterxml.jackson.annotation.*;",
            "@io.missive.DomainEvent",
            "public interface AccountOpened {",
            "  Iban iban();",
            "  @JsonProperty(\"account_holder\") @JsonAlias(\"holder\") String holder();",
            "  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = \"type\")",
            "  sealed interface Kind { @JsonTypeName(\"joint\") record Joint(int holders) implements Kind {} }",
            "  Kind kind();",
            "}");
    assertThat(compile(iban, opened)).succeededWithoutWarnings();
  }

  @Test
  void optionsAreRecognizedInACompilationWithoutMessages() {
    JavaFileObject test =
        source(
            "AccountTest",
            "package test;",
            "class AccountTest {",
            "  @Deprecated void builds() {}",
            "}");
    assertThat(compile(test)).succeededWithoutWarnings();
  }

  @Test
  void anAnnotationNoProcessorTakesIsStillReported() {
    JavaFileObject marker =
        source(
            "Audited",
            "package test;",
            "import java.lang.annotation.*;",
            "@Retention(RetentionPolicy.CLASS) public @interface Audited {}");
    JavaFileObject audited =
        source("AuditLog", "package test;", "@Audited class AuditLog {}");
    Compilation compilation = compile(marker, audited, NULLABLE, ACCOUNT_OPENED);
    assertThat(compilation).succeeded();
    // Claimed all or nothing: with Audited in the round, Missive claims none of its rest either.
    assertThat(compilation.diagnostics())
        .filteredOn(d -> d.getKind() == Diagnostic.Kind.WARNING)
        .singleElement()
        .satisfies(d -> assertThat(d.getMessage(null)).contains("No processor claimed", "test.Audited"));
  }

  @Test
  void databindAnnotationsOfTheUsersOwnAreLeftToOtherProcessors() {
    JavaFileObject own =
        source(
            "Money",
            "package test;",
            "@com.fasterxml.jackson.databind.annotation.JsonSerialize(using = MoneySerializer.class)",
            "record Money(String amount) {}");
    JavaFileObject serializer =
        source(
            "MoneySerializer",
            "package test;",
            "class MoneySerializer extends com.fasterxml.jackson.databind.ser.std.ToStringSerializer {",
            "  private static final long serialVersionUID = 1L;",
            "}");
    Compilation compilation = compile(own, serializer);
    assertThat(compilation).succeeded();
    assertThat(compilation)
        .hadWarningContaining(
            "No processor claimed any of these annotations:"
                + " /com.fasterxml.jackson.databind.annotation.JsonSerialize");
  }

  @Test
  void missivesOwnAnnotationsAreNeverClaimedAwayFromTheMainProcessor() {
    // RoundClaims alone, first: it must leave @DomainEvent to the processor that generates from it.
    Compilation compilation =
        Compiler.javac()
            .withProcessors(new RoundClaims(), new MissiveProcessor())
            .withOptions("-Amissive.source=accounts")
            .compile(NULLABLE, ACCOUNT_OPENED);
    assertThat(compilation).succeeded();
    assertThat(compilation).generatedSourceFile("test.AccountOpenedEvent");
  }
}
