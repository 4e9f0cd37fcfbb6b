package io.missive.it.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A user project with a lock, compiled by javac from files on disk, as a build tool runs it: a field
 * type changed without a bump fails with the message, and passes with a bump and an upcaster; the
 * old version's snapshot stays as it was.
 */
class LockedProjectTest {

  @TempDir Path project;

  private record Result(boolean success, String output) {}

  private Result build(String orderPlaced) throws IOException {
    Path source = project.resolve("src/main/java/com/example/orders/OrderPlaced.java");
    Files.createDirectories(source.getParent());
    Files.writeString(source, orderPlaced, StandardCharsets.UTF_8);
    Path classes = project.resolve("target/classes");
    Files.createDirectories(classes);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    java.io.ByteArrayOutputStream output = new java.io.ByteArrayOutputStream();
    // This module's class path holds the runtime and the processor; only the entries that exist, or
    // javac's path lint would warn.
    String path =
        java.util.Arrays.stream(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
            .filter(entry -> Files.exists(Path.of(entry)))
            .collect(java.util.stream.Collectors.joining(java.io.File.pathSeparator));
    List<String> arguments =
        List.of(
            "-classpath", path,
            "-processorpath", path,
            "-processor", "io.missive.processor.MissiveProcessor",
            "-Amissive.schemas=" + project.resolve("src/main/missive"),
            "-Xlint:all,-processing", "-Werror",
            "-d", classes.toString(),
            "-s", project.resolve("target/generated-sources").toString(),
            source.toString());
    Files.createDirectories(project.resolve("target/generated-sources"));
    int status = javac.run(null, output, output, arguments.toArray(String[]::new));
    return new Result(status == 0, output.toString(StandardCharsets.UTF_8));
  }

  private static String orderPlaced(String annotation, String total, String upcaster) {
    return """
        package com.example.orders;

        import java.math.BigDecimal;

        %s
        public interface OrderPlaced {
          String orderId();

          %s total();
        %s}
        """.formatted(annotation, total, upcaster);
  }

  @Test
  void aTypeChangedWithoutABumpFailsAndPassesWithABumpAndAnUpcaster() throws IOException {
    Result first = build(orderPlaced("@io.missive.DomainEvent(source = \"orders\")", "BigDecimal", ""));
    assertThat(first.success()).as(first.output()).isTrue();
    assertThat(first.output()).contains("locked OrderPlaced v1: commit ");
    Path v1 = project.resolve("src/main/missive/OrderPlaced/1.schema.json");
    String locked = Files.readString(v1);

    Result changed = build(orderPlaced("@io.missive.DomainEvent(source = \"orders\")", "String", ""));
    assertThat(changed.success()).isFalse();
    assertThat(changed.output())
        .contains("OrderPlaced.java:9: error: [MissiveSchemaBreak] OrderPlaced v1: total changed from a JSON"
            + " number (BigDecimal) to a JSON string (String); events written as v1 could no longer be"
            + " read. Restore the type, or bump to @DomainEvent(version = 2) and add @Upcast(from = 1).");
    assertThat(Files.readString(v1)).isEqualTo(locked);

    Result bumped =
        build(
            orderPlaced(
                "@io.missive.DomainEvent(source = \"orders\", version = 2)",
                "String",
                """

                  @io.missive.Upcast(from = 1)
                  static void totalAsText(io.missive.json.JsonObject data) {}
                """));
    assertThat(bumped.success()).as(bumped.output()).isTrue();
    assertThat(bumped.output()).contains("locked OrderPlaced v2: commit ");
    assertThat(Files.readString(v1)).isEqualTo(locked);
    assertThat(project.resolve("src/main/missive/OrderPlaced/2.schema.json")).exists();

    Result again =
        build(
            orderPlaced(
                "@io.missive.DomainEvent(source = \"orders\", version = 2)",
                "String",
                """

                  @io.missive.Upcast(from = 1)
                  static void totalAsText(io.missive.json.JsonObject data) {}
                """));
    assertThat(again.success()).as(again.output()).isTrue();
    assertThat(again.output()).doesNotContain("locked", "updated");
  }
}
