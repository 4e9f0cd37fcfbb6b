package io.missive.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Writes the measured part of BENCHMARKS.md from JMH's JSON results, so that no number in it is typed
 * by hand: {@code Report BENCHMARKS.md "command" results.json...}. Replaces what stands between the
 * two markers below and leaves the rest of the file (the prose, the compile-time section) alone.
 *
 * <p>A benchmark's score is the 90th percentile of its measured iterations (ops/s) over all the runs
 * (rounds) given, and ratios are ratios of those: on a shared virtual machine, work elsewhere slows
 * memory-heavy code down by up to half for seconds at a time and never speeds it up, so the fast end
 * of the iterations is the machine undisturbed, the same for both sides of a comparison, while a
 * median compares whichever share of each side happened to be disturbed. Medians are shown beside.
 */
public final class Report {

  static final String BEGIN = "<!-- run-time results: begin (written by benchmarks/run.sh; do not edit) -->";
  static final String END = "<!-- run-time results: end -->";

  /** One benchmark's measured iterations (ops/s), by round. */
  record Result(String name, String payload, Map<String, List<Double>> rounds) {
    List<Double> iterations() {
      List<Double> all = new ArrayList<>();
      rounds.values().forEach(all::addAll);
      return all;
    }

    double median() {
      return percentile(iterations(), 0.5);
    }

    /** The score: the 90th percentile of the iterations. */
    double score() {
      return percentile(iterations(), 0.9);
    }

    /** Time per operation at the score. */
    double nanos() {
      return 1e9 / score();
    }
  }

  /** The {@code q} quantile of {@code values}, interpolated between the two nearest. */
  static double percentile(List<Double> values, double q) {
    List<Double> sorted = new ArrayList<>(values);
    sorted.sort(null);
    double at = (sorted.size() - 1) * q;
    int below = (int) at;
    int above = Math.min(below + 1, sorted.size() - 1);
    return sorted.get(below) + (sorted.get(above) - sorted.get(below)) * (at - below);
  }

  private final Map<String, Result> results = new LinkedHashMap<>();
  private final Set<String> rounds = new TreeSet<>();
  private final Set<Integer> warmups = new TreeSet<>();
  private JsonNode first;

  public static void main(String[] args) throws IOException {
    if (args.length < 3) {
      System.err.println("usage: Report BENCHMARKS.md \"command\" results.json...");
      System.exit(2);
    }
    Report report = new Report();
    for (int i = 2; i < args.length; i++) {
      report.read(Path.of(args[i]));
    }
    Path file = Path.of(args[0]);
    String old = Files.readString(file, StandardCharsets.UTF_8);
    int begin = old.indexOf(BEGIN);
    int end = old.indexOf(END);
    if (begin < 0 || end < begin) {
      throw new IllegalStateException(file + " lacks the markers " + BEGIN + " and " + END);
    }
    String table = report.markdown(args[1]);
    Files.writeString(
        file,
        old.substring(0, begin) + BEGIN + "\n" + table + END + old.substring(end + END.length()),
        StandardCharsets.UTF_8);
    System.out.print(table);
  }

  private void read(Path json) throws IOException {
    String file = json.getFileName().toString();
    String round = file.startsWith("round") ? file.substring(0, file.indexOf('-')) : file;
    rounds.add(round);
    for (JsonNode run : Orders.MAPPER.readTree(json.toFile())) {
      if (first == null) {
        first = run;
      }
      warmups.add(run.path("warmupIterations").asInt());
      String name = run.get("benchmark").asText().replace("io.missive.benchmarks.", "");
      JsonNode param = run.path("params").path("payload");
      String payload = param.isMissingNode() ? "" : param.asText();
      List<Double> iterations =
          results
              .computeIfAbsent(key(name, payload), k -> new Result(name, payload, new TreeMap<>()))
              .rounds()
              .computeIfAbsent(round, r -> new ArrayList<>());
      for (JsonNode fork : run.path("primaryMetric").path("rawData")) {
        fork.forEach(value -> iterations.add(value.asDouble()));
      }
    }
  }

  private static String key(String name, String payload) {
    return payload.isEmpty() ? name : name + "@" + payload;
  }

  private Result get(String name, String payload) {
    Result result = results.get(key(name, payload));
    if (result == null) {
      throw new IllegalStateException("No result for " + key(name, payload) + " among " + results.keySet());
    }
    return result;
  }

