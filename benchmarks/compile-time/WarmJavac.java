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
 * Times javac in one warm JVM, as build daemons (Gradle's compiler daemon, an IDE, Maven's in-process
 * compiler across modules) run it: each processor is loaded once and reused, and every configuration
 * is compiled WARMUP times before MEASURED timed runs, interleaved so that no configuration profits
 * from running last.
 *
 * <p>java WarmJavac.java CLASSPATH MISSIVE_PROCESSOR_PATH IMMUTABLES_PATH COPY_PROCESSOR_PATH
 * MISSIVE_SRC IMMUTABLES_SRC GENERATED_SRC_OUT WARMUP MEASURED
 *
 * <p>Prints one line: plain missive immutables generated copy, each the median in milliseconds.
 */
public final class WarmJavac {

  public static void main(String[] args) throws Exception {
    String classpath = args[0];
    Processor missive = load(args[1], "io.missive.processor.MissiveProcessor");
    Processor immutables = load(args[2], null);
    Processor copy = load(args[3], "CopyProcessor");
    List<File> missiveSources = sources(Path.of(args[4]));
    List<File> immutablesSources = sources(Path.of(args[5]));
    Path generated = Path.of(args[6]);
    int warmup = Integer.parseInt(args[7]);
    int measured = Integer.parseInt(args[8]);
    List<String> copyFrom = List.of("-Acopy.from=" + generated);

    // The first run also writes the generated sources the "generated" and "copy" configurations use.
    compile(classpath, missiveSources, missive, generated, List.of());
    List<File> generatedSources = new ArrayList<>(missiveSources);
    generatedSources.addAll(sources(generated));

    Map<String, List<Long>> times = new LinkedHashMap<>();
    for (String name : List.of("plain", "missive", "immutables", "generated", "copy")) {
      times.put(name, new ArrayList<>());
    }
    for (int i = 0; i < warmup + measured; i++) {
      boolean keep = i >= warmup;
      record(times, "plain", keep, () -> compile(classpath, missiveSources, null, null, List.of()));
      record(times, "missive", keep, () -> compile(classpath, missiveSources, missive, null, List.of()));
      record(
          times, "immutables", keep, () -> compile(classpath, immutablesSources, immutables, null, List.of()));
      record(times, "generated", keep, () -> compile(classpath, generatedSources, null, null, List.of()));
      record(times, "copy", keep, () -> compile(classpath, missiveSources, copy, null, copyFrom));
    }
    StringBuilder line = new StringBuilder();
    for (List<Long> runs : times.values()) {
      runs.sort(Comparator.naturalOrder());
      line.append(String.format(Locale.ROOT, "%.1f ", runs.get(runs.size() / 2) / 1e6));
    }
    System.out.println(line.toString().trim());
  }

  private static void record(Map<String, List<Long>> times, String name, boolean keep, Runnable run) {
    long start = System.nanoTime();
    run.run();
    long elapsed = System.nanoTime() - start;
    if (keep) {
      times.get(name).add(elapsed);
    }
  }

  private static void compile(
      String classpath, List<File> sources, Processor processor, Path sourceOut, List<String> extra) {
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
      if (processor != null) {
        task.setProcessors(List.of(newInstance(processor)));
      }
      if (!task.call()) {
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

  /** A fresh processor instance each compilation (processors keep state), from the cached loader. */
  private static Processor newInstance(Processor prototype) {
    try {
      return prototype.getClass().getConstructor().newInstance();
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Processor load(String path, String className) throws IOException {
    List<URL> urls = new ArrayList<>();
    for (String entry : path.split(File.pathSeparator)) {
      urls.add(Path.of(entry).toUri().toURL());
    }
    ClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), WarmJavac.class.getClassLoader());
    for (Processor processor : ServiceLoader.load(Processor.class, loader)) {
      if (className == null || processor.getClass().getName().equals(className)) {
        return processor;
      }
    }
    throw new IllegalStateException("no processor " + (className == null ? "" : className) + " on " + path);
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
