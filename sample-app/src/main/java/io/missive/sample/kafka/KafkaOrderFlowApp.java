package io.missive.sample.kafka;

import io.missive.kafka.broker.KafkaBroker;
import io.missive.sample.OrderFlowApp;
import io.missive.sample.bus.Journal;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The sample's order flow with its services talking through a real Kafka broker: a local KRaft
 * broker in a child JVM (loopback, free ports, a fresh data directory), started for the run and
 * stopped at its end, also when the run fails or the JVM is stopped ({@link KafkaBroker}, which
 * Missive's Kafka tests start theirs with too). Each service consumes the topic in a consumer group
 * of its own, through a {@code MessageDispatcher} ({@link KafkaBus}, {@link KafkaService}). It prints
 * the same story as {@link OrderFlowApp}; where the broker runs goes to standard error.
 */
public final class KafkaOrderFlowApp {

  /** The topic the services talk on. */
  static final String TOPIC = "sample-orders";

  /**
   * What a run did: the records through the broker and how many had a key, and for each service the
   * redeliveries its dispatcher skipped and the offset its group committed.
   */
  record Result(long carried, long keyed, Map<String, Integer> skipped, Map<String, Long> committed) {}

  private KafkaOrderFlowApp() {}

  public static void main(String[] args) throws Exception {
    try {
      Class.forName("kafka.Kafka", false, KafkaOrderFlowApp.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      System.err.println(
          "The Kafka broker is not on the class path: run with the kafka profile,"
              + " mvn -B -q -pl sample-app -Pkafka exec:java");
      System.exit(2);
    }
    run(System.out, System.err);
  }

  /**
   * Starts a broker, runs the flow through it, printing the story to {@code out} and the broker's
   * whereabouts to {@code err}, and stops the broker.
   *
   * @return what went through the broker, and what the services' consumers did with it
   */
  static Result run(PrintStream out, PrintStream err) throws Exception {
    long start = System.nanoTime();
    Result result;
    try (KafkaBroker broker = KafkaBroker.start("sample", brokerLog())) {
      broker.createTopic(TOPIC, 1);
      err.printf(
          "Kafka broker at %s (KRaft, child JVM, started in %d ms); services talk on topic %s,"
              + " each consuming it in a group of its own%n",
          broker.bootstrapServers(), (System.nanoTime() - start) / 1_000_000, TOPIC);
      Journal journal = new Journal(out);
      try (KafkaBus bus = new KafkaBus(broker.bootstrapServers(), TOPIC, journal)) {
        new OrderFlowApp(journal, bus).run();
        result = new Result(bus.carried(), bus.keyed(), bus.skipped(), bus.committed());
        err.printf(
            "%d records through the broker, %d of them keyed by their order%n", result.carried(), result.keyed());
      }
    }
    err.println("Kafka broker stopped, its data directory deleted");
    return result;
  }

  /**
   * Where the broker's log is kept after the run: sample-app/target, under {@code mvn exec:java}
   * from the repository's root as under the tests in sample-app.
   */
  private static Path brokerLog() {
    Path target = Path.of("sample-app", "target");
    return (Files.isDirectory(target) ? target : Path.of("target")).resolve("sample-broker.log");
  }
}
