package io.missive.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The schema lock through javac: the first build writes the snapshot, later builds compare with it;
 * every finding with its id, text and line.
 */
class SchemaLockTest {

  @TempDir Path lock;

  /** The source compiled last, for the position of its findings. */
  private JavaFileObject last;

  private Compilation compile(JavaFileObject source, String... options) {
    return compile(new RecordingFiler(), source, options);
  }

  private Compilation compile(RecordingFiler filer, JavaFileObject source, String... options) {
    last = source;
    List<String> all = new ArrayList<>(List.of("-Xlint:all", "-Amissive.schemas=" + lock));
    all.addAll(List.of(options));
    return Compiler.javac().withProcessors(filer.processor(), new RoundClaims()).withOptions(all).compile(source);
  }

  private static JavaFileObject orderPlaced(String annotation, String... members) {
    List<String> lines = new ArrayList<>();
    lines.add("package test;");
    lines.add("import java.math.BigDecimal;");
    lines.add("import java.util.*;");
    lines.add(annotation);
    lines.add("public interface OrderPlaced {");
    lines.addAll(List.of(members));
    lines.add("}");
    return JavaFileObjects.forSourceLines("test.OrderPlaced", lines);
  }

  private static final String V1 = "@io.missive.DomainEvent(source = \"orders\")";

  private String snapshot(int version) throws IOException {
    return Files.readString(lock.resolve("OrderPlaced").resolve(version + ".schema.json"), StandardCharsets.UTF_8);
  }

  @Test
  void theFirstBuildLocksTheCurrentVersionWithANote() throws IOException {
    Compilation compilation = compile(orderPlaced(V1, "  String orderId();", "  BigDecimal total();"));
    assertThat(compilation).succeeded();
    assertThat(compilation).hadNoteContaining("locked OrderPlaced v1: commit ");
    assertThat(compilation).hadNoteContaining("OrderPlaced/1.schema.json");
    assertThat(snapshot(1))
        .isEqualTo(
            String.join(
                "\n",
                "{",
                "  \"$id\": \"urn:missive:OrderPlaced:1\",",
                "  \"$schema\": \"https://json-schema.org/draft/2020-12/schema\",",
                "  \"additionalProperties\": false,",
                "  \"properties\": {",
                "    \"orderId\": {",
                "      \"$comment\": \"String\",",
                "      \"type\": \"string\"",
                "    },",
                "    \"total\": {",
                "      \"$comment\": \"BigDecimal\",",
                "      \"type\": \"number\"",
                "    }",
                "  },",
                "  \"required\": [",
                "    \"orderId\",",
                "    \"total\"",
                "  ],",
                "  \"title\": \"OrderPlaced v1\",",
                "  \"type\": \"object\"",
                "}",
                ""));
  }

  @Test
  void aTypeChangeUnderTheSameVersionIsAnErrorOnTheAccessor() {
    String v2 = "@io.missive.DomainEvent(source = \"orders\", version = 2, readsFrom = 2)";
    assertThat(compile(orderPlaced(v2, "  String orderId();", "  BigDecimal total();"))).succeeded();
    JavaFileObject changed = orderPlaced(v2, "  String orderId();", "  String total();");
    RecordingFiler filer = new RecordingFiler();
    Compilation compilation = compile(filer, changed);
    assertThat(compilation)
        .hadErrorContaining(
            "[MissiveSchemaBreak] OrderPlaced v2: total changed from a JSON number (BigDecimal) to a"
                + " JSON string (String); events written as v2 could no longer be read. Restore the type,"
                + " or bump to @DomainEvent(version = 3) and add @Upcast(from = 2).")
        .inFile(changed)
        .onLine(7);
    assertThat(compilation).hadErrorCount(1);
    assertThat(filer.created).isEmpty();
  }

  @Test
  void twoBuildsInARowWriteNothing() throws IOException {
    JavaFileObject source = orderPlaced(V1, "  String orderId();", "  List<String> tags();");
    assertThat(compile(source)).succeeded();
    Path file = lock.resolve("OrderPlaced/1.schema.json");
    FileTime old = FileTime.fromMillis(1_000_000L);
    Files.setLastModifiedTime(file, old);
    Compilation again = compile(source);
    assertThat(again).succeededWithoutWarnings();
    assertThat(again.notes()).isEmpty();
    assertThat(Files.getLastModifiedTime(file)).isEqualTo(old);
    try (var files = Files.list(lock.resolve("OrderPlaced"))) {
      assertThat(files).hasSize(1);
    }
  }

  /** Locks {@code before} at v1, then compiles {@code after} under the same version. */
  private Compilation change(String[] before, String... after) {
    assertThat(compile(orderPlaced(V1, before))).succeeded();
    return compile(orderPlaced(V1, after));
  }

  private static String[] members(String... members) {
    return members;
  }

  private static final String WAYS_OUT = ", or bump to @DomainEvent(version = 2) and add @Upcast(from = 1).";

  @Test
  void anOptionalOrNullableFieldAddedIsCompatibleAndUpdatesTheSnapshotInPlace() throws IOException {
    JavaFileObject after =
        orderPlaced(V1, "  String orderId();", "  Optional<String> note();", "  @Nullable String coupon();",
            "  @interface Nullable {}");
    assertThat(compile(orderPlaced(V1, "  String orderId();"))).succeeded();
    Compilation compilation = compile(after);
    assertThat(compilation).succeeded();
    assertThat(compilation).hadNoteContaining("updated the lock of OrderPlaced v1 (a compatible change): commit ");
    assertThat(snapshot(1)).contains("\"note\"", "\"coupon\"", "\"type\": \"null\"");
    assertThat(compile(after).notes()).isEmpty();
  }

  @Test
  void aRequiredFieldAddedIsABreakOnItsAccessor() {
    Compilation compilation = change(members("  String orderId();"), "  String orderId();", "  int quantity();");
    assertThat(compilation)
        .hadErrorContaining(
            "[MissiveSchemaBreak] OrderPlaced v1: the required field quantity was added; events written as"
                + " v1 do not have it, so they could no longer be read. Make it Optional or @Nullable, or"
                + " remove it" + WAYS_OUT)
        .inFile(last)
        .onLine(7);
  }

