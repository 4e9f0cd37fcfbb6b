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
 * and at the current version 2: on the JSON tree ({@link OrderPlaced}) and typed, through the frozen
 * record of version 1 ({@link TypedOrderPlaced}).
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
  private byte[] typedCurrent;
  private byte[] typedVersion1;

  @Setup
  public void setUp() {
    OrderPlacedEvent event = Orders.event(Orders.itemCount(Orders.ENVELOPE));
    Orders.checkSameJson(event);
    current = event.toJsonBytes();
    version1 = Orders.version1(event);
    TypedOrderPlacedEvent typed = Orders.typed(event);
    typedCurrent = typed.toJsonBytes();
    typedVersion1 = Orders.version1(typedCurrent);
    Orders.check(TypedOrderPlacedEvent.fromJson(typedCurrent).equals(typed), "the typed event reads back");
    Orders.check(TypedOrderPlacedEvent.fromJson(typedVersion1).equals(typed), "the typed upcaster reads version 1");
  }

  @Benchmark
  public OrderPlacedEvent readCurrentVersion() {
    return OrderPlacedEvent.fromJson(current);
  }

  @Benchmark
  public OrderPlacedEvent readVersion1() {
    return OrderPlacedEvent.fromJson(version1);
  }

  @Benchmark
  public TypedOrderPlacedEvent readTypedCurrentVersion() {
    return TypedOrderPlacedEvent.fromJson(typedCurrent);
  }

  @Benchmark
  public TypedOrderPlacedEvent readTypedVersion1() {
    return TypedOrderPlacedEvent.fromJson(typedVersion1);
  }
}
