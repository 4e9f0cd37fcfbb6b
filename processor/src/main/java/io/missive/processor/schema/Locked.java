package io.missive.processor.schema;

import java.util.Map;
import java.util.TreeMap;

/**
 * What the lock holds for one message type, as read from its directory: the snapshots by version.
 *
 * @param type the message type, the name of its directory
 * @param snapshots the snapshots by version, in order
 * @param strict whether the build runs in strict mode ({@code -Amissive.schemas.strict=true})
 * @param directory the type's directory, as the messages name it
 */
public record Locked(String type, Map<Integer, Snapshot> snapshots, boolean strict, String directory) {

  public Locked {
    snapshots = java.util.Collections.unmodifiableMap(new TreeMap<>(snapshots));
  }

  /**
   * One snapshot file.
   *
   * @param version the version its name says ({@code 2.schema.json})
   * @param file the file, as the messages name it
   * @param text its text
   * @param tree its JSON, or {@code null} when it is not JSON
   * @param malformed why it is not JSON, or {@code null}
   */
  public record Snapshot(int version, String file, String text, Object tree, CanonicalJson.Malformed malformed) {

    /**
     * The snapshot of {@code version} whose {@code text} is the canonical text of {@code document}
     * (the payload's, {@link CanonicalJson#write}): its JSON is that document, so it is not read again.
     */
    public static Snapshot of(int version, String file, String text, java.util.Map<String, Object> document) {
      return new Snapshot(version, file, text, document, null);
    }

    /** Reads {@code text} as the snapshot of {@code version}. */
    public static Snapshot of(int version, String file, String text) {
      try {
        return new Snapshot(version, file, text, CanonicalJson.parse(text), null);
      } catch (CanonicalJson.Malformed e) {
        return new Snapshot(version, file, text, null, e);
      }
    }
  }
}
