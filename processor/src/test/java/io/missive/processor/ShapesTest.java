package io.missive.processor;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;

/**
 * The processor under random shapes: interfaces with random names, kinds, attributes, accessors of
 * supported and unsupported types (records, enums, Optional and collections of them, generics,
 * arrays), inheritance chains, package-info, and upcasters of right and wrong signatures. Whatever the
 * shape, the processor never crashes or reports an internal error, and the compilation either
 * succeeds without a warning other than Missive's own (the generated code compiles clean under
 * {@code -Xlint:all}), or fails with Missive diagnostics only, each on an element of the user's
 * sources.
 *
 * <p>Each try compiles a batch of {@link #PER_COMPILATION} types, each in a package of its own; a
 * failing try prints its seed and its sources. The generator writes valid Java, so that any other
 * error is the processor's (its generated code, or a crash).
 */
class ShapesTest {

  private static final int PER_COMPILATION = 12;

  @Property(tries = 170)
  void everyShapeCompilesCleanOrFailsWithMissiveDiagnosticsOnItsElements(@ForAll long seed) {
    Random random = new Random(seed);
    List<List<JavaFileObject>> shapes = new ArrayList<>();
    Set<String> userFiles = new TreeSet<>();
    StringBuilder listing = new StringBuilder();
    for (int i = 0; i < PER_COMPILATION; i++) {
      List<JavaFileObject> files = new ArrayList<>();
      new Shape(random, "shapes.s" + i).addTo(files, userFiles, listing);
      shapes.add(files);
    }
    Set<String> failed = check(seed, shapes, userFiles, listing);
    Statistics.label("types with Missive errors").collect(failed.size());
    if (!failed.isEmpty() && failed.size() < shapes.size()) {
      // javac stops before it checks the generated code once a processor reported an error: compile
      // the shapes without errors again, alone, so that their generated code is checked too.
      List<List<JavaFileObject>> clean = new ArrayList<>();
      for (int i = 0; i < shapes.size(); i++) {
        if (!failed.contains("shapes/s" + i + "/")) {
          clean.add(shapes.get(i));
        }
      }
      assertThat(check(seed, clean, userFiles, listing))
          .as("seed %d: shapes without errors of their own failed together:%n%s", seed, listing)
          .isEmpty();
    }
  }