  String markdown(String command) {
    StringBuilder md = new StringBuilder();
    md.append("Measured ").append(LocalDate.now(ZoneOffset.UTC)).append(" on ").append(machine())
        .append(", ").append(first.path("vmName").asText()).append(' ')
        .append(first.path("vmVersion").asText()).append(", JMH ").append(first.path("jmhVersion").asText())
        .append(", ").append(first.path("forks").asInt()).append(" fork, ")
        .append(warmups.size() == 1 ? "" + warmups.iterator().next()
            : ((TreeSet<Integer>) warmups).first() + " to " + ((TreeSet<Integer>) warmups).last())
        .append(" x ").append(first.path("warmupTime").asText())
        .append(" warm-up, ").append(first.path("measurementIterations").asInt()).append(" x ")
        .append(first.path("measurementTime").asText()).append(" measured, in ").append(rounds.size())
        .append(" rounds; ").append(results.values().iterator().next().iterations().size())
        .append(" measured iterations per benchmark; one thread. Command: `").append(command)
        .append("`.");
    String steal = System.getProperty("missive.steal");
    if (steal != null) {
      md.append(" CPU time stolen by other guests of this virtual machine during the run: ")
          .append(steal).append(" %.");
    }
    md.append("\n\n");

    md.append("### Targets\n\n");
    md.append("Judged on the 90th percentile of the iterations (see above); the ratio of the medians beside"
        + " it.\n\n");
    md.append("| Target | Measured | Medians | Met |\n|---|---|---|---|\n");
    // The 1 KB payload has no target of its own; it is in the full table below.
    for (String payload : new String[] {Orders.ENVELOPE, Orders.HUNDRED_KB}) {
      double minRead = payload.equals(Orders.ENVELOPE) ? 2.0 : 1.0;
      double minWrite = payload.equals(Orders.ENVELOPE) ? 1.5 : 1.0;
      String what = payload.equals(Orders.ENVELOPE) ? "the envelope" : payload;
      String read = "JsonBenchmark.readMissive";
      String write = "JsonBenchmark.writeMissive";
      md.append(row(
          "Read " + what + ": Missive ≥ " + fmt(minRead) + "× Jackson ops/s",
          ratio(read, against(read), payload),
          medianRatio(read, against(read), payload),
          ratio(read, against(read), payload) >= minRead));
      md.append(row(
          "Write " + what + ": Missive ≥ " + fmt(minWrite) + "× Jackson ops/s",
          ratio(write, against(write), payload),
          medianRatio(write, against(write), payload),
          ratio(write, against(write), payload) >= minWrite));
    }
    // The second step's targets for the envelope, beside the first step's above.
    double envelopeRead = ratio("JsonBenchmark.readMissive", "JsonBenchmark.readJackson", Orders.ENVELOPE);
    double envelopeWrite = ratio("JsonBenchmark.writeMissive", "JsonBenchmark.writeJackson", Orders.ENVELOPE);
    md.append(row(
        "Read the envelope, next step: Missive ≥ 3.00× Jackson ops/s",
        envelopeRead,
        medianRatio("JsonBenchmark.readMissive", "JsonBenchmark.readJackson", Orders.ENVELOPE),
        envelopeRead >= 3.0));
    md.append(row(
        "Write the envelope, next step: Missive ≥ 2.40× Jackson ops/s",
        envelopeWrite,
        medianRatio("JsonBenchmark.writeMissive", "JsonBenchmark.writeJackson", Orders.ENVELOPE),
        envelopeWrite >= 2.4));
    for (String direction : new String[] {"write", "read"}) {
      String missive = "KafkaSerdeBenchmark." + direction + "Missive";
      double kafka = ratio(missive, against(missive), "");
      md.append(row(
          (direction.equals("write") ? "Write" : "Read")
              + " one Kafka record in binary mode: Missive's serde ≥ 3.00× the CloudEvents SDK's with"
              + " Jackson ops/s",
          kafka, medianRatio(missive, against(missive), ""), kafka >= 3.0));
    }
    String current = "UpcastBenchmark.readCurrentVersion";
    String old = "UpcastBenchmark.readVersion1";
    double upcast = ratio(current, old, "");
    md.append(row(
        "Read of version 1 through the upcaster costs ≤ 1.5× a current-version read",
        upcast, medianRatio(current, old, ""), upcast <= 1.5));
    String typedCurrent = "UpcastBenchmark.readTypedCurrentVersion";
    String typedOld = "UpcastBenchmark.readTypedVersion1";
    double typed = ratio(typedCurrent, typedOld, "");
    md.append(row(
        "Read of version 1 through a typed upcaster (frozen `V1` record) costs ≤ 1.2× a current-version read",
        typed, medianRatio(typedCurrent, typedOld, ""), typed <= 1.2));
    String envelope = "EnvelopeBenchmark.create";
    String uuid = "EnvelopeBenchmark.randomUuid";
    Result creation = get(envelope, "");
    double create = creation.nanos();
    md.append("| Envelope creation (id, timestamp, payload) < 100 ns, absolute: depends on the machine | ")
        .append(time(create)).append(" | ").append(time(1e9 / creation.median())).append(" | ")
        .append(create < 100 ? "yes" : "**no**").append(" |\n");
    // The 100 ns budget is set against UUID.randomUUID's ~200 ns: as a ratio in the same run, at
    // most half the time of the random id that most code uses.
    double againstUuid = ratio(uuid, envelope, "");
    md.append(row(
        "Envelope creation takes ≤ 0.5× the time of `UUID.randomUUID().toString()` (100 ns against"
            + " its ~200 ns)",
        againstUuid, medianRatio(uuid, envelope, ""), againstUuid <= 0.5));
    md.append("\n### Every benchmark\n\n");
    md.append("ops/s: the 90th percentile of the measured iterations of all rounds (the time per operation"
        + " and the ratio are taken from it), the median, and the slowest and fastest iteration.\n\n");
    md.append("| Benchmark | Payload | JSON bytes | ops/s | median | slowest – fastest | time per op |"
        + " Missive ÷ peer |\n");
    md.append("|---|---|---:|---:|---:|---:|---:|---:|\n");
    List<Result> ordered = new ArrayList<>(results.values());
    List<String> payloads = List.of(Orders.ENVELOPE, Orders.ONE_KB, Orders.HUNDRED_KB, "");
    ordered.sort(
        Comparator.comparing((Result r) -> payloads.indexOf(r.payload())).thenComparing(Result::name));
    for (Result r : ordered) {
      String bytes =
          r.payload().isEmpty()
              ? (r.name().startsWith("Upcast") ? "" + Orders.size(Orders.itemCount(Orders.ENVELOPE)) : "")
              : "" + Orders.size(Orders.itemCount(r.payload()));
      String vsJackson = "";
      if (r.name().contains("Missive")) {
        vsJackson = fmt(ratio(r.name(), against(r.name()), r.payload())) + "×";
      }
      md.append("| ").append(r.name()).append(" | ").append(r.payload()).append(" | ").append(bytes)
          .append(" | ").append(ops(r.score())).append(" | ").append(ops(r.median())).append(" | ")
          .append(ops(r.iterations().stream().mapToDouble(Double::doubleValue).min().orElseThrow()))
          .append(" – ")
          .append(ops(r.iterations().stream().mapToDouble(Double::doubleValue).max().orElseThrow()))
          .append(" | ")
          .append(time(r.nanos())).append(" | ").append(vsJackson).append(" |\n");
    }
    md.append("\n### What this means for users\n\n");
    Result read = get("JsonBenchmark.readMissive", Orders.ENVELOPE);
    Result write = get("JsonBenchmark.writeMissive", Orders.ENVELOPE);
    md.append(String.format(Locale.ROOT,
        "- One core reads about %s order events of %d bytes per second (%s each) and writes about %s (%s each): "
            + "%s× and %s× what Jackson databind does with hand-written records for the same JSON.%n",
        ops(read.score()), Orders.size(2), time(read.nanos()), ops(write.score()), time(write.nanos()),
        fmt(ratio("JsonBenchmark.readMissive", "JsonBenchmark.readJackson", Orders.ENVELOPE)),
        fmt(ratio("JsonBenchmark.writeMissive", "JsonBenchmark.writeJackson", Orders.ENVELOPE))));
    Result big = get("JsonBenchmark.readMissive", Orders.HUNDRED_KB);
    md.append(String.format(Locale.ROOT,
        "- Large payloads stream: a %d KB message reads in %s (%s× Jackson) and writes in %s (%s×); both"
            + " libraries then spend their time in the same Jackson parser and generator.%n",
        Orders.size(Orders.itemCount(Orders.HUNDRED_KB)) / 1024, time(big.nanos()),
        fmt(ratio("JsonBenchmark.readMissive", "JsonBenchmark.readJackson", Orders.HUNDRED_KB)),
        time(get("JsonBenchmark.writeMissive", Orders.HUNDRED_KB).nanos()),
        fmt(ratio("JsonBenchmark.writeMissive", "JsonBenchmark.writeJackson", Orders.HUNDRED_KB))));
    md.append(String.format(Locale.ROOT,
        "- An event still written at version 1 reads in %s instead of %s: %s× the cost, through the tree"
            + " the upcaster works on. Old versions cost a little; they never fail silently.%n",
        time(get("UpcastBenchmark.readVersion1", "").nanos()),
        time(get("UpcastBenchmark.readCurrentVersion", "").nanos()), fmt(upcast)));
    md.append(String.format(Locale.ROOT,
        "- Through a typed upcaster, which reads version 1 straight into its frozen record without a tree,"
            + " it reads in %s instead of %s: %s× the cost.%n",
        time(get(typedOld, "").nanos()), time(get(typedCurrent, "").nanos()), fmt(typed)));
    md.append(String.format(Locale.ROOT,
        "- Over Kafka in binary mode (the data as the record's value, the attributes as headers), one"
            + " order record is written in %s and read in %s: %s× and %s× the CloudEvents SDK's serde with"
            + " Jackson databind for the data.%n",
        time(get("KafkaSerdeBenchmark.writeMissive", "").nanos()),
        time(get("KafkaSerdeBenchmark.readMissive", "").nanos()),
        fmt(ratio("KafkaSerdeBenchmark.writeMissive", "KafkaSerdeBenchmark.writeSdk", "")),
        fmt(ratio("KafkaSerdeBenchmark.readMissive", "KafkaSerdeBenchmark.readSdk", ""))));
    md.append(String.format(Locale.ROOT,
        "- Building an event (UUIDv7 id, timestamp, payload record) takes %.0f ns, %s of the %s"
            + " that `UUID.randomUUID().toString()` alone takes on the same machine.%n",
        create, percent(againstUuid), time(get(uuid, "").nanos())));
    return md.toString();
  }

