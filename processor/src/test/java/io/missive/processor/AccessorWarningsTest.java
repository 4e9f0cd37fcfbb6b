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

  @Test
  void aRecordThatKeepsTheListItWasGivenGetsAWarningOnItsComponent() {
    JavaFileObject file =
        source(
            "OrderPlaced",
            "package test;",
            "import java.util.*;",
            "@io.missive.DomainEvent(source = \"orders\")",
            "public interface OrderPlaced {",
            "  Basket basket();",
            "  record Basket(",
            "      List<String> items,",
            "      Map<String, Integer> counts,",
            "      Set<String> tags,",
            "      Optional<List<String>> notes,",
            "      String label) {",
            "    public Basket {",
            "      tags = Set.copyOf(tags);",
            "      Objects.requireNonNull(counts);",
            "    }",
            "  }",
            "}");
    Compilation compilation = compile(file);
    assertThat(compilation).succeeded();
    assertThat(compilation)
        .hadWarningContaining(
            "[MissiveMutableComponent] Component items of record Basket holds a List that Basket does"
                + " not copy, so whoever keeps the List it passed can change 'OrderPlaced' after it is"
                + " built (and its equals and hashCode with it). Missive copies the collections of its"
                + " own payload but cannot change your record: copy it in the record's compact"
                + " constructor, 'items = List.copyOf(items);'.")
        .inFile(file)
        .onLine(7);
    assertThat(compilation)
        .hadWarningContaining("Component counts of record Basket holds a Map")
        .inFile(file)
        .onLine(8);
    assertThat(compilation)
        .hadWarningContaining(
            "Component notes of record Basket holds an Optional of a List that Basket does not copy")
        .inFile(file)
        .onLine(10);
    assertThat(compilation).hadWarningContaining("'notes = notes.map(List::copyOf);'");
    // tags is copied, label holds no collection.
    assertThat(compilation).hadWarningCount(3);
  }

  @Test
  void aRecordThatCopiesInItsConstructorOrAccessorOrIsSuppressedIsQuiet() {
    JavaFileObject file =
        source(
            "OrderPlaced",
            "package test;",
            "import java.util.*;",
            "@io.missive.DomainEvent(source = \"orders\")",
            "public interface OrderPlaced {",
            "  Copied copied();",
            "  Canonical canonical();",
            "  Guarded guarded();",
            "  Suppressed suppressed();",
            "  List<String> ownList();",
            "  record Copied(List<String> items) { public Copied { items = List.copyOf(items); } }",
            "  record Canonical(List<String> items) {",
            "    public Canonical(List<String> items) { this.items = Collections.unmodifiableList(new ArrayList<>(items)); }",
            "  }",
            "  record Guarded(List<String> items) { public List<String> items() { return List.copyOf(items); } }",
            "  record Suppressed(@SuppressWarnings(\"missive:mutable-component\") List<String> items) {}",
            "}");
    assertThat(compile(file)).succeededWithoutWarnings();
  }

  @Test
  void theWarningCanBeAnErrorOrOff() {
    JavaFileObject file =
        source(
            "OrderPlaced",
            "package test;",
            "@io.missive.DomainEvent(source = \"orders\")",
            "public interface OrderPlaced {",
            "  Basket basket();",
            "  record Basket(java.util.List<String> items) {}",
            "}");
    Compilation strict =
        Compiler.javac()
            .withProcessors(new MissiveProcessor(), new RoundClaims())
            .withOptions("-Amissive.payload.mutableComponent=error")
            .compile(file);
    assertThat(strict).hadErrorContaining("[MissiveMutableComponent] Component items").inFile(file).onLine(5);
    Compilation off =
        Compiler.javac()
            .withProcessors(new MissiveProcessor(), new RoundClaims())
            .withOptions("-Xlint:all", "-Amissive.payload=off")
            .compile(file);
    assertThat(off).succeededWithoutWarnings();
  }
}
