package io.missive.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.missive.processor.Sources.source;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The JSON rules as compile errors: a payload type the serializer cannot write, and upcasters that do
 * not chain to the current version; each with its id, text, file and line, and no code generated.
 */
class JsonErrorsTest {

  private final RecordingFiler filer = new RecordingFiler();

  @Test
  void aWellKnownUnsupportedTypeNamesWhatToUseInstead() {
    JavaFileObject file =
        source(
            "OrderPlaced",
            "package test;",
            "@io.missive.DomainEvent(source = \"s\")",
            "public interface OrderPlaced {",
            "  String orderId();",
            "  java.util.Date placedAt();",
            "}");
    Compilation compilation = compile(file);
    assertThat(compilation)
        .hadErrorContaining(
            "[MissiveUnsupportedType] Accessor placedAt() of 'OrderPlaced' has type Date, which Missive"
                + " cannot write as JSON (Date is not supported). Use Instant instead.")
        .inFile(file)
        .onLine(5);
    assertNothingGenerated(compilation);
  }

  @Test
  void anyOtherTypeListsTheSupportedOnes() {
    JavaFileObject file =
        source(
            "OrderPlaced",
            "package test;",
            "@io.missive.DomainEvent(source = \"s\")",
            "public interface OrderPlaced {",
            "  Thread worker();",
            "}");
    Compilation compilation = compile(file);
    assertThat(compilation)
        .hadErrorContaining(
            "[MissiveUnsupportedType] Accessor worker() of 'OrderPlaced' has type Thread, which Missive"
                + " cannot write as JSON: Thread is none of String, primitives and their boxes, byte[] (as"
                + " an accessor's type),"
                + " BigDecimal, BigInteger, Instant, LocalDate, LocalTime, LocalDateTime, OffsetDateTime,"
                + " ZonedDateTime, YearMonth, Year, MonthDay, Duration, Period, ZoneId, ZoneOffset, UUID,"
                + " URI, URL (as an accessor's type), Currency, Locale, enums, Optional, List, Set, Map with String keys, records of"
                + " these, value objects (@JsonValue and @JsonCreator), and sealed interfaces of records. Use one"
                + " of those, such as a record whose components are supported.")
        .inFile(file)
        .onLine(4);
    assertNothingGenerated(compilation);
  }

  @Test
  void aMapKeyedByAnythingButString() {
    JavaFileObject file =
        source(
            "OrderPlaced",
            "package test;",
            "@io.missive.DomainEvent(source = \"s\")",
            "public interface OrderPlaced {",
            "  java.util.Map<Integer, String> lines();",
            "}");
    Compilation compilation = compile(file);
    assertThat(compilation)
        .hadErrorContaining(
            "[MissiveUnsupportedType] Accessor lines() of 'OrderPlaced' has type Map<Integer, String>,"
                + " but the keys of a JSON object are strings, so Missive cannot write a map keyed by"
                + " Integer. Use Map<String, String>, or a List of records that hold the key and the"
                + " value.")
        .inFile(file)
        .onLine(4);
    assertNothingGenerated(compilation);
  }

  @Test
  void anUnsupportedComponentDeepInsideARecordIsNamed() {
    JavaFileObject file =
        source(
            "OrderPlaced",
            "package test;",
            "import java.util.*;",
            "@io.missive.DomainEvent(source = \"s\")",
            "public interface OrderPlaced {",
            "  Map<String, List<Line>> lines();",
            "  record Line(String sku, Optional<Price> price) {}",
            "  record Price(java.math.BigDecimal amount, java.util.TimeZone zone) {}",
            "}");
    Compilation compilation = compile(file);
    assertThat(compilation)
        .hadErrorContaining(
            "[MissiveUnsupportedType] Accessor lines() of 'OrderPlaced' has type"
                + " Map<String, List<OrderPlaced.Line>>, whose component OrderPlaced.Price.zone has type"
                + " TimeZone, which Missive cannot write as JSON (TimeZone is not supported). Use ZoneId"
                + " instead.")
        .inFile(file)
        .onLine(5);
    assertNothingGenerated(compilation);
  }

