package io.missive.setup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The README's setup, as a user takes it: its snippets pasted, as they stand in README.md, into a
 * fresh project with a message, a user's own {@code @Nullable} and a JUnit test, built and tested with
 * Maven 3.8 on JDK 17 and Maven 3.9 on JDK 25. The strict snippet's project also has databind on its
 * class path and a {@code -Amissive} option, and must pass {@code -Xlint:all -Werror} on main and test
 * code. Nothing here knows the snippets' text: a README that stops working fails this test.
 */
class ReadmeSetupTest {

  private static final Path README = Path.of(System.getProperty("missive.readme"));
  private static final Path WORK = Path.of(System.getProperty("missive.work"));
  private static final String MAVEN38 = "mvn";
  private static final Path MAVEN39 = Path.of(System.getProperty("missive.maven39"));
  private static final Path JDK17 = Path.of(System.getProperty("java.home"));
  private static final Path JDK25 =
      Path.of(System.getProperty("missive.jdk25", "/usr/lib/jvm/temurin-25-jdk-amd64"));

  private static Map<String, String> snippets;

  @BeforeAll
  static void readTheSnippets() throws IOException {
    snippets = snippets(Files.readString(README));
    assertThat(snippets).containsOnlyKeys("dependency", "plugin", "strict-plugin");
  }

  @Test
  void theSetupBuildsAndRunsAProjectWithMaven38OnJdk17() throws Exception {
    Path project = project("basic", snippets.get("plugin"), false);
    build(project, MAVEN38, JDK17);
  }

  @Test
  void theStrictSetupPassesXlintAllWerrorWithMaven38OnJdk17() throws Exception {
    Path project = project("strict-17", snippets.get("strict-plugin"), true);
    build(project, MAVEN38, JDK17);
  }

  @Test
  void theStrictSetupPassesXlintAllWerrorWithMaven39OnJdk25() throws Exception {
    assertThat(JDK25.resolve("bin/javac"))
        .as("JDK 25 (set -Dmissive.jdk25 to its home)")
        .exists();
    Path project = project("strict-25", snippets.get("strict-plugin"), true);
    build(project, MAVEN39.toString(), JDK25);
  }

