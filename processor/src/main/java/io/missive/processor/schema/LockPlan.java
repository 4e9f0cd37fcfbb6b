package io.missive.processor.schema;

import io.missive.processor.model.MessageType;
import java.util.Optional;

/**
 * What the lock of one type should hold after this build: the snapshot of the current version, new or
 * updated in place after a compatible change; nothing when it is already there. A past version's
 * snapshot is never part of a plan. A pure function of the model and the lock.
 *
 * @param version the version to write
 * @param text the canonical text of its snapshot
 * @param update whether a snapshot of that version exists and the change is compatible
 */
public record LockPlan(int version, String text, boolean update) {

  /** The snapshot to write for {@code model}, if any. */
  public static Optional<LockPlan> of(MessageType model, Locked locked) {
    return of(model, locked, PayloadSchema.of(model));
  }

  /** The snapshot to write for {@code model}, whose schema is {@code schema}, if any. */
  public static Optional<LockPlan> of(MessageType model, Locked locked, PayloadSchema schema) {
    String text = schema.text();
    Locked.Snapshot current = locked.snapshots().get(model.version());
    if (current == null) {
      return Optional.of(new LockPlan(model.version(), text, false));
    }
    if (current.text().equals(text)) {
      return Optional.empty();
    }
    return Optional.of(new LockPlan(model.version(), text, true));
  }
}