  /**
   * The benchmark that {@code missive} is compared with: Jackson databind's, or for the Kafka serde the
   * CloudEvents SDK's with Jackson.
   */
  private static String against(String missive) {
    return missive.replace("Missive", missive.startsWith("KafkaSerdeBenchmark.") ? "Sdk" : "Jackson");
  }

  /** The ratio of the ops/s of {@code a} to those of {@code b}: of their scores. */
  private double ratio(String a, String b, String payload) {
    return get(a, payload).score() / get(b, payload).score();
  }

  /** The same ratio, of their medians. */
  private double medianRatio(String a, String b, String payload) {
    return get(a, payload).median() / get(b, payload).median();
  }

  private static String row(String target, double measured, double medians, boolean met) {
    return "| " + target + " | " + fmt(measured) + "× | " + fmt(medians) + "× | "
        + (met ? "yes" : "**no**") + " |\n";
  }

  private static String fmt(double ratio) {
    return String.format(Locale.ROOT, "%.2f", ratio);
  }

  private static String percent(double fraction) {
    return String.format(Locale.ROOT, "%.0f %%", fraction * 100);
  }

  private static String ops(double opsPerSecond) {
    if (opsPerSecond >= 1e6) {
      return String.format(Locale.ROOT, "%.2f M", opsPerSecond / 1e6);
    }
    if (opsPerSecond >= 1e3) {
      return String.format(Locale.ROOT, "%.1f k", opsPerSecond / 1e3);
    }
    return String.format(Locale.ROOT, "%.0f", opsPerSecond);
  }

