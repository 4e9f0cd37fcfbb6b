package io.missive.processor.naming;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import io.missive.processor.MissiveProcessor;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** The naming rules through the processor: where findings land, and how options and suppression act. */
class NamingCompileTest {

  /** The line of the {@code public interface} declaration in {@link #message}'s sources. */
  private static final int INTERFACE_LINE = 5;

  /** {@code test.<name>}: the interface on line 5, its annotation (and more) on line 4. */
  private static JavaFileObject message(String annotation, String name, String... more) {
    String extra = String.join(" ", more);
    return JavaFileObjects.forSourceLines(
        "test." + name,
        "package test;",
        "",
        "import io.missive.*;",
        annotation + " " + extra,
        "public interface " + name + " {",
        "  String orderId();",
        "}");
  }

  private static JavaFileObject event(String name, String... more) {
    return message("@DomainEvent(source = \"s\")", name, more);
  }

  private static JavaFileObject command(String name, String... more) {
    return message("@Command(source = \"s\")", name, more);
  }

  private static JavaFileObject query(String name, String... more) {
    return message("@Query(source = \"s\")", name, more);
  }

  private static Compilation compile(JavaFileObject source, String... options) {
    List<String> all = new ArrayList<>(List.of(options));
    return Compiler.javac().withProcessors(new MissiveProcessor(), new io.missive.processor.RoundClaims()).withOptions(all).compile(source);
  }

  private static List<String> missiveWarnings(Compilation compilation) {
    return compilation.warnings().stream()
        .map(d -> d.getMessage(null))
        .filter(m -> m.startsWith("[Missive"))
        .collect(Collectors.toList());
  }

  private static String findingMessage(
      io.missive.processor.model.MessageKind kind, String name, String... options) {
    java.util.Map<String, String> map = new java.util.HashMap<>();
    for (String option : options) {
      String[] kv = option.substring(2).split("=", 2);
      map.put(kv[0], kv.length > 1 ? kv[1] : null);
    }
    return new NamingRules(NamingOptions.from(map)).check(kind, name).get(0).message();
  }

