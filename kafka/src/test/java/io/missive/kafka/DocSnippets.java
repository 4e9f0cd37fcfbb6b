package io.missive.kafka;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The code blocks of docs/kafka.md, so that tests run what the page shows instead of a copy of it
 * that could drift apart from it.
 */
final class DocSnippets {

  private static final Path PAGE = Path.of("..", "docs", "kafka.md");

  private DocSnippets() {}

  /** The fenced blocks of {@code language} in the section under the heading {@code heading}. */
  static List<String> blocks(String heading, String language) {
    List<String> lines = lines();
    int start = -1;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).matches("#+ " + java.util.regex.Pattern.quote(heading))) {
        start = i + 1;
        break;
      }
    }
    if (start < 0) {
      throw new IllegalStateException(PAGE + " has no heading \"" + heading + "\"");
    }
    List<String> blocks = new ArrayList<>();
    StringBuilder block = null;
    for (int i = start; i < lines.size(); i++) {
      String line = lines.get(i);
      if (block == null && line.startsWith("## ")) {
        break;
      }
      if (block == null && line.equals("```" + language)) {
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

  /** The one block of {@code language} under {@code heading}. */
  static String block(String heading, String language) {
    List<String> blocks = blocks(heading, language);
    if (blocks.size() != 1) {
      throw new IllegalStateException(
          PAGE + " has " + blocks.size() + " " + language + " blocks under \"" + heading + "\", expected one");
    }
    return blocks.get(0);
  }

  /** The one block of {@code language} under {@code heading} that contains {@code marker}. */
  static String blockWith(String heading, String language, String marker) {
    List<String> found = blocks(heading, language).stream().filter(block -> block.contains(marker)).toList();
    if (found.size() != 1) {
      throw new IllegalStateException(
          PAGE + " has " + found.size() + " " + language + " blocks with \"" + marker + "\" under \"" + heading
              + "\", expected one");
    }
    return found.get(0);
  }

  /**
   * Asserts that the source of the test {@code type} holds {@code code} as it is, apart from
   * indentation and blank lines: the test runs what the page shows.
   */
  static void assertRunBy(Class<?> type, String code) {
    org.assertj.core.api.Assertions.assertThat(normalized(testSource(type)))
        .as("the source of %s, which should run this code of %s", type.getSimpleName(), PAGE)
        .contains(normalized(code));
  }

  /**
   * A YAML block of nested maps with scalar leaves (what Spring Boot's application.yaml snippets
   * are) as its dotted keys and their values, such as {@code spring.kafka.producer.key-serializer}.
   */
  static Map<String, String> flatYaml(String yaml) {
    Map<String, String> flat = new LinkedHashMap<>();
    List<String> path = new ArrayList<>();
    List<Integer> indents = new ArrayList<>();
    for (String line : yaml.split("\n")) {
      if (line.isBlank() || line.trim().startsWith("#")) {
        continue;
      }
      int indent = line.length() - line.stripLeading().length();
      while (!indents.isEmpty() && indents.get(indents.size() - 1) >= indent) {
        indents.remove(indents.size() - 1);
        path.remove(path.size() - 1);
      }
      String entry = line.trim();
      int colon = entry.indexOf(':');
      if (colon < 0) {
        throw new IllegalArgumentException("not a YAML map entry: " + line);
      }
      String key = entry.substring(0, colon).trim();
      String value = entry.substring(colon + 1).trim();
      if (value.isEmpty()) {
        path.add(key);
        indents.add(indent);
      } else {
        flat.put(String.join(".", path) + (path.isEmpty() ? "" : ".") + key, value);
      }
    }
    return flat;
  }

  /** The lines of {@code source} with their indentation and trailing blanks removed. */
  static String normalized(String source) {
    StringBuilder normalized = new StringBuilder();
    for (String line : source.split("\n")) {
      if (!line.isBlank()) {
        normalized.append(line.strip()).append('\n');
      }
    }
    return normalized.toString();
  }

  /** The text of the test source {@code type} (as the build sees it, from the module's directory). */
  static String testSource(Class<?> type) {
    Path source = Path.of("src", "test", "java").resolve(type.getName().replace('.', '/') + ".java");
    try {
      return Files.readString(source, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> lines() {
    try {
      return Files.readAllLines(PAGE, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + PAGE.toAbsolutePath(), e);
    }
  }
}
