package io.missive.benchmarks;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
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
 * Creates an order event through its builder: a new UUIDv7 id, the time from the system clock, and
 * the payload record. {@code randomUuid} is the cost of the id most code uses instead, for scale.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 8, time = 500, timeUnit = TimeUnit.MILLISECONDS)
@Measurement(iterations = 6, time = 500, timeUnit = TimeUnit.MILLISECONDS)
@Fork(1)
public class EnvelopeBenchmark {

  private String orderId;
  private String customerId;
  private List<LineItem> items;
  private BigDecimal total;

  @Setup
  public void setUp() {
    OrderPlaced data = Orders.event(2).data();
    orderId = data.orderId();
    customerId = data.customerId();
    items = data.items();
    total = data.total();
  }

  @Benchmark
  public OrderPlacedEvent create() {
    return OrderPlacedEvent.builder()
        .orderId(orderId)
        .customerId(customerId)
        .items(items)
        .total(total)
        .build();
  }

  @Benchmark
  public String randomUuid() {
    return UUID.randomUUID().toString();
  }
}
