package io.missive.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.missive.processor.Sources.source;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Jackson annotations Missive cannot honour, and value objects it cannot call: each a compile
 * error with its id, text, file and line, and no code generated for the message.
 */
class JacksonErrorsTest {

  private final RecordingFiler filer = new RecordingFiler();

  private static JavaFileObject event(String... body) {
    String[] lines = new String[body.length + 6];
    lines[0] = "package test;";
    lines[1] = "import com.fasterxml.jackson.annotation.*;";
    lines[2] = "import java.util.*;";
    lines[3] = "@io.missive.DomainEvent(source = \"s\")";
    lines[4] = "public interface AccountOpened {";
    System.arraycopy(body, 0, lines, 5, body.length);
    lines[lines.length - 1] = "}";
    return source("AccountOpened", lines);
  }

  @Test
  void aValueObjectWithoutACreatorCannotBeReadBack() {
    JavaFileObject file =
        event(
            "  Iban iban();",
            "  final class Iban {",
            "    private final String text;",
            "    private Iban(String text) { this.text = text; }",
            "    @JsonValue public String text() { return text; }",
            "  }");
    assertError(
        file,
        6,
        "[MissiveJsonValueObject] Accessor iban() of 'AccountOpened' has type AccountOpened.Iban, which"
            + " has @JsonValue text() but no @JsonCreator, so Missive could write it but never read it"
            + " back. Mark a public static factory or constructor of one argument @JsonCreator, such as"
            + " '@JsonCreator public static AccountOpened.Iban of(String value)'.");
  }

  @Test
  void aPrivateCreatorCannotBeCalled() {
    JavaFileObject file =
        event(
            "  Iban iban();",
            "  final class Iban {",
            "    private final String text;",
            "    @JsonCreator private Iban(String text) { this.text = text; }",
            "    @JsonValue public String text() { return text; }",
            "  }");
    assertError(
        file,
        6,
        "[MissiveJsonValueObject] Accessor iban() of 'AccountOpened' has type AccountOpened.Iban, whose"
            + " @JsonCreator new AccountOpened.Iban(...) is private, so the generated codec in package"
            + " test cannot call it. Make it public, such as a public static factory beside a private"
            + " constructor.");
  }

  @Test
  void aCreatorOfSeveralArgumentsOnAClass() {
    JavaFileObject file =
        event(
            "  Money price();",
            "  final class Money {",
            "    private final java.math.BigDecimal amount;",
            "    private final Currency currency;",
            "    @JsonCreator public Money(@JsonProperty(\"amount\") java.math.BigDecimal amount,",
            "        @JsonProperty(\"currency\") Currency currency) {",
            "      this.amount = amount;",
            "      this.currency = currency;",
            "    }",
            "    @JsonValue public String text() { return amount + \" \" + currency; }",
            "  }");
    assertError(
        file,
        6,
        "[MissiveJsonValueObject] Accessor price() of 'AccountOpened' has type AccountOpened.Money,"
            + " whose @JsonCreator new AccountOpened.Money(...) takes 2 arguments, but a value object is"
            + " read from its one value; Missive reads objects of several members only as records. Make"
            + " AccountOpened.Money a record, or give it a creator of one argument.");
  }

  @Test
  void aCreatorWithoutAValue() {
    JavaFileObject file =
        event(
            "  OrderId order();",
            "  final class OrderId {",
            "    private final String id;",
            "    private OrderId(String id) { this.id = id; }",
            "    @JsonCreator public static OrderId of(String id) { return new OrderId(id); }",
            "    public String id() { return id; }",
            "  }");
    assertError(
        file,
        6,
        "[MissiveJsonValueObject] Accessor order() of 'AccountOpened' has type AccountOpened.OrderId,"
            + " which has a @JsonCreator but no @JsonValue: Missive writes a class only as its one value"
            + " (Jackson would write its getters as an object). Mark the method that returns the value"
            + " @JsonValue, or make AccountOpened.OrderId a record.");
  }