  @Test
  void aRequiredFieldRemovedIsABreakOnTheInterface() {
    Compilation compilation = change(members("  String orderId();", "  int quantity();"), "  String orderId();");
    assertThat(compilation)
        .hadErrorContaining(
            "[MissiveSchemaBreak] OrderPlaced v1: the required field quantity was removed; readers of v1"
                + " expect it in every event, so they could not read the new ones. Restore it (or make it"
                + " Optional under a new version)" + WAYS_OUT)
        .inFile(last)
        .onLine(5);
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void optionalToRequiredAndBackAreBreaks() {
    assertThat(change(members("  Optional<String> note();"), "  String note();"))
        .hadErrorContaining(
            "[MissiveSchemaBreak] OrderPlaced v1: note changed from optional to required; events written"
                + " as v1 may hold null for it, so they could no longer be read. Restore it as Optional or"
                + " @Nullable" + WAYS_OUT)
        .inFile(last)
        .onLine(6);
  }

  @Test
  void requiredToOptionalIsABreak() {
    assertThat(change(members("  String note();"), "  Optional<String> note();"))
        .hadErrorContaining(
            "[MissiveSchemaBreak] OrderPlaced v1: note changed from required to optional; readers of v1"
                + " require it, so they could not read new events that leave it empty. Restore it as"
                + " required" + WAYS_OUT)
        .inFile(last)
        .onLine(6);
  }

  @Test
  void aRenameIsABreakThatSaysTheRenameWasMeant() {
    Compilation compilation = change(members("  String customerId();"), "  String clientId();");
    assertThat(compilation)
        .hadErrorContaining(
            "[MissiveSchemaBreak] OrderPlaced v1: the required field customerId is gone and clientId of the"
                + " same type is new, which reads as a rename of customerId to clientId; a field is known"
                + " by its JSON name, so events written as v1 (with customerId) could no longer be read,"
                + " and readers of v1 would miss customerId in new ones. Restore the name customerId"
                + WAYS_OUT)
        .inFile(last)
        .onLine(6);
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void intToLongIsABreak() {
    assertThat(change(members("  int quantity();"), "  long quantity();"))
        .hadErrorContaining(
            "[MissiveSchemaBreak] OrderPlaced v1: quantity changed from a JSON integer of format int32"
                + " (int) to a JSON integer of format int64 (long); events written as v1 could no longer"
                + " be read. Restore the type" + WAYS_OUT)
        .inFile(last)
        .onLine(6);
  }

  @Test
  void intToBigDecimalIsABreak() {
    assertThat(change(members("  int quantity();"), "  BigDecimal quantity();"))
        .hadErrorContaining("quantity changed from a JSON integer of format int32 (int) to a JSON number (BigDecimal)");
  }

  @Test
  void instantToLocalDateIsABreak() {
    assertThat(change(members("  java.time.Instant at();"), "  java.time.LocalDate at();"))
        .hadErrorContaining(
            "at changed from a JSON string of format date-time (Instant) to a JSON string of format date"
                + " (LocalDate)")
        .inFile(last)
        .onLine(6);
  }

  @Test
  void scalarToListIsABreak() {
    assertThat(change(members("  String tag();"), "  List<String> tag();"))
        .hadErrorContaining("tag changed from a JSON string (String) to a JSON array (List<String>)");
  }

  @Test
  void listToSetIsABreak() {
    assertThat(change(members("  List<String> tags();"), "  Set<String> tags();"))
        .hadErrorContaining(
            "[MissiveSchemaBreak] OrderPlaced v1: tags changed from a list to a set (List<String> to"
                + " Set<String>); events written as v1 may repeat an element, which a set rejects. Restore"
                + " the List" + WAYS_OUT)
        .inFile(last)
        .onLine(6);
  }

  /** Empties the lock, for a test that locks one type more than once from scratch. */
  private void forget() throws IOException {
    try (var paths = Files.walk(lock)) {
      for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        if (!path.equals(lock)) {
          Files.delete(path);
        }
      }
    }
  }

  @Test
  void theOtherDirectionOfEachTypeChangeIsABreakToo() throws IOException {
    assertThat(change(members("  String total();"), "  BigDecimal total();"))
        .hadErrorContaining("total changed from a JSON string (String) to a JSON number (BigDecimal)");
    forget();
    assertThat(change(members("  long quantity();"), "  int quantity();"))
        .hadErrorContaining("quantity changed from a JSON integer of format int64 (long) to a JSON integer of"
            + " format int32 (int)");
    forget();
    assertThat(change(members("  java.time.LocalDate at();"), "  java.time.Instant at();"))
        .hadErrorContaining("at changed from a JSON string of format date (LocalDate) to a JSON string of format"
            + " date-time (Instant)");
    forget();
    assertThat(change(members("  List<String> tag();"), "  String tag();"))
        .hadErrorContaining("tag changed from a JSON array (List<String>) to a JSON string (String)");
    forget();
    assertThat(change(members("  Set<String> tags();"), "  List<String> tags();"))
        .hadErrorContaining("tags changed from a set to a list (Set<String> to List<String>); readers of v1"
            + " reject repeated elements, which new events may hold. Restore the Set" + WAYS_OUT);
  }

  @Test
  void anEnumConstantRemovedAloneIsABreak() {
    Compilation compilation =
        change(members("  Status status();", "  enum Status { OPEN, PAID, SHIPPED }"),
            "  Status status();", "  enum Status { OPEN, PAID }");
    assertThat(compilation)
        .hadErrorContaining(
            "[MissiveSchemaBreak] OrderPlaced v1: status lost the enum constant SHIPPED; events written as v1"
                + " may hold SHIPPED, so they could no longer be read. Restore the constants" + WAYS_OUT)
        .inFile(last)
        .onLine(6);
  }

  @Test
  void aChangeInsideAMapOfRecordsOrAListOfEnumsIsABreak() throws IOException {
    assertThat(change(members("  Map<String, Line> lines();", "  record Line(int quantity) {}"),
            "  Map<String, Line> lines();", "  record Line(long quantity) {}"))
        .hadErrorContaining("lines{}.quantity changed from a JSON integer of format int32 (int) to a JSON integer"
            + " of format int64 (long)");
    forget();
    assertThat(change(members("  List<Status> history();", "  enum Status { OPEN, PAID }"),
            "  List<Status> history();", "  enum Status { OPEN, PAID, LOST }"))
        .hadErrorContaining("history[] gained the enum constant LOST");
  }

  @Test
  void aMapValueTypeChangeIsABreak() {
    assertThat(change(members("  Map<String, Integer> counts();"), "  Map<String, String> counts();"))
        .hadErrorContaining("counts{} changed from a JSON integer of format int32 to a JSON string;")
        .inFile(last)
        .onLine(6);
  }

  @Test
  void aChangeInsideANestedRecordIsABreakOnTheAccessorThatHoldsIt() {
    JavaFileObject before =
        orderPlaced(V1, "  List<Item> items();", "  record Item(String sku, int quantity) {}");
    assertThat(compile(before)).succeeded();
    JavaFileObject after =
        orderPlaced(V1, "  List<Item> items();", "  record Item(String sku, String quantity) {}");
    assertThat(compile(after))
        .hadErrorContaining(
            "[MissiveSchemaBreak] OrderPlaced v1: items[].quantity changed from a JSON integer of format"
                + " int32 (int) to a JSON string (String); events written as v1 could no longer be read.")
        .inFile(after)
        .onLine(6);
  }

  @Test
  void aNestedRecordRenamedOrFieldsReorderedIsCompatible() throws IOException {
    assertThat(compile(orderPlaced(V1, "  String orderId();", "  Item item();", "  record Item(String sku, int n) {}")))
        .succeeded();
    Compilation compilation =
        compile(orderPlaced(V1, "  Line item();", "  String orderId();", "  record Line(int n, String sku) {}"));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).hadNoteContaining("updated the lock of OrderPlaced v1 (a compatible change)");
    assertThat(snapshot(1)).contains("\"$ref\": \"#/$defs/Line\"").doesNotContain("Item");
  }

