import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.missive.processor.model.Accessor;
import io.missive.processor.model.Declaration;
import io.missive.processor.model.Field;
import io.missive.processor.model.Hints;
import io.missive.processor.model.MessageKind;
import io.missive.processor.model.MessageType;
import io.missive.processor.model.ScalarType;
import io.missive.processor.model.ValueType;
import io.missive.processor.model.ValueType.Shape;
import io.missive.processor.naming.NamingOptions;
import io.missive.processor.naming.NamingRules;
import io.missive.processor.write.EnvelopeWriter;
import io.missive.processor.write.Generation;
import io.missive.processor.write.PayloadWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongPredicate;
import java.util.function.LongSupplier;

/**
 * For compile-time.sh: two parts of the Missive processor's own work, each timed alone in a fresh JVM
 * (the processor's classes loaded on first use, as in a fresh javac), on the names and the shape of the
 * benchmark's interfaces.
 *
 * <pre>
 *   ProcessorParts naming N          the naming rules with their lexicon: N event names judged
 *   ProcessorParts generation N      code generation: the writers build and JavaPoet renders the two
 *                                    files of N interfaces
 *   ProcessorParts building N        the first half of it alone: the writers build the two files of N
 *                                    interfaces as JavaPoet specs, which are not rendered
 *   ProcessorParts check N dir       fails unless generation renders what the processor wrote to dir
 * </pre>
 *
 * Prints the milliseconds taken. Reading the interfaces through javac's element API, the other rules
 * and the Filer are not in either part.
 */
public final class ProcessorParts {

  public static void main(String[] args) throws Exception {
    int n = Integer.parseInt(args[1]);
    List<String> names = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      names.add("Order" + letters(i) + "Placed");
    }
    switch (args[0]) {
      case "naming" -> printTime(
          () -> {
            NamingRules rules = new NamingRules(NamingOptions.from(Map.of()));
            long findings = 0;
            for (String name : names) {
              findings += rules.check(MessageKind.EVENT, name).size();
            }
            return findings;
          },
          findings -> findings == 0,
          "naming findings on the benchmark's names");
      case "generation" -> printTime(
          () -> {
            Generator generator = new Generator();
            long chars = 0;
            for (String name : names) {
              for (String source : generator.generate(name)) {
                chars += source.length();
              }
            }
            return chars;
          },
          chars -> chars > 0,
          "characters generated");
      case "building" -> printTime(
          () -> {
            Generator generator = new Generator();
            long members = 0;
            for (String name : names) {
              for (JavaFile file : generator.build(name)) {
                members += file.typeSpec().methodSpecs().size() + file.typeSpec().typeSpecs().size();
              }
            }
            return members;
          },
          members -> members > 0,
          "members built");
      case "check" -> {
        Path dir = Path.of(args[2]);
        Generator generator = new Generator();
        for (String name : names) {
          List<String> sources = generator.generate(name);
          List<String> files = List.of(name + "Data.java", name + "Event.java");
          for (int i = 0; i < files.size(); i++) {
            String written = Files.readString(dir.resolve("bench").resolve(files.get(i)));
            if (!written.equals(sources.get(i))) {
              throw new AssertionError(files.get(i) + " differs from what the processor wrote");
            }
          }
        }
      }
      default ->
          throw new IllegalArgumentException("naming, generation, building or check, not " + args[0]);
    }
  }

  /**
   * Runs {@code part} once and prints the milliseconds it took; fails unless what it counted (the
   * work it did, so that none of it can be skipped) is what {@code expected} accepts.
   */
  private static void printTime(LongSupplier part, LongPredicate expected, String counted) {
    long start = System.nanoTime();
    long count = part.getAsLong();
    long end = System.nanoTime();
    if (!expected.test(count)) {
      throw new AssertionError(count + " " + counted);
    }
    System.out.printf("%.1f%n", (end - start) / 1e6);
  }

  /**
   * Missive's writers on the model the processor reads from compile-time.sh's interfaces. Made inside
   * the timed part, so that loading the writers and JavaPoet counts, as it does in javac.
   */
  private static final class Generator {
    private final PayloadWriter payload = new PayloadWriter();
    private final EnvelopeWriter envelope = new EnvelopeWriter(true);
    private final ValueType string = ValueType.scalar(ScalarType.STRING, ClassName.get(String.class));
    private final List<Accessor> accessors =
        List.of(
            accessor("orderId", string),
            accessor("customerId", string),
            accessor("quantity", ValueType.scalar(ScalarType.INT, TypeName.INT)),
            accessor("sequence", ValueType.scalar(ScalarType.LONG, TypeName.LONG)),
            accessor("total", ValueType.scalar(ScalarType.BIG_DECIMAL, ClassName.get(BigDecimal.class))),
            accessor("placedAt", ValueType.scalar(ScalarType.INSTANT, ClassName.get(Instant.class))),
            accessor("tags", container(Shape.LIST, List.class)),
            accessor("note", container(Shape.OPTIONAL, Optional.class)));

    private static Accessor accessor(String name, ValueType type) {
      return Accessor.of(new Field(name, type, false));
    }

    private ValueType container(Shape shape, Class<?> raw) {
      return new ValueType(
          shape, null, ParameterizedTypeName.get(raw, String.class), List.of(string), List.of(), List.of());
    }

    /** The two files the processor generates for the interface {@code name}, rendered. */
    List<String> generate(String name) {
      List<String> sources = new ArrayList<>();
      for (JavaFile file : build(name)) {
        sources.add(file.toString());
      }
      return sources;
    }

    /** The two files the processor generates for the interface {@code name}, as JavaPoet specs. */
    List<JavaFile> build(String name) {
      MessageType model =
          new MessageType(
              MessageKind.EVENT,
              ClassName.get("bench", name),
              new Declaration(Declaration.ElementKind.INTERFACE, List.of(), false, false, null),
              1,
              0,
              "",
              "bench-service",
              MessageType.SourceOrigin.ANNOTATION,
              accessors,
              List.of(),
              List.of(),
              List.of(),
              Set.of(),
              // As the processor sees the benchmark's compilation: @Generated available and
              // jackson-databind on the class path, so the envelope gets the databind adapters.
              new Hints(true, true, false, Set.of()));
      List<JavaFile> files = new ArrayList<>();
      // No lock, so no frozen versions.
      List<TypeSpec> types = List.of(payload.write(model).build(), envelope.write(model, List.of()).build());
      for (TypeSpec type : types) {
        files.add(Generation.file("bench", type));
      }
      return files;
    }
  }

  /** The same names as compile-time.sh: 0 is Aaa, 1 is Aab, and so on. */
  private static String letters(int n) {
    char[] s = new char[3];
    for (int i = 2; i >= 0; i--) {
      s[i] = (char) ('a' + n % 26);
      n /= 26;
    }
    s[0] = Character.toUpperCase(s[0]);
    return new String(s);
  }
}
