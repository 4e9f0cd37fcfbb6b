package io.missive.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reads the envelope-sized order written at version 1 (through the upcaster from version 1 to 2)
 * and at the current version 2.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 8, time = 500, timeUnit = TimeUnit.MILLISECONDS)
@Measurement(iterations = 6, time = 500, timeUnit = TimeUnit.MILLISECONDS)
@Fork(1)
public class UpcastBenchmark {

  private byte[] current;
  private byte[] version1;

  @Setup
  public void setUp() {
    OrderPlacedEvent event = Orders.event(Orders.itemCount(Orders.ENVELOPE));
    Orders.checkSameJson(event);
    current = event.toJsonBytes();
    version1 = Orders.version1(event);
  }

  @Benchmark
  public OrderPlacedEvent readCurrentVersion() {
    return OrderPlacedEvent.fromJson(current);
  }

  @Benchmark
  public OrderPlacedEvent readVersion1() {
    return OrderPlacedEvent.fromJson(version1);
  }
}
