package io.missive.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.missive.processor.Sources.compile;
import static io.missive.processor.Sources.source;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Interfaces at the edges of what Java allows: each either compiles cleanly or gets a clear error. */
class EdgeCasesTest {

  private static final JavaFileObject NULLABLE =
      source(
          "Nullable",
          "package test;",
          "@java.lang.annotation.Target({java.lang.annotation.ElementType.TYPE_USE, java.lang.annotation.ElementType.METHOD})",
          "public @interface Nullable {}");

  @Test
  void annotationValuesFromAClassGeneratedInTheSameRoundAreWaitedFor() {
    JavaFileObject file =
        source(
            "OrderPlaced",
            "package test;",
            "@io.missive.DomainEvent(source = Gen.SOURCE, type = Gen.TYPE, version = Gen.VERSION)",
            "public interface OrderPlaced {",
            "  String orderId();",
            "  @io.missive.Upcast(from = Gen.OLD)",
            "  static void renamed(io.missive.json.JsonObject data) { data.rename(\"id\", \"orderId\"); }",
            "}");
    Compilation compilation =
        Compiler.javac()
            .withProcessors(
                new GeneratingProcessor("test.Gen", "package test; public final class Gen { public static final String"
                    + " SOURCE = \"orders\", TYPE = \"orders.placed\"; public static final int VERSION = 2,"
                    + " OLD = 1; }"),
                new MissiveProcessor(),
                new RoundClaims())
            .compile(file);
    assertThat(compilation).succeeded();
    assertThat(compilation)
        .generatedSourceFile("test.OrderPlacedEvent")
        .contentsAsUtf8String()
        .contains("TYPE = \"orders.placed\"");
    assertThat(compilation)
        .generatedSourceFile("test.OrderPlacedEvent")
        .contentsAsUtf8String()
        .contains("OrderPlaced.renamed(data)");
  }

  @Test
  void aMissingTypeInsideAUsedRecordIsWaitedFor() {
    JavaFileObject file =
        source(
            "OrderPlaced",
            "package test;",
            "@io.missive.DomainEvent(source = \"s\")",
            "public interface OrderPlaced {",
            "  Wrap wrap();",
            "  record Wrap(Money money) {}",
            "}");
    Compilation compilation =
        Compiler.javac()
            .withProcessors(
                new GeneratingProcessor("test.Money", "package test; public record Money(java.math.BigDecimal amount) {}"),
                new MissiveProcessor(),
                new RoundClaims())
            .withOptions("-Xlint:all")
            .compile(file);
    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void anAccessorRedeclaredCovariantlyInTwoParentsTakesTheMostSpecificType() {
    JavaFileObject a = source("A", "package test;", "interface A { java.util.List<? extends Number> value(); }");
    JavaFileObject b = source("B", "package test;", "interface B { java.util.List<Integer> value(); }");
    JavaFileObject first =
        source("ValueSet", "package test;", "@io.missive.DomainEvent(source = \"s\")", "public interface ValueSet extends B, A {}");
    JavaFileObject second =
        source("ValueKept", "package test;", "@io.missive.DomainEvent(source = \"s\")", "public interface ValueKept extends A, B {}");
    Compilation compilation = compile(a, b, first, second);
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation)
        .generatedSourceFile("test.ValueKeptData")
        .contentsAsUtf8String()
        .contains("record ValueKeptData(List<Integer> value)");
  }