  @Test
  void enumConstantsReorderedAreTheSameSchema() {
    assertThat(compile(orderPlaced(V1, "  Status status();", "  enum Status { NEW, PAID }"))).succeeded();
    Compilation compilation = compile(orderPlaced(V1, "  Status status();", "  enum Status { PAID, NEW }"));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation.notes()).isEmpty();
  }

  @Test
  void anEnumConstantAddedIsABreak() {
    assertThat(compile(orderPlaced(V1, "  Status status();", "  enum Status { NEW, PAID }"))).succeeded();
    assertThat(compile(orderPlaced(V1, "  Status status();", "  enum Status { NEW, PAID, SHIPPED }")))
        .hadErrorContaining(
            "[MissiveSchemaBreak] OrderPlaced v1: status gained the enum constant SHIPPED; readers of v1 do"
                + " not know SHIPPED, so they could not read new events that hold it. Remove the constants"
                + WAYS_OUT)
        .inFile(last)
        .onLine(6);
  }

  @Test
  void anEnumConstantRemovedOrRenamedIsABreak() {
    assertThat(compile(orderPlaced(V1, "  Status status();", "  enum Status { NEW, PAID }"))).succeeded();
    assertThat(compile(orderPlaced(V1, "  Status status();", "  enum Status { NEW, SETTLED }")))
        .hadErrorContaining(
            "status lost the enum constant PAID and gained SETTLED; events written as v1 may hold PAID, so"
                + " they could no longer be read. Restore the constants");
  }

  @Test
  void aBumpKeepsTheOldSnapshotAndLocksTheNewVersion() throws IOException {
    assertThat(compile(orderPlaced(V1, "  String orderId();", "  BigDecimal total();"))).succeeded();
    String v1 = snapshot(1);
    Compilation compilation =
        compile(
            orderPlaced(
                "@io.missive.DomainEvent(source = \"orders\", version = 2)",
                "  String orderId();",
                "  String total();",
                "  @io.missive.Upcast(from = 1)",
                "  static void totalAsText(io.missive.json.JsonObject data) {}"));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).hadNoteContaining("locked OrderPlaced v2: commit ");
    assertThat(snapshot(1)).isEqualTo(v1);
    assertThat(snapshot(2)).contains("\"$id\": \"urn:missive:OrderPlaced:2\"", "\"$comment\": \"String\"");
  }

  @Test
  void aBumpWithTheSamePayloadIsAWarning() {
    assertThat(compile(orderPlaced(V1, "  String orderId();"))).succeeded();
    JavaFileObject bumped =
        orderPlaced(
            "@io.missive.DomainEvent(source = \"orders\", version = 2)",
            "  String orderId();",
            "  @io.missive.Upcast(from = 1)",
            "  static void nothing(io.missive.json.JsonObject data) {}");
    Compilation compilation = compile(bumped);
    assertThat(compilation).succeeded();
    assertThat(compilation)
        .hadWarningContaining(
            "[MissiveSchemaSameBump] OrderPlaced is bumped to version 2, but its payload is the same as"
                + " the locked v1's: a new version makes every reader upcast for nothing. Keep"
                + " @DomainEvent(version = 1) unless the meaning of a field changed.")
        .inFile(bumped)
        .onLine(4);
  }

  @Test
  void aLockedOldVersionMustBeReadThroughUpcasters() throws IOException {
    assertThat(compile(orderPlaced(V1, "  String orderId();"))).succeeded();
    assertThat(compile(orderPlaced(
        "@io.missive.DomainEvent(source = \"orders\", version = 2)", "  String orderId();", "  Optional<String> a();",
        "  @io.missive.Upcast(from = 1)", "  static void a(io.missive.json.JsonObject data) {}")))
        .succeeded();
    JavaFileObject v3 =
        orderPlaced(
            "@io.missive.DomainEvent(source = \"orders\", version = 3)",
            "  String orderId();",
            "  Optional<String> a();",
            "  Optional<String> b();",
            "  @io.missive.Upcast(from = 2)",
            "  static void b(io.missive.json.JsonObject data) {}");
    assertThat(compile(v3))
        .hadErrorContaining(
            "[MissiveUpcasterMissing] OrderPlaced v1 is locked (")
        .inFile(v3)
        .onLine(4);
    assertThat(compile(v3))
        .hadErrorContaining(
            "1.schema.json), so events of v1 may be stored, but no upcaster reads them: the oldest upcaster"
                + " starts at version 2. Add @Upcast(from = 1), or, if no message of v1 must be read, say so"
                + " with @DomainEvent(version = 3, readsFrom = 2) and delete the snapshots of the versions"
                + " below it.");
  }

  @Test
  void loweringTheVersionIsAHistoryError() throws IOException {
    Files.createDirectories(lock.resolve("OrderPlaced"));
    assertThat(compile(orderPlaced("@io.missive.DomainEvent(source = \"orders\", version = 2, readsFrom = 2)",
        "  String orderId();"))).succeeded();
    JavaFileObject lowered = orderPlaced(V1, "  String orderId();");
    assertThat(compile(lowered))
        .hadErrorContaining(
            "[MissiveSchemaHistory] OrderPlaced is at version 1, but v2 is locked (")
        .inFile(lowered)
        .onLine(4);
    assertThat(compile(lowered))
        .hadErrorContaining(
            "2.schema.json): a version never goes down, since events of v2 may already be written, and they"
                + " would be read as v1. Restore @DomainEvent(version = 2), or bump it above.");
  }

  @Test
  void skippingAVersionIsAHistoryError() {
    assertThat(compile(orderPlaced(V1, "  String orderId();"))).succeeded();
    JavaFileObject skipped =
        orderPlaced("@io.missive.DomainEvent(source = \"orders\", version = 3, readsFrom = 3)", "  String orderId();");
    assertThat(compile(skipped))
        .hadErrorContaining(
            "[MissiveSchemaHistory] OrderPlaced goes from the locked v1 to version 3, skipping v2: each"
                + " version is locked as it is released, and the upcasters go one step at a time. Set"
                + " @DomainEvent(version = 2).")
        .inFile(skipped)
        .onLine(4);
  }

  @Test
  void aPastSnapshotDeletedOrEditedIsAHistoryError() throws IOException {
    assertThat(compile(orderPlaced(V1, "  String orderId();"))).succeeded();
    String v2 = "@io.missive.DomainEvent(source = \"orders\", version = 2, readsFrom = 1)";
    String v3 = "@io.missive.DomainEvent(source = \"orders\", version = 3, readsFrom = 1)";
    String up1 = "  @io.missive.Upcast(from = 1) static void a(io.missive.json.JsonObject d) {}";
    String up2 = "  @io.missive.Upcast(from = 2) static void b(io.missive.json.JsonObject d) {}";
    assertThat(compile(orderPlaced(v2, "  String orderId();", "  Optional<String> a();", up1))).succeeded();
    assertThat(compile(orderPlaced(v3, "  String orderId();", "  Optional<String> a();", "  Optional<String> b();", up1, up2)))
        .succeeded();
    JavaFileObject current =
        orderPlaced(v3, "  String orderId();", "  Optional<String> a();", "  Optional<String> b();", up1, up2);
    Path two = lock.resolve("OrderPlaced/2.schema.json");
    String text = Files.readString(two);
    Files.writeString(two, text.replace("  ", "    "));
    assertThat(compile(current))
        .hadErrorContaining("[MissiveSchemaHistory] OrderPlaced v2: the snapshot ")
        .inFile(current)
        .onLine(5);
    assertThat(compile(current))
        .hadErrorContaining(
            "2.schema.json was edited (it is not in the form Missive writes): a past version is frozen, as"
                + " the events written with it are. Restore the file from version control.");
    Files.delete(two);
    assertThat(compile(current))
        .hadErrorContaining(
            "[MissiveSchemaHistory] OrderPlaced v2 has no snapshot, but v1 and v3 are locked: the snapshot"
                + " of a past version is never deleted, since events of v2 may be stored. Restore"
                + " 2.schema.json from version control.")
        .inFile(current)
        .onLine(5);
  }

  @Test
  void aCorruptSnapshotNamesTheFileAndTheJsonPath() throws IOException {
    JavaFileObject source = orderPlaced(V1, "  String orderId();", "  BigDecimal total();");
    assertThat(compile(source)).succeeded();
    Path file = lock.resolve("OrderPlaced/1.schema.json");
    Files.writeString(file, snapshot(1).replace("\"required\": [", "\"required\": {"));
    assertThat(compile(source))
        .hadErrorContaining("[MissiveSchemaCorrupt] OrderPlaced v1: the snapshot ")
        .inFile(source)
        .onLine(5);
    assertThat(compile(source)).hadErrorContaining("1.schema.json cannot be read at $.required.orderId: it is not JSON:");
    Files.writeString(file, snapshot(1).replace("\"required\": {", "\"required\": [").replace("\"properties\"", "\"props\""));
    assertThat(compile(source))
        .hadErrorContaining(
            "1.schema.json cannot be read at $: \"properties\" is missing. Restore the file from version"
                + " control (if no event of v1 was ever written, delete it, and the next build locks the"
                + " payload again).");
    Files.writeString(file, "");
    assertThat(compile(source)).hadErrorContaining("1.schema.json cannot be read at $: the file is empty.");
    Files.writeString(file, "{\"$id\": \"urn:missive:OrderPlaced:1\", \"properties\": {\"total\": 3}, \"required\": []}\n");
    assertThat(compile(source))
        .hadErrorContaining("1.schema.json cannot be read at $.properties.total: an object was expected, not a number.");
    Files.writeString(file, "{\"$id\": \"urn:missive:OrderShipped:1\"}\n");
    assertThat(compile(source))
        .hadErrorContaining(
            "1.schema.json cannot be read at $.$id: \"urn:missive:OrderPlaced:1\" was expected, not"
                + " \"urn:missive:OrderShipped:1\".");
  }

  @Test
  void strictModeMakesASnapshotToWriteOrUpdateAnError() throws IOException {
    JavaFileObject source = orderPlaced(V1, "  String orderId();");
    RecordingFiler filer = new RecordingFiler();
    Compilation strict = compile(filer, source, "-Amissive.schemas.strict=true");
    assertThat(strict)
        .hadErrorContaining(
            "[MissiveSchemaUnlocked] OrderPlaced v1 is not locked: run the build without strict mode"
                + " (leave out -Amissive.schemas.strict=true) and commit " + lock.resolve("OrderPlaced/1.schema.json")
                + ".")
        .inFile(source)
        .onLine(5);
    assertThat(filer.created).isEmpty();
    assertThat(lock.resolve("OrderPlaced")).doesNotExist();
    assertThat(compile(source)).succeeded();
    assertThat(compile(source, "-Amissive.schemas.strict=true")).succeededWithoutWarnings();
    assertThat(compile(orderPlaced(V1, "  String orderId();", "  Optional<String> note();"), "-Amissive.schemas.strict=true"))
        .hadErrorContaining(
            "[MissiveSchemaUnlocked] OrderPlaced v1's snapshot is out of date (the payload changed"
                + " compatibly): run the build without strict mode");
  }

  @Test
  void aLockOfATypeNoLongerInTheCodeIsAWarningAndInStrictModeAnError() throws IOException {
    Path gone = lock.resolve("OrderCancelled");
    Files.createDirectories(gone);
    Files.writeString(gone.resolve("1.schema.json"), "{}\n");
    JavaFileObject source = orderPlaced(V1, "  String orderId();");
    assertThat(compile(source))
        .hadWarningContaining(
            "OrderCancelled holds the lock of OrderCancelled, but no message of this compilation has the"
                + " type OrderCancelled: deleting a message type is a decision, not an accident. If it was"
                + " deleted on purpose (and no stored event of it must be read), delete the directory;"
                + " otherwise restore the type.");
    assertThat(compile(source, "-Amissive.schemas.strict=true")).hadErrorContaining("[MissiveSchemaStale] ");
  }

  @Test
  void aCompilationWithoutMessagesReportsNoStaleLock() throws IOException {
    Files.createDirectories(lock.resolve("OrderPlaced"));
    Files.writeString(lock.resolve("OrderPlaced/1.schema.json"), "{}\n");
    JavaFileObject test = JavaFileObjects.forSourceLines("test.OrderTest", "package test;", "class OrderTest {}");
    Compilation compilation = compile(test);
    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void anOptionalFieldRemovedIsCompatibleAndStaysInTheLock() throws IOException {
    String[] before = members("  String orderId();", "  Optional<String> note();");
    assertThat(compile(orderPlaced(V1, before))).succeeded();
    String locked = snapshot(1);
    Compilation removed = compile(orderPlaced(V1, "  String orderId();"));
    assertThat(removed).succeededWithoutWarnings();
    // Events written as v1 may hold it: the lock keeps it, so there is nothing to commit.
    assertThat(removed.notes()).isEmpty();
    assertThat(snapshot(1)).isEqualTo(locked);
    assertThat(compile(orderPlaced(V1, "  String orderId();")).notes()).isEmpty();
  }

  @Test
  void aRemovedOptionalFieldComesBackOnlyWithItsType() throws IOException {
    assertThat(compile(orderPlaced(V1, "  String orderId();", "  Optional<String> note();"))).succeeded();
    assertThat(compile(orderPlaced(V1, "  String orderId();"))).succeeded();
    JavaFileObject other = orderPlaced(V1, "  String orderId();", "  Optional<Integer> note();");
    assertThat(compile(other))
        .hadErrorContaining(
            "[MissiveSchemaBreak] OrderPlaced v1: note changed from a JSON string (Optional<String>) to a"
                + " JSON integer of format int32 (Optional<Integer>); events written as v1 could no longer be"
                + " read. Restore the type" + WAYS_OUT)
        .inFile(other)
        .onLine(7);
    assertThat(compile(orderPlaced(V1, "  String orderId();", "  Optional<String> note();")))
        .succeededWithoutWarnings();
  }

  @Test
  void anOptionalFieldReplacedByOneOfItsTypeIsCompatibleAndTheNoteNamesJsonAlias() throws IOException {
    assertThat(compile(orderPlaced(V1, "  String orderId();", "  Optional<String> note();"))).succeeded();
    Compilation compilation = compile(orderPlaced(V1, "  String orderId();", "  Optional<String> remark();"));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation)
        .hadNoteContaining(
            "updated the lock of OrderPlaced v1 (a compatible change): commit ");
    assertThat(compilation)
        .hadNoteContaining(
            "OrderPlaced/1.schema.json; the removed optional field note stays in the lock, as events"
                + " written as v1 may hold it; if remark is note under a new name, @JsonAlias(\"note\") on"
                + " remark reads it from the events of v1 that hold note");
    assertThat(snapshot(1)).contains("\"note\"", "\"remark\"");
    assertThat(compile(orderPlaced(V1, "  String orderId();", "  Optional<String> remark();")).notes()).isEmpty();
  }

  @Test
  void aRemovedOptionalRecordIsKeptWithItsRecordBesideANewRecordOfTheSameName() throws IOException {
    assertThat(compile(orderPlaced(V1, "  String orderId();", "  Optional<Gift> gift();",
        "  record Gift(String message) {}"))).succeeded();
    Compilation compilation = compile(orderPlaced(V1, "  String orderId();", "  Optional<Gift> wrapping();",
        "  record Gift(int paper) {}"));
    assertThat(compilation).succeededWithoutWarnings();
    String text = snapshot(1);
    // The new record keeps its name, the old one kept for gift is numbered, and each field refers
    // to its own.
    assertThat(text).contains("\"Gift\": {", "\"Gift2\": {", "\"message\"", "\"paper\"");
    assertThat(text).containsPattern("\"gift\": \\{[^}]*\"\\$ref\": \"#/\\$defs/Gift2\"");
    assertThat(text).containsPattern("\"wrapping\": \\{[^}]*\"\\$ref\": \"#/\\$defs/Gift\"");
    // A build after it finds the lock as it wrote it.
    assertThat(compile(orderPlaced(V1, "  String orderId();", "  Optional<Gift> wrapping();",
        "  record Gift(int paper) {}")).notes()).isEmpty();
    JavaFileObject changed = orderPlaced(V1, "  String orderId();", "  Optional<Gift> wrapping();",
        "  Optional<Gift> gift();", "  record Gift(int paper) {}");
    assertThat(compile(changed))
        .hadErrorContaining("[MissiveSchemaBreak] OrderPlaced v1: the required field gift.message was removed")
        .inFile(changed);
  }

  @Test
  void aRemovedOptionalRecordIsKeptAsItWasWithTheRecordsItHolds() throws IOException {
    assertThat(compile(orderPlaced(V1, "  String orderId();", "  Optional<Gift> gift();",
        "  record Gift(Card card, List<Card> extras) {}", "  record Card(String text) {}"))).succeeded();
    String locked = snapshot(1);
    assertThat(locked).contains("\"$ref\": \"#/$defs/Gift\"", "\"$ref\": \"#/$defs/Card\"");
    Compilation removed = compile(orderPlaced(V1, "  String orderId();"));
    assertThat(removed).succeededWithoutWarnings();
    assertThat(removed.notes()).isEmpty();
    assertThat(snapshot(1)).isEqualTo(locked);
  }

  @Test
  void aKeptRecordIsTheOldOneEvenWhenANewRecordOfItsNameLooksAlike() throws IOException {
    // gift's Gift holds a Card with text; the new Gift holds a Card with a number: one level down.
    assertThat(compile(orderPlaced(V1, "  String orderId();", "  Optional<Gift> gift();",
        "  record Gift(Card card) {}", "  record Card(String text) {}"))).succeeded();
    Compilation replaced = compile(orderPlaced(V1, "  String orderId();", "  Optional<Gift> wrapping();",
        "  record Gift(Card card) {}", "  record Card(int number) {}"));
    assertThat(replaced).succeededWithoutWarnings();
    // Not the same type one level down, so no hint at a rename.
    assertThat(replaced.notes().toString()).doesNotContain("@JsonAlias");
    assertThat(snapshot(1)).contains("\"Card2\": {", "\"text\"", "\"number\"");
    JavaFileObject back = orderPlaced(V1, "  String orderId();", "  Optional<Gift> wrapping();",
        "  Optional<Gift> gift();", "  record Gift(Card card) {}", "  record Card(int number) {}");
    assertThat(compile(back))
        .hadErrorContaining("[MissiveSchemaBreak] OrderPlaced v1: the required field gift.card.text was removed");
  }

  @Test
  void theLockWrittenAfterAKeptFieldIsFoundUnchangedByTheNextStrictBuild() throws IOException {
    // prev's Address is kept while Office, which loses its optional floor, is renamed to Address.
    assertThat(compile(orderPlaced(V1, "  Optional<Address> prev();", "  Office work();",
        "  record Address(String street) {}", "  record Office(String street, Optional<String> floor) {}")))
        .succeeded();
    JavaFileObject after = orderPlaced(V1, "  Address work();", "  record Address(String street) {}");
    assertThat(compile(after)).succeededWithoutWarnings();
    String locked = snapshot(1);
    Compilation strict = compile(after, "-Amissive.schemas.strict=true");
    assertThat(strict).succeededWithoutWarnings();
    assertThat(strict.notes()).isEmpty();
    assertThat(snapshot(1)).isEqualTo(locked);
  }

  @Test
  void twoRecordsMadeOneThatHeldARemovedFieldOfTwoTypesIsABreak() {
    Compilation compilation = change(
        members("  Home home();", "  Work work();", "  record Home(String city, Optional<Integer> x) {}",
            "  record Work(String city, Optional<String> x) {}"),
        "  Place home();", "  Place work();", "  record Place(String city) {}");
    assertThat(compilation)
        .hadErrorContaining(
            "[MissiveSchemaBreak] OrderPlaced v1: the optional field work.x was removed, as was home.x, and the"
                + " two, now of one record, held different types; the lock keeps a removed field for the events"
                + " of v1 that hold it, and one record cannot keep both types. Restore one of them, or keep the"
                + " records apart" + WAYS_OUT);
  }

  private static final String[] PAYMENT =
      members("  Payment payment();", "  sealed interface Payment {}",
          "  record Card(String brand) implements Payment {}", "  record Cash(BigDecimal amount) implements Payment {}");

  private static String[] payment(String... variants) {
    List<String> members = new ArrayList<>(List.of("  Payment payment();", "  sealed interface Payment {}"));
    members.addAll(List.of(variants));
    return members.toArray(new String[0]);
  }

  @Test
  void aVariantGainedOrLostIsABreak() {
    Compilation gained = change(PAYMENT, payment("  record Card(String brand) implements Payment {}",
        "  record Cash(BigDecimal amount) implements Payment {}", "  record Voucher(String code) implements Payment {}"));
    assertThat(gained)
        .hadErrorContaining(
            "[MissiveSchemaBreak] OrderPlaced v1: payment gained the variant OrderPlaced$Voucher; readers of v1"
                + " do not know OrderPlaced$Voucher, so they could not read new events that hold it. Remove the variants" + WAYS_OUT)
        .inFile(last)
        .onLine(6);
    Compilation lost = change(PAYMENT, payment("  record Card(String brand) implements Payment {}"));
    assertThat(lost)
        .hadErrorContaining(
            "[MissiveSchemaBreak] OrderPlaced v1: payment lost the variant OrderPlaced$Cash; events written as"
                + " v1 may hold OrderPlaced$Cash, so they could no longer be read. Restore the variants" + WAYS_OUT);
  }

  @Test
  void aChangeInsideAVariantIsABreakThatNamesTheVariant() {
    Compilation compilation = change(PAYMENT, payment("  record Card(String brand, int last4) implements Payment {}",
        "  record Cash(String amount) implements Payment {}"));
    assertThat(compilation)
        .hadErrorContaining(
            "[MissiveSchemaBreak] OrderPlaced v1: the required field payment(OrderPlaced$Card).last4 was added");
    assertThat(compilation)
        .hadErrorContaining(
            "[MissiveSchemaBreak] OrderPlaced v1: payment(OrderPlaced$Cash).amount changed from a JSON number (BigDecimal)"
                + " to a JSON string (String)");
    assertThat(compilation).hadErrorCount(2);
  }

  @Test
  void anOptionalFieldAddedToAVariantIsCompatible() throws IOException {
    Compilation compilation = change(PAYMENT, payment("  record Card(String brand, Optional<String> wallet) implements Payment {}",
        "  record Cash(BigDecimal amount) implements Payment {}"));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).hadNoteContaining("updated the lock of OrderPlaced v1 (a compatible change)");
    assertThat(snapshot(1)).contains("\"wallet\"");
  }

  @Test
  void aFieldNamedTitleOrDescriptionIsComparedLikeAnyOther() {
    // The annotations of a schema are left out of the comparison, never a field of that name.
    Compilation compilation = change(payment("  record Card(String description) implements Payment {}"),
        payment("  record Card(int description) implements Payment {}"));
    assertThat(compilation)
        .hadErrorContaining("[MissiveSchemaBreak] OrderPlaced v1: payment(OrderPlaced$Card).description changed from a JSON"
            + " string (String) to a JSON integer of format int32 (int)");
    String titled = "@io.missive.DomainEvent(source = \"orders\", type = \"Titled\"";
    assertThat(compile(orderPlaced(titled + ")", "  String title();"))).succeeded();
    Compilation bump = compile(orderPlaced(titled + ", version = 2, readsFrom = 2)", "  int title();"));
    assertThat(bump).succeeded();
    assertThat(bump.warnings().toString()).contains("MissiveSchemaStale").doesNotContain("MissiveSchemaSameBump");
  }

  @Test
  void aBumpWhoseOnlyDifferenceIsAFieldKeptInThePreviousLockIsStillTheSamePayload() {
    assertThat(compile(orderPlaced(V1, "  String orderId();", "  Optional<String> note();"))).succeeded();
    assertThat(compile(orderPlaced(V1, "  String orderId();"))).succeeded();
    String v2 = "@io.missive.DomainEvent(source = \"orders\", version = 2)";
    Compilation bump = compile(orderPlaced(v2, "  String orderId();",
        "  @io.missive.Upcast(from = 1) static io.missive.json.JsonObject v1(io.missive.json.JsonObject data) {"
            + " return data; }"));
    assertThat(bump).hadWarningContaining("[MissiveSchemaSameBump] OrderPlaced is bumped to version 2, but its"
        + " payload is the same as the locked v1's");
  }

  @Test
  void aLockedVersionBelowReadsFromIsReportedAsStale() throws IOException {
    assertThat(compile(orderPlaced(V1, "  String orderId();"))).succeeded();
    String v2 = "@io.missive.DomainEvent(source = \"orders\", version = 2, readsFrom = 2)";
    JavaFileObject bumped = orderPlaced(v2, "  String orderId();", "  int quantity();");
    Compilation compilation = compile(bumped);
    assertThat(compilation)
        .hadWarningContaining(
            "[MissiveSchemaStale] OrderPlaced v1 is locked (" + lock.resolve("OrderPlaced/1.schema.json")
                + "), but readsFrom = 2 says no event of v1 is read any more: dropping a version is a"
                + " decision, not an accident. If no stored event of v1 must be read, delete the snapshots of"
                + " the versions below 2 (the oldest ones may go, the lock keeps no version it does not read);"
                + " otherwise add @Upcast(from = 1) and lower readsFrom.")
        .inFile(bumped)
        .onLine(4);
    assertThat(compile(bumped, "-Amissive.schemas.strict=true"))
        .hadErrorContaining("[MissiveSchemaStale] OrderPlaced v1 is locked");
  }

  @Test
  void aTypeThatIsNotAPortableFileNameIsEscapedInTheLock() throws IOException {
    String slashed = "@io.missive.DomainEvent(source = \"orders\", type = \"../orders/placed:v1\")";
    JavaFileObject source = orderPlaced(slashed, "  String orderId();");
    Compilation compilation = compile(source);
    assertThat(compilation).succeeded();
    assertThat(lock.resolve("..%2Forders%2Fplaced%3Av1/1.schema.json")).exists();
    try (var entries = Files.list(lock.getParent())) {
      assertThat(entries).noneMatch(entry -> entry.getFileName().toString().equals("orders"));
    }
    // The next build finds it again, and does not call it stale.
    Compilation again = compile(source);
    assertThat(again).succeededWithoutWarnings();
    assertThat(again.notes()).isEmpty();
    String dots = "@io.missive.DomainEvent(source = \"orders\", type = \"..\")";
    assertThat(compile(orderPlaced(dots, "  String orderId();"))).succeeded();
    assertThat(lock.resolve("%2E%2E/1.schema.json")).exists();
  }

  @Test
  void typesThatDifferOnlyInCaseAreAnErrorBeforeEitherLockIsRead() throws IOException {
    JavaFileObject upper = orderPlaced(V1, "  String orderId();");
    JavaFileObject lower =
        JavaFileObjects.forSourceLines("test.OrderShipped", "package test;",
            "@io.missive.DomainEvent(source = \"orders\", type = \"orderplaced\")",
            "public interface OrderShipped { String orderId(); }");
    Compilation both =
        Compiler.javac().withProcessors(new MissiveProcessor(), new RoundClaims())
            .withOptions("-Amissive.schemas=" + lock).compile(upper, lower);
    assertThat(both)
        .hadErrorContaining(
            "[MissiveSchemaPath] the lock of orderplaced is the directory orderplaced, which differs only in"
                + " case from OrderPlaced (the lock of OrderPlaced) in " + lock + ": on a file system that"
                + " ignores case (macOS and Windows by default) they are one directory, and their snapshots"
                + " would mix. Give the message another type with @DomainEvent(type = ...), or delete the other"
                + " directory if its type is gone.")
        .inFile(lower)
        .onLine(3);
    assertThat(both).hadErrorCount(1);
    // A directory on disk of another case is found too, before the type's lock is read.
    assertThat(compile(upper)).succeeded();
    Compilation alone =
        Compiler.javac().withProcessors(new MissiveProcessor(), new RoundClaims())
            .withOptions("-Amissive.schemas=" + lock).compile(lower);
    assertThat(alone).hadErrorContaining("the lock of orderplaced is the directory orderplaced, which differs only"
        + " in case from OrderPlaced");
    assertThat(alone.errors().toString()).doesNotContain("MissiveSchemaCorrupt");
  }

  @Test
  void aTypeThatWindowsKeepsForADeviceIsEscapedAndAHandEscapedDirectoryIsShownAsItIs() throws IOException {
    String con = "@io.missive.DomainEvent(source = \"orders\", type = \"con.v1\")";
    assertThat(compile(orderPlaced(con, "  String orderId();"))).succeeded();
    assertThat(lock.resolve("%63on.v1/1.schema.json")).exists();
    Files.createDirectories(lock.resolve("orders%2fplaced"));
    Files.writeString(lock.resolve("orders%2fplaced/1.schema.json"), "{}\n");
    assertThat(compile(orderPlaced(con, "  String orderId();")))
        .hadWarningContaining("[MissiveSchemaStale] " + lock.resolve("orders%2fplaced")
            + " holds the lock of orders%2fplaced, but no message");
  }

  @Test
  void optionsWithoutAValueOrWithAWrongOneAreSaid() {
    JavaFileObject source = orderPlaced(V1, "  String orderId();");
    for (String option : List.of("-Amissive.schemas", "-Amissive.schemas=", "-Amissive.schemas=  ")) {
      assertThat(Compiler.javac().withProcessors(new MissiveProcessor(), new RoundClaims()).withOptions(option)
              .compile(source))
          .hadErrorContaining(
              "[MissiveSchemaPath] -Amissive.schemas is given without a directory, so no lock is read or"
                  + " written. Give the directory in full, such as"
                  + " -Amissive.schemas=${project.basedir}/src/main/missive (Maven), or leave the option out"
                  + " to build without a lock.");
    }
    // A flag given alone is on: strict mode finds the lock missing.
    assertThat(compile(source, "-Amissive.schemas.strict"))
        .hadErrorContaining("[MissiveSchemaUnlocked] OrderPlaced v1 is not locked");
    // javac passes -Akey= as it passes -Akey: the flag form.
    assertThat(compile(source, "-Amissive.schemas.strict="))
        .hadErrorContaining("[MissiveSchemaUnlocked] OrderPlaced v1 is not locked");
    assertThat(compile(source, "-Amissive.schemas.strict=yes"))
        .hadErrorContaining(
            "[MissiveOption] -Amissive.schemas.strict=yes is neither true nor false, so it is not known"
                + " whether this build should be strict. Write -Amissive.schemas.strict=true (a CI build) or"
                + " leave the option out.");
    Compilation jackson = compile(source, "-Amissive.jackson=maybe", "-Amissive.codecRegistry");
    assertThat(jackson).succeeded();
    assertThat(jackson)
        .hadWarningContaining(
            "[MissiveOption] -Amissive.jackson=maybe is neither true nor false; the default, true, is kept."
                + " Write -Amissive.jackson=true or -Amissive.jackson=false.");
    assertThat(jackson).hadWarningCount(1);
  }

  @Test
  void aRelativePathOrAFileIsAnErrorThatNamesIt() throws IOException {
    JavaFileObject source = orderPlaced(V1, "  String orderId();");
    Compilation relative =
        Compiler.javac().withProcessors(new MissiveProcessor(), new RoundClaims())
            .withOptions("-Amissive.schemas=src/main/missive").compile(source);
    assertThat(relative)
        .hadErrorContaining(
            "[MissiveSchemaPath] -Amissive.schemas=src/main/missive is not an absolute path, and javac's"
                + " working directory is not the project's in every build tool. Give the directory in full,"
                + " such as -Amissive.schemas=${project.basedir}/src/main/missive (Maven) or"
                + " \"-Amissive.schemas=${projectDir}/src/main/missive\" (Gradle).");
    Path file = Files.writeString(lock.resolve("a file"), "x");
    Compilation notADirectory =
        Compiler.javac().withProcessors(new MissiveProcessor(), new RoundClaims())
            .withOptions("-Amissive.schemas=" + file).compile(source);
    assertThat(notADirectory)
        .hadErrorContaining("[MissiveSchemaPath] -Amissive.schemas=" + file + " is not a directory.");
  }

  @Test
  void aSnapshotThatCannotBeReadIsAnErrorThatNamesIt() throws IOException {
    Files.createDirectories(lock.resolve("OrderPlaced/1.schema.json"));
    JavaFileObject source = orderPlaced(V1, "  String orderId();");
    assertThat(compile(source))
        .hadErrorContaining("[MissiveSchemaPath] the lock of OrderPlaced in " + lock.resolve("OrderPlaced")
            + " cannot be read: " + lock.resolve("OrderPlaced/1.schema.json") + ": Is a directory. Make the"
            + " directory and its files readable.")
        .inFile(source)
        .onLine(5);
  }

  @Test
  void theSameJsonFromAnotherJavaTypeOrAJavadocChangeIsCompatible() throws IOException {
    assertThat(compile(orderPlaced(V1, "  int quantity();", "  @Nullable String note();", "  @interface Nullable {}")))
        .succeeded();
    Compilation compilation =
        compile(orderPlaced(V1, "  /** How many. */", "  Integer quantity();", "  Optional<String> note();",
            "  @interface Nullable {}"));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).hadNoteContaining("updated the lock of OrderPlaced v1 (a compatible change)");
    assertThat(snapshot(1)).contains("\"$comment\": \"Integer\"", "\"$comment\": \"Optional<String>\"");
  }

  @Test
  void aPathWithSpacesWorks() throws IOException {
    Path spaced = lock.resolve("my project/src/main/missive");
    Compilation compilation =
        Compiler.javac().withProcessors(new MissiveProcessor(), new RoundClaims())
            .withOptions("-Amissive.schemas=" + spaced).compile(orderPlaced(V1, "  String orderId();"));
    assertThat(compilation).succeeded();
    assertThat(spaced.resolve("OrderPlaced/1.schema.json")).exists();
  }

  @Test
  void noOptionNoLock() {
    Compilation compilation =
        Compiler.javac().withProcessors(new MissiveProcessor(), new RoundClaims())
            .withOptions("-Xlint:all").compile(orderPlaced(V1, "  String orderId();"));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation.notes()).isEmpty();
  }
}
