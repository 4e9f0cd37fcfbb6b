package io.missive.processor.naming;

import static org.assertj.core.api.Assertions.assertThat;

import com.palantir.javapoet.ClassName;
import io.missive.DomainEvent;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Loading the lexicon is cheap: one read of the table, no parsing beyond its index. Measured in a
 * fresh class loader, so the class and the table are loaded anew (the JVM itself is warm, as it is
 * inside javac). The bound is loose so that a slow machine does not fail the build; the number is
 * printed.
 */
class LexiconLoadTimeTest {

  @Test
  void loadsTheTableQuickly() throws Exception {
    URL classes = Path.of(Lexicon.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toUri().toURL();
    long best = Long.MAX_VALUE;
    for (int run = 0; run < 3; run++) {
      try (URLClassLoader loader = new URLClassLoader(new URL[] {classes}, null)) {
        Class<?> lexiconClass = Class.forName(Lexicon.class.getName(), false, loader);
        Method standard = lexiconClass.getMethod("standard");
        Method isPastParticiple = lexiconClass.getMethod("isPastParticiple", String.class);
        long start = System.nanoTime();
        Object lexicon = standard.invoke(null);
        boolean sent = (Boolean) isPastParticiple.invoke(lexicon, "sent");
        long elapsed = System.nanoTime() - start;
        assertThat(sent).isTrue();
        best = Math.min(best, elapsed);
      }
    }
    System.out.printf("Lexicon load and first look-up: %.1f ms (table %d bytes)%n", best / 1e6, tableSize());
    assertThat(best / 1_000_000).isLessThan(250);
  }

  @Test
  void theRulesAreReadyQuickly() throws Exception {
    // The kinds name the runtime's annotations by their classes, through JavaPoet (which needs the
    // platform's javax.lang.model).
    URL[] classes = {location(Lexicon.class), location(DomainEvent.class), location(ClassName.class)};
    long best = Long.MAX_VALUE;
    for (int run = 0; run < 3; run++) {
      try (URLClassLoader loader = new URLClassLoader(classes, ClassLoader.getPlatformClassLoader())) {
        Class<?> optionsClass = Class.forName(NamingOptions.class.getName(), false, loader);
        Class<?> rulesClass = Class.forName(NamingRules.class.getName(), false, loader);
        Class<?> kindClass = Class.forName("io.missive.processor.model.MessageKind", false, loader);
        Object event = kindClass.getField("EVENT").get(null);
        long start = System.nanoTime();
        Object options = optionsClass.getMethod("from", java.util.Map.class).invoke(null, java.util.Map.of());
        Object rules = rulesClass.getConstructor(optionsClass).newInstance(options);
        Method check = rulesClass.getMethod("check", kindClass, String.class);
        java.util.List<?> findings = (java.util.List<?>) check.invoke(rules, event, "CreateOrder");
        long elapsed = System.nanoTime() - start;
        assertThat(findings).hasSize(1);
        best = Math.min(best, elapsed);
      }
    }
    System.out.printf("Naming rules ready and first name checked: %.1f ms%n", best / 1e6);
    assertThat(best / 1_000_000).isLessThan(250);
  }

  private static URL location(Class<?> type) throws Exception {
    return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toUri().toURL();
  }

  private static int tableSize() {
    return Lexicon.standard().tableSize();
  }
}