  @Test
  void anEventNamedLikeACommandFailsOnTheInterfaceLine() {
    JavaFileObject source = event("CreateOrder");
    Compilation compilation = compile(source);
    assertThat(compilation).failed();
    String expected =
        "[MissiveEventTense] Event name 'CreateOrder' reads as a command, not a past fact; events"
            + " record what already happened, so name it with a past participle: did you mean"
            + " 'OrderCreated'?";
    assertThat(compilation).hadErrorContaining(expected).inFile(source).onLine(INTERFACE_LINE);
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void aWellNamedEventCompilesWithoutNamingWarnings() {
    for (String name : List.of("OrderPlaced", "InvoiceSent", "UserSignedUp", "PDFGenerated", "OAuth2TokenIssued")) {
      Compilation compilation = compile(event(name));
      assertThat(compilation).succeeded();
      assertThat(missiveWarnings(compilation)).as(name).isEmpty();
    }
  }

  @Test
  void irregularFormsAndNounsEndingInEdAreJudgedWithTheLexicon() {
    JavaFileObject withdrew = event("ClaimWithdrew");
    assertThat(compile(withdrew)).hadErrorContaining("did you mean 'ClaimWithdrawn'?").inFile(withdrew).onLine(INTERFACE_LINE);
    JavaFileObject feed = event("OrderFeed");
    assertThat(compile(feed)).hadErrorContaining("[MissiveEventTense]").inFile(feed).onLine(INTERFACE_LINE);
    assertThat(compile(event("ClaimWithdrawn"))).succeeded();
  }

  @Test
  void aTechnicalEventIsAWarning() {
    JavaFileObject source = event("RowInserted");
    Compilation compilation = compile(source);
    assertThat(compilation).succeeded();
    assertThat(compilation)
        .hadWarningContaining(findingMessage(io.missive.processor.model.MessageKind.EVENT, "RowInserted"))
        .inFile(source)
        .onLine(INTERFACE_LINE);
  }

  @Test
  void aRedundantSuffixIsAWarning() {
    JavaFileObject source = event("OrderPlacedEvent");
    Compilation compilation = compile(source);
    assertThat(compilation).succeeded();
    assertThat(compilation)
        .hadWarningContaining("[MissiveRedundantSuffix] Event name 'OrderPlacedEvent' ends in 'Event'")
        .inFile(source)
        .onLine(INTERFACE_LINE);
  }

  @Test
  void reversalVerbsVersionsAndBusinessRecordsCompileWithoutNamingDiagnostics() {
    for (String name : List.of("ItemUnlisted", "PostUnhidden", "OrderPlacedV2", "MedicalRecordUpdated", "CustomerDataUpdated")) {
      Compilation compilation = compile(event(name), "-Werror");
      assertThat(compilation).succeeded();
      assertThat(missiveWarnings(compilation)).as(name).isEmpty();
    }
    assertThat(compile(command("UninstallApp"))).succeeded();
    assertThat(compile(query("ValidateAddress"))).hadErrorContaining("did you mean 'GetAddressValidation'?");
    assertThat(compile(query("ValidateAddress"), "-Amissive.naming.queryPrefix=off")).succeeded();
  }

  @Test
  void aRuleTurnedOffByOptionLetsTheTypeCompile() {
    Compilation compilation = compile(event("CreateOrder"), "-Amissive.naming.eventTense=off");
    assertThat(compilation).succeeded();
    assertThat(missiveWarnings(compilation)).isEmpty();
  }

  @Test
  void aRuleDemotedToWarningLetsTheTypeCompileWithAWarning() {
    Compilation compilation = compile(event("CreateOrder"), "-Amissive.naming=warning");
    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningContaining("[MissiveEventTense] Event name 'CreateOrder'");
  }

  @Test
  void aWarningPromotedToErrorFails() {
    Compilation compilation = compile(event("CacheInvalidated"), "-Amissive.naming.technicalEvent=error");
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("[MissiveTechnicalEvent]");
  }

  @Test
  void suppressWarningsOnTheInterfaceTurnsTheRuleOff() {
    Compilation compilation = compile(message("@SuppressWarnings(\"missive:event-tense\") @DomainEvent(source = \"s\")", "CreateOrder"));
    assertThat(compilation).succeeded();
    assertThat(missiveWarnings(compilation)).isEmpty();
  }

  @Test
  void suppressWarningsForOneRuleKeepsTheOthers() {
    JavaFileObject source =
        message("@SuppressWarnings(\"missive:technical-event\") @DomainEvent(source = \"s\")", "RowInsertedEvent");
    Compilation compilation = compile(source);
    assertThat(compilation).succeeded();
    assertThat(missiveWarnings(compilation)).hasSize(1).allSatisfy(w -> assertThat(w).startsWith("[MissiveRedundantSuffix]"));
  }

  @Test
  void suppressWarningsOnAnEnclosingElementTurnsTheRuleOff() {
    JavaFileObject source =
        JavaFileObjects.forSourceLines(
            "test.Messages",
            "package test;",
            "",
            "import io.missive.*;",
            "@SuppressWarnings(\"missive:event-tense\")",
            "public final class Messages {",
            "  private Messages() {}",
            "  @DomainEvent(source = \"s\")",
            "  public interface CreateOrder {",
            "    String orderId();",
            "  }",
            "}");
    assertThat(compile(source)).succeeded();
  }

  @Test
  void aCommandNamedLikeAnEventGetsTheImperative() {
    JavaFileObject source = command("OrderCreated");
    Compilation compilation = compile(source);
    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining(findingMessage(io.missive.processor.model.MessageKind.COMMAND, "OrderCreated"))
        .inFile(source)
        .onLine(INTERFACE_LINE);
    assertThat(compilation).hadErrorContaining("did you mean 'CreateOrder'?");
  }

  @Test
  void aCommandStartingWithAQueryVerbReadsAsAQuery() {
    JavaFileObject source = command("GetOrder");
    assertThat(compile(source)).hadErrorContaining("[MissiveCommandVerb] Command name 'GetOrder' starts with 'Get'").inFile(source).onLine(INTERFACE_LINE);
  }

  @Test
  void wellNamedCommandsCompile() {
    for (String name : List.of("PlaceOrder", "ResetPassword", "CheckOutCart")) {
      Compilation compilation = compile(command(name));
      assertThat(compilation).succeeded();
      assertThat(missiveWarnings(compilation)).as(name).isEmpty();
    }
  }

  @Test
  void aQueryWithoutAPrefixGetsOne() {
    JavaFileObject source = query("OrderStatus");
    assertThat(compile(source)).hadErrorContaining("did you mean 'GetOrderStatus'?").inFile(source).onLine(INTERFACE_LINE);
  }

  @Test
  void aQueryThatChangesStatePointsToCommand() {
    JavaFileObject source = query("UpdateOrder");
    Compilation compilation = compile(source);
    assertThat(compilation).hadErrorContaining("[MissiveQueryChangesState]").inFile(source).onLine(INTERFACE_LINE);
    assertThat(compilation).hadErrorContaining("@Command");
  }

  @Test
  void wellNamedQueriesCompile() {
    for (String name : List.of("GetOrderStatus", "FindCustomer", "ListOrders")) {
      Compilation compilation = compile(query(name));
      assertThat(compilation).succeeded();
      assertThat(missiveWarnings(compilation)).as(name).isEmpty();
    }
  }

  @Test
  void extraQueryPrefixesAndVerbsComeFromOptions() {
    Compilation search = compile(query("SearchOrders"));
    assertThat(search).succeeded();
    assertThat(search).hadWarningContaining("[MissiveQueryReadVerb] Query name 'SearchOrders'");
    Compilation withPrefix = compile(query("SearchOrders"), "-Amissive.naming.queryPrefixes=Search");
    assertThat(withPrefix).succeeded();
    assertThat(missiveWarnings(withPrefix)).isEmpty();
    assertThat(compile(query("OrderStatus"))).failed();
    assertThat(compile(query("OrderStatus"), "-Amissive.naming.queryPrefixes=Order")).succeeded();
    assertThat(compile(command("FrobnicateWidget"))).failed();
    assertThat(compile(command("FrobnicateWidget"), "-Amissive.naming.verbs=frobnicate")).succeeded();
  }

  private static Compilation compileAll(List<JavaFileObject> sources, String... options) {
    return Compiler.javac()
        .withProcessors(new MissiveProcessor(), new io.missive.processor.RoundClaims())
        .withOptions(List.of(options))
        .compile(sources);
  }

  @Test
  void namesOfRealProjectsThatUsedToFailCompileWithoutNamingDiagnostics() {
    List<JavaFileObject> sources = new ArrayList<>();
    for (String name :
        List.of(
            "CustomerChangedAddress", "MemberLeftGroup", "PostedToForum", "AddedToCart", "GaveFeedback",
            "OrderFailedDueToTimeout", "PaymentFailedBecauseOfFraud", "ShipmentDelayedOwingToWeather",
            "ProductWasOutOfStock", "DeadlineHasPassed", "TableCreated", "RepositoryCreated",
            "LegalEntityRemoved", "BucketEmptied", "SchemaPublished")) {
      sources.add(event(name));
    }
    for (String name :
        List.of("IncrementCounter", "DecrementStock", "AutoRenewSubscription", "PrefillForm", "ReindexCatalog")) {
      sources.add(command(name));
    }
    Compilation compilation = compileAll(sources, "-Werror");
    assertThat(compilation).succeeded();
    assertThat(missiveWarnings(compilation)).isEmpty();
  }

  @Test
  void doubtfulNamesCompileWithAWarningOnTheInterface() {
    java.util.Map<JavaFileObject, String> expected = new java.util.LinkedHashMap<>();
    expected.put(event("StockIsLow"), "[MissiveEventTense] Event name 'StockIsLow' states a present state");
    expected.put(event("RecordDeleted"), "[MissiveTechnicalEvent] Event name 'RecordDeleted'");
    expected.put(event("CacheEntryEvicted"), "[MissiveTechnicalEvent] Event name 'CacheEntryEvicted'");
    expected.put(event("IndexRebuilt"), "[MissiveTechnicalEvent] Event name 'IndexRebuilt'");
    expected.put(event("OrderPayed"), "[MissiveSpelling] Name 'OrderPayed' spells 'paid' as 'Payed'");
    expected.put(query("FetchInvoices"), "did you mean 'GetInvoices'?");
    expected.put(query("SearchProducts"), "did you mean 'FindProducts'?");
    expected.put(query("CountOrders"), "did you mean 'GetOrdersCount'?");
    expected.put(query("RetrieveCart"), "did you mean 'GetCart'?");
    expected.put(query("LookUpCustomer"), "did you mean 'FindCustomer'?");
    expected.put(query("IsEmailInUse"), "[MissiveQueryReadVerb] Query name 'IsEmailInUse' asks a yes/no question");
    expected.put(query("HasOpenOrders"), "[MissiveQueryReadVerb] Query name 'HasOpenOrders' asks a yes/no question");
    expected.put(query("CheckStockLevel"), "did you mean 'GetStockLevel'?");
    Compilation compilation = compileAll(List.copyOf(expected.keySet()));
    assertThat(compilation).succeeded();
    for (java.util.Map.Entry<JavaFileObject, String> e : expected.entrySet()) {
      assertThat(compilation).hadWarningContaining(e.getValue()).inFile(e.getKey()).onLine(INTERFACE_LINE);
    }
    assertThat(missiveWarnings(compilation)).hasSize(expected.size());
  }

  @Test
  void aQueryWithAStateChangingVerbStaysAnErrorAndAReadVerbWarningCanBeTurnedOff() {
    JavaFileObject create = query("CreateInvoice");
    assertThat(compile(create)).hadErrorContaining("[MissiveQueryChangesState]").inFile(create).onLine(INTERFACE_LINE);
    Compilation off = compile(query("FetchInvoices"), "-Amissive.naming.queryReadVerb=off", "-Werror");
    assertThat(off).succeeded();
    assertThat(missiveWarnings(off)).isEmpty();
    Compilation suppressed =
        compile(message("@SuppressWarnings(\"missive:spelling\") @DomainEvent(source = \"s\")", "OrderPayed"), "-Werror");
    assertThat(suppressed).succeeded();
  }

  @Test
  void badOptionValuesAreReportedAsWarnings() {
    Compilation compilation =
        compile(event("OrderPlaced"), "-Amissive.naming.evntTense=off", "-Amissive.naming.eventTense=fatal");
    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningContaining("Unknown option -Amissive.naming.evntTense");
    assertThat(compilation).hadWarningContaining("'fatal'; use error, warning or off");
    assertThat(compilation.diagnostics().stream().filter(d -> d.getKind() == Diagnostic.Kind.ERROR)).isEmpty();
  }
}
