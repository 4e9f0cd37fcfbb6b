package io.missive.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Typed upcasters through javac: the frozen record of each locked old version, an upcaster written
 * against it that compiles without a warning, and each wrong signature with its id, text and line.
 */
class TypedUpcasterTest {

  @TempDir Path lock;

  private Compilation compile(JavaFileObject... sources) {
    List<String> options = new ArrayList<>(List.of("-Xlint:all", "-Werror", "-Amissive.schemas=" + lock));
    return Compiler.javac()
        .withProcessors(new MissiveProcessor(), new RoundClaims())
        .withOptions(options)
        .compile(sources);
  }

  private static JavaFileObject source(String name, String... lines) {
    List<String> all = new ArrayList<>();
    all.add("package test;");
    all.add("import java.math.BigDecimal;");
    all.add("import java.util.*;");
    all.addAll(List.of(lines));
    return JavaFileObjects.forSourceLines("test." + name, all);
  }

  private static final JavaFileObject LINE_ITEM =
      source("LineItem", "public record LineItem(String productId, int quantity) {}");

  /** Locks version 1: a list of records, an optional, a nullable box, a map and a set. */
  private void lockVersion1() {
    JavaFileObject v1 =
        source(
            "OrderPlaced",
            "@io.missive.DomainEvent(source = \"orders\")",
            "public interface OrderPlaced {",
            "  String orderId();",
            "  List<LineItem> items();",
            "  Optional<String> note();",
            "  @Nullable Integer priority();", "  @interface Nullable {}",
            "  Map<String, BigDecimal> discounts();",
            "  Set<String> tags();",
            "}");
    assertThat(compile(v1, LINE_ITEM)).succeeded();
  }

  private static JavaFileObject version2(String... upcaster) {
    List<String> lines = new ArrayList<>();
    lines.add("@io.missive.DomainEvent(source = \"orders\", version = 2)");
    lines.add("public interface OrderPlaced {");
    lines.add("  String orderId();");
    lines.add("  List<LineItem> items();");
    lines.add("  int itemCount();");
    lines.addAll(List.of(upcaster));
    lines.add("}");
    return source("OrderPlaced", lines.toArray(String[]::new));
  }

