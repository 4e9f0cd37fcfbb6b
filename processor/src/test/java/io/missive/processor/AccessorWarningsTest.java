package io.missive.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.missive.processor.Sources.compile;
import static io.missive.processor.Sources.source;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Quiet mistakes in a payload that still compile, each with a warning on the accessor or component. */
class AccessorWarningsTest {

  @Test
  void javaBeanGettersGetTheirPlainName() {
    JavaFileObject file =
        source(
            "AccountFlagged",
            "package test;",
            "@io.missive.DomainEvent(source = \"accounts\")",
            "public interface AccountFlagged {",
            "  String getAccountId();",
            "  boolean isSuspicious();",
            "  String isbn();",
            "  String getaway();",
            "  String isReason();",
            "}");
    Compilation compilation = compile(file);
    assertThat(compilation).succeeded();
    assertThat(compilation)
        .hadWarningContaining(
            "[MissiveGetterPrefix] Accessor getAccountId() is named like a JavaBean getter, so its JSON"
                + " member and its builder method are 'getAccountId' too: a message's fields, like a"
                + " record's components, go by plain names. Name it accountId(). To keep the name,"
                + " suppress the rule with @SuppressWarnings(\"missive:getter-prefix\").")
        .inFile(file)
        .onLine(4);
    assertThat(compilation)
        .hadWarningContaining("[MissiveGetterPrefix] Accessor isSuspicious() is named like a JavaBean getter")
        .inFile(file)
        .onLine(5);
    // isbn and getaway are no getters; isReason is no boolean.
    assertThat(compilation).hadWarningCount(2);
  }

  @Test
  void aPlainNameThatIsTakenIsNotSuggested() {
    JavaFileObject file =
        source(
            "AccountFlagged",
            "package test;",
            "@io.missive.DomainEvent(source = \"accounts\")",
            "public interface AccountFlagged {",
            "  String getId();",
            "  String reason();",
            "  String getReason();",
            "}");
    Compilation compilation = compile(file);
    assertThat(compilation)
        .hadWarningContaining("Name it after what it holds, without the 'get'.")
        .inFile(file)
        .onLine(4);
    assertThat(compilation)
        .hadWarningContaining("Accessor getReason() is named like a JavaBean getter")
        .inFile(file)
        .onLine(6);
    assertThat(compilation).hadWarningContaining("Name it after what it holds, without the 'get'.").inFile(file).onLine(6);
  }

  @Test
  void theWarningCanBeSuppressedOnTheAccessorOrTheTypeOrMadeAnError() {
    JavaFileObject file =
        source(
            "AccountFlagged",
            "package test;",
            "@io.missive.DomainEvent(source = \"accounts\")",
            "public interface AccountFlagged {",
            "  @SuppressWarnings(\"missive:getter-prefix\") String getAccountId();",
            "  String getReason();",
            "}");
    Compilation compilation = compile(file);
    assertThat(compilation).hadWarningCount(1);
    assertThat(compilation).hadWarningContaining("getReason()").inFile(file).onLine(5);

    JavaFileObject legacy =
        source(
            "LegacyFlagged",
            "package test;",
            "@SuppressWarnings(\"missive:getter-prefix\")",
            "@io.missive.DomainEvent(source = \"accounts\")",
            "public interface LegacyFlagged { String getAccountId(); }");
    assertThat(compile(legacy)).succeededWithoutWarnings();

    Compilation strict =
        Compiler.javac()
            .withProcessors(new MissiveProcessor(), new RoundClaims())
            .withOptions("-Amissive.naming.getterPrefix=error")
            .compile(file);
    assertThat(strict).failed();
    assertThat(strict).hadErrorContaining("[MissiveGetterPrefix] Accessor getReason()").inFile(file).onLine(5);
  }
}
