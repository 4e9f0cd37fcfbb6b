package io.missive.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.missive.processor.Sources.source;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Every structural rule, each as a compile failure: the stable id, the text, the file and the line;
 * and no code generated for the type in error.
 */
class StructureErrorsTest {

  @Test
  void annotationOnAClass() {
    JavaFileObject file =
        source(
            "OrderPlaced",
            "package test;",
            "import io.missive.DomainEvent;",
            "@DomainEvent(source = \"orders\")",
            "public class OrderPlaced {}");
    Compilation compilation = compile(file);
    assertThat(compilation)
        .hadErrorContaining(
            "[MissiveNotInterface] @DomainEvent is on class 'OrderPlaced', but messages are declared"
                + " as interfaces")
        .inFile(file)
        .onLine(3);
    assertNothingGenerated(compilation);
  }

  @Test
  void annotationOnAnEnumARecordAndAnAnnotationType() {
    JavaFileObject enumFile =
        source("PlaceOrder", "package test;", "@io.missive.Command", "public enum PlaceOrder { A }");
    JavaFileObject recordFile =
        source("GetOrder", "package test;", "@io.missive.Query", "public record GetOrder(String id) {}");
    JavaFileObject annotationFile =
        source(
            "OrderShipped",
            "package test;",
            "@io.missive.DomainEvent(source = \"s\")",
            "public @interface OrderShipped {}");
    Compilation compilation = compile(enumFile, recordFile, annotationFile);
    assertThat(compilation).hadErrorContaining("[MissiveNotInterface] @Command is on enum 'PlaceOrder'")
        .inFile(enumFile).onLine(2);
    assertThat(compilation).hadErrorContaining("[MissiveNotInterface] @Query is on record 'GetOrder'")
        .inFile(recordFile).onLine(2);
    assertThat(compilation)
        .hadErrorContaining("[MissiveNotInterface] @DomainEvent is on annotation type 'OrderShipped'")
        .inFile(annotationFile).onLine(2);
    assertNothingGenerated(compilation);
  }

  @Test
  void genericInterface() {
    JavaFileObject file =
        source(
            "OrderPlaced",
            "package test;",
            "@io.missive.DomainEvent(source = \"orders\")",
            "public interface OrderPlaced<T> {",
            "  T order();",
            "}");
    Compilation compilation = compile(file);
    assertThat(compilation)
        .hadErrorContaining(
            "[MissiveGenericInterface] @DomainEvent interface 'OrderPlaced' declares type parameters")
        .inFile(file)
        .onLine(3);
    assertNothingGenerated(compilation);
  }

  @Test
  void accessorWithParametersVoidMethodAndGenericMethod() {
    JavaFileObject file =
        source(
            "PlaceOrder",
            "package test;",
            "@io.missive.Command",
            "public interface PlaceOrder {",
            "  String orderId(int index);",
            "  void submit();",
            "  <T> T customer();",
            "  String note();",
            "}");
    Compilation compilation = compile(file);
    assertThat(compilation)
        .hadErrorContaining(
            "[MissiveAccessorParameters] Accessor orderId() takes parameters, but every abstract"
                + " method of a message interface is a payload field read without arguments.")
        .inFile(file)
        .onLine(4);
    assertThat(compilation)
        .hadErrorContaining("[MissiveVoidAccessor] Accessor submit() returns void")
        .inFile(file)
        .onLine(5);
    assertThat(compilation)
        .hadErrorContaining("[MissiveGenericAccessor] Accessor customer() declares type parameters")
        .inFile(file)
        .onLine(6);
    assertThat(compilation).hadErrorCount(3);
    assertNothingGenerated(compilation);
  }

  @Test
  void arrayAccessorsSuggestAList() {
    JavaFileObject file =
        source(
            "OrderPlaced",
            "package test;",
            "@io.missive.DomainEvent(source = \"orders\")",
            "public interface OrderPlaced {",
            "  String[] items();",
            "  int[] quantities();",
            "  java.util.List<byte[]> blobs();",
            "}");
    Compilation compilation = compile(file);
    assertThat(compilation)
        .hadErrorContaining(
            "[MissiveArrayAccessor] Accessor items() uses an array (java.lang.String[]), but arrays are"
                + " mutable and compare by identity, so the message could be neither immutable nor"
                + " equal by value. Use List<String> instead.")
        .inFile(file)
        .onLine(4);
    assertThat(compilation)
        .hadErrorContaining("Use List<Integer> instead.")
        .inFile(file)
        .onLine(5);
    assertThat(compilation)
        .hadErrorContaining(
            "[MissiveArrayAccessor] Accessor blobs() uses an array (java.util.List<byte[]>), but arrays"
                + " are mutable and compare by identity, so the message could be neither immutable nor"
                + " equal by value. Use a List in place of each array (byte[] is supported only as an"
                + " accessor's own type, as Base64) instead.")
        .inFile(file)
        .onLine(6);
    assertNothingGenerated(compilation);
  }

