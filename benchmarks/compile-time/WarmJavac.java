import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.stream.Stream;
import javax.annotation.processing.Processor;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Times javac in one warm JVM, as a build daemon runs it. Every configuration is compiled WARMUP times
 * before MEASURED timed runs, interleaved so that no configuration profits from running last.
 *
 * <p>The processors run two ways. Kept: each processor is loaded once and reused, so its code is warm
 * too; the best case, for a tool that keeps the processor's class loader between compilations.
 * Reloaded: every compilation loads the processor afresh in a new class loader, as javac does with
 * {@code -processorpath}, and so a Gradle or Maven daemon: javac's code is warm, the processor's is not.
 *
 * <p>java WarmJavac.java CLASSPATH MISSIVE_PROCESSOR_PATH IMMUTABLES_PATH COPY_PROCESSOR_PATH
 * MISSIVE_SRC IMMUTABLES_SRC GENERATED_SRC_OUT IMMUTABLES_GENERATED_SRC_OUT WARMUP MEASURED
 *
 * <p>Prints one line: plain missive immutables generated copy missive-reloaded immutables-reloaded
 * immutables-generated, each the median in milliseconds, then these differences, each taken round by
 * round and its median printed: missive-reloaded minus missive; then each processor itself, kept
 * (missive minus generated, immutables minus immutables-generated), then reloaded
 * (missive-reloaded minus generated, immutables-reloaded minus immutables-generated).
 */
public final class WarmJavac {

  public static void main(String[] args) throws Exception {
    String classpath = args[0];
    Loaded missive = Loaded.of(args[1], "io.missive.processor.MissiveProcessor");
    Loaded immutables = Loaded.of(args[2], null);
    Loaded copy = Loaded.of(args[3], "CopyProcessor");
    List<File> missiveSources = sources(Path.of(args[4]));
    List<File> immutablesSources = sources(Path.of(args[5]));
    Path generated = Path.of(args[6]);
    Path immutablesGenerated = Path.of(args[7]);
    int warmup = Integer.parseInt(args[8]);
    int measured = Integer.parseInt(args[9]);
    List<String> copyFrom = List.of("-Acopy.from=" + generated);

    // The first runs also write the generated sources that the configurations compiling each
    // processor's output without it ("generated", "immutables-generated") and "copy" use.
    compile(classpath, missiveSources, missive::kept, generated, List.of());
    List<File> generatedSources = new ArrayList<>(missiveSources);
    generatedSources.addAll(sources(generated));
    compile(classpath, immutablesSources, immutables::kept, immutablesGenerated, List.of());
    List<File> immutablesGeneratedSources = new ArrayList<>(immutablesSources);
    immutablesGeneratedSources.addAll(sources(immutablesGenerated));

    Map<String, List<Long>> times = new LinkedHashMap<>();
    List<String> names =
        List.of(
            "plain",
            "missive",
            "immutables",
            "generated",
            "copy",
            "missive-reloaded",
            "immutables-reloaded",
            "immutables-generated");
    for (String name : names) {
      times.put(name, new ArrayList<>());
    }
    for (int i = 0; i < warmup + measured; i++) {
      boolean keep = i >= warmup;
      record(times, "plain", keep, () -> compile(classpath, missiveSources, null, null, List.of()));
      record(times, "missive", keep, () -> compile(classpath, missiveSources, missive::kept, null, List.of()));
      record(
          times, "immutables", keep,
          () -> compile(classpath, immutablesSources, immutables::kept, null, List.of()));
      record(times, "generated", keep, () -> compile(classpath, generatedSources, null, null, List.of()));
      record(times, "copy", keep, () -> compile(classpath, missiveSources, copy::kept, null, copyFrom));
      record(
          times, "missive-reloaded", keep,
          () -> compile(classpath, missiveSources, missive::reloaded, null, List.of()));
      record(
          times, "immutables-reloaded", keep,
          () -> compile(classpath, immutablesSources, immutables::reloaded, null, List.of()));
      record(
          times, "immutables-generated", keep,
          () -> compile(classpath, immutablesGeneratedSources, null, null, List.of()));
    }
    StringBuilder line = new StringBuilder();
    for (List<Long> runs : times.values()) {
      line.append(String.format(Locale.ROOT, "%.1f ", median(runs) / 1e6));
    }
    line.append(roundByRound(times, "missive-reloaded", "missive"))
        .append(roundByRound(times, "missive", "generated"))
        .append(roundByRound(times, "immutables", "immutables-generated"))
        .append(roundByRound(times, "missive-reloaded", "generated"))
        .append(roundByRound(times, "immutables-reloaded", "immutables-generated"));
    System.out.println(line.toString().strip());
  }