  /**
   * Compiles the shapes and checks every diagnostic; returns the packages ({@code shapes/s3/}) of
   * the shapes with Missive errors.
   */
  private static Set<String> check(
      long seed, List<List<JavaFileObject>> shapes, Set<String> userFiles, StringBuilder listing) {
    List<JavaFileObject> sources = new ArrayList<>();
    shapes.forEach(sources::addAll);
    Compilation compilation;
    try {
      compilation = Sources.compiler().compile(sources);
    } catch (RuntimeException e) {
      throw new AssertionError("the compilation crashed, seed " + seed + ":\n" + listing, e);
    }
    Set<String> failed = new TreeSet<>();
    List<String> problems = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> d : compilation.diagnostics()) {
      String message = d.getMessage(Locale.ROOT);
      String file = d.getSource() == null ? null : d.getSource().toUri().getPath();
      boolean missive = message.startsWith("[Missive");
      boolean onUserElement = file != null && userFiles.contains(file) && d.getLineNumber() > 0;
      if (missive) {
        Statistics.label("Missive diagnostics").collect(message.substring(0, message.indexOf(']') + 1));
      }
      if (message.contains("MissiveInternalError")) {
        problems.add("internal error: " + message);
      } else if (d.getKind() == Diagnostic.Kind.ERROR && !(missive && onUserElement)) {
        problems.add("error " + (missive ? "not on an element" : "not Missive's") + " in " + file + ":"
            + d.getLineNumber() + ": " + message);
      } else if ((d.getKind() == Diagnostic.Kind.WARNING || d.getKind() == Diagnostic.Kind.MANDATORY_WARNING)
          && !(missive && onUserElement)) {
        problems.add("warning in " + file + ":" + d.getLineNumber() + ": " + message);
      }
      if (d.getKind() == Diagnostic.Kind.ERROR && file != null) {
        int at = file.indexOf("shapes/s");
        failed.add(file.substring(at, file.indexOf('/', at + "shapes/s".length()) + 1));
      }
    }
    assertThat(problems).as("seed %d, sources:%n%s", seed, listing).isEmpty();
    assertThat(compilation.status() == Compilation.Status.FAILURE).isEqualTo(!failed.isEmpty());
    return failed;
  }

  /** One random message interface, with its base interfaces and its package-info, in one package. */
  private static final class Shape {
    private static final String[] EVENTS = {
      "OrderPlaced", "ParcelShipped", "AccountOpened", "PaymentRefunded", "StockReserved",
      "InvoiceSent", "UserRegistered", "CartEmptied", "SeatBooked", "ShipmentDelayed"
    };
    private static final String[] COMMANDS = {
      "PlaceOrder", "ShipParcel", "OpenAccount", "RefundPayment", "ReserveStock", "SendInvoice",
      "RegisterUser", "CancelBooking"
    };
    private static final String[] QUERIES = {
      "GetOrder", "FindParcels", "GetAccountBalance", "ListInvoices", "FindUserByEmail", "CountSeats"
    };
    /** Names that break one naming rule or another, or read oddly. */
    private static final String[] ODD = {
      "OrderPlace", "DoStuff", "OrderPlacedEvent", "Processing", "X", "OrderCreatedV2", "Data",
      "HandleOrder", "OrderShippedCommand", "GetOrderQuery", "PlaceOrderEvent", "UpdatedOrder",
      "OrderWasPlaced", "ProcessData", "ÄnderungGespeichert", "Order_Placed", "ORDERPLACED"
    };
    private static final String[] SOURCES = {
      "order-service", "/orders", "https://example.com/orders", "urn:x:y", "not a uri", "a%zz", "", ""
    };
    private static final String[] SCALARS = {
      "String", "int", "long", "double", "boolean", "Integer", "Long", "java.math.BigDecimal",
      "java.math.BigInteger", "java.time.Instant", "java.time.LocalDate", "java.time.Duration",
      "java.util.UUID", "java.net.URI", "java.util.Currency", "java.time.LocalTime",
      "java.time.OffsetDateTime", "java.time.LocalDateTime", "char", "float", "byte", "short"
    };
    /** Types the processor refuses, with a message saying what to use instead. */
    private static final String[] UNSUPPORTED = {
      "java.util.Date", "Object", "byte[]", "int[]", "java.util.List<?>", "java.util.Map<Integer, String>",
      "Runnable", "CharSequence", "java.util.Calendar", "java.util.Optional<java.util.Optional<String>>",
      "java.util.Collection<String>", "java.util.ArrayList<String>", "Number", "java.time.ZonedDateTime"
    };
    private static final String[] NAMES = {
      "orderId", "total", "items", "note", "tags", "createdAt", "customer", "amount", "lines",
      "reference", "count", "active", "value", "from", "email", "quantity", "price", "reason"
    };
    /** Names the envelope or the record needs for itself, or that read as getters. */
    private static final String[] RESERVED = {
      "getName", "isPaid", "id", "source", "type", "data", "version", "timestamp", "correlationId",
      "builder", "json", "toBuilder", "JSON", "causationId", "hashCode", "toString"
    };

    private final Random random;
    private final String pkg;
    private final StringBuilder body = new StringBuilder();
    private final List<String[]> extraFiles = new ArrayList<>();
    private final Set<String> usedNames = new TreeSet<>();
    private final boolean generic;
    private int nested;

    Shape(Random random, String pkg) {
      this.random = random;
      this.pkg = pkg;
      this.generic = random.nextInt(20) == 0;
    }

    void addTo(List<JavaFileObject> sources, Set<String> userFiles, StringBuilder listing) {
      String kind = pick("DomainEvent", "DomainEvent", "Command", "Query", "DomainEvent", "Command");
      String name =
          random.nextInt(10) == 0
              ? pick(ODD)
              : kind.equals("DomainEvent") ? pick(EVENTS) : kind.equals("Command") ? pick(COMMANDS) : pick(QUERIES);
      int version = random.nextInt(15) == 0 ? random.nextInt(3) - 1 : 1 + random.nextInt(3);
      if (random.nextInt(6) == 0 && version > 1) {
        name = name + "V" + version;
      }
      StringBuilder annotation = new StringBuilder("@io.missive.").append(kind).append('(');
      List<String> attributes = new ArrayList<>();
      if (random.nextInt(10) == 0) {
        attributes.add("source = \"" + pick(SOURCES) + "\"");
      } else if (kind.equals("DomainEvent") || random.nextBoolean()) {
        attributes.add("source = \"" + pick("order-service", "/orders", "https://example.com/x") + "\"");
      }
      if (version != 1 || random.nextBoolean()) {
        attributes.add("version = " + version);
      }
      // Mostly a version that is read as it should be: by readsFrom, or through a chain of upcasters.
      boolean chain = version > 1 && random.nextInt(5) != 0 && random.nextBoolean();
      if (random.nextInt(8) == 0) {
        attributes.add("readsFrom = " + (random.nextInt(version + 2)));
      } else if (version > 1 && !chain && random.nextInt(5) != 0) {
        attributes.add("readsFrom = " + version);
      }
      if (random.nextInt(8) == 0) {
        attributes.add("type = \"" + pick("orders." + name, "", "bad type", name + ".v1") + "\"");
      }
      annotation.append(String.join(", ", attributes)).append(')');

      String extendsClause = "";
      if (random.nextInt(3) == 0) {
        extendsClause = " extends " + base(name, 1 + random.nextInt(2));
      }
      if (random.nextInt(10) == 0) {
        annotation.insert(0, "@SuppressWarnings(\"missive:" + pick("event-tense", "command-verb", "redundant-suffix") + "\")\n");
      }
      int accessors = random.nextInt(7);
      for (int i = 0; i < accessors; i++) {
        accessor();
      }
      if (random.nextInt(6) == 0) {
        body.append("  default int derived() { return 1; }\n");
      }
      if (random.nextInt(8) == 0) {
        body.append("  static String helper() { return \"\"; }\n");
      }
      if (chain) {
        for (int from = 1; from < version; from++) {
          body.append("  @io.missive.Upcast(from = ").append(from).append(")\n  static ")
              .append(random.nextBoolean()
                  ? "void up" + from + "(io.missive.json.JsonObject data) {}"
                  : "io.missive.json.JsonObject up" + from + "(io.missive.json.JsonObject data) {"
                      + " return data.put(\"v" + from + "\", " + from + "); }")
              .append('\n');
        }
      } else if (random.nextInt(6) == 0) {
        int upcasters = 1 + random.nextInt(2);
        for (int i = 0; i < upcasters; i++) {
          upcaster(version, i);
        }
      }

      String source =
          "package " + pkg + ";\n\n" + annotation + "\npublic interface " + name
              + (generic ? "<T>" : "") + extendsClause + " {\n" + body + "}\n";
      add(sources, userFiles, listing, name, source);
      for (String[] file : extraFiles) {
        add(sources, userFiles, listing, file[0], file[1]);
      }
      if (random.nextInt(4) == 0) {
        String info =
            (random.nextBoolean() ? "@io.missive.MessageSource(\"" + pick(SOURCES) + "\")\n" : "")
                + "package " + pkg + ";\n";
        add(sources, userFiles, listing, "package-info", info);
      }
    }

    private void add(
        List<JavaFileObject> sources, Set<String> userFiles, StringBuilder listing, String name, String text) {
      JavaFileObject file = JavaFileObjects.forSourceString(pkg + "." + name, text);
      sources.add(file);
      userFiles.add(file.toUri().getPath());
      listing.append("// ").append(pkg).append('.').append(name).append('\n').append(text);
    }

    /** A chain of {@code depth} plain base interfaces; returns the first one's name. */
    private String base(String messageName, int depth) {
      String first = null;
      String previous = null;
      for (int level = depth; level >= 1; level--) {
        String baseName = "Has" + messageName + level;
        boolean typeParameter = random.nextInt(4) == 0;
        StringBuilder text = new StringBuilder("package " + pkg + ";\n\npublic interface " + baseName
            + (typeParameter ? "<X>" : "") + (previous != null ? " extends " + previous : "") + " {\n");
        String accessor = uniqueName("base" + level + "Value");
        text.append("  ").append(typeParameter ? "X" : pick(SCALARS)).append(' ').append(accessor).append("();\n");
        text.append("}\n");
        extraFiles.add(new String[] {baseName, text.toString()});
        previous = typeParameter ? baseName + "<" + pick("String", "Integer", "java.util.List<String>") + ">" : baseName;
        first = previous;
      }
      return first;
    }

    private void accessor() {
      String wanted = random.nextInt(12) == 0 ? pick(RESERVED) : pick(NAMES);
      String name = uniqueName(wanted);
      StringBuilder line = new StringBuilder("  ");
      if (random.nextInt(10) == 0) {
        line.append("@io.missive.Sensitive ");
      }
      boolean objects = name.startsWith("hashCode") || name.startsWith("toString");
      String type = valueType(0);
      if (name.startsWith("hashCode")) {
        // As Object declares it, or javac itself refuses the interface.
        type = "int";
      } else if (name.startsWith("toString")) {
        type = "String";
      } else if (random.nextInt(40) == 0) {
        type = "void";
      }
      line.append(type).append(' ').append(name).append('(');
      // Not on hashCode() or toString(), which are no accessors: the record's own methods override a
      // deprecated one with a deprecation warning (left as it is: deprecating those is far-fetched).
      if (random.nextInt(15) == 0 && !objects) {
        line.insert(2, "@Deprecated ");
      }
      if (random.nextInt(40) == 0 && !objects) {
        line.append("int argument");
      }
      line.append(')');
      if (random.nextInt(40) == 0 && !objects) {
        line.append(" throws Exception");
      }
      body.append(line).append(";\n");
    }

    private String valueType(int depth) {
      return valueType(depth, generic);
    }

    /** A type for a value at {@code depth}; {@code T} only where the interface's type parameter is seen. */
    private String valueType(int depth, boolean typeParameter) {
      int choice = random.nextInt(depth > 1 ? 3 : 10);
      switch (choice) {
        case 0:
        case 1:
          return pick(SCALARS);
        case 2:
          return random.nextInt(3) == 0 ? pick(UNSUPPORTED) : pick(SCALARS);
        case 3:
          return "java.util.Optional<" + boxed(valueType(depth + 1, typeParameter)) + ">";
        case 4:
          return "java.util.List<" + boxed(valueType(depth + 1, typeParameter)) + ">";
        case 5:
          return "java.util.Set<" + boxed(valueType(depth + 1, typeParameter)) + ">";
        case 6:
          return "java.util.Map<String, " + boxed(valueType(depth + 1, typeParameter)) + ">";
        case 7:
          return record(depth);
        case 8:
          return enumType();
        default:
          return typeParameter ? "T" : pick(SCALARS);
      }
    }

    private static String boxed(String type) {
      switch (type) {
        case "int":
          return "Integer";
        case "long":
          return "Long";
        case "double":
          return "Double";
        case "boolean":
          return "Boolean";
        case "char":
          return "Character";
        case "float":
          return "Float";
        case "byte":
          return "Byte";
        case "short":
          return "Short";
        default:
          return type;
      }
    }

    private String record(int depth) {
      String name = "Part" + (++nested);
      StringBuilder components = new StringBuilder();
      int count = random.nextInt(4);
      Set<String> names = new TreeSet<>();
      for (int i = 0; i < count; i++) {
        String component = pick("sku", "quantity", "price", "label", "when", "children", "code");
        if (!names.add(component)) {
          continue;
        }
        if (components.length() > 0) {
          components.append(", ");
        }
        String type =
            component.equals("children") && random.nextBoolean()
                ? "java.util.List<" + name + ">"
                : depth < 2 && random.nextInt(3) == 0 ? valueType(depth + 1, false) : pick(SCALARS);
        components.append(type).append(' ').append(component);
      }
      body.append("  record ").append(name).append('(').append(components).append(") {}\n");
      return name;
    }

    private String enumType() {
      String name = "Kind" + (++nested);
      body.append("  enum ").append(name).append(" { ")
          .append(pick("A, B", "SMALL, LARGE", "ONE", "RED, GREEN, BLUE")).append(" }\n");
      return name;
    }

    private void upcaster(int version, int index) {
      int from = random.nextInt(5) == 0 ? random.nextInt(version + 2) - 1 : Math.max(1, version - 1 - index);
      String json = "io.missive.json.JsonObject";
      String signature =
          pick(
              "static void up" + index + "(" + json + " data) {}",
              "static void up" + index + "(" + json + " data) {}",
              "static " + json + " up" + index + "(" + json + " data) { return data; }",
              "default void up" + index + "(" + json + " data) {}",
              "static String up" + index + "(" + json + " data) { return \"\"; }",
              "static void up" + index + "(String data) {}",
              "static void up" + index + "(" + json + " data) throws Exception {}",
              "private static void up" + index + "(" + json + " data) {}");
      body.append("  @io.missive.Upcast(from = ").append(from).append(")\n  ").append(signature).append('\n');
    }

    private String uniqueName(String wanted) {
      String name = wanted;
      for (int i = 2; !usedNames.add(name); i++) {
        name = wanted + i;
      }
      return name;
    }

    private String pick(String... options) {
      return options[random.nextInt(options.length)];
    }
  }
}