  @Test
  void aClassOfOneValueWithoutAnnotationsIsToldWhichTwoToAdd() {
    JavaFileObject file =
        event(
            "  OrderId order();",
            "  final class OrderId {",
            "    public String id() { return \"\"; }",
            "  }");
    Compilation compilation = compile(file);
    assertThat(compilation)
        .hadErrorContaining(
            "; for a class that holds one value, mark the method that returns it @JsonValue and a"
                + " static factory or constructor of one argument @JsonCreator, as Jackson reads value"
                + " objects.")
        .inFile(file)
        .onLine(6);
  }

  @Test
  void jsonIgnoreOnAnAccessorItMustFill() {
    JavaFileObject file = event("  String holder();", "  @JsonIgnore String pin();");
    assertError(
        file,
        7,
        "[MissiveJsonAnnotation] Accessor pin() of 'AccountOpened' is marked @JsonIgnore, which Missive"
            + " cannot honour: every accessor of a payload is a member of its JSON, and the envelope"
            + " must fill it when it reads one. Remove the accessor from the interface (a default"
            + " method is not part of the payload), or remove @JsonIgnore.");
  }

  @Test
  void jsonUnwrappedOnARecordComponent() {
    JavaFileObject file =
        event(
            "  Holder holder();",
            "  record Holder(String name, @JsonUnwrapped Address address) {}",
            "  record Address(String city) {}");
    assertError(
        file,
        6,
        "[MissiveJsonAnnotation] Accessor holder() of 'AccountOpened' holds record AccountOpened.Holder,"
            + " whose component address is marked @JsonUnwrapped, which Missive cannot honour: the"
            + " generated codec writes each record as an object of its own. Declare the record's"
            + " components as accessors of the payload instead, or remove @JsonUnwrapped.");
  }

  @Test
  void jsonFormatAndAnyGetter() {
    JavaFileObject file =
        event(
            "  @JsonFormat(pattern = \"dd.MM.yyyy\") java.time.LocalDate openedOn();",
            "  @JsonAnyGetter Map<String, String> extra();");
    Compilation compilation = compile(file);
    assertThat(compilation)
        .hadErrorContaining(
            "[MissiveJsonAnnotation] Accessor openedOn() of 'AccountOpened' is marked @JsonFormat, which"
                + " Missive cannot honour: each type has one JSON form in Missive (docs/json.md).")
        .inFile(file)
        .onLine(6);
    assertThat(compilation)
        .hadErrorContaining(
            "[MissiveJsonAnnotation] Accessor extra() of 'AccountOpened' is marked @JsonAnyGetter")
        .inFile(file)
        .onLine(7);
    assertNothingGenerated(compilation);
  }

  @Test
  void anInclusionMissiveDoesNotFollow() {
    JavaFileObject file = event("  @JsonInclude(JsonInclude.Include.NON_DEFAULT) int count();");
    assertError(
        file,
        6,
        "[MissiveJsonAnnotation] Accessor count() of 'AccountOpened' is marked @JsonInclude(NON_DEFAULT),"
            + " which Missive cannot honour: Missive leaves members out only for ALWAYS, NON_NULL,"
            + " NON_ABSENT and NON_EMPTY (on the member or its type, not on a container's content). Use"
            + " one of those.");
  }

  @Test
  void twoAccessorsReadByOneName() {
    JavaFileObject file =
        event("  String holder();", "  @JsonProperty(\"name\") @JsonAlias(\"holder\") String owner();");
    assertError(
        file,
        7,
        "[MissiveJsonNameClash] Accessor owner() of 'AccountOpened' is read by the JSON name \"holder\","
            + " which an accessor before it already has (as its name or an alias), so a member of that"
            + " name could fill either. Give each accessor its own @JsonProperty name and @JsonAlias"
            + " names.");
  }

  @Test
  void twoComponentsNamedAlike() {
    JavaFileObject file =
        event(
            "  Limit limit();",
            "  record Limit(@JsonProperty(\"amount\") java.math.BigDecimal perDay, java.math.BigDecimal amount) {}");
    assertError(
        file,
        6,
        "[MissiveJsonNameClash] Accessor limit() of 'AccountOpened' holds record AccountOpened.Limit,"
            + " whose component amount is read by the JSON name \"amount\", which a component before it"
            + " already has (as its name or an alias), so a member of that name could fill either. Give"
            + " each component its own @JsonProperty name and @JsonAlias names.");
  }

