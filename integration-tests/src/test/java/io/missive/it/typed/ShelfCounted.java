package io.missive.it.typed;

import io.missive.DomainEvent;
import io.missive.Upcast;
import io.missive.json.JsonObject;
import java.util.Map;

/**
 * A mixed chain: version 1 is upcast on the JSON tree (its snapshot is not in the lock), version 2
 * with a typed upcaster against {@code ShelfCountedEvent.V2}, frozen from
 * {@code src/test/missive/ShelfCounted/2.schema.json}.
 */
@DomainEvent(source = "/warehouse", version = 3)
public interface ShelfCounted {
  String shelfId();

  Map<String, Integer> counts();

  int total();

  /** Version 1 called the shelf {@code shelf}. */
  @Upcast(from = 1)
  static void shelfRenamed(JsonObject data) {
    data.rename("shelf", "shelfId");
  }

  /** Version 2 had no total. */
  @Upcast(from = 2)
  static ShelfCountedData totalled(ShelfCountedEvent.V2 v2) {
    int total = v2.counts().values().stream().mapToInt(Integer::intValue).sum();
    return new ShelfCountedData(v2.shelfId(), v2.counts(), total);
  }
}
