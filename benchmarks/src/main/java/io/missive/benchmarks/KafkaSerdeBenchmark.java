package io.missive.benchmarks;

import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.kafka.CloudEventDeserializer;
import io.cloudevents.kafka.CloudEventSerializer;
import io.missive.Message;
import io.missive.kafka.MessageDeserializer;
import io.missive.kafka.MessageSerializer;
import java.io.IOException;
import java.net.URI;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
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
 * One order record in CloudEvents binary mode (the value is the data, the attributes are headers),
 * written and read by Missive's Kafka serde and by the CloudEvents Java SDK's ({@code cloudevents-kafka})
 * with Jackson databind for the data, as an application using the SDK does: each side starts from and
 * ends with a typed order (the envelope; the SDK's {@code CloudEvent} plus the Jackson record).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 8, time = 500, timeUnit = TimeUnit.MILLISECONDS)
@Measurement(iterations = 6, time = 500, timeUnit = TimeUnit.MILLISECONDS)
@Fork(1)
public class KafkaSerdeBenchmark {

  static final String TOPIC = "orders";

  private OrderPlacedEvent event;
  private JacksonOrderPlaced record;
  private final MessageSerializer missiveSerializer = new MessageSerializer();
  private final MessageDeserializer missiveDeserializer = MessageDeserializer.of(OrderPlacedEvent.JSON);
  private final CloudEventSerializer sdkSerializer = new CloudEventSerializer();
  private final CloudEventDeserializer sdkDeserializer = new CloudEventDeserializer();
  // Made once, as a careful user of databind does (as JsonBenchmark's are).
  private static final ObjectWriter SDK_DATA_WRITER = Orders.MAPPER.writerFor(JacksonOrderPlaced.Data.class);
  private final ObjectReader sdkDataReader = Orders.MAPPER.readerFor(JacksonOrderPlaced.Data.class);
  private Headers missiveHeaders;
  private byte[] missiveValue;
  private Headers sdkHeaders;
  private byte[] sdkValue;

  @Setup
  public void setUp() throws IOException {
    event = Orders.event(2);
    record = Orders.jackson(event);
    sdkSerializer.configure(Map.of(CloudEventSerializer.ENCODING_CONFIG, "BINARY"), false);
    sdkDeserializer.configure(Map.of(), false);
    missiveHeaders = new RecordHeaders();
    missiveValue = missiveSerializer.serialize(TOPIC, missiveHeaders, event);
    sdkHeaders = new RecordHeaders();
    sdkValue = sdkSerializer.serialize(TOPIC, sdkHeaders, sdk(record));
    // Both write the same data, and each reads back what it wrote.
    Orders.check(Arrays.equals(missiveValue, sdkValue), "Missive and the SDK write the same value");
    Orders.check(readMissive().equals(event), "Missive reads back the order it wrote");
    Orders.check(readSdk().equals(record.data()), "the SDK with Jackson reads back the order it wrote");
  }

  private static CloudEvent sdk(JacksonOrderPlaced order) throws IOException {
    CloudEventBuilder builder =
        CloudEventBuilder.v1()
            .withId(order.id())
            .withSource(URI.create(order.source()))
            .withType(order.type())
            .withTime(order.time().atOffset(ZoneOffset.UTC))
            .withDataContentType("application/json")
            .withExtension("schemaversion", order.schemaversion())
            .withExtension("correlationid", order.correlationid())
            .withData(SDK_DATA_WRITER.writeValueAsBytes(order.data()));
    if (order.causationid() != null) {
      builder.withExtension("causationid", order.causationid());
    }
    return builder.build();
  }

  @Benchmark
  public byte[] writeMissive() {
    return missiveSerializer.serialize(TOPIC, new RecordHeaders(), event);
  }

  @Benchmark
  public byte[] writeSdk() throws IOException {
    return sdkSerializer.serialize(TOPIC, new RecordHeaders(), sdk(record));
  }

  @Benchmark
  public Message<?> readMissive() {
    return missiveDeserializer.deserialize(TOPIC, missiveHeaders, missiveValue);
  }

  @Benchmark
  public JacksonOrderPlaced.Data readSdk() throws IOException {
    CloudEvent read = sdkDeserializer.deserialize(TOPIC, sdkHeaders, sdkValue);
    // What a consumer needs: the attributes, and the data as its record.
    read.getId();
    read.getExtension("correlationid");
    return sdkDataReader.readValue(read.getData().toBytes());
  }
}