  /**
   * The blocks of README.md that follow a {@code <!-- setup: name -->} line, by name: the fenced code
   * right after the marker.
   */
  static Map<String, String> snippets(String readme) {
    Map<String, String> found = new LinkedHashMap<>();
    List<String> lines = readme.lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.startsWith("<!-- setup:") && line.endsWith("-->")) {
        String name = line.substring("<!-- setup:".length(), line.length() - "-->".length()).strip();
        assertThat(lines.get(i + 1).strip()).as("the fence after " + line).startsWith("```");
        StringBuilder block = new StringBuilder();
        int j = i + 2;
        for (; !lines.get(j).strip().equals("```"); j++) {
          block.append(lines.get(j)).append('\n');
        }
        found.put(name, block.toString());
        i = j;
      }
    }
    return found;
  }

  /** A fresh user project with the README's dependency and the given plugin snippet. */
  private static Path project(String name, String plugin, boolean databind) throws IOException {
    Path dir = WORK.resolve(name);
    deleteTree(dir);
    String version = System.getProperty("missive.version");
    String pom =
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <project xmlns="http://maven.apache.org/POM/4.0.0"
                 xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                 xsi:schemaLocation="http://maven.apache.org/POM/4.0.0 https://maven.apache.org/xsd/maven-4.0.0.xsd">
          <modelVersion>4.0.0</modelVersion>
          <groupId>com.example</groupId>
          <artifactId>accounts-%s</artifactId>
          <version>1.0</version>
          <properties>
            <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
          </properties>
          <dependencies>
        %s%s
            <dependency>
              <groupId>org.junit.jupiter</groupId>
              <artifactId>junit-jupiter</artifactId>
              <version>%s</version>
              <scope>test</scope>
            </dependency>
          </dependencies>
          <build>
            <plugins>
        %s
              <!-- The user's own: Maven 3.8's default surefire predates JUnit 5. -->
              <plugin>
                <groupId>org.apache.maven.plugins</groupId>
                <artifactId>maven-surefire-plugin</artifactId>
                <version>%s</version>
              </plugin>
            </plugins>
          </build>
        </project>
        """
            .formatted(
                name,
                indent(snippets.get("dependency"), 4),
                databind
                    ? """

                        <dependency>
                          <groupId>com.fasterxml.jackson.core</groupId>
                          <artifactId>jackson-databind</artifactId>
                          <version>%s</version>
                        </dependency>"""
                        .formatted(System.getProperty("missive.jackson"))
                    : "",
                System.getProperty("missive.junit"),
                indent(plugin, 6),
                System.getProperty("missive.surefire"));
    assertThat(pom).contains("<version>" + version + "</version>");
    write(dir.resolve("pom.xml"), pom);
    write(
        dir.resolve("src/main/java/com/example/accounts/Nullable.java"),
        """
        package com.example.accounts;

        import java.lang.annotation.ElementType;
        import java.lang.annotation.Retention;
        import java.lang.annotation.RetentionPolicy;
        import java.lang.annotation.Target;

        /** The team's own, a declaration annotation. */
        @Retention(RetentionPolicy.CLASS)
        @Target(ElementType.METHOD)
        public @interface Nullable {}
        """);
    write(
        dir.resolve("src/main/java/com/example/accounts/AccountOpened.java"),
        """
        package com.example.accounts;

        import io.missive.DomainEvent;
        import java.math.BigDecimal;
        import java.util.List;

        @DomainEvent(source = "account-service")
        public interface AccountOpened {
          String accountId();

          List<String> holders();

          BigDecimal openingBalance();

          @Nullable
          String referrer();
        }
        """);
    write(
        dir.resolve("src/main/java/com/example/accounts/OpenAccount.java"),
        """
        package com.example.accounts;

        import io.missive.Command;

        @Command
        public interface OpenAccount {
          String customerId();
        }
        """);
    write(
        dir.resolve("src/test/java/com/example/accounts/AccountOpenedTest.java"),
        """
        package com.example.accounts;

        import static org.junit.jupiter.api.Assertions.assertEquals;

        import java.math.BigDecimal;
        import java.util.List;
        import org.junit.jupiter.api.Test;

        class AccountOpenedTest {

          @Test
          void buildsWritesAndReadsBack() throws Exception {
            OpenAccountCommand open = OpenAccountCommand.builder().customerId("cust-1").build();
            AccountOpenedEvent opened =
                AccountOpenedEvent.builder()
                    .accountId("acc-1")
                    .holders(List.of("Alice"))
                    .openingBalance(new BigDecimal("10.00"))
                    .causedBy(open)
                    .build();
            assertEquals(opened, AccountOpenedEvent.fromJson(opened.toJson()));
            assertEquals(open.id(), opened.causationId());
        %s  }
        }
        """
            .formatted(
                databind
                    ? """
                        com.fasterxml.jackson.databind.ObjectMapper mapper =
                            new com.fasterxml.jackson.databind.ObjectMapper();
                        assertEquals(opened.toJson(), mapper.writeValueAsString(opened));
                        assertEquals(opened, mapper.readValue(opened.toJson(), AccountOpenedEvent.class));
                    """
                    : ""));
    return dir;
  }

  /** Runs {@code mvn verify} in {@code project} with {@code jdk}; fails with the end of its log. */
  private static void build(Path project, String maven, Path jdk) throws Exception {
    Path log = project.resolve("build.log");
    List<String> command = new ArrayList<>(List.of(maven, "-B", "--no-transfer-progress"));
    // The same local repository as the build running this test, where it has installed Missive.
    command.add("-Dmaven.repo.local=" + System.getProperty("missive.repository"));
    if ("offline=true".equals(System.getProperty("missive.mode"))) {
      command.add("--offline");
    }
    command.add("verify");
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(project.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    builder.environment().put("JAVA_HOME", jdk.toString());
    builder.environment().remove("MAVEN_OPTS");
    Process process = builder.start();
    boolean done = process.waitFor(10, TimeUnit.MINUTES);
    if (!done) {
      process.destroyForcibly();
    }
    String output = Files.readString(log, StandardCharsets.UTF_8);
    assertThat(done && process.exitValue() == 0)
        .as("%s verify of %s with %s failed; its log ends:%n%s", maven, project, jdk, tail(output, 60))
        .isTrue();
    assertThat(output)
        .as("the project's test ran")
        .contains("Tests run: 1, Failures: 0, Errors: 0, Skipped: 0");
    // The schema lock of the snippets: the first build locks each message and says so.
    assertThat(project.resolve("src/main/missive/AccountOpened/1.schema.json")).exists();
    assertThat(project.resolve("src/main/missive/OpenAccount/1.schema.json")).exists();
    assertThat(output).contains("locked AccountOpened v1: commit ");
  }

  private static String indent(String block, int spaces) {
    String pad = " ".repeat(spaces);
    StringBuilder out = new StringBuilder();
    block.lines().forEach(line -> out.append(line.isEmpty() ? "" : pad + line).append('\n'));
    return out.toString().stripTrailing();
  }

  private static String tail(String text, int lines) {
    List<String> all = text.lines().toList();
    return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
  }

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (var paths = Files.walk(dir)) {
      for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
