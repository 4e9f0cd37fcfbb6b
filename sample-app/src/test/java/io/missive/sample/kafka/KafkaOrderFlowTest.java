package io.missive.sample.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import io.missive.sample.OrderFlowApp;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The order flow through a real local broker tells the same story as through the in-memory bus, with
 * each service consuming the topic through its own consumer group and MessageDispatcher.
 */
class KafkaOrderFlowTest {

  @Test
  void theFlowThroughABrokerPrintsTheSameStoryThroughEachServicesDispatcherAndStopsItsBroker() throws Exception {
    ByteArrayOutputStream overKafka = new ByteArrayOutputStream();
    ByteArrayOutputStream broker = new ByteArrayOutputStream();
    KafkaOrderFlowApp.Result run =
        KafkaOrderFlowApp.run(
            new PrintStream(overKafka, true, StandardCharsets.UTF_8),
            new PrintStream(broker, true, StandardCharsets.UTF_8));
    ByteArrayOutputStream inMemory = new ByteArrayOutputStream();
    new OrderFlowApp(new PrintStream(inMemory, true, StandardCharsets.UTF_8)).run();

    assertThat(masked(overKafka)).isEqualTo(masked(inMemory));
    assertThat(overKafka.toString(StandardCharsets.UTF_8))
        .contains("Summary: 21 messages delivered")
        .contains("(written as v1, upcast to v2)");
    // Every command, event and query of the story, and the redelivered and the version-1 events: as
    // many as the journal's entries, and as the README says.
    assertThat(run.carried()).isEqualTo(21);
    assertThat(broker.toString(StandardCharsets.UTF_8))
        .contains("Kafka broker at 127.0.0.1:")
        .contains("Kafka broker stopped")
        .contains("21 records through the broker, 12 of them keyed by their order");
    // The redelivered OrderPlaced of step 2 reached the dispatchers of its two subscribers, which
    // skipped it as handled already and said so: the story's "already processed" lines are theirs
    // (the services' own check by id, had it seen the message, would have printed them a second time).
    assertThat(run.skipped())
        .containsExactly(
            entry("inventory", 1),
            entry("payments", 0),
            entry("orders", 0),
            entry("shipping", 0),
            entry("notifications", 1));
    // Each service's group committed what it took; the orders service took the last record, a query.
    assertThat(run.committed()).allSatisfy((service, offset) -> assertThat(offset).as(service).isPositive());
    assertThat(run.committed()).containsEntry("orders", 21L);
    assertThat(leftoverBrokers()).as("broker directories left in the temp directory").isZero();
  }

  /** The story without what differs between runs: ids and the timing figures of step 8. */
  private static String masked(ByteArrayOutputStream output) {
    return output.toString(StandardCharsets.UTF_8)
        .replaceAll("[0-9a-f]{8}", "ID")
        .replaceAll("[0-9.]+ ns", "N ns")
        .replaceAll("[0-9.]+x", "Nx")
        .replaceAll("[0-9.]+ times", "N times")
        .replaceAll(" +", " ");
  }

  private static int leftoverBrokers() throws IOException {
    int count = 0;
    try (DirectoryStream<Path> dirs =
        Files.newDirectoryStream(Path.of(System.getProperty("java.io.tmpdir")), "missive-sample-broker-*")) {
      for (Path ignored : dirs) {
        count++;
      }
    }
    return count;
  }
}
