package io.missive.benchmarks;

import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Writes and reads one order, {@code byte[]} out and in: Missive's generated codec against Jackson
 * databind on equivalent records (the same bytes, checked in setup).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 8, time = 500, timeUnit = TimeUnit.MILLISECONDS)
@Measurement(iterations = 6, time = 500, timeUnit = TimeUnit.MILLISECONDS)
@Fork(1)
public class JsonBenchmark {

  @Param({Orders.ENVELOPE, Orders.ONE_KB, Orders.HUNDRED_KB})
  public String payload;

  private OrderPlacedEvent event;
  private JacksonOrderPlaced record;
  private byte[] json;
  private ObjectWriter writer;
  private ObjectReader reader;

  @Setup
  public void setUp() {
    event = Orders.event(Orders.itemCount(payload));
    Orders.checkSameJson(event);
    record = Orders.jackson(event);
    json = event.toJsonBytes();
    writer = Orders.MAPPER.writerFor(JacksonOrderPlaced.class);
    reader = Orders.MAPPER.readerFor(JacksonOrderPlaced.class);
  }

  @Benchmark
  public byte[] writeMissive() {
    return event.toJsonBytes();
  }

  @Benchmark
  public byte[] writeJackson() throws IOException {
    return writer.writeValueAsBytes(record);
  }

  @Benchmark
  public OrderPlacedEvent readMissive() {
    return OrderPlacedEvent.fromJson(json);
  }

  @Benchmark
  public JacksonOrderPlaced readJackson() throws IOException {
    return reader.readValue(json);
  }
}
