package io.missive.processor.naming;

import static org.assertj.core.api.Assertions.assertThat;

import io.missive.processor.diag.Diagnostic;
import io.missive.processor.diag.DiagnosticId;
import io.missive.processor.model.MessageKind;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The naming rules on real names: {@code corpus.tsv} holds event, command and query names taken
 * from public DDD, CQRS and event-sourcing projects (C#, Java, Scala, Kotlin, PHP, TypeScript), each
 * with the repository, file and commit it was found in and a verdict by hand: {@code good} when a reviewer
 * would accept it as a name of its kind, {@code bad} when it reads as another kind or breaks the
 * convention (a query named like a command, a noun as an event, a misspelled participle). The
 * envelope suffix the project wrote ({@code OrderPlacedEvent}, {@code PlaceOrderCommand}) is taken
 * off: Missive adds it, so a Missive user would write the name without it.
 *
 * <p>No good name may get an error: an error on a legitimate name is the worst the rules can do.
 * Warnings on good names are counted and bounded; the figures, with the share of bad names that
 * are flagged and the time the check takes, are printed and written to {@code
 * target/naming-corpus.txt} (docs/naming.md quotes them).
 */
class NamingCorpusTest {

  /**
   * One name of the corpus.
   *
   * @param heldOut whether it was collected after the rules were changed to pass the names before it
   */
  record Entry(MessageKind kind, String name, boolean good, String repository, String path, boolean heldOut) {}

  static List<Entry> corpus() throws IOException {
    List<Entry> entries = new ArrayList<>();
    try (InputStream in = NamingCorpusTest.class.getResourceAsStream("corpus.tsv")) {
      assertThat(in).as("corpus.tsv beside the test").isNotNull();
      boolean heldOut = false;
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.startsWith("#@held-out")) {
          heldOut = true;
          continue;
        }
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cells = line.split("\t");
        // kind, name, verdict, repository, path, the name as declared, the commit it was read at
        assertThat(cells).as(line).hasSize(7);
        assertThat(cells[2]).as(line).isIn("good", "bad");
        assertThat(cells[3]).as(line).matches("[\\w.-]+/[\\w.-]+");
        assertThat(cells[4]).as(line).isNotBlank();
        assertThat(cells[5]).as(line).contains(cells[1]);
        assertThat(cells[6]).as(line).matches("[0-9a-f]{40}");
        entries.add(
            new Entry(MessageKind.valueOf(cells[0]), cells[1], cells[2].equals("good"), cells[3], cells[4], heldOut));
      }
    }
    return entries;
  }

  @Test
  void noGoodNameGetsAnErrorAndFewGetAWarning() throws IOException {
    List<Entry> corpus = corpus();
    assertThat(corpus).hasSizeGreaterThanOrEqualTo(1000);
    NamingRules rules = new NamingRules(NamingOptions.defaults());
    List<String> errorsOnGood = new ArrayList<>();
    List<String> warningsOnGood = new ArrayList<>();
    List<String> missedBad = new ArrayList<>();
    Map<String, Integer> warningsById = new TreeMap<>();
    int good = 0;
    int bad = 0;
    int heldOutGood = 0;
    int heldOutFlaggedGood = 0;
    for (Entry e : corpus) {
      List<Diagnostic> findings = rules.check(e.kind(), e.name());
      if (e.good() && e.heldOut()) {
        heldOutGood++;
        heldOutFlaggedGood += findings.isEmpty() ? 0 : 1;
      }
      if (e.good()) {
        good++;
        for (Diagnostic d : findings) {
          String line = e.kind() + " " + e.name() + " (" + e.repository() + "): " + d.message();
          if (d.isError()) {
            errorsOnGood.add(line);
          } else {
            warningsOnGood.add(line);
            warningsById.merge(d.id().id(), 1, Integer::sum);
          }
        }
      } else {
        bad++;
        if (findings.isEmpty()) {
          missedBad.add(e.kind() + " " + e.name() + " (" + e.repository() + ")");
        }
      }
    }
    // The cost: every name of the corpus judged by rules made afresh (the lexicon's table stays
    // loaded), the best of twenty rounds, so that other processes on the machine count less.
    long best = Long.MAX_VALUE;
    for (int round = 0; round < 20; round++) {
      long start = System.nanoTime();
      NamingRules fresh = new NamingRules(NamingOptions.defaults());
      for (Entry e : corpus) {
        fresh.check(e.kind(), e.name());
      }
      best = Math.min(best, System.nanoTime() - start);
    }
    double perName = best / 1e6 / corpus.size();

    StringBuilder report = new StringBuilder();
    report.append(
        String.format(
            "Naming corpus: %d names (%d good, %d bad)%n"
                + "errors on good names: %d (%.1f %%)%n"
                + "warnings on good names: %d (%.1f %%) %s%n"
                + "bad names flagged: %d of %d (%.1f %%)%n"
                + "of the good names, %d held out (collected after the rules were changed): %d with a finding%n"
                + "cost: %.3f ms a name, warm (best of 20 rounds)%n",
            corpus.size(),
            good,
            bad,
            errorsOnGood.size(),
            100.0 * errorsOnGood.size() / good,
            warningsOnGood.size(),
            100.0 * warningsOnGood.size() / good,
            warningsById,
            bad - missedBad.size(),
            bad,
            100.0 * (bad - missedBad.size()) / bad,
            heldOutGood,
            heldOutFlaggedGood,
            perName));
    errorsOnGood.forEach(l -> report.append("ERROR on good: ").append(l).append('\n'));
    warningsOnGood.forEach(l -> report.append("warning on good: ").append(l).append('\n'));
    missedBad.forEach(l -> report.append("bad, not flagged: ").append(l).append('\n'));
    System.out.print(report);
    Path target = Path.of("target");
    if (Files.isDirectory(target)) {
      Files.writeString(target.resolve("naming-corpus.txt"), report);
    }

    assertThat(errorsOnGood).as("errors on names a reviewer accepts").isEmpty();
    // Query names with a read verb other than Get, Find, List are warned on purpose (the
    // convention's prefix is offered); every other warning on a good name is a false one.
    long falseWarnings =
        warningsOnGood.stream().filter(l -> !l.contains("[" + DiagnosticId.QUERY_READ_VERB.id() + "]")).count();
    assertThat(100.0 * falseWarnings / good).as("false warnings on good names, %").isLessThan(1.0);
    assertThat(100.0 * (bad - missedBad.size()) / bad).as("bad names flagged, %").isGreaterThanOrEqualTo(90.0);
  }
}