  @Test
  void accessorsNamedLikeTypesOrConstantsTheGeneratedCodeUses() {
    JavaFileObject file =
        source(
            "ObjectsMoved",
            "package test;",
            "@io.missive.DomainEvent(source = \"s\")",
            "public interface ObjectsMoved {",
            "  String SOURCE();",
            "  String Objects();",
            "  java.util.List<String> Copies();",
            "  String MessageIds();",
            "  String clock();",
            "  String clock$();",
            "  record Instant(String at) {}",
            "  Instant when();",
            "}");
    Compilation compilation = compile(file);
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation)
        .generatedSourceFile("test.ObjectsMovedEvent")
        .contentsAsUtf8String()
        .contains("ObjectsMovedEvent.SOURCE,");
  }

  @Test
  void aDeprecatedInterfaceCompilesWithoutDeprecationWarnings() {
    JavaFileObject old =
        source("OldMoney", "package test;", "@Deprecated", "public record OldMoney(long cents) {}");
    JavaFileObject file =
        source(
            "OrderPlaced",
            "package test;",
            "@Deprecated",
            "@io.missive.DomainEvent(source = \"s\")",
            "public interface OrderPlaced {",
            "  @SuppressWarnings(\"deprecation\") OldMoney total();",
            "}");
    assertThat(compile(old, file)).succeededWithoutWarnings();
  }

  @Test
  void accessorsThatCannotBeRecordComponentsOrThrowOrUsePrivateTypes() {
    JavaFileObject file =
        source(
            "Outer",
            "package test;",
            "public class Outer {",
            "  private record Line(String sku) {}",
            "  @io.missive.DomainEvent(source = \"s\")",
            "  interface OrderPlaced {",
            "    java.util.List<Line> lines();",
            "    String clone();",
            "    String name() throws java.io.IOException;",
            "  }",
            "}");
    Compilation compilation = Sources.compile(new RecordingFiler(), file);
    assertThat(compilation)
        .hadErrorContaining(
            "[MissiveNotAccessible] Accessor lines() uses test.Outer.Line, which is private, so the"
                + " classes generated beside the interface cannot use it.")
        .inFile(file)
        .onLine(6);
    assertThat(compilation)
        .hadErrorContaining(
            "[MissiveReservedName] Accessor clone() cannot be a field of the generated record")
        .inFile(file)
        .onLine(7);
    assertThat(compilation)
        .hadErrorContaining(
            "[MissiveAccessorThrows] Accessor name() declares the checked exception java.io.IOException")
        .inFile(file)
        .onLine(8);
  }

  @Test
  void nullableWhereNullCannotBeKept() {
    JavaFileObject file =
        source(
            "OrderPlaced",
            "package test;",
            "@io.missive.DomainEvent(source = \"s\")",
            "public interface OrderPlaced {",
            "  @Nullable java.util.Optional<String> note();",
            "  java.util.List<@Nullable String> tags();",
            "}");
    Compilation compilation = Sources.compile(new RecordingFiler(), NULLABLE, file);
    assertThat(compilation)
        .hadErrorContaining("[MissiveNullableMisuse] Accessor note() is both @Nullable and an Optional")
        .inFile(file)
        .onLine(4);
    assertThat(compilation)
        .hadErrorContaining(
            "[MissiveNullableMisuse] Accessor tags() marks an element type @Nullable")
        .inFile(file)
        .onLine(5);
  }

  @Test
  void checkForNullOptsInToNullLikeNullable() {
    JavaFileObject annotation =
        source("CheckForNull", "package test;", "public @interface CheckForNull {}");
    JavaFileObject file =
        source(
            "OrderPlaced",
            "package test;",
            "@io.missive.DomainEvent(source = \"s\")",
            "public interface OrderPlaced {",
            "  @CheckForNull String coupon();",
            "}");
    Compilation compilation = compile(annotation, file);
    assertThat(compilation).succeeded();
    assertThat(compilation)
        .generatedSourceFile("test.OrderPlacedData")
        .contentsAsUtf8String()
        .doesNotContain("notNull(coupon");
  }

  @Test
  void aGenericRecordWithAWildcardArgumentIsRejected() {
    JavaFileObject file =
        source(
            "OrderPlaced",
            "package test;",
            "@io.missive.DomainEvent(source = \"s\")",
            "public interface OrderPlaced {",
            "  Box<? extends Integer> box();",
            "  record Box<T>(T value) {}",
            "}");
    assertThat(Sources.compile(new RecordingFiler(), file))
        .hadErrorContaining(
            "[MissiveUnsupportedType] Accessor box() uses the record test.OrderPlaced.Box<? extends"
                + " java.lang.Integer> with a wildcard type argument")
        .inFile(file)
        .onLine(4);
  }
}