  @Test
  void bytesInsideARecordOfTheUsers() {
    JavaFileObject file =
        source(
            "DocumentSigned",
            "package test;",
            "@io.missive.DomainEvent(source = \"s\")",
            "public interface DocumentSigned {",
            "  Attachment attachment();",
            "  record Attachment(String name, byte[] content) {}",
            "}");
    Compilation compilation = compile(file);
    assertThat(compilation)
        .hadErrorContaining(
            "[MissiveUnsupportedType] Accessor attachment() of 'DocumentSigned' has type"
                + " DocumentSigned.Attachment, whose component DocumentSigned.Attachment.content has type"
                + " byte[], a byte[] inside a type of yours (a record's component), whose equals and"
                + " hashCode compare the array by identity and whose accessor hands out the array itself."
                + " Declare byte[] as an accessor of the payload, which Missive copies and compares by"
                + " content.")
        .inFile(file)
        .onLine(4);
    assertNothingGenerated(compilation);
  }

  @Test
  void urlsInsideAnOptionalACollectionOrARecordOfTheUsers() {
    JavaFileObject file =
        source(
            "WebhookRegistered",
            "package test;",
            "@io.missive.DomainEvent(source = \"s\")",
            "public interface WebhookRegistered {",
            "  java.net.URL callback();",
            "  java.util.Optional<java.net.URL> fallback();",
            "  java.util.List<java.net.URL> mirrors();",
            "  Target target();",
            "  record Target(String name, java.net.URL url) {}",
            "}");
    Compilation compilation = compile(file);
    String why =
        ", a URL inside an Optional, a collection or a type of yours, whose equals and hashCode would be"
            + " URL's own, which look its host up on the network. Use URI there, or declare the URL as an"
            + " accessor of the payload, which Missive compares by its text.";
    assertThat(compilation)
        .hadErrorContaining(
            "[MissiveUnsupportedType] Accessor fallback() of 'WebhookRegistered' has type Optional<URL>" + why)
        .inFile(file)
        .onLine(5);
    assertThat(compilation)
        .hadErrorContaining(
            "[MissiveUnsupportedType] Accessor mirrors() of 'WebhookRegistered' has type List<URL>" + why)
        .inFile(file)
        .onLine(6);
    assertThat(compilation)
        .hadErrorContaining(
            "[MissiveUnsupportedType] Accessor target() of 'WebhookRegistered' has type"
                + " WebhookRegistered.Target, whose component WebhookRegistered.Target.url has type URL" + why)
        .inFile(file)
        .onLine(7);
    assertThat(compilation).hadErrorCount(3);
    assertNothingGenerated(compilation);
  }

  @Test
  void aRecordThatContainsItself() {
    JavaFileObject file =
        source(
            "TreeGrown",
            "package test;",
            "@io.missive.DomainEvent(source = \"s\")",
            "public interface TreeGrown {",
            "  Node root();",
            "  record Node(String name, java.util.List<Node> children) {}",
            "}");
    Compilation compilation = compile(file);
    assertThat(compilation)
        .hadErrorContaining(
            "[MissiveUnsupportedType] Accessor root() of 'TreeGrown' has type TreeGrown.Node, whose"
                + " component TreeGrown.Node.children has type List<TreeGrown.Node>, but record TreeGrown.Node"
                + " contains itself, and a payload must have a fixed, finite shape to be written and"
                + " read as JSON. Refer to the other value by an id, or flatten the nesting into a List"
                + " of records.")
        .inFile(file)
        .onLine(4);
    assertNothingGenerated(compilation);
  }

  @Test
  void anOptionalOfAnOptional() {
    JavaFileObject file =
        source(
            "OrderPlaced",
            "package test;",
            "@io.missive.DomainEvent(source = \"s\")",
            "public interface OrderPlaced {",
            "  java.util.Optional<java.util.Optional<String>> note();",
            "}");
    assertThat(compile(file))
        .hadErrorContaining(
            "[MissiveUnsupportedType] Accessor note() of 'OrderPlaced' has type"
                + " Optional<Optional<String>>, an Optional inside an Optional, which JSON cannot tell"
                + " apart from an empty one (both are null). Use a single Optional.")
        .inFile(file)
        .onLine(4);
  }