  @Test
  void rawTypeAccessor() {
    JavaFileObject file =
        source(
            "OrderPlaced",
            "package test;",
            "@io.missive.DomainEvent(source = \"orders\")",
            "@SuppressWarnings(\"rawtypes\")",
            "public interface OrderPlaced {",
            "  java.util.List items();",
            "}");
    Compilation compilation = compile(file);
    assertThat(compilation)
        .hadErrorContaining("[MissiveRawType] Accessor items() returns the raw type java.util.List")
        .inFile(file)
        .onLine(5);
  }

  @Test
  void twoKindsOnOneInterface() {
    JavaFileObject file =
        source(
            "PlaceOrder",
            "package test;",
            "@io.missive.Command",
            "@io.missive.Query",
            "public interface PlaceOrder {",
            "  String orderId();",
            "}");
    Compilation compilation = compile(file);
    assertThat(compilation)
        .hadErrorContaining(
            "[MissiveConflictingKinds] 'PlaceOrder' is annotated @Command and @Query, but a message is"
                + " exactly one of an event")
        .inFile(file)
        .onLine(3);
    assertThat(compilation).hadErrorCount(1);
    assertNothingGenerated(compilation);
  }

  @Test
  void versionBelowOne() {
    JavaFileObject file =
        source(
            "OrderPlaced",
            "package test;",
            "@io.missive.DomainEvent(",
            "    source = \"orders\",",
            "    version = 0)",
            "public interface OrderPlaced {",
            "  String orderId();",
            "}");
    Compilation compilation = compile(file);
    assertThat(compilation)
        .hadErrorContaining(
            "[MissiveInvalidVersion] version = 0 on 'OrderPlaced': schema versions start at 1")
        .inFile(file)
        .onLine(4);
    assertNothingGenerated(compilation);
  }

  @Test
  void eventWithoutSource() {
    JavaFileObject file =
        source(
            "OrderPlaced",
            "package test;",
            "@io.missive.DomainEvent",
            "public interface OrderPlaced {",
            "  String orderId();",
            "}");
    Compilation compilation = compile(file);
    assertThat(compilation)
        .hadErrorContaining(
            "[MissiveMissingSource] Event 'OrderPlaced' has no source, and every event must say which"
                + " service emitted it. Write @DomainEvent(source = \"your-service\"), or set it for the"
                + " package with @MessageSource(\"your-service\") in package-info.java, or for the build"
                + " with -Amissive.source=your-service.")
        .inFile(file)
        .onLine(2);
    assertNothingGenerated(compilation);
  }

  @Test
  void sourceFromThePackageOrTheOption() {
    JavaFileObject packageInfo =
        JavaFileObjects.forSourceLines(
            "test.package-info", "@io.missive.MessageSource(\"order-service\")", "package test;");
    JavaFileObject file =
        source("OrderPlaced", "package test;", "@io.missive.DomainEvent", "public interface OrderPlaced {", "  String orderId();", "}");
    assertThat(compile(packageInfo, file)).succeededWithoutWarnings();
    assertThat(compile(packageInfo, file))
        .generatedSourceFile("test.OrderPlacedEvent")
        .contentsAsUtf8String()
        .contains("SOURCE = \"order-service\"");
    Compilation withOption = Sources.compiler().withOptions("-Xlint:all", "-Amissive.source=billing").compile(file);
    assertThat(withOption).succeededWithoutWarnings();
    assertThat(withOption)
        .generatedSourceFile("test.OrderPlacedEvent")
        .contentsAsUtf8String()
        .contains("SOURCE = \"billing\"");
  }

  @Test
  void sourceThatIsNotAUri() {
    JavaFileObject file =
        source(
            "OrderPlaced",
            "package test;",
            "@io.missive.DomainEvent(source = \"order service\")",
            "public interface OrderPlaced {",
            "  String orderId();",
            "}");
    assertThat(compile(file))
        .hadErrorContaining(
            "[MissiveInvalidSource] source \"order service\" of 'OrderPlaced' is not a URI reference")
        .inFile(file)
        .onLine(2);
  }

  @Test
  void blankType() {
    JavaFileObject file =
        source(
            "OrderPlaced",
            "package test;",
            "@io.missive.DomainEvent(source = \"s\", type = \" \")",
            "public interface OrderPlaced {",
            "  String orderId();",
            "}");
    assertThat(compile(file))
        .hadErrorContaining("[MissiveInvalidType] type = \" \" on 'OrderPlaced' is blank")
        .inFile(file)
        .onLine(2);
  }

