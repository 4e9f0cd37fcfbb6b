package io.missive.it.orders;

import static org.assertj.core.api.Assertions.assertThat;

import io.missive.MessageIds;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Ids of built envelopes: unique, UUIDv7, and ordered by creation time. */
class IdsTest {

  @Test
  void idsAreUniqueAndInCreationOrder() {
    List<String> ids = new ArrayList<>();
    OrderPlacedEvent.Builder builder = EnvelopeTest.orderPlaced();
    for (int i = 0; i < 100_000; i++) {
      ids.add(builder.build().id());
    }
    assertThat(new HashSet<>(ids)).hasSize(ids.size());
    assertThat(ids).isSorted();
    for (String id : ids.subList(0, 100)) {
      assertThat(UUID.fromString(id).version()).isEqualTo(7);
    }
  }

  @Test
  void idsCarryTheirCreationTime() {
    long before = System.currentTimeMillis();
    String id = GetOrderStatusQuery.builder().orderId("o").build().id();
    long after = System.currentTimeMillis();
    // The counter may borrow a millisecond or two from the future under a burst.
    assertThat(MessageIds.epochMillis(id)).isBetween(before, after + 2);
  }

  @Test
  void idsAreUniqueAcrossThreads() throws Exception {
    Set<String> ids = ConcurrentHashMap.newKeySet();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> tasks = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        tasks.add(
            pool.submit(
                () -> {
                  for (int i = 0; i < 50_000; i++) {
                    ids.add(MessageIds.next());
                  }
                }));
      }
      for (Future<?> task : tasks) {
        task.get();
      }
    } finally {
      pool.shutdown();
    }
    assertThat(ids).hasSize(200_000);
  }
}