  @Test
  void anInheritedUnsupportedAccessorIsReportedOnTheInterface() {
    JavaFileObject base =
        source("Timed", "package test;", "public interface Timed {", "  java.util.Calendar at();", "}");
    JavaFileObject file =
        source(
            "OrderPlaced",
            "package test;",
            "@io.missive.DomainEvent(source = \"s\")",
            "public interface OrderPlaced extends Timed {",
            "  String orderId();",
            "}");
    Compilation compilation = compile(base, file);
    assertThat(compilation)
        .hadErrorContaining("[MissiveUnsupportedType] Accessor at() of 'OrderPlaced' has type Calendar")
        .inFile(file)
        .onLine(3);
    assertNothingGenerated(compilation);
  }

  @Test
  void aGapInTheUpcastersNamesTheMissingStep() {
    JavaFileObject file =
        source(
            "OrderPlaced",
            "package test;",
            "import io.missive.json.JsonObject;",
            "import io.missive.Upcast;",
            "@io.missive.DomainEvent(source = \"s\", version = 4)",
            "public interface OrderPlaced {",
            "  String orderId();",
            "  @Upcast(from = 1)",
            "  static void v1(JsonObject data) {}",
            "  @Upcast(from = 3)",
            "  static void v3(JsonObject data) {}",
            "}");
    Compilation compilation = compile(file);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "[MissiveUpcasterGap] 'OrderPlaced' is at version 4 and upcasts versions from 1, but no"
                + " upcaster takes version 2 to 3 ('v1' stops at version 2), so a payload of version 1"
                + " to 2 could never be read. Add the missing step: @Upcast(from = 2) static void"
                + " ...(JsonObject data).")
        .inFile(file)
        .onLine(8);
    assertNothingGenerated(compilation);
  }

  @Test
  void aGapBeforeTheCurrentVersion() {
    JavaFileObject file =
        source(
            "OrderPlaced",
            "package test;",
            "@io.missive.DomainEvent(source = \"s\", version = 3)",
            "public interface OrderPlaced {",
            "  String orderId();",
            "  @io.missive.Upcast(from = 1)",
            "  static io.missive.json.JsonObject first(io.missive.json.JsonObject data) { return data; }",
            "}");
    assertThat(compile(file))
        .hadErrorContaining(
            "[MissiveUpcasterGap] 'OrderPlaced' is at version 3 and upcasts versions from 1, but no"
                + " upcaster takes version 2 to 3 ('first' stops at version 2)")
        .inFile(file)
        .onLine(6);
  }

  @Test
  void anUpcasterFromTheCurrentVersionOrBelowOne() {
    JavaFileObject file =
        source(
            "OrderPlaced",
            "package test;",
            "import io.missive.json.JsonObject;",
            "import io.missive.Upcast;",
            "@io.missive.DomainEvent(source = \"s\", version = 2)",
            "public interface OrderPlaced {",
            "  String orderId();",
            "  @Upcast(from = 1) static void v1(JsonObject data) {}",
            "  @Upcast(from = 2) static void v2(JsonObject data) {}",
            "  @Upcast(from = 0) static void v0(JsonObject data) {}",
            "}");
    Compilation compilation = compile(file);
    assertThat(compilation)
        .hadErrorContaining(
            "[MissiveUpcasterVersion] @Upcast(from = 2) on 'v2' would read version 2 and return"
                + " version 3, but 'OrderPlaced' is at version 2, which is read directly: upcasters"
                + " read older versions only, so from is 1 to 1. If the payload changed again, raise"
                + " the version to 3.")
        .inFile(file)
        .onLine(8);
    assertThat(compilation)
        .hadErrorContaining(
            "[MissiveUpcasterVersion] @Upcast(from = 0) on 'v0' would read version 0 and return"
                + " version 1, but versions start at 1.")
        .inFile(file)
        .onLine(9);
    assertNothingGenerated(compilation);
  }

  @Test
  void anUpcasterOnAFirstVersion() {
    JavaFileObject file =
        source(
            "OrderPlaced",
            "package test;",
            "@io.missive.DomainEvent(source = \"s\")",
            "public interface OrderPlaced {",
            "  String orderId();",
            "  @io.missive.Upcast(from = 1) static void v1(io.missive.json.JsonObject data) {}",
            "}");
    assertThat(compile(file))
        .hadErrorContaining(
            "[MissiveUpcasterVersion] @Upcast(from = 1) on 'v1' would read version 1 and return"
                + " version 2, but 'OrderPlaced' is at version 1, so there is no older version to"
                + " upcast. Raise the version when the payload changes shape, then upcast from the"
                + " version before.")
        .inFile(file)
        .onLine(5);
  }

  @Test
  void twoUpcastersFromOneVersion() {
    JavaFileObject file =
        source(
            "OrderPlaced",
            "package test;",
            "import io.missive.json.JsonObject;",
            "import io.missive.Upcast;",
            "@io.missive.DomainEvent(source = \"s\", version = 2)",
            "public interface OrderPlaced {",
            "  String orderId();",
            "  @Upcast(from = 1) static void rename(JsonObject data) {}",
            "  @Upcast(from = 1) static void fill(JsonObject data) {}",
            "}");
    Compilation compilation = compile(file);
    assertThat(compilation)
        .hadErrorContaining(
            "[MissiveUpcasterDuplicate] @Upcast(from = 1) on 'fill': 'rename' already upcasts version"
                + " 1, and a reader must know which one to run. Merge the two into one method.")
        .inFile(file)
        .onLine(8);
    assertNothingGenerated(compilation);
  }

  @Test
  void upcastersOfTheWrongShape() {
    JavaFileObject file =
        source(
            "OrderPlaced",
            "package test;",
            "import io.missive.json.JsonObject;",
            "import io.missive.Upcast;",
            "@io.missive.DomainEvent(source = \"s\", version = 5)",
            "public interface OrderPlaced {",
            "  String orderId();",
            "  @Upcast(from = 1) default void v1(JsonObject data) {}",
            "  @Upcast(from = 2) static String v2(String data) { return data; }",
            "  @Upcast(from = 3) private static void v3(JsonObject data) {}",
            "  @Upcast(from = 4) static void v4(JsonObject data) throws java.io.IOException {}",
            "}");
    Compilation compilation = compile(file);
    assertThat(compilation)
        .hadErrorContaining(
            "[MissiveUpcasterSignature] @Upcast method 'v1' of 'OrderPlaced' cannot be called by the"
                + " generated reader: it is not static. Declare it as 'static void"
                + " v1(io.missive.json.JsonObject data)' to change the old payload in place, or return"
                + " JsonObject to replace it.")
        .inFile(file)
        .onLine(7);
    assertThat(compilation)
        .hadErrorContaining(
            "[MissiveUpcasterSignature] @Upcast method 'v2' of 'OrderPlaced' cannot be called by the"
                + " generated reader: it takes (java.lang.String) instead of (JsonObject data); it"
                + " returns java.lang.String instead of void or JsonObject.")
        .inFile(file)
        .onLine(8);
    assertThat(compilation)
        .hadErrorContaining(
            "[MissiveUpcasterSignature] @Upcast method 'v3' of 'OrderPlaced' cannot be called by the"
                + " generated reader: it is private, so the generated reader cannot call it.")
        .inFile(file)
        .onLine(9);
    assertThat(compilation)
        .hadErrorContaining(
            "[MissiveUpcasterSignature] @Upcast method 'v4' of 'OrderPlaced' cannot be called by the"
                + " generated reader: it throws the checked exception java.io.IOException (fail with an"
                + " unchecked one).")
        .inFile(file)
        .onLine(10);
    assertNothingGenerated(compilation);
  }

  @Test
  void anUpcastOutsideAMessageInterface() {
    JavaFileObject file =
        source(
            "Upcasters",
            "package test;",
            "public final class Upcasters {",
            "  @io.missive.Upcast(from = 1)",
            "  static void orderPlacedV1(io.missive.json.JsonObject data) {}",
            "}");
    Compilation compilation = compile(file);
    assertThat(compilation)
        .hadErrorContaining(
            "[MissiveUpcasterPlacement] @Upcast is on 'orderPlacedV1' of 'Upcasters', which is not a"
                + " message interface, so no reader will ever call it. Move it into the @DomainEvent,"
                + " @Command or @Query interface whose older versions it reads.")
        .inFile(file)
        .onLine(3);
  }

  @Test
  void aChainOfUpcastersCompilesWithoutWarningsAndIsCalledInOrder() {
    JavaFileObject file =
        source(
            "OrderPlaced",
            "package test;",
            "import io.missive.json.JsonObject;",
            "import io.missive.Upcast;",
            "@io.missive.DomainEvent(source = \"s\", version = 3)",
            "public interface OrderPlaced {",
            "  String orderId();",
            "  @Upcast(from = 2) static JsonObject second(JsonObject data) { return data; }",
            "  @Upcast(from = 1) static void first(JsonObject data) {}",
            "}");
    Compilation compilation = Sources.compile(file);
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation)
        .generatedSourceFile("test.OrderPlacedEvent")
        .contentsAsUtf8String()
        .contains(
            "            return switch (fromVersion) {\n"
                + "                case 1 -> {\n"
                + "                    OrderPlaced.first(data);\n"
                + "                    yield data;\n"
                + "                }\n"
                + "                case 2 -> OrderPlaced.second(data);\n"
                + "                default -> super.upcast(fromVersion, data);\n"
                + "            };\n");
    assertThat(compilation)
        .generatedSourceFile("test.OrderPlacedEvent")
        .contentsAsUtf8String()
        .contains(
            "super(OrderPlacedEvent.class, OrderPlacedEvent.TYPE, OrderPlacedEvent.SOURCE,\n"
                + "                    OrderPlacedEvent.VERSION, 1);");
    assertThat(compilation)
        .generatedSourceFile("test.OrderPlacedEvent")
        .contentsAsUtf8String()
        .contains("<li>1 to 2: {@link OrderPlaced#first}");
  }

  @Test
  void everySupportedTypeCompilesWithoutWarnings() {
    JavaFileObject file =
        source(
            "ParcelShipped",
            "package test;",
            "import java.math.*;",
            "import java.time.*;",
            "import java.util.*;",
            "@io.missive.DomainEvent(source = \"s\")",
            "public interface ParcelShipped {",
            "  String a(); boolean b(); byte c(); short d(); int e(); long f(); char g(); float h();",
            "  double i(); Boolean j(); Byte k(); Short l(); Integer m(); Long n(); Character o();",
            "  Float q(); Double r(); BigDecimal s(); BigInteger t(); Instant u(); LocalDate v();",
            "  LocalDateTime w(); OffsetDateTime x(); Duration y(); UUID z(); Kind kind();",
            "  Optional<Part> part(); OptionalInt oi(); OptionalLong ol(); OptionalDouble od();",
            "  List<Set<Kind>> lists(); Map<String, Map<String, List<Optional<Part>>>> maps();",
            "  enum Kind { A, B }",
            "  record Part(String p, Inner member, List<Inner> g) { public Part { g = List.copyOf(g); } }",
            "  record Inner(int p, List<String> member) { public Inner { member = List.copyOf(member); } }",
            "}");
    Compilation compilation = Sources.compile(file);
    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void namesThatTheGeneratedCodeUsesItselfStillCompile() {
    JavaFileObject file =
        source(
            "ThingsHappened",
            "package test;",
            "@io.missive.DomainEvent(source = \"s\", version = 2)",
            "public interface ThingsHappened {",
            "  String p(); String member(); int g(); long hasG(); String value(); String type();",
            "  String source(); int version(); String json(); String JSON(); String message();",
            "  String next(); @com.fasterxml.jackson.annotation.JsonProperty(\"dm\") String DATA_MEMBERS();",
            "  java.util.List<java.util.List<String>> p1(); Inner inner();",
            "  record Inner(String p, String value, int hasP, java.util.Optional<Inner2> g,",
            "      @com.fasterxml.jackson.annotation.JsonProperty(\"im\") int INNER_MEMBERS) {}",
            "  record Inner2(java.util.Map<String, Integer> p1) { public Inner2 { p1 = java.util.Map.copyOf(p1); } }",
            "  @io.missive.Upcast(from = 1) static void data(io.missive.json.JsonObject data) {}",
            "}");
    assertThat(Sources.compile(file)).succeededWithoutWarnings();
  }

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
