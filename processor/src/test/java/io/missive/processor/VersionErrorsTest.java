package io.missive.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.missive.processor.Sources.compile;
import static io.missive.processor.Sources.source;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Raising the version says how the versions before it are read: an upcaster from the previous one, or
 * {@code readsFrom}; each error with its id, text and line, and nothing generated.
 */
class VersionErrorsTest {

  @Test
  void aVersionAboveOneWithNoUpcasterNeedsReadsFrom() {
    JavaFileObject file =
        source(
            "AccountOpened",
            "package test;",
            "@io.missive.DomainEvent(",
            "    source = \"accounts\",",
            "    version = 2)",
            "public interface AccountOpened {",
            "  String accountId();",
            "}");
    RecordingFiler filer = new RecordingFiler();
    Compilation compilation = compile(filer, file);
    assertThat(compilation)
        .hadErrorContaining(
            "[MissiveUpcasterMissing] 'AccountOpened' is at version 2 but has no upcaster, so a"
                + " message of version 1 (from an older producer, or stored before the change) could"
                + " not be read: the reader would reject it as older than 2. Add @Upcast(from = 1)"
                + " static void ...(JsonObject data) to read version 1, or, if no message of an older"
                + " version must be read, say so with @DomainEvent(version = 2, readsFrom = 2).")
        .inFile(file)
        .onLine(4);
    assertThat(compilation).hadErrorCount(1);
    assertThat(filer.created).isEmpty();
  }

  @Test
  void theMessageNamesTheKindsOwnAnnotation() {
    JavaFileObject file =
        source("OpenAccount", "package test;", "@io.missive.Command(version = 3)", "public interface OpenAccount { String accountId(); }");
    assertThat(compile(file))
        .hadErrorContaining("say so with @Command(version = 3, readsFrom = 3).")
        .inFile(file)
        .onLine(2);
  }

  @Test
  void readsFromTheCurrentVersionReadsOnlyIt() throws Exception {
    JavaFileObject file =
        source(
            "AccountOpened",
            "package test;",
            "@io.missive.DomainEvent(source = \"accounts\", version = 2, readsFrom = 2)",
            "public interface AccountOpened { String accountId(); }");
    Compilation compilation = compile(file);
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation)
        .generatedSourceFile("test.AccountOpenedEvent")
        .contentsAsUtf8String()
        .contains("AccountOpenedEvent.VERSION, 2);");
  }

  @Test
  void readsFromAnOlderVersionNeedsEveryStepFromThere() {
    JavaFileObject file =
        source(
            "AccountOpened",
            "package test;",
            "import io.missive.json.JsonObject;",
            "@io.missive.DomainEvent(source = \"accounts\", version = 3, readsFrom = 1)",
            "public interface AccountOpened {",
            "  String accountId();",
            "  @io.missive.Upcast(from = 2) static void second(JsonObject data) {}",
            "}");
    assertThat(compile(file))
        .hadErrorContaining(
            "[MissiveUpcasterGap] 'AccountOpened' is at version 3 and reads from version 1"
                + " (readsFrom = 1), but no upcaster takes version 1 to 2, so a payload of version 1"
                + " to 1 could never be read. Add the missing step: @Upcast(from = 1) static void"
                + " ...(JsonObject data), or raise readsFrom to 2.")
        .inFile(file)
        .onLine(3);
  }

  @Test
  void readsFromWithNoUpcasterBelowTheCurrentVersionIsAGap() {
    JavaFileObject file =
        source(
            "AccountOpened",
            "package test;",
            "@io.missive.DomainEvent(source = \"accounts\", version = 2, readsFrom = 1)",
            "public interface AccountOpened { String accountId(); }");
    assertThat(compile(file))
        .hadErrorContaining(
            "[MissiveUpcasterGap] 'AccountOpened' is at version 2 and reads from version 1"
                + " (readsFrom = 1), but no upcaster takes version 1 to 2")
        .inFile(file)
        .onLine(2);
  }

  @Test
  void anUpcasterOlderThanReadsFromWouldNeverRun() {
    JavaFileObject file =
        source(
            "AccountOpened",
            "package test;",
            "import io.missive.json.JsonObject;",
            "@io.missive.DomainEvent(source = \"accounts\", version = 3, readsFrom = 2)",
            "public interface AccountOpened {",
            "  String accountId();",
            "  @io.missive.Upcast(from = 1) static void first(JsonObject data) {}",
            "  @io.missive.Upcast(from = 2) static void second(JsonObject data) {}",
            "}");
    Compilation compilation = compile(file);
    assertThat(compilation)
        .hadErrorContaining(
            "[MissiveUpcasterVersion] @Upcast(from = 1) on 'first' would read version 1, but"
                + " 'AccountOpened' reads from version 2 (readsFrom = 2), so it would never run."
                + " Remove it, or lower readsFrom to 1.")
        .inFile(file)
        .onLine(6);
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void readsFromOutsideOneToTheVersion() {
    JavaFileObject newer =
        source(
            "AccountOpened",
            "package test;",
            "@io.missive.DomainEvent(source = \"accounts\", version = 2, readsFrom = 3)",
            "public interface AccountOpened { String accountId(); }");
    assertThat(compile(newer))
        .hadErrorContaining(
            "[MissiveInvalidVersion] readsFrom = 3 on 'AccountOpened': that is newer than its version 2,"
                + " and a message reads its current version and older ones, never newer ones. Write"
                + " readsFrom = 2 to read only the current version, or a lower one with an @Upcast method"
                + " from each version before 2, or leave it out and let the upcasters say which versions"
                + " are read.")
        .inFile(newer)
        .onLine(2);
    JavaFileObject negative =
        source(
            "AccountClosed",
            "package test;",
            "@io.missive.DomainEvent(source = \"accounts\", readsFrom = -1)",
            "public interface AccountClosed { String accountId(); }");
    assertThat(compile(negative))
        .hadErrorContaining("[MissiveInvalidVersion] readsFrom = -1 on 'AccountClosed': versions start at 1.")
        .inFile(negative)
        .onLine(2);
  }
}
