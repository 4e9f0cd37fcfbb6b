package io.missive.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.missive.processor.Sources.compile;
import static io.missive.processor.Sources.source;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** What a valid interface gets, and how the processor behaves across rounds. */
class GenerationTest {

  private static final JavaFileObject ORDER_PLACED =
      source(
          "OrderPlaced",
          "package test;",
          "import io.missive.DomainEvent;",
          "import java.math.BigDecimal;",
          "import java.util.List;",
          "import java.util.Map;",
          "import java.util.Optional;",
          "import java.util.Set;",
          "@DomainEvent(source = \"order-service\", version = 2, readsFrom = 2)",
          "public interface OrderPlaced extends HasCustomer {",
          "  String orderId();",
          "  List<LineItem> items();",
          "  Set<String> tags();",
          "  Map<String, Integer> counts();",
          "  Optional<String> note();",
          "  java.util.OptionalInt priority();",
          "  BigDecimal total();",
          "  long sequence();",
          "  default String label() { return orderId(); }",
          "  static OrderPlaced none() { return null; }",
          "  String toString();",
          "  record LineItem(String productId, int quantity) {}",
          "}");

  private static final JavaFileObject HAS_CUSTOMER =
      source("HasCustomer", "package test;", "public interface HasCustomer { String customerId(); }");