  private static String time(double nanos) {
    if (nanos >= 1e6) {
      return String.format(Locale.ROOT, "%.2f ms", nanos / 1e6);
    }
    if (nanos >= 1e3) {
      return String.format(Locale.ROOT, "%.2f µs", nanos / 1e3);
    }
    return String.format(Locale.ROOT, "%.0f ns", nanos);
  }

  /** CPU model, cores and memory, from /proc on Linux. */
  private static String machine() {
    String cpu = "unknown CPU";
    try (Stream<String> lines = Files.lines(Path.of("/proc/cpuinfo"))) {
      cpu = lines.filter(l -> l.startsWith("model name")).map(l -> l.substring(l.indexOf(':') + 1).trim())
          .findFirst().orElse(cpu);
    } catch (IOException | RuntimeException e) {
      // not Linux: keep "unknown"
    }
    String memory = "";
    try (Stream<String> lines = Files.lines(Path.of("/proc/meminfo"))) {
      memory = lines.filter(l -> l.startsWith("MemTotal:"))
          .map(l -> ", " + Math.round(Long.parseLong(l.replaceAll("\\D", "")) / 1024.0 / 1024.0) + " GiB")
          .findFirst().orElse("");
    } catch (IOException | RuntimeException e) {
      // not Linux
    }
    return cpu + ", " + Runtime.getRuntime().availableProcessors() + " cores" + memory + ", "
        + System.getProperty("os.name") + " " + System.getProperty("os.version");
  }
}
