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

  /**
   * Compiles the module with {@code -Xlint:all}, databind on the module path or else on the class
   * path; asserts it compiles without a warning and returns the envelope's source.
   */
  private String compile(String moduleInfo, boolean databindOnModulePath) throws IOException {
    Path sources = dir.resolve("src");
    Path moduleInfoFile = write(sources.resolve("module-info.java"), moduleInfo);
    Path eventFile = write(sources.resolve("com/example/shipping/ParcelShipped.java"), EVENT);
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
          javac.getTask(null, files, diagnostics, options, null, files.getJavaFileObjects(moduleInfoFile, eventFile));
      task.setProcessors(List.of(new MissiveProcessor(), new RoundClaims()));
      boolean compiled = task.call();
      assertThat(diagnostics.getDiagnostics()).as("javac's diagnostics").isEmpty();
      assertThat(compiled).isTrue();
    }
    return Files.readString(generated.resolve("com/example/shipping/ParcelShippedEvent.java"));
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
