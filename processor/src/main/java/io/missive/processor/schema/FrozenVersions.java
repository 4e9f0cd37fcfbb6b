package io.missive.processor.schema;

import io.missive.processor.diag.Diagnostic;
import io.missive.processor.diag.DiagnosticId;
import io.missive.processor.diag.Site;
import io.missive.processor.model.MessageType;
import io.missive.processor.model.UpcasterMethod;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The frozen records of a message's locked old versions, and what is wrong with its typed upcasters
 * against the lock: one that has no lock, no snapshot of its version, or a snapshot that cannot be
 * frozen. A pure function of the model and the lock.
 *
 * @param versions every locked old version that can be frozen, oldest first
 * @param diagnostics the errors, each on the typed upcaster concerned
 */
public record FrozenVersions(List<FrozenVersion> versions, List<Diagnostic> diagnostics) {

  public FrozenVersions {
    versions = List.copyOf(versions);
    diagnostics = List.copyOf(diagnostics);
  }

  /** The frozen versions of {@code model} from {@code locked}, which is {@code null} without a lock. */
  public static FrozenVersions of(MessageType model, Locked locked) {
    List<FrozenVersion> versions = new ArrayList<>();
    List<Diagnostic> found = new ArrayList<>();
    Map<Integer, Locked.Snapshot> snapshots = locked == null ? Map.of() : locked.snapshots();
    java.util.Map<Integer, String> problems = new java.util.HashMap<>();
    snapshots.forEach(
        (version, snapshot) -> {
          if (version < model.version() && snapshot.tree() != null) {
            FrozenVersion.Built built = FrozenVersion.of(model.envelope(), version, snapshot.tree());
            if (built.frozen() != null) {
              versions.add(built.frozen());
            } else {
              problems.put(version, built.problem());
            }
          }
        });
    for (int i = 0; i < model.upcasterMethods().size(); i++) {
      UpcasterMethod upcaster = model.upcasterMethods().get(i);
      if (!upcaster.typed()) {
        continue;
      }
      int from = upcaster.from();
      String frozen = model.envelope().simpleName() + ".V" + from;
      String start =
          "@Upcast(from = " + from + ") method '" + upcaster.name() + "' takes " + frozen + ", the payload of "
              + model.type() + " as it was at version " + from + ", which is generated from the snapshot of"
              + " that version";
      String tree = " Or upcast on the tree: 'static void " + upcaster.name() + "(JsonObject data)'.";
      if (locked == null) {
        found.add(
            Diagnostic.of(
                DiagnosticId.UPCASTER_TYPED,
                Site.upcaster(i),
                start + ", but the build has no schema lock. Turn it on with"
                    + " -A" + SchemaLock.OPTION + "=${project.basedir}/src/main/missive (docs/schema-lock.md)"
                    + " and commit the snapshot of version " + from + "." + tree));
      } else if (!snapshots.containsKey(from)) {
        found.add(
            Diagnostic.of(
                DiagnosticId.UPCASTER_TYPED,
                Site.upcaster(i),
                start + ", but the lock has no " + locked.directory() + "/" + from + ".schema.json. Restore it"
                    + " from version control (the build writes the snapshot of the current version only)."
                    + tree));
      } else if (problems.containsKey(from)) {
        found.add(
            Diagnostic.of(
                DiagnosticId.UPCASTER_TYPED,
                Site.upcaster(i),
                start + ", but version " + from + " cannot be frozen: " + problems.get(from)
                    + "." + tree));
      }
    }
    return new FrozenVersions(versions, found);
  }

  /** The frozen version {@code version}, or {@code null}. */
  public FrozenVersion get(int version) {
    for (FrozenVersion frozen : versions) {
      if (frozen.version() == version) {
        return frozen;
      }
    }
    return null;
  }
}
