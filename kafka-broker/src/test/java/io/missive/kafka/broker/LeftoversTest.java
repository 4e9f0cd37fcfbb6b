package io.missive.kafka.broker;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What a start does with the directories an earlier broker of the same name left: it ends the broker
 * of a killed run and deletes its directory, and leaves alone the broker of a run that still goes on.
 * The brokers here are stand-in processes that carry the broker's marker on their command line.
 */
class LeftoversTest {

  private static final String PREFIX = "missive-leftovers-test-broker-";

  private final List<Process> started = new ArrayList<>();

  @AfterEach
  void endStandIns() throws Exception {
    for (Process process : started) {
      process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
  }

  @Test
  void theBrokerOfAKilledRunIsEndedAndItsDirectoryDeleted() throws Exception {
    Path leftover = Files.createTempDirectory(PREFIX);
    Process broker = standIn("-Dmissive.broker=" + leftover);
    Files.writeString(leftover.resolve("owner.pid"), Long.toString(deadPid()));
    Files.writeString(leftover.resolve("broker.pid"), Long.toString(broker.pid()));

    KafkaBroker.endLeftovers(PREFIX);

    assertThat(broker.waitFor(10, TimeUnit.SECONDS)).as("the left-behind broker ended").isTrue();
    assertThat(leftover).doesNotExist();
  }

  @Test
  void theBrokerOfARunThatGoesOnIsLeftAlone() throws Exception {
    Path running = Files.createTempDirectory(PREFIX);
    Process broker = standIn("-Dmissive.broker=" + running);
    Files.writeString(running.resolve("owner.pid"), Long.toString(ProcessHandle.current().pid()));
    Files.writeString(running.resolve("broker.pid"), Long.toString(broker.pid()));

    KafkaBroker.endLeftovers(PREFIX);

    assertThat(broker.isAlive()).isTrue();
    assertThat(running.resolve("broker.pid")).exists();
    Files.walk(running).sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
  }

  @Test
  void aProcessThatIsNotTheDirectorysBrokerIsNotEnded() throws Exception {
    Path leftover = Files.createTempDirectory(PREFIX);
    // The PID was reused by another process: it does not carry this directory's marker.
    Process other = standIn("-Dmissive.broker=/elsewhere");
    Files.writeString(leftover.resolve("owner.pid"), Long.toString(deadPid()));
    Files.writeString(leftover.resolve("broker.pid"), Long.toString(other.pid()));

    KafkaBroker.endLeftovers(PREFIX);

    assertThat(other.isAlive()).isTrue();
    assertThat(leftover).doesNotExist();
  }

  /** A process that sleeps, with {@code marker} on its command line as a broker's JVM has it. */
  private Process standIn(String marker) throws Exception {
    Process process = new ProcessBuilder("sh", "-c", "sleep 60", marker).start();
    started.add(process);
    return process;
  }

  /** The PID of a process that has ended. */
  private static long deadPid() throws Exception {
    Process done = new ProcessBuilder("true").start();
    done.waitFor(10, TimeUnit.SECONDS);
    return done.pid();
  }
}