  @Test
  void compilesWithoutAnyWarningUnderXlintAll() {
    Compilation compilation = compile(ORDER_PLACED, HAS_CUSTOMER);
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation.generatedSourceFiles()).hasSize(2);
  }

  @Test
  void payloadIsARecordOfEveryAccessorInheritedFirst() {
    assertThat(compile(ORDER_PLACED, HAS_CUSTOMER))
        .generatedSourceFile("test.OrderPlacedData")
        .contentsAsUtf8String()
        .contains(
            "public record OrderPlacedData(String customerId, String orderId,"
                + " List<OrderPlaced.LineItem> items,");
    assertThat(compile(ORDER_PLACED, HAS_CUSTOMER))
        .generatedSourceFile("test.OrderPlacedData")
        .contentsAsUtf8String()
        .doesNotContain("label");
  }

  @Test
  void generatedTypesCarryGeneratedAndAJavadocNamingTheInterface() {
    Compilation compilation = compile(ORDER_PLACED, HAS_CUSTOMER);
    assertThat(compilation)
        .generatedSourceFile("test.OrderPlacedEvent")
        .contentsAsUtf8String()
        .contains(
            "/**\n"
                + " * The {@code OrderPlaced} event envelope, generated from {@link OrderPlaced}.\n"
                + " */\n"
                + "@Generated(\"io.missive.processor.MissiveProcessor\")\n"
                + "@JsonSerialize(\n"
                + "        using = OrderPlacedEvent.Serializer.class\n"
                + ")\n"
                + "@JsonDeserialize(\n"
                + "        using = OrderPlacedEvent.Deserializer.class\n"
                + ")\n"
                + "public final class OrderPlacedEvent extends AbstractEvent<OrderPlaced> {");
    assertThat(compilation)
        .generatedSourceFile("test.OrderPlacedData")
        .contentsAsUtf8String()
        .contains("@Generated(\"io.missive.processor.MissiveProcessor\")\npublic record OrderPlacedData");
  }

  @Test
  void commandAndQueryCompileWithNoAttributes() {
    Compilation compilation =
        compile(
            source("PlaceOrder", "package test;", "@io.missive.Command", "public interface PlaceOrder { String orderId(); }"),
            source("GetOrderStatus", "package test;", "@io.missive.Query", "public interface GetOrderStatus { String orderId(); }"));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation)
        .generatedSourceFile("test.PlaceOrderCommand")
        .contentsAsUtf8String()
        .contains("extends AbstractCommand<PlaceOrder>");
    assertThat(compilation)
        .generatedSourceFile("test.GetOrderStatusQuery")
        .contentsAsUtf8String()
        .contains("SOURCE = \"test\"");
  }

  @Test
  void typeAttributeNamesTheWireType() {
    assertThat(
            compile(
                source(
                    "OrderPlaced",
                    "package test;",
                    "@io.missive.DomainEvent(source = \"s\", type = \"com.acme.order.placed\")",
                    "public interface OrderPlaced { String orderId(); }")))
        .generatedSourceFile("test.OrderPlacedEvent")
        .contentsAsUtf8String()
        .contains("TYPE = \"com.acme.order.placed\"");
  }

  @Test
  void payloadTypeMadeByAnotherProcessorInALaterRoundIsDeferredNotReported() {
    JavaFileObject file =
        source(
            "OrderPlaced",
            "package test;",
            "@io.missive.DomainEvent(source = \"s\")",
            "public interface OrderPlaced {",
            "  Money total();",
            "}");
    Compilation compilation =
        Compiler.javac()
            .withProcessors(new GeneratingProcessor("test.Money", "package test; public record Money(java.math.BigDecimal amount) {}"), new MissiveProcessor(), new RoundClaims())
            .withOptions("-Xlint:all")
            .compile(file);
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation)
        .generatedSourceFile("test.OrderPlacedData")
        .contentsAsUtf8String()
        .contains("Money total");
  }

  @Test
  void payloadTypeThatNeverAppearsIsReportedInTheLastRound() {
    JavaFileObject file =
        source(
            "OrderPlaced",
            "package test;",
            "@io.missive.DomainEvent(source = \"s\")",
            "public interface OrderPlaced {",
            "  Money total();",
            "}");
    RecordingFiler filer = new RecordingFiler();
    Compilation compilation = Sources.compile(filer, file);
    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining(
            "[MissiveUnresolvedType] The type of accessor total() (Money) could not be resolved")
        .inFile(file)
        .onLine(2);
    assertThat(filer.created).isEmpty();
  }

  @Test
  void generatedLinesStayUnder110CharactersSpacedOnceAndEverySwitchHasArrows() throws Exception {
    JavaFileObject registerParcel =
        source(
            "RegisterParcel",
            "package test;",
            "import java.time.Instant;",
            "import java.util.*;",
            "@io.missive.Command(version = 3)",
            "public interface RegisterParcel {",
            "  String parcelIdentifier();",
            "  List<Optional<Instant>> checkpointTimestamps();",
            "  Map<String, List<Piece>> piecesByDestinationRoom();",
            "  Set<Carrier> backupCarriers();",
            "  Optional<Map<String, Set<Instant>>> deliveryWindowsByCarrier();",
            "  enum Carrier { POST, COURIER }",
            "  record Piece(String stockKeepingUnit, Optional<List<Instant>> inspectedAt) {",
            "    public Piece { inspectedAt = inspectedAt.map(List::copyOf); }",
            "  }",
            "  @io.missive.Upcast(from = 1) static void addWindows(io.missive.json.JsonObject data) {}",
            "  @io.missive.Upcast(from = 2)",
            "  static io.missive.json.JsonObject renamePieces(io.missive.json.JsonObject data) {",
            "    return data;",
            "  }",
            "}");
    Compilation compilation = compile(registerParcel);
    assertThat(compilation).succeededWithoutWarnings();
    for (JavaFileObject file : compilation.generatedSourceFiles()) {
      String source = file.getCharContent(true).toString();
      source
          .lines()
          .forEach(
              line -> {
                assertThat(line.length()).as(file.getName() + ": " + line).isLessThan(110);
                assertThat(line).as(file.getName()).doesNotMatch("\\s*(case .*|default):");
                // One space between tokens, as a formatter leaves them (indentation aside, and
                // that of a javadoc tag's continuation lines).
                String text = line.strip();
                text = text.startsWith("*") ? text.substring(1).strip() : text;
                assertThat(text).as(file.getName()).doesNotContain("  ");
              });
    }
  }

  @Test
  void theRecordAndTheBuilderCarryTheAccessorsNullable() {
    JavaFileObject declaration =
        source(
            "Nullable",
            "package test;",
            "import java.lang.annotation.*;",
            "@Retention(RetentionPolicy.CLASS) @Target(ElementType.METHOD)",
            "@interface Nullable {}");
    JavaFileObject typeUse =
        JavaFileObjects.forSourceLines(
            "test.other.Nullable",
            "package test.other;",
            "import java.lang.annotation.*;",
            "@Retention(RetentionPolicy.CLASS) @Target({ElementType.METHOD, ElementType.TYPE_USE})",
            "public @interface Nullable {}");
    JavaFileObject hidden =
        source(
            "CheckForNull",
            "package test.other;",
            "import java.lang.annotation.*;",
            "@Retention(RetentionPolicy.CLASS) @interface CheckForNull {}");
    JavaFileObject uses =
        source(
            "Uses",
            "package test.other;",
            "public interface Uses { @CheckForNull String hint(); }");
    JavaFileObject event =
        source(
            "AccountOpened",
            "package test;",
            "@io.missive.DomainEvent(source = \"accounts\")",
            "public interface AccountOpened extends test.other.Uses {",
            "  @Nullable String referrer();",
            "  @test.other.Nullable Address address();",
            "  @test.other.Nullable Kind kind();",
            "  enum Kind { PERSONAL, BUSINESS }",
            "  record Address(String street) {}",
            "}");
    Compilation compilation = compile(declaration, typeUse, hidden, uses, event);
    assertThat(compilation).succeeded();
    assertThat(compilation)
        .generatedSourceFile("test.AccountOpenedData")
        .contentsAsUtf8String()
        .contains(
            "public record AccountOpenedData(String hint, @Nullable String referrer,\n"
                + "        AccountOpened. @test.other.Nullable Address address,\n"
                + "        AccountOpened. @test.other.Nullable Kind kind)");
    // A @Nullable for methods only sits on the component, which passes it to the accessor; a
    // parameter cannot take it.
    assertThat(compilation)
        .generatedSourceFile("test.AccountOpenedEvent")
        .contentsAsUtf8String()
        .contains("public Builder referrer(String referrer)");
    assertThat(compilation)
        .generatedSourceFile("test.AccountOpenedEvent")
        .contentsAsUtf8String()
        .contains("public Builder address(AccountOpened. @Nullable Address address)");
  }
}
