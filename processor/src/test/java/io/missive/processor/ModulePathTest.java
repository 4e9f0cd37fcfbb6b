package io.missive.processor;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.missive.DomainEvent;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Messages in a named module, compiled as Maven compiles one: the runtime and the modules the module
 * requires on the module path, every other dependency on the class path. What the envelopes use of
 * other libraries (databind's adapters, {@code @Generated}) must be readable from the module, not only
 * present in the compilation, or the generated code does not compile.
 */
class ModulePathTest {

  @TempDir Path dir;

  private static final String EVENT =
      """
      package com.example.shipping;

      @io.missive.DomainEvent(source = "shipping")
      public interface ParcelShipped {
        String parcelId();
      }
      """;

  @Test
  void aModuleThatRequiresDatabindGetsTheAdapters() throws Exception {
    String envelope =
        compile(
            "module com.example.shipping { requires io.missive; requires com.fasterxml.jackson.databind; }",
            true);
    assertThat(envelope).contains("@JsonSerialize(").contains("@JsonDeserialize(");
  }

  @Test
  void databindOnTheClassPathOfAModuleThatDoesNotReadItIsLeftOut() throws Exception {
    String envelope = compile("module com.example.shipping { requires io.missive; }", false);
    assertThat(envelope).doesNotContain("databind").doesNotContain("@JsonSerialize");
  }

  @Test
  void generatedIsUsedWhenTheModuleReadsJavaCompilerThroughARequiresTransitive() throws Exception {
    // jdk.compiler requires transitive java.compiler, so the module reads it.
    String envelope =
        compile("module com.example.shipping { requires io.missive; requires jdk.compiler; }", false);
    assertThat(envelope).contains("@Generated(");
  }

  @Test
  void generatedIsLeftOutWhereTheModuleCannotSeeIt() throws Exception {
    String envelope = compile("module com.example.shipping { requires io.missive; }", false);
    assertThat(envelope).doesNotContain("@Generated");
  }

  @Test
  void aModuleThatDoesNotProvideItsCodecsIsToldWhatToWrite() throws Exception {
    List<javax.tools.Diagnostic<? extends JavaFileObject>> found =
        compileReporting("module com.example.shipping { requires io.missive; }", List.of());
    assertThat(found).hasSize(1);
    javax.tools.Diagnostic<? extends JavaFileObject> warning = found.get(0);
    assertThat(warning.getKind()).isEqualTo(javax.tools.Diagnostic.Kind.WARNING);
    assertThat(warning.getMessage(Locale.ROOT))
        .isEqualTo(
            "[MissiveModuleProvides] Module com.example.shipping provides no io.missive.MessageCodecProvider,"
                + " so MessageJsonReader.discovered() (and a MessageDeserializer without a list of messages)"
                + " will not find the codecs of its messages: in a named module, ServiceLoader reads the"
                + " module's provides directives, not META-INF/services. Write a provider, such as public"
                + " final class MessageCodecs implements MessageCodecProvider { public MessageCodecs() {}"
                + " public List<MessageCodec<?>> codecs() { return List.of(ParcelShippedEvent.JSON); } }, and"
                + " in module-info.java: provides"
                + " io.missive.MessageCodecProvider with com.example.shipping.MessageCodecs; or list the codecs"
                + " with MessageJsonReader.of(...) and compile with -Amissive.codecRegistry=false.");
    // On the module's declaration, in module-info.java.
    assertThat(warning.getSource().getName()).endsWith("module-info.java");
    assertThat(warning.getLineNumber()).isEqualTo(1);
  }

  @Test
  void theProviderTheWarningSuggestsCompilesWithoutAWarningWhereTheModuleReadsDatabind() throws Exception {
    // javac 17 refuses a provides naming a generated class in a module that reads databind or
    // java.compiler: the advice is a class of the module's own, which compiles everywhere.
    List<javax.tools.Diagnostic<? extends JavaFileObject>> found =
        compileReporting(
            "module com.example.shipping { requires transitive io.missive; requires com.fasterxml.jackson.databind;"
                + " exports com.example.shipping;"
                + " provides io.missive.MessageCodecProvider with com.example.shipping.MessageCodecs; }",
            List.of(),
            PROVIDER);
    assertThat(found).isEmpty();
  }

  @Test
  void theProviderOfSetupMdCompilesAsPastedUnderXlintAllWerror() throws Exception {
    // docs/setup.md, "The module path": the provider class and the line of module-info.java, as a
    // user pastes them into a module of two messages (the class with its package and imports).
    List<String> blocks = setupBlocks("The module path");
    assertThat(blocks).hasSize(2);
    String provider =
        "package com.example.shipping;\n\nimport io.missive.MessageCodec;\nimport io.missive.MessageCodecProvider;\n"
            + "import java.util.List;\n\n" + blocks.get(0);
    String command =
        "package com.example.shipping;\n\n@io.missive.Command\npublic interface DispatchParcel {\n  String parcelId();\n}\n";
    List<javax.tools.Diagnostic<? extends JavaFileObject>> found =
        compileReporting(
            "module com.example.shipping { requires transitive io.missive; requires com.fasterxml.jackson.databind;"
                + " exports com.example.shipping; " + blocks.get(1).strip() + " }",
            List.of("-Werror"),
            command,
            provider);
    assertThat(found).isEmpty();
  }

  /** The fenced java blocks of docs/setup.md under {@code heading}, up to the next heading. */
  private static List<String> setupBlocks(String heading) throws IOException {
    List<String> lines = Files.readAllLines(Path.of("..", "docs", "setup.md"));
    int start = lines.indexOf("## " + heading);
    assertThat(start).as("docs/setup.md has ## %s", heading).isNotNegative();
    List<String> blocks = new ArrayList<>();
    StringBuilder block = null;
    for (String line : lines.subList(start + 1, lines.size())) {
      if (block == null && line.startsWith("#")) {
        break;
      }
      if (block == null && line.equals("```java")) {
        block = new StringBuilder();
      } else if (block != null && line.equals("```")) {
        blocks.add(block.toString());
        block = null;
      } else if (block != null) {
        block.append(line).append('\n');
      }
    }
    return blocks;
  }

  @Test
  void withoutTheRegistryAModuleNeedNotProvideItsCodecs() throws Exception {
    List<javax.tools.Diagnostic<? extends JavaFileObject>> found =
        compileReporting("module com.example.shipping { requires io.missive; }", List.of("-Amissive.codecRegistry=false"));
    assertThat(found).isEmpty();
  }

  /** The provider {@code MissiveModuleProvides} suggests, as a user writes it. */
  private static final String PROVIDER =
      """
      package com.example.shipping;

      import io.missive.MessageCodec;
      import io.missive.MessageCodecProvider;
      import java.util.List;

      public final class MessageCodecs implements MessageCodecProvider {
        public MessageCodecs() {}

        @Override
        public List<MessageCodec<?>> codecs() {
          return List.of(ParcelShippedEvent.JSON);
        }
      }
      """;

  /**
   * Compiles the module with {@code -Xlint:all}, databind on the module path or else on the class
   * path; asserts it compiles without a warning and returns the envelope's source.
   */
  private String compile(String moduleInfo, boolean databindOnModulePath) throws IOException {
    Path sources = dir.resolve("src");
    // Each provides its codecs, as MissiveModuleProvides asks, or -Xlint:all would warn.
    String providing =
        moduleInfo.substring(0, moduleInfo.lastIndexOf('}'))
            + "provides io.missive.MessageCodecProvider with com.example.shipping.MessageCodecs; }";
    Path moduleInfoFile = write(sources.resolve("module-info.java"), providing);
    Path eventFile = write(sources.resolve("com/example/shipping/ParcelShipped.java"), EVENT);
    Path providerFile = write(sources.resolve("com/example/shipping/MessageCodecs.java"), PROVIDER);
    Path generated = Files.createDirectories(dir.resolve("generated"));
    Path classes = Files.createDirectories(dir.resolve("classes"));

    List<Path> modulePath = new ArrayList<>(List.of(location(DomainEvent.class), location(JsonFactory.class)));
    List<Path> databind =
        List.of(location(ObjectMapper.class), location(com.fasterxml.jackson.annotation.JsonProperty.class));
    List<String> options =
        new ArrayList<>(List.of("-Xlint:all", "-d", classes.toString(), "-s", generated.toString()));
    if (databindOnModulePath) {
      modulePath.addAll(databind);
    } else {
      options.addAll(List.of("--class-path", join(databind)));
    }
    options.addAll(List.of("--module-path", join(modulePath)));

    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      JavaCompiler.CompilationTask task =
          javac.getTask(null, files, diagnostics, options, null, files.getJavaFileObjects(moduleInfoFile, eventFile, providerFile));
      task.setProcessors(List.of(new MissiveProcessor(), new RoundClaims()));
      boolean compiled = task.call();
      assertThat(diagnostics.getDiagnostics()).as("javac's diagnostics").isEmpty();
      assertThat(compiled).isTrue();
    }
    return Files.readString(generated.resolve("com/example/shipping/ParcelShippedEvent.java"));
  }

  /**
   * Compiles the module with {@code -Xlint:all} and {@code moreOptions}, the runtime on the module
   * path; asserts it compiles and returns javac's diagnostics.
   */
  private List<javax.tools.Diagnostic<? extends JavaFileObject>> compileReporting(
      String moduleInfo, List<String> moreOptions, String... classes) throws IOException {
    Path sources = dir.resolve("src");
    List<Path> files = new ArrayList<>();
    files.add(write(sources.resolve("module-info.java"), moduleInfo));
    files.add(write(sources.resolve("com/example/shipping/ParcelShipped.java"), EVENT));
    for (String source : classes) {
      // Each a public class of com.example.shipping, in the file of its name.
      java.util.regex.Matcher name = java.util.regex.Pattern.compile("public (?:final )?(?:class|interface) (\\w+)").matcher(source);
      assertThat(name.find()).as("a public type in %s", source).isTrue();
      files.add(write(sources.resolve("com/example/shipping/" + name.group(1) + ".java"), source));
    }
    Path output = Files.createDirectories(dir.resolve("classes"));
    List<String> options = new ArrayList<>(List.of("-Xlint:all", "-d", output.toString()));
    options.addAll(moreOptions);
    List<Path> modulePath =
        List.of(
            location(DomainEvent.class),
            location(JsonFactory.class),
            location(ObjectMapper.class),
            location(com.fasterxml.jackson.annotation.JsonProperty.class));
    options.addAll(List.of("--module-path", join(modulePath)));
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager manager = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      JavaCompiler.CompilationTask task =
          javac.getTask(null, manager, diagnostics, options, null, manager.getJavaFileObjectsFromPaths(files));
      task.setProcessors(List.of(new MissiveProcessor(), new RoundClaims()));
      assertThat(task.call()).as("compiled: %s", diagnostics.getDiagnostics()).isTrue();
    }
    return diagnostics.getDiagnostics();
  }

  private static Path write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    return Files.writeString(file, text);
  }

  private static Path location(Class<?> type) {
    try {
      return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String join(List<Path> paths) {
    return String.join(java.io.File.pathSeparator, paths.stream().map(Path::toString).toList());
  }
}