  @Test
  void aTypedUpcasterAgainstTheFrozenVersionCompilesWithoutAWarning() {
    lockVersion1();
    Compilation compilation =
        compile(
            version2(
                "  @io.missive.Upcast(from = 1)",
                "  static OrderPlaced counted(OrderPlacedEvent.V1 v1) {",
                "    List<LineItem> items = new ArrayList<>();",
                "    for (OrderPlacedEvent.V1.LineItem item : v1.items()) {",
                "      items.add(new LineItem(item.productId(), item.quantity()));",
                "    }",
                "    Optional<String> note = v1.note();",
                "    Integer priority = v1.priority();",
                "    Map<String, BigDecimal> discounts = v1.discounts();",
                "    Set<String> tags = v1.tags();",
                "    return new OrderPlacedData(v1.orderId() + note.orElse(\"\") + priority + discounts.size()"
                    + " + tags.size(), items, items.size());",
                "  }"),
            LINE_ITEM);
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation)
        .generatedSourceFile("test.OrderPlacedEvent")
        .contentsAsUtf8String()
        .contains("public static record V1(");
  }

  @Test
  void aTypedUpcasterThatTakesAnotherVersionIsAnErrorOnTheMethod() {
    lockVersion1();
    JavaFileObject source =
        version2("  @io.missive.Upcast(from = 1)", "  static OrderPlaced up(OrderPlacedEvent.V2 v) { return null; }");
    Compilation compilation = compile(source, LINE_ITEM);
    assertThat(compilation)
        .hadErrorContaining(
            "[MissiveUpcasterTyped] @Upcast(from = 1) method 'up' takes OrderPlacedEvent.V2, the payload of"
                + " version 2, but reads version 1: the reader hands it the payload as it was at version 1."
                + " Declare it as 'static OrderPlaced up(OrderPlacedEvent.V1 v1)' (or return OrderPlacedData).")
        .inFile(source)
        .onLine(10);
  }

  @Test
  void aTypedUpcasterThatReturnsTheWrongTypeIsAnErrorOnTheMethod() {
    lockVersion1();
    JavaFileObject source =
        version2("  @io.missive.Upcast(from = 1)", "  static void up(OrderPlacedEvent.V1 v) {}");
    Compilation compilation = compile(source, LINE_ITEM);
    assertThat(compilation)
        .hadErrorContaining(
            "[MissiveUpcasterTyped] @Upcast(from = 1) method 'up' returns nothing (void): a frozen record"
                + " cannot be changed in place, but the step from 1 returns version 2, the current payload,"
                + " OrderPlaced. Declare it as 'static OrderPlaced up(OrderPlacedEvent.V1 v1)' (or return"
                + " OrderPlacedData).")
        .inFile(source)
        .onLine(10);
  }

  @Test
  void aTypedUpcasterThatIsNotStaticIsASignatureError() {
    lockVersion1();
    JavaFileObject source =
        version2("  @io.missive.Upcast(from = 1)", "  default OrderPlaced up(OrderPlacedEvent.V1 v) { return null; }");
    Compilation compilation = compile(source, LINE_ITEM);
    assertThat(compilation)
        .hadErrorContaining(
            "[MissiveUpcasterSignature] @Upcast method 'up' of 'OrderPlaced' cannot be called by the"
                + " generated reader: it is not static. Declare it as 'static OrderPlaced"
                + " up(OrderPlacedEvent.V1 v1)'.")
        .inFile(source)
        .onLine(10);
  }

  @Test
  void aTypedUpcasterWithoutTheSnapshotOfItsVersionIsAnError() {
    JavaFileObject source =
        version2("  @io.missive.Upcast(from = 1)", "  static OrderPlaced up(OrderPlacedEvent.V1 v) { return null; }");
    Compilation compilation = compile(source, LINE_ITEM);
    assertThat(compilation)
        .hadErrorContaining(
            "[MissiveUpcasterTyped] @Upcast(from = 1) method 'up' takes OrderPlacedEvent.V1, the payload of"
                + " OrderPlaced as it was at version 1, which is generated from the snapshot of that version,"
                + " but the lock has no ")
        .inFile(source)
        .onLine(10);
    assertThat(compilation).hadErrorContaining("1.schema.json. Restore it from version control");
  }

  @Test
  void aTreeStepAfterATypedOneIsAnErrorOnTheTreeStep() {
    lockVersion1();
    JavaFileObject v2 =
        version2("  @io.missive.Upcast(from = 1)", "  static void up(io.missive.json.JsonObject data) {}");
    assertThat(compile(v2, LINE_ITEM)).succeeded();
    JavaFileObject v3 =
        source(
            "OrderPlaced",
            "@io.missive.DomainEvent(source = \"orders\", version = 3)",
            "public interface OrderPlaced {",
            "  String orderId();",
            "  List<LineItem> items();",
            "  long itemCount();",
            "  @io.missive.Upcast(from = 1)",
            "  static OrderPlacedEvent.V2 up(OrderPlacedEvent.V1 v) { return null; }",
            "  @io.missive.Upcast(from = 2)",
            "  static void widened(io.missive.json.JsonObject data) {}",
            "}");
    Compilation compilation = compile(v3, LINE_ITEM);
    assertThat(compilation)
        .hadErrorContaining(
            "[MissiveUpcasterTyped] @Upcast(from = 2) method 'widened' upcasts on the JSON tree, but the step"
                + " before it, 'up' (from = 1), is typed and returns a record, not a tree.")
        .inFile(v3)
        .onLine(12);
  }

  @Test
  void aTypedUpcasterFromAVersionThatCannotBeFrozenIsAnErrorThatSaysWhy() {
    JavaFileObject status = source("Status", "public enum Status { NEW, PAID }");
    JavaFileObject v1 =
        source(
            "OrderPlaced",
            "@io.missive.DomainEvent(source = \"orders\")",
            "public interface OrderPlaced {",
            "  String orderId();",
            "  Status status();",
            "}");
    assertThat(compile(v1, status)).succeeded();
    RecordingFiler filer = new RecordingFiler();
    JavaFileObject v2 =
        source(
            "OrderPlaced",
            "@io.missive.DomainEvent(source = \"orders\", version = 2)",
            "public interface OrderPlaced {",
            "  String orderId();",
            "  Status status();",
            "  int itemCount();",
            "  @io.missive.Upcast(from = 1)",
            "  static OrderPlaced up(OrderPlacedEvent.V1 v) { return null; }",
            "}");
    Compilation compilation =
        Compiler.javac()
            .withProcessors(filer.processor(), new RoundClaims())
            .withOptions("-Xlint:all", "-Amissive.schemas=" + lock)
            .compile(v2, status);
    assertThat(compilation)
        .hadErrorContaining(
            "[MissiveUpcasterTyped] @Upcast(from = 1) method 'up' takes OrderPlacedEvent.V1, the payload of"
                + " OrderPlaced as it was at version 1, which is generated from the snapshot of that version,"
                + " but version 1 cannot be frozen: 'status' is a Status, which is not a scalar Missive reads"
                + " (an enum, a value object and a polymorphic value cannot be frozen). Or upcast on the tree:"
                + " 'static void up(JsonObject data)'.")
        .inFile(v2)
        .onLine(10);
    org.assertj.core.api.Assertions.assertThat(filer.created).doesNotContain("test.OrderPlacedEvent");
  }

  @Test
  void withoutTheOptionNothingIsLockedAndATypedUpcasterIsAnErrorThatSaysHowToLock() throws Exception {
    JavaFileObject source =
        version2("  @io.missive.Upcast(from = 1)", "  static OrderPlaced up(OrderPlacedEvent.V1 v) { return null; }");
    Compilation compilation =
        Compiler.javac()
            .withProcessors(new MissiveProcessor(), new RoundClaims())
            .withOptions("-Xlint:all")
            .compile(source, LINE_ITEM);
    assertThat(compilation)
        .hadErrorContaining(
            "[MissiveUpcasterTyped] @Upcast(from = 1) method 'up' takes OrderPlacedEvent.V1, the payload of"
                + " OrderPlaced as it was at version 1, which is generated from the snapshot of that version,"
                + " but the build has no schema lock. Turn it on with"
                + " -Amissive.schemas=${project.basedir}/src/main/missive (docs/schema-lock.md) and commit the"
                + " snapshot of version 1. Or upcast on the tree: 'static void up(JsonObject data)'.")
        .inFile(source)
        .onLine(10);
  }

  @Test
  void withoutTheOptionATreeUpcasterCompilesAndNothingIsWritten() throws Exception {
    Compilation compilation =
        Compiler.javac()
            .withProcessors(new MissiveProcessor(), new RoundClaims())
            .withOptions("-Xlint:all", "-Werror")
            .compile(
                version2(
                    "  @io.missive.Upcast(from = 1)",
                    "  static void counted(io.missive.json.JsonObject data) { data.put(\"itemCount\", 0); }"),
                LINE_ITEM);
    assertThat(compilation).succeededWithoutWarnings();
    org.assertj.core.api.Assertions.assertThat(compilation.notes()).isEmpty();
    assertThat(compilation)
        .generatedSourceFile("test.OrderPlacedEvent")
        .contentsAsUtf8String()
        .doesNotContain("record V1");
    for (JavaFileObject file : compilation.generatedFiles()) {
      org.assertj.core.api.Assertions.assertThat(file.getName()).doesNotEndWith(".schema.json");
    }
    try (java.util.stream.Stream<Path> files = java.nio.file.Files.list(lock)) {
      org.assertj.core.api.Assertions.assertThat(files).isEmpty();
    }
  }
}
