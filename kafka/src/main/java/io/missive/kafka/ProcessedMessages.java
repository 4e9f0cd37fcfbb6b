package io.missive.kafka;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a {@link MessageDispatcher} remembers of the messages it has handled, to handle each one once
 * although Kafka delivers at least once (a redelivery after a rebalance or a crash, a producer's
 * retry): a message is known by its {@code source} and {@code id}, which together are unique in
 * CloudEvents. Implement it over a database table (a unique key on source and id, written in the
 * handler's transaction) to remember across restarts; {@link #inMemory(int)} remembers the latest
 * ones of this process.
 */
public interface ProcessedMessages {

  /** Whether the message {@code id} from {@code source} was handled already. */
  boolean contains(String source, String id);

  /** Records that the message {@code id} from {@code source} was handled. */
  void add(String source, String id);

  /**
   * The in-memory default: remembers the {@code capacity} messages handled most recently, forgetting the
   * oldest beyond it, so that memory stays bounded. A redelivery older than that is handled again:
   * pick a capacity above the number of messages a consumer may see twice (about a poll's worth per
   * partition since the last commit). Thread-safe.
   *
   * @throws IllegalArgumentException if {@code capacity} is not positive
   */
  static ProcessedMessages inMemory(int capacity) {
    if (capacity <= 0) {
      throw new IllegalArgumentException("capacity must be positive, was " + capacity);
    }
    return new ProcessedMessages() {
      private final Map<String, Boolean> seen =
          new LinkedHashMap<>(16, 0.75f, false) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
              return size() > capacity;
            }
          };

      @Override
      public synchronized boolean contains(String source, String id) {
        return seen.containsKey(key(source, id));
      }

      @Override
      public synchronized void add(String source, String id) {
        seen.put(key(source, id), Boolean.TRUE);
      }

      private String key(String source, String id) {
        // The length keeps "a" + "bc" apart from "ab" + "c".
        return source.length() + ":" + source + id;
      }

      @Override
      public String toString() {
        return "ProcessedMessages.inMemory(" + capacity + ")";
      }
    };
  }
}