  /**
   * The median of {@code minuend} minus {@code subtrahend} taken round by round, in milliseconds: the
   * two ran in the same round, so the machine's drift, which moves the medians of whole
   * configurations, mostly cancels out of each difference.
   */
  private static String roundByRound(Map<String, List<Long>> times, String minuend, String subtrahend) {
    List<Long> differences = new ArrayList<>();
    for (int i = 0; i < times.get(minuend).size(); i++) {
      differences.add(times.get(minuend).get(i) - times.get(subtrahend).get(i));
    }
    return String.format(Locale.ROOT, "%.1f ", median(differences) / 1e6);
  }

  private static long median(List<Long> values) {
    List<Long> sorted = new ArrayList<>(values);
    sorted.sort(Comparator.naturalOrder());
    return sorted.get(sorted.size() / 2);
  }

  private static void record(Map<String, List<Long>> times, String name, boolean keep, Runnable run) {
    long start = System.nanoTime();
    run.run();
    long elapsed = System.nanoTime() - start;
    if (keep) {
      times.get(name).add(elapsed);
    }
  }

  /** Where a compilation gets its processor; what it returns is closed after the compilation. */
  private interface ProcessorSource {
    Instance open() throws IOException;
  }

  /** A processor for one compilation, and the class loader to close after it, if its own. */
  private record Instance(Processor processor, URLClassLoader ownLoader) implements AutoCloseable {
    @Override
    public void close() throws IOException {
      if (ownLoader != null) {
        ownLoader.close();
      }
    }
  }

  /** A processor loaded once from {@code path}. */
  private record Loaded(String path, Processor prototype) {
    static Loaded of(String path, String className) throws IOException {
      return new Loaded(path, find(loader(path), className));
    }

    /** A new instance from the loader loaded once (processors keep state, so one per compilation). */
    Instance kept() {
      try {
        return new Instance(prototype.getClass().getConstructor().newInstance(), null);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
    }

    /** The same processor class loaded afresh, in a new class loader of its own. */
    Instance reloaded() throws IOException {
      URLClassLoader loader = loader(path);
      return new Instance(find(loader, prototype.getClass().getName()), loader);
    }
  }

  /**
   * Compiles {@code sources} with the processor from {@code processor} (obtained inside the timed
   * part, as javac loads its processors), or with none when it is null.
   */
  private static void compile(
      String classpath, List<File> sources, ProcessorSource processor, Path sourceOut, List<String> extra) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    try (StandardJavaFileManager files = javac.getStandardFileManager(null, Locale.ROOT, null)) {
      Path out = Files.createTempDirectory("warm-javac-out");
      Path generated = sourceOut != null ? sourceOut : Files.createTempDirectory("warm-javac-gen");
      Files.createDirectories(generated);
      List<String> options = new ArrayList<>(List.of("-cp", classpath, "-d", out.toString(), "-s", generated.toString()));
      if (processor == null) {
        options.add("-proc:none");
      }
      options.addAll(extra);
      Iterable<? extends JavaFileObject> units = files.getJavaFileObjectsFromFiles(sources);
      StringWriter messages = new StringWriter();
      JavaCompiler.CompilationTask task = javac.getTask(messages, files, null, options, null, units);
      boolean compiled;
      if (processor == null) {
        compiled = task.call();
      } else {
        try (Instance instance = processor.open()) {
          task.setProcessors(List.of(instance.processor()));
          compiled = task.call();
        }
      }
      if (!compiled) {
        throw new IllegalStateException("compilation failed:\n" + messages);
      }
      delete(out);
      if (sourceOut == null) {
        delete(generated);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static URLClassLoader loader(String path) throws IOException {
    List<URL> urls = new ArrayList<>();
    for (String entry : path.split(File.pathSeparator)) {
      urls.add(Path.of(entry).toUri().toURL());
    }
    return new URLClassLoader(urls.toArray(URL[]::new), WarmJavac.class.getClassLoader());
  }

  /** The processor named {@code className} (the first one when null) that {@code loader} provides. */
  private static Processor find(ClassLoader loader, String className) {
    for (Processor processor : ServiceLoader.load(Processor.class, loader)) {
      if (className == null || processor.getClass().getName().equals(className)) {
        return processor;
      }
    }
    throw new IllegalStateException("no processor " + (className == null ? "" : className) + " on its path");
  }

  private static List<File> sources(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(p -> p.toString().endsWith(".java")).map(Path::toFile).sorted().toList();
    }
  }

  private static void delete(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
