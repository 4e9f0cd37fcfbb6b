package io.missive.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.missive.processor.Sources.compile;
import static io.missive.processor.Sources.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** {@code @PartitionKey}: the types that can be the key, and the errors on those that cannot. */
class PartitionKeyTest {

  @Test
  void everyTypeWithOneTextFormIsAKey() {
    for (String type :
        new String[] {"String", "java.util.UUID", "int", "Long", "short", "Byte", "Kind", "Code"}) {
      JavaFileObject file =
          source(
              "OrderPlaced",
              "package test;",
              "@io.missive.DomainEvent(source = \"orders\")",
              "public interface OrderPlaced {",
              "  enum Kind { RETAIL, WHOLESALE }",
              "  final class Code {",
              "    private final String text;",
              "    @com.fasterxml.jackson.annotation.JsonCreator public Code(String text) { this.text = text; }",
              "    @com.fasterxml.jackson.annotation.JsonValue public String text() { return text; }",
              "  }",
              "  @io.missive.PartitionKey " + type + " key();",
              "  long totalCents();",
              "}");
      Compilation compilation = compile(file);
      assertThat(compilation).succeeded();
      assertThat(compilation).hadWarningCount(0);
      assertThat(compilation).generatedSourceFile("test.OrderPlacedEvent").contentsAsUtf8String()
          .contains("extension(\"partitionkey\",");
    }
  }

  @Test
  void aTypeWithoutOneTextFormIsAnErrorOnTheAnnotation() {
    JavaFileObject file =
        source(
            "OrderPlaced",
            "package test;",
            "@io.missive.DomainEvent(source = \"orders\")",
            "public interface OrderPlaced {",
            "  String orderId();",
            "  @io.missive.PartitionKey java.util.List<String> lines();",
            "}");
    Compilation compilation = compile(file);
    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining(
            "[MissivePartitionKey] Accessor lines() is marked @PartitionKey, but its type List<String>"
                + " has no single text form to write as the partitionkey extension. Mark an accessor that"
                + " is a String, a UUID, an enum, an int, long, short or byte (or its box), or a value"
                + " object whose @JsonValue is a String, such as String orderId(); or set"
                + " .partitionKey(...) on the builder yourself.")
        .inFile(file)
        .onLine(5)
        .atColumn(3);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadWarningCount(0);
  }

  @Test
  void numbersThatAreNotWholeAndBooleansAreNoKeys() {
    for (String type : new String[] {"double", "boolean", "java.math.BigDecimal", "java.time.Instant"}) {
      JavaFileObject file =
          source(
              "OrderPlaced",
              "package test;",
              "@io.missive.DomainEvent(source = \"orders\")",
              "public interface OrderPlaced {",
              "  @io.missive.PartitionKey " + type + " key();",
              "}");
      Compilation compilation = compile(file);
      assertThat(compilation)
          .hadErrorContaining("[MissivePartitionKey] Accessor key() is marked @PartitionKey, but its type")
          .inFile(file)
          .onLine(4);
    }
  }

  @Test
  void aKeyThatMayBeAbsentIsAnError() {
    JavaFileObject file =
        source(
            "OrderPlaced",
            "package test;",
            "@io.missive.DomainEvent(source = \"orders\")",
            "public interface OrderPlaced {",
            "  @io.missive.PartitionKey java.util.Optional<String> orderId();",
            "  @io.missive.PartitionKey @Nullable String customerId();",
            "  @interface Nullable {}",
            "}");
    Compilation compilation = compile(file);
    assertThat(compilation)
        .hadErrorContaining(
            "[MissivePartitionKey] Accessor orderId() is marked @PartitionKey, but it is an"
                + " Optional<String>: a message without its key would land on any partition and lose its"
                + " order among the others of its key. Make the key a required field (no @Nullable, no"
                + " Optional), or leave @PartitionKey off and set .partitionKey(...) on the builder where"
                + " a key exists.")
        .inFile(file)
        .onLine(4);
    // The second mark is reported as such, not for its nullability.
    assertThat(compilation)
        .hadErrorContaining(
            "[MissivePartitionKey] Accessor customerId() is marked @PartitionKey, but orderId() already"
                + " is, and a message has one partition key.")
        .inFile(file)
        .onLine(5);
    assertThat(compilation).hadErrorCount(2);
  }

  @Test
  void aNullableKeyIsAnError() {
    JavaFileObject file =
        source(
            "OrderPlaced",
            "package test;",
            "@io.missive.DomainEvent(source = \"orders\")",
            "public interface OrderPlaced {",
            "  @io.missive.PartitionKey @Nullable String orderId();",
            "  @interface Nullable {}",
            "}");
    Compilation compilation = compile(file);
    assertThat(compilation)
        .hadErrorContaining("[MissivePartitionKey] Accessor orderId() is marked @PartitionKey, but it may be null:")
        .inFile(file)
        .onLine(4);
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void twoKeysAreAnErrorOnTheSecond() {
    JavaFileObject file =
        source(
            "OrderPlaced",
            "package test;",
            "@io.missive.DomainEvent(source = \"orders\")",
            "public interface OrderPlaced {",
            "  @io.missive.PartitionKey String tenantId();",
            "  @io.missive.PartitionKey String orderId();",
            "}");
    Compilation compilation = compile(file);
    assertThat(compilation)
        .hadErrorContaining(
            "[MissivePartitionKey] Accessor orderId() is marked @PartitionKey, but tenantId() already is,"
                + " and a message has one partition key. Keep @PartitionKey on one accessor; to key by both,"
                + " add an accessor that returns them combined (such as \"tenant/order\") and mark that one.")
        .inFile(file)
        .onLine(5);
    assertThat(compilation).hadErrorCount(1);
  }
}
