package io.missive.processor.schema;

import io.missive.processor.model.MessageType;
import java.util.List;
import java.util.Optional;

/**
 * What the lock of one type should hold after this build: the snapshot of the current version, new or
 * updated in place after a compatible change; nothing when it is already there. A past version's
 * snapshot is never part of a plan. A pure function of the model and the lock.
 *
 * @param version the version to write
 * @param text the canonical text of its snapshot
 * @param update whether a snapshot of that version exists and the change is compatible
 * @param remarks what the note on an update says besides, such as a removed field kept in the lock
 */
public record LockPlan(int version, String text, boolean update, List<String> remarks) {

  public LockPlan {
    remarks = List.copyOf(remarks);
  }

  /** The snapshot to write for {@code model}, if any. */
  public static Optional<LockPlan> of(MessageType model, Locked locked) {
    return of(model, locked, new LockRules.Current(PayloadSchema.of(model)));
  }

  /** The snapshot to write for {@code model}, compared with {@code current}, if any. */
  public static Optional<LockPlan> of(MessageType model, Locked locked, LockRules.Current current) {
    Locked.Snapshot snapshot = locked.snapshots().get(model.version());
    String text = current.lockedText(snapshot, model.version());
    if (snapshot == null) {
      return Optional.of(new LockPlan(model.version(), text, false, List.of()));
    }
    if (snapshot.text().equals(text)) {
      return Optional.empty();
    }
    return Optional.of(new LockPlan(model.version(), text, true, current.remarks(snapshot, model.version())));
  }
}