  @Test
  void twoConstantsWrittenAlike() {
    JavaFileObject file =
        event(
            "  Status status();",
            "  enum Status { @JsonProperty(\"open\") OPEN, @JsonProperty(\"closed\") CLOSED, @JsonProperty(\"open\") OPENED }");
    // On the enum's line, where its constants are: the accessor is line 6.
    assertError(
        file,
        7,
        "[MissiveJsonNameClash] Accessor status() of 'AccountOpened' holds enum AccountOpened.Status,"
            + " whose constants OPEN and OPENED are both written as \"open\", so a reader could not tell"
            + " them apart. Give each constant its own @JsonProperty name.");
  }

  @Test
  void aConstantNamedLikeAnother() {
    JavaFileObject file =
        event("  Status status();", "  enum Status { OPEN, @JsonProperty(\"OPEN\") OPENED }");
    assertError(
        file,
        7,
        "[MissiveJsonNameClash] Accessor status() of 'AccountOpened' holds enum AccountOpened.Status,"
            + " whose constants OPEN and OPENED are both written as \"OPEN\", so a reader could not tell"
            + " them apart. Give each constant its own @JsonProperty name.");
  }

  @Test
  void anAliasThatIsAnotherConstantsString() {
    JavaFileObject file =
        event(
            "  Status status();",
            "  enum Status {",
            "    @JsonProperty(\"open\") OPEN,",
            "    @JsonAlias({\"opened\", \"open\"}) REOPENED,",
            "    CLOSED",
            "  }");
    assertError(
        file,
        9,
        "[MissiveJsonNameClash] Accessor status() of 'AccountOpened' holds enum AccountOpened.Status,"
            + " whose constant REOPENED has the alias \"open\", which is the string constant OPEN is written"
            + " as, so a reader could not tell them apart (Jackson reads it as OPEN without a word)."
            + " Remove \"open\" from the @JsonAlias of REOPENED, or give OPEN another @JsonProperty name.");
  }

  @Test
  void anAliasThatIsTheNameOfALaterConstant() {
    // The alias comes first in the source; the error is still on the constant that has it.
    JavaFileObject file =
        event(
            "  Optional<List<Status>> statuses();",
            "  enum Status {",
            "    @JsonAlias(\"CLOSED\") OPEN,",
            "    CLOSED",
            "  }");
    assertError(
        file,
        8,
        "[MissiveJsonNameClash] Accessor statuses() of 'AccountOpened' holds enum AccountOpened.Status,"
            + " whose constant OPEN has the alias \"CLOSED\", which is the string constant CLOSED is"
            + " written as, so a reader could not tell them apart (Jackson reads it as CLOSED without a"
            + " word). Remove \"CLOSED\" from the @JsonAlias of OPEN, or give CLOSED another @JsonProperty"
            + " name.");
  }

  @Test
  void twoConstantsWithOneAlias() {
    JavaFileObject file =
        event(
            "  Account account();",
            "  record Account(String id, Status status) {}",
            "  enum Status {",
            "    @JsonAlias({\"active\", \"live\"}) OPEN,",
            "    @JsonProperty(\"closed\") CLOSED,",
            "    @JsonAlias(\"live\") REOPENED",
            "  }");
    assertError(
        file,
        11,
        "[MissiveJsonNameClash] Accessor account() of 'AccountOpened' holds enum AccountOpened.Status,"
            + " whose constants OPEN and REOPENED both have the alias \"live\", so a reader could not tell"
            + " them apart (Jackson reads it as OPEN without a word). Keep \"live\" in the @JsonAlias of"
            + " one of them only.");
  }

  @Test
  void anAliasOfAConstantsOwnStringIsHarmless() {
    // Jackson reads "OPEN" as OPEN either way; so does Missive, and it generates the codec.
    Compilation compilation =
        compile(
            event(
                "  Status status();",
                "  enum Status { @JsonAlias({\"OPEN\", \"open\", \"open\"}) OPEN, @JsonProperty(\"shut\") @JsonAlias(\"shut\") CLOSED }"));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(filer.created).isNotEmpty();
  }

