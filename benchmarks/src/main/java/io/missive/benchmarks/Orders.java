package io.missive.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The benchmarks' fixtures: one order event per payload size, the same order as a Jackson record,
 * and the checks that both libraries write the same bytes and read back what was written.
 */
public final class Orders {

  /** The payload sizes benchmarked: the envelope of an order with 2 line items, 1 KB, 100 KB. */
  public static final String ENVELOPE = "envelope";

  public static final String ONE_KB = "1KB";
  public static final String HUNDRED_KB = "100KB";

  /**
   * The ObjectMapper a careful Jackson user configures once and shares: java.time support, ISO-8601
   * timestamps. The benchmarks reuse an {@code ObjectReader} and {@code ObjectWriter} made from it.
   */
  public static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .addModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .build();

  static final String ID = "0193c4c2-5b1e-7a3c-9f1d-2b6e8c0a4d17";
  static final Instant TIME = Instant.parse("2026-03-15T10:30:00.123Z");

  private Orders() {}

  /** The number of line items that brings the JSON of an order to {@code payload}'s size. */
  public static int itemCount(String payload) {
    switch (payload) {
      case ENVELOPE:
        return 2;
      case ONE_KB:
        return closestTo(1024);
      case HUNDRED_KB:
        return closestTo(100 * 1024);
      default:
        throw new IllegalArgumentException("Unknown payload size: " + payload);
    }
  }

  private static int closestTo(int bytes) {
    // Line items are nearly all the same length: estimate, then take the closest of the neighbours.
    int one = size(1);
    int estimate = Math.max(1, 1 + (bytes - one) / (size(2) - one));
    int best = estimate;
    for (int items = Math.max(1, estimate - 3); items <= estimate + 3; items++) {
      if (Math.abs(size(items) - bytes) < Math.abs(size(best) - bytes)) {
        best = items;
      }
    }
    return best;
  }

  /** The length of the JSON of an order with {@code items} line items. */
  public static int size(int items) {
    return event(items).toJsonBytes().length;
  }

  /** {@code count} line items with varied ids, quantities and prices. */
  public static List<LineItem> items(int count) {
    List<LineItem> items = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      items.add(
          new LineItem(
              String.format("sku-%05d", 10_000 + i * 7919 % 90_000),
              1 + i % 4,
              BigDecimal.valueOf(499 + i * 1327L % 9_500, 2)));
    }
    return List.copyOf(items);
  }

  /** An order event with {@code count} line items, a fixed id and a fixed time. */
  public static OrderPlacedEvent event(int count) {
    List<LineItem> items = items(count);
    BigDecimal total = BigDecimal.ZERO;
    for (LineItem item : items) {
      total = total.add(item.price().multiply(BigDecimal.valueOf(item.quantity())));
    }
    return OrderPlacedEvent.builder()
        .id(ID)
        .timestamp(TIME)
        .orderId("ord-" + (100_000 + count))
        .customerId("cust-4567")
        .items(items)
        .total(total)
        .build();
  }

  /** The same event as a {@link TypedOrderPlaced}, with the same id and time. */
  public static TypedOrderPlacedEvent typed(OrderPlacedEvent event) {
    OrderPlaced data = event.data();
    return TypedOrderPlacedEvent.builder()
        .id(event.id())
        .timestamp(event.timestamp())
        .orderId(data.orderId())
        .customerId(data.customerId())
        .items(data.items())
        .total(data.total())
        .build();
  }

  /** The same event as a Jackson record. */
  public static JacksonOrderPlaced jackson(OrderPlacedEvent event) {
    OrderPlaced data = event.data();
    return new JacksonOrderPlaced(
        "1.0",
        event.id(),
        event.source(),
        event.type(),
        event.timestamp(),
        "application/json",
        event.version(),
        event.correlationId(),
        event.causationId(),
        new JacksonOrderPlaced.Data(data.orderId(), data.customerId(), data.items(), data.total()));
  }

  /** The JSON of {@code event} as version 1 wrote it: {@code total} was called {@code amount}. */
  public static byte[] version1(OrderPlacedEvent event) {
    return version1(event.toJsonBytes());
  }

  /** The JSON of an order event written at version 2, as version 1 wrote it. */
  public static byte[] version1(byte[] current) {
    String json = new String(current, StandardCharsets.UTF_8);
    String v1 = json.replace("\"schemaversion\":2,", "\"schemaversion\":1,").replace("\"total\":", "\"amount\":");
    check(!v1.equals(json), "the version 1 JSON differs from the current one");
    return v1.getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Fails unless Missive and Jackson write the same bytes for {@code event}, and each reads back what
   * it wrote; run in every benchmark's setup, so the smoke run checks it too.
   */
  public static void checkSameJson(OrderPlacedEvent event) {
    try {
      byte[] missive = event.toJsonBytes();
      JacksonOrderPlaced record = jackson(event);
      byte[] jackson = MAPPER.writerFor(JacksonOrderPlaced.class).writeValueAsBytes(record);
      check(
          Arrays.equals(missive, jackson),
          "Missive and Jackson write the same JSON:\n" + new String(missive, StandardCharsets.UTF_8)
              + "\n" + new String(jackson, StandardCharsets.UTF_8));
      check(OrderPlacedEvent.fromJson(missive).equals(event), "Missive reads back what it wrote");
      check(
          MAPPER.readerFor(JacksonOrderPlaced.class).readValue(missive).equals(record),
          "Jackson reads back what it wrote");
      check(OrderPlacedEvent.fromJson(version1(event)).equals(event), "the upcaster reads version 1");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void check(boolean condition, String what) {
    if (!condition) {
      throw new IllegalStateException("Benchmark fixture check failed: " + what);
    }
  }
}