  @Test
  void generatedNameClashesWithAnExistingType() {
    JavaFileObject existing =
        source("OrderPlacedEvent", "package test;", "public class OrderPlacedEvent {}");
    JavaFileObject file =
        source(
            "OrderPlaced",
            "package test;",
            "@io.missive.DomainEvent(source = \"orders\")",
            "public interface OrderPlaced {",
            "  String orderId();",
            "}");
    Compilation compilation = compile(existing, file);
    assertThat(compilation)
        .hadErrorContaining(
            "[MissiveNameClash] Missive generates 'test.OrderPlacedEvent' for 'OrderPlaced', but a"
                + " type of that name already exists.")
        .inFile(file)
        .onLine(3);
    assertNothingGenerated(compilation);
  }

  @Test
  void twoNestedInterfacesWithOneGeneratedName() {
    JavaFileObject file =
        source(
            "Events",
            "package test;",
            "public class Events {",
            "  public static class A {",
            "    @io.missive.DomainEvent(source = \"a\")",
            "    public interface OrderPlaced { String orderId(); }",
            "  }",
            "  public static class B {",
            "    @io.missive.DomainEvent(source = \"b\")",
            "    public interface OrderPlaced { String orderId(); }",
            "  }",
            "}");
    assertThat(compile(file))
        .hadErrorContaining("[MissiveNameClash] Missive generates 'test.OrderPlacedData' for 'OrderPlaced'")
        .inFile(file)
        .onLine(9);
  }

  @Test
  void privateInterfaceAndInterfaceInAPrivateType() {
    JavaFileObject file =
        source(
            "Outer",
            "package test;",
            "public class Outer {",
            "  @io.missive.DomainEvent(source = \"s\")",
            "  private interface OrderPlaced { String orderId(); }",
            "  private static class Hidden {",
            "    @io.missive.Command",
            "    interface PlaceOrder { String orderId(); }",
            "  }",
            "}");
    Compilation compilation = compile(file);
    assertThat(compilation)
        .hadErrorContaining("[MissiveNotAccessible] @DomainEvent interface 'OrderPlaced' is private")
        .inFile(file)
        .onLine(4);
    assertThat(compilation)
        .hadErrorContaining(
            "[MissiveNotAccessible] @Command interface 'PlaceOrder' is nested in private type 'Hidden'")
        .inFile(file)
        .onLine(7);
    assertNothingGenerated(compilation);
  }

  @Test
  void accessorNamedLikeABuilderMethod() {
    JavaFileObject file =
        source(
            "OrderPlaced",
            "package test;",
            "@io.missive.DomainEvent(source = \"s\")",
            "public interface OrderPlaced {",
            "  String id();",
            "}");
    assertThat(compile(file))
        .hadErrorContaining(
            "[MissiveReservedName] Accessor id() is named like the envelope builder's own method"
                + " id(...), which sets message metadata. Name the field after what it holds, such as"
                + " 'orderPlacedId'.")
        .inFile(file)
        .onLine(4);
  }

  @Test
  void errorInInheritedAccessorIsReportedOnTheAnnotatedInterface() {
    JavaFileObject file =
        source(
            "OrderPlaced",
            "package test;",
            "interface Base { String[] tags(); }",
            "@io.missive.DomainEvent(source = \"s\")",
            "public interface OrderPlaced extends Base {",
            "  String orderId();",
            "}");
    assertThat(compile(file))
        .hadErrorContaining("[MissiveArrayAccessor] Accessor tags() (inherited from Base) uses an array")
        .inFile(file)
        .onLine(4);
  }

  @Test
  void sealedInterface() {
    JavaFileObject file =
        source(
            "OrderPlaced",
            "package test;",
            "@io.missive.DomainEvent(source = \"s\")",
            "public sealed interface OrderPlaced permits Impl {",
            "  String orderId();",
            "}",
            "final class Impl implements OrderPlaced { public String orderId() { return \"\"; } }");
    assertThat(compile(file))
        .hadErrorContaining("[MissiveSealedInterface] @DomainEvent interface 'OrderPlaced' is sealed")
        .inFile(file)
        .onLine(3);
  }

  @Test
  void oneBadTypeDoesNotStopTheOthers() {
    JavaFileObject bad =
        source("OrderPlaced", "package test;", "@io.missive.DomainEvent", "public interface OrderPlaced { String orderId(); }");
    JavaFileObject good =
        source("PlaceOrder", "package test;", "@io.missive.Command", "public interface PlaceOrder { String orderId(); }");
    Compilation compilation = compile(bad, good);
    assertThat(compilation).hadErrorCount(1);
    assertThat(filer.created).containsExactlyInAnyOrder("test.PlaceOrderData", "test.PlaceOrderCommand");
  }

  private final RecordingFiler filer = new RecordingFiler();

  private Compilation compile(JavaFileObject... sources) {
    return Sources.compile(filer, sources);
  }

  private void assertNothingGenerated(Compilation compilation) {
    assertThat(compilation).failed();
    assertThat(filer.created).isEmpty();
    assertThat(compilation.diagnostics())
        .filteredOn(d -> d.getKind() == Diagnostic.Kind.ERROR)
        .allSatisfy(d -> assertThat(d.getMessage(null)).startsWith("[Missive"));
  }
}