  @Test
  void aClashInAnEnumOfAnotherSourceFileIsOnItsConstant() {
    JavaFileObject status =
        source(
            "Status",
            "package test;",
            "import com.fasterxml.jackson.annotation.*;",
            "public enum Status {",
            "  OPEN,",
            "  @JsonAlias(\"OPEN\") OPENED",
            "}");
    JavaFileObject file = event("  Status status();");
    Compilation compilation = compile(file, status);
    assertThat(compilation)
        .hadErrorContaining(
            "[MissiveJsonNameClash] Accessor status() of 'AccountOpened' holds enum Status, whose constant"
                + " OPENED has the alias \"OPEN\", which is the string constant OPEN is written as")
        .inFile(status)
        .onLine(5);
    assertNothingGenerated(compilation);
  }

  @Test
  void aClashInAnEnumFromAClassFileIsOnTheAccessor(@TempDir Path classes) throws IOException {
    Compilation first =
        Compiler.javac()
            .compile(
                JavaFileObjects.forSourceLines(
                    "lib.Status",
                    "package lib;",
                    "import com.fasterxml.jackson.annotation.*;",
                    "public enum Status { OPEN, @JsonAlias(\"OPEN\") OPENED }"));
    assertThat(first).succeeded();
    for (JavaFileObject generated : first.generatedFiles()) {
      if (generated.getKind() == JavaFileObject.Kind.CLASS) {
        Path target = classes.resolve(generated.toUri().getPath().replaceAll(".*/CLASS_OUTPUT/", ""));
        Files.createDirectories(target.getParent());
        try (InputStream in = generated.openInputStream()) {
          Files.copy(in, target);
        }
      }
    }
    JavaFileObject file = event("  lib.Status status();");
    // The enum's class, and the test's own class path (jackson-annotations, Missive's runtime).
    List<File> classpath = new ArrayList<>();
    classpath.add(classes.toFile());
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      classpath.add(new File(entry));
    }
    Compilation compilation =
        Compiler.javac()
            .withProcessors(filer.processor(), new RoundClaims())
            .withClasspath(classpath)
            .compile(file);
    assertThat(compilation)
        .hadErrorContaining(
            "[MissiveJsonNameClash] Accessor status() of 'AccountOpened' holds enum Status, whose constant"
                + " OPENED has the alias \"OPEN\", which is the string constant OPEN is written as")
        .inFile(file)
        .onLine(6);
    assertNothingGenerated(compilation);
  }

  @Test
  void classNamesFromTheWireAreNeverRead() {
    JavaFileObject file =
        event(
            "  Method method();",
            "  @JsonTypeInfo(use = JsonTypeInfo.Id.CLASS, include = JsonTypeInfo.As.WRAPPER_OBJECT)",
            "  sealed interface Method { record Card(String brand) implements Method {} }");
    assertError(
        file,
        6,
        "[MissiveJsonAnnotation] Accessor method() of 'AccountOpened' has type AccountOpened.Method, a"
            + " polymorphic type marked @JsonTypeInfo(use = CLASS) and @JsonTypeInfo(include ="
            + " WRAPPER_OBJECT), which Missive cannot honour: only a closed set of variants is ever read,"
            + " each told apart by its name in a member of its own object, never by a class name from"
            + " the wire. Use @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = \"type\") with"
            + " @JsonSubTypes, or make AccountOpened.Method a sealed interface of records.");
  }

  @Test
  void aVariantThatIsNotARecord() {
    JavaFileObject file =
        event(
            "  Method method();",
            "  sealed interface Method permits Card, Cash {}",
            "  record Card(String brand) implements Method {}",
            "  final class Cash implements Method {}");
    assertError(
        file,
        6,
        "[MissivePolymorphicType] Accessor method() of 'AccountOpened' has type AccountOpened.Method, a"
            + " polymorphic type whose variants AccountOpened.Cash are not records (or are generic), and"
            + " Missive writes and reads a variant as a record of its components. Make each variant a"
            + " record.");
  }

  @Test
  void twoVariantsOfOneName() {
    JavaFileObject file =
        event(
            "  List<Method> methods();",
            "  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = \"kind\")",
            "  sealed interface Method {",
            "    @JsonTypeName(\"card\") record Card(String brand) implements Method {}",
            "    @JsonTypeName(\"card\") record Debit(String bank) implements Method {}",
            "  }");
    assertError(
        file,
        6,
        "[MissivePolymorphicType] Accessor methods() of 'AccountOpened' has type"
            + " List<AccountOpened.Method>, a polymorphic type in which two variants are named \"card\", so"
            + " a reader could not tell them apart. Give each its own @JsonTypeName (or name in"
            + " @JsonSubTypes).");
  }

  @Test
  void aComponentNamedLikeTheDiscriminator() {
    JavaFileObject file =
        event(
            "  Method method();",
            "  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = \"kind\")",
            "  sealed interface Method { record Card(String kind) implements Method {} }");
    assertError(
        file,
        6,
        "[MissivePolymorphicType] Accessor method() of 'AccountOpened' has type AccountOpened.Method, a"
            + " polymorphic type whose variant AccountOpened.Method.Card has a component kind read by the"
            + " name \"kind\", which is the discriminator's. Rename the component, or name the"
            + " discriminator otherwise with @JsonTypeInfo(property = ...).");
  }

  @Test
  void typeAnnotationsMissiveDoesNotFollow() {
    JavaFileObject file =
        source(
            "AccountOpened",
            "package test;",
            "import com.fasterxml.jackson.annotation.*;",
            "@io.missive.DomainEvent(source = \"s\")",
            "@JsonPropertyOrder({\"b\", \"a\"})",
            "@JsonIgnoreProperties(ignoreUnknown = true)",
            "public interface AccountOpened {",
            "  String a();",
            "  Limit b();",
            "  @JsonIgnoreProperties(\"secret\")",
            "  record Limit(java.math.BigDecimal amount, String secret) {}",
            "}");
    Compilation compilation = compile(file);
    assertThat(compilation)
        .hadErrorContaining(
            "[MissiveJsonAnnotation] Message interface 'AccountOpened' is marked @JsonPropertyOrder, which"
                + " Missive cannot honour: members are written in declaration order (inherited accessors"
                + " first). Declare them in the order you want instead.")
        .inFile(file)
        .onLine(6);
    assertThat(compilation)
        .hadErrorContaining(
            "[MissiveJsonAnnotation] Accessor b() of 'AccountOpened' holds record AccountOpened.Limit,"
                + " which is marked @JsonIgnoreProperties, which Missive cannot honour: Missive skips"
                + " unknown members on read anyway (@JsonIgnoreProperties(ignoreUnknown = true) is fine),"
                + " and writes every member it has. Remove the members it names from the type instead.")
        .inFile(file)
        .onLine(8);
    // ignoreUnknown = true alone is what Missive does: no error for the interface's.
    assertThat(compilation).hadErrorCount(2);
    assertNothingGenerated(compilation);
  }

  @Test
  void aRequiredValueObjectThatNonEmptyWouldLeaveOut() {
    JavaFileObject file =
        event(
            "  @JsonInclude(JsonInclude.Include.NON_EMPTY) OrderId order();",
            "  final class OrderId {",
            "    private final String id;",
            "    private OrderId(String id) { this.id = id; }",
            "    @JsonCreator public static OrderId of(String id) { return new OrderId(id); }",
            "    @JsonValue public String id() { return id; }",
            "  }");
    assertError(
        file,
        6,
        "[MissiveJsonAnnotation] Accessor order() of 'AccountOpened' is a value object under"
            + " @JsonInclude(NON_EMPTY), which Jackson leaves out when its value is empty; it is required,"
            + " so nothing could be read back for it then. Mark it @Nullable (read back as null), or"
            + " write @JsonInclude(JsonInclude.Include.NON_ABSENT) on it.");
  }

  @Test
  void aPrivateVariant() {
    JavaFileObject file =
        source(
            "Payments",
            "package test;",
            "public class Payments {",
            "  @io.missive.DomainEvent(source = \"s\")",
            "  public interface PaymentTaken {",
            "    Method method();",
            "  }",
            "  public sealed interface Method permits Card {}",
            "  private record Card(String brand) implements Method {}",
            "}");
    assertError(
        file,
        5,
        "[MissiveNotAccessible] Accessor method() of 'PaymentTaken' has type Payments.Method, a"
            + " polymorphic type whose variants Payments.Card are private (or nested in a private type),"
            + " so the generated codec cannot create them. Make them at least package-private.");
  }

  @Test
  void anEnumsCreatorWithoutItsValue() {
    JavaFileObject file =
        event(
            "  Kind kind();",
            "  enum Kind {",
            "    CHECKING, SAVINGS;",
            "    @JsonCreator public static Kind of(String text) { return valueOf(text.toUpperCase()); }",
            "  }");
    assertError(
        file,
        6,
        "[MissiveJsonAnnotation] Accessor kind() of 'AccountOpened' holds enum AccountOpened.Kind, which"
            + " is marked @JsonCreator, which Missive cannot honour: without @JsonValue an enum is written"
            + " as its constants' strings and a record as its components, and a creator that reads"
            + " anything else would have Jackson read other JSON than it writes. Mark the method that"
            + " returns the value @JsonValue too (a value object), or remove @JsonCreator.");
  }

  @Test
  void aRecordsCanonicalConstructorAsItsCreatorIsFine() {
    JavaFileObject file =
        event(
            "  Limit limit();",
            "  record Limit(java.math.BigDecimal amount, String currency) {",
            "    @JsonCreator public Limit(@JsonProperty(\"amount\") java.math.BigDecimal amount,",
            "        @JsonProperty(\"currency\") String currency) {",
            "      this.amount = amount;",
            "      this.currency = currency;",
            "    }",
            "  }");
    assertThat(compile(file)).succeeded();
  }

  private void assertError(JavaFileObject file, int line, String text) {
    Compilation compilation = compile(file);
    assertThat(compilation).hadErrorContaining(text).inFile(file).onLine(line);
    assertNothingGenerated(compilation);
  }

  private Compilation compile(JavaFileObject... files) {
    return Sources.compile(filer, files);
  }

  private void assertNothingGenerated(Compilation compilation) {
    assertThat(compilation).failed();
    assertThat(filer.created).isEmpty();
  }

  @Test
  void aSealedVariantTheCodecCannotSeeIsAnErrorNotBrokenCode() {
    JavaFileObject payment =
        JavaFileObjects.forSourceLines(
            "test.pay.PaymentMethod",
            "package test.pay;",
            "public sealed interface PaymentMethod permits Card, BankTransfer {}");
    JavaFileObject card =
        JavaFileObjects.forSourceLines(
            "test.pay.Card", "package test.pay;", "public record Card(String last4) implements PaymentMethod {}");
    JavaFileObject transfer =
        JavaFileObjects.forSourceLines(
            "test.pay.BankTransfer",
            "package test.pay;",
            "record BankTransfer(String iban) implements PaymentMethod {}");
    JavaFileObject file = event("  test.pay.PaymentMethod payment();");
    Compilation compilation =
        Compiler.javac()
            .withProcessors(filer.processor(), new RoundClaims())
            .compile(file, payment, card, transfer);
    assertThat(compilation)
        .hadErrorContaining(
            "[MissiveNotAccessible] Accessor payment() of 'AccountOpened' has type PaymentMethod, a"
                + " polymorphic type whose variants BankTransfer (package test.pay) are not public, so the"
                + " generated codec in package test cannot create them. Make them public, or declare the"
                + " message in the package of its variants.")
        .inFile(file)
        .onLine(6);
    assertThat(compilation.errors()).hasSize(1);
    assertThat(filer.created).isEmpty();
  }

  @Test
  void aPackagePrivateSealedVariantInTheMessagesPackageIsRead() {
    JavaFileObject payment =
        source("PaymentMethod", "package test;", "sealed interface PaymentMethod permits Card, BankTransfer {}");
    JavaFileObject card = source("Card", "package test;", "record Card(String last4) implements PaymentMethod {}");
    JavaFileObject transfer =
        source("BankTransfer", "package test;", "record BankTransfer(String iban) implements PaymentMethod {}");
    Compilation compilation =
        Compiler.javac()
            .withProcessors(filer.processor(), new RoundClaims())
            .withOptions("-Xlint:all", "-Werror")
            .compile(event("  PaymentMethod payment();"), payment, card, transfer);
    assertThat(compilation).succeededWithoutWarnings();
  }
}
