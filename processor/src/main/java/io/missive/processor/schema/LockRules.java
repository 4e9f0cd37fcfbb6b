package io.missive.processor.schema;

import io.missive.processor.diag.Diagnostic;
import io.missive.processor.diag.DiagnosticId;
import io.missive.processor.diag.Severity;
import io.missive.processor.diag.Site;
import io.missive.processor.model.Accessor;
import io.missive.processor.model.MessageType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rules of the schema lock, each a pure function from a model that passed the other rules and
 * its {@link Locked} snapshots to diagnostics. They run in stages, as the other rules do: a corrupt
 * snapshot stops the rest, a broken history stops the comparison.
 */
public final class LockRules {

  /** One rule of the lock. */
  @FunctionalInterface
  public interface LockRule {
    List<Diagnostic> check(MessageType model, Locked locked, Current current);
  }

  /**
   * What the rules compare the lock with, made once for all of them: the payload's document, and its
   * breaking changes from the snapshot of the current version, found at the first rule that asks.
   */
  public static final class Current {
    private final PayloadSchema schema;
    private SchemaDiff.Outcome outcome;
    private SchemaDiff.Corrupt corrupt;

    /** What the lock's rules compare with {@code schema}, the payload's. */
    public Current(PayloadSchema schema) {
      this.schema = schema;
    }

    /** The schema of the payload, as {@link SchemaMapping#document} makes it. */
    public Map<String, Object> document() {
      return schema.document();
    }

    /** The schema of the payload with its canonical text. */
    public PayloadSchema schema() {
      return schema;
    }

    /**
     * {@link SchemaDiff#between} the snapshot of the current version, {@code tree}, and the document;
     * every rule passes the same snapshot, so it is compared once.
     *
     * @throws SchemaDiff.Corrupt when the snapshot is not of the form Missive writes
     */
    List<SchemaDiff.Change> changesFrom(Object tree, int version) {
      return outcomeFrom(tree, version).changes();
    }

    private SchemaDiff.Outcome outcomeFrom(Object tree, int version) {
      if (tree == schema.document()) {
        // The snapshot is the document (its text is the document's canonical text): nothing changed.
        return new SchemaDiff.Outcome(List.of(), schema.document(), List.of());
      }
      if (outcome == null && corrupt == null) {
        try {
          outcome = SchemaDiff.compare(tree, schema.document(), version);
        } catch (SchemaDiff.Corrupt e) {
          corrupt = e;
        }
      }
      if (corrupt != null) {
        throw corrupt;
      }
      return outcome;
    }

    /**
     * The canonical text the snapshot of {@code version}, the current one, holds after this build:
     * the payload's, with the optional fields it no longer has but {@code snapshot} had; for a model
     * whose findings hold no error.
     */
    String lockedText(Locked.Snapshot snapshot, int version) {
      if (snapshot == null) {
        return schema.text();
      }
      Map<String, Object> locked = outcomeFrom(snapshot.tree(), version).locked();
      return locked == schema.document() ? schema.text() : CanonicalJson.write(locked);
    }

    /** What a note on the update of {@code snapshot} says besides; see {@link SchemaDiff.Outcome}. */
    List<String> remarks(Locked.Snapshot snapshot, int version) {
      return snapshot == null ? List.of() : outcomeFrom(snapshot.tree(), version).remarks();
    }
  }

  /** The stages, in order; a stage runs only if the ones before found no error. */
  public static final List<List<LockRule>> STAGES =
      List.of(
          List.of(LockRules::corrupt),
          List.of(LockRules::lowered, LockRules::skipped, LockRules::missingPast, LockRules::editedPast),
          List.of(LockRules::breaking, LockRules::sameBump, LockRules::lockedVersionsRead),
          List.of(LockRules::unlocked));

  private LockRules() {}

  /** Every finding of the lock's rules on {@code model}. */
  public static List<Diagnostic> check(MessageType model, Locked locked) {
    return check(model, locked, PayloadSchema.of(model));
  }

  /** Every finding of the lock's rules on {@code model}, whose schema is {@code schema}. */
  public static List<Diagnostic> check(MessageType model, Locked locked, PayloadSchema schema) {
    return check(model, locked, new Current(schema));
  }

  /** Every finding of the lock's rules on {@code model}, compared with {@code current}. */
  public static List<Diagnostic> check(MessageType model, Locked locked, Current current) {
    List<Diagnostic> all = new ArrayList<>();
    for (List<LockRule> stage : STAGES) {
      boolean error = false;
      for (LockRule rule : stage) {
        for (Diagnostic found : rule.check(model, locked, current)) {
          all.add(found);
          error |= found.isError();
        }
      }
      if (error) {
        break;
      }
    }
    return all;
  }

  /** A snapshot that is not JSON, or whose identity is not its file's. */
  static List<Diagnostic> corrupt(MessageType model, Locked locked, Current current) {
    List<Diagnostic> found = new ArrayList<>();
    for (Locked.Snapshot snapshot : locked.snapshots().values()) {
      String problem = null;
      String path = "$";
      if (snapshot.malformed() != null) {
        problem = snapshot.malformed().getMessage();
        path = snapshot.malformed().path();
      } else if (!(snapshot.tree() instanceof Map<?, ?> root)) {
        problem = "an object was expected, not " + SchemaDiff.kindOf(snapshot.tree());
      } else if (!SchemaMapping.id(locked.type(), snapshot.version()).equals(root.get("$id"))) {
        path = "$.$id";
        problem = "\"" + SchemaMapping.id(locked.type(), snapshot.version()) + "\" was expected, not "
            + (root.get("$id") instanceof String s ? "\"" + s + "\"" : SchemaDiff.kindOf(root.get("$id")));
      } else if (snapshot.version() == model.version()) {
        try {
          current.changesFrom(root, model.version());
        } catch (SchemaDiff.Corrupt e) {
          path = e.path;
          problem = e.getMessage();
        }
      }
      if (problem != null) {
        found.add(Diagnostic.of(
            DiagnosticId.SCHEMA_CORRUPT,
            Site.type(),
            label(model, snapshot.version()) + ": the snapshot " + snapshot.file() + " cannot be read at "
                + path + ": " + problem + ". Restore the file from version control (if no event of v"
                + snapshot.version() + " was ever written, delete it, and the next build locks the"
                + " payload again)."));
      }
    }
    return found;
  }

  /** A snapshot of a version above the current one: the version went down. */
  static List<Diagnostic> lowered(MessageType model, Locked locked, Current current) {
    int highest = highest(locked);
    if (highest <= model.version()) {
      return List.of();
    }
    return List.of(Diagnostic.of(
        DiagnosticId.SCHEMA_HISTORY,
        versionSite(model),
        model.type() + " is at version " + model.version() + ", but v" + highest + " is locked ("
            + locked.snapshots().get(highest).file() + "): a version never goes down, since events of v"
            + highest + " may already be written, and they would be read as v" + model.version()
            + ". Restore " + annotation(model) + "(version = " + highest + "), or bump it above."));
  }

  /** The version was raised by more than one from the last one locked. */
  static List<Diagnostic> skipped(MessageType model, Locked locked, Current current) {
    int highest = highest(locked);
    if (highest == 0 || highest >= model.version() - 1) {
      return List.of();
    }
    return List.of(Diagnostic.of(
        DiagnosticId.SCHEMA_HISTORY,
        versionSite(model),
        model.type() + " goes from the locked v" + highest + " to version " + model.version()
            + ", skipping " + range(highest + 1, model.version() - 1) + ": each version is locked as it"
            + " is released, and the upcasters go one step at a time. Set " + annotation(model)
            + "(version = " + (highest + 1) + ")."));
  }

  /** A version between the oldest locked and the current one has no snapshot: it was deleted. */
  static List<Diagnostic> missingPast(MessageType model, Locked locked, Current current) {
    if (locked.snapshots().isEmpty()) {
      return List.of();
    }
    int oldest = locked.snapshots().keySet().iterator().next();
    int upTo = Math.min(highest(locked), model.version());
    List<Diagnostic> found = new ArrayList<>();
    for (int v = oldest + 1; v < upTo; v++) {
      if (!locked.snapshots().containsKey(v)) {
        found.add(Diagnostic.of(
            DiagnosticId.SCHEMA_HISTORY,
            Site.type(),
            model.type() + " v" + v + " has no snapshot, but v" + oldest + " and v" + upTo + " are locked:"
                + " the snapshot of a past version is never deleted, since events of v" + v + " may be"
                + " stored. Restore " + v + ".schema.json from version control."));
      }
    }
    return found;
  }

  /** A past version's snapshot is not as Missive wrote it: it was edited by hand. */
  static List<Diagnostic> editedPast(MessageType model, Locked locked, Current current) {
    List<Diagnostic> found = new ArrayList<>();
    for (Locked.Snapshot snapshot : locked.snapshots().values()) {
      if (snapshot.version() < model.version() && !CanonicalJson.write(snapshot.tree()).equals(snapshot.text())) {
        found.add(Diagnostic.of(
            DiagnosticId.SCHEMA_HISTORY,
            Site.type(),
            label(model, snapshot.version()) + ": the snapshot " + snapshot.file() + " was edited (it is"
                + " not in the form Missive writes): a past version is frozen, as the events written"
                + " with it are. Restore the file from version control."));
      }
    }
    return found;
  }

  /** A change under the locked current version that readers of that version could not follow. */
  static List<Diagnostic> breaking(MessageType model, Locked locked, Current current) {
    Locked.Snapshot snapshot = locked.snapshots().get(model.version());
    if (snapshot == null) {
      return List.of();
    }
    Map<String, Integer> accessors = new LinkedHashMap<>();
    for (int i = 0; i < model.accessors().size(); i++) {
      Accessor accessor = model.accessors().get(i);
      accessors.putIfAbsent(SchemaMapping.jsonName(accessor.field()), i);
    }
    int next = model.version() + 1;
    List<Diagnostic> found = new ArrayList<>();
    for (SchemaDiff.Change change : current.changesFrom(snapshot.tree(), model.version())) {
      Integer index = change.field() == null ? null : accessors.get(change.field());
      found.add(Diagnostic.of(
          DiagnosticId.SCHEMA_BREAK,
          index == null ? Site.type() : Site.accessor(index),
          label(model, model.version()) + ": " + change.what() + "; " + change.why() + ". "
              + change.restore() + ", or bump to " + annotation(model) + "(version = " + next
              + ") and add @Upcast(from = " + model.version() + ")."));
    }
    return found;
  }

  /** A new version whose payload is that of the version before it. */
  static List<Diagnostic> sameBump(MessageType model, Locked locked, Current current) {
    Locked.Snapshot previous = locked.snapshots().get(model.version() - 1);
    if (previous == null || locked.snapshots().containsKey(model.version())) {
      return List.of();
    }
    // The previous version's lock may keep optional fields its payload lost; compared as it would
    // be kept if the payload had stayed at that version, they are no difference.
    Map<String, Object> kept;
    try {
      SchemaDiff.Outcome outcome = SchemaDiff.compare(previous.tree(), current.document(), previous.version());
      if (!outcome.changes().isEmpty()) {
        return List.of();
      }
      kept = outcome.locked();
    } catch (SchemaDiff.Corrupt e) {
      return List.of(); // a past snapshot Missive did not write: the history rules say so
    }
    Map<String, Object> before = new LinkedHashMap<>(SchemaDiff.map(previous.tree(), "$"));
    Map<String, Object> now = new LinkedHashMap<>(kept);
    for (String identity : List.of("$id", "title")) {
      before.remove(identity);
      now.remove(identity);
    }
    if (!SchemaDiff.wire(before).equals(SchemaDiff.wire(now))) {
      return List.of();
    }
    return List.of(Diagnostic.of(
        DiagnosticId.SCHEMA_SAME_BUMP,
        versionSite(model),
        model.type() + " is bumped to version " + model.version() + ", but its payload is the same as the"
            + " locked v" + previous.version() + "'s: a new version makes every reader upcast for"
            + " nothing. Keep " + annotation(model) + "(version = " + previous.version() + ") unless the"
            + " meaning of a field changed."));
  }

  /** Every locked past version the type still reads reaches the current one through upcasters. */
  static List<Diagnostic> lockedVersionsRead(MessageType model, Locked locked, Current current) {
    List<Diagnostic> found = new ArrayList<>();
    if (model.readsFrom() > 0) {
      // readsFrom says which versions are read, and the chain rule checks them; a locked version
      // below it is no longer read, like a type deleted: said, as a decision must be.
      for (Locked.Snapshot snapshot : locked.snapshots().values()) {
        if (snapshot.version() < model.readsFrom()) {
          Diagnostic warning = Diagnostic.of(
              DiagnosticId.SCHEMA_STALE,
              Site.typeAnnotationValue(model.kind().annotationName(), "readsFrom"),
              label(model, snapshot.version()) + " is locked (" + snapshot.file() + "), but readsFrom = "
                  + model.readsFrom() + " says no event of v" + snapshot.version() + " is read any more:"
                  + " dropping a version is a decision, not an accident. If no stored event of v"
                  + snapshot.version() + " must be read, delete the snapshots of the versions below "
                  + model.readsFrom() + " (the oldest ones may go, the lock keeps no version it does not"
                  + " read); otherwise add @Upcast(from = " + snapshot.version() + ") and lower readsFrom.");
          found.add(strictly(warning, locked.strict()));
        }
      }
      return found;
    }
    for (Locked.Snapshot snapshot : locked.snapshots().values()) {
      int v = snapshot.version();
      if (v < model.oldestVersion()) {
        found.add(Diagnostic.of(
            DiagnosticId.UPCASTER_MISSING,
            versionSite(model),
            label(model, v) + " is locked (" + snapshot.file() + "), so events of v" + v + " may be"
                + " stored, but no upcaster reads them: the oldest upcaster starts at version "
                + model.oldestVersion() + ". Add @Upcast(from = " + v + "), or, if no message of v" + v
                + " must be read, say so with " + annotation(model) + "(version = " + model.version()
                + ", readsFrom = " + model.oldestVersion() + ") and delete the snapshots of the versions"
                + " below it."));
      }
    }
    return found;
  }

  /** Strict mode: a snapshot this build would write or update is an error instead. */
  static List<Diagnostic> unlocked(MessageType model, Locked locked, Current current) {
    if (!locked.strict()) {
      return List.of();
    }
    Optional<LockPlan> plan = LockPlan.of(model, locked, current);
    if (plan.isEmpty()) {
      return List.of();
    }
    String file = locked.directory() + java.io.File.separator + model.version() + ".schema.json";
    String state = plan.get().update()
        ? "'s snapshot is out of date (the payload changed compatibly)"
        : " is not locked";
    return List.of(Diagnostic.of(
        DiagnosticId.SCHEMA_UNLOCKED,
        Site.type(),
        label(model, model.version()) + state + ": run the build without strict mode (leave out"
            + " -Amissive.schemas.strict=true) and commit " + file + "."));
  }

  /** A stale directory's finding: a warning, or an error in strict mode. */
  public static Diagnostic stale(String type, String directory, boolean strict) {
    Diagnostic warning = Diagnostic.of(
        DiagnosticId.SCHEMA_STALE,
        Site.none(),
        directory + " holds the lock of " + type + ", but no message of this compilation has the type "
            + type + ": deleting a message type is a decision, not an accident. If it was deleted on"
            + " purpose (and no stored event of it must be read), delete the directory; otherwise"
            + " restore the type.");
    return strictly(warning, strict);
  }

  /** A stale lock's finding: the warning, or in strict mode an error. */
  private static Diagnostic strictly(Diagnostic warning, boolean strict) {
    return strict ? warning.at(Severity.ERROR) : warning;
  }

  private static int highest(Locked locked) {
    int highest = 0;
    for (int v : locked.snapshots().keySet()) {
      highest = Math.max(highest, v);
    }
    return highest;
  }

  private static String range(int from, int to) {
    return from == to ? "v" + from : "v" + from + " to v" + to;
  }

  private static String label(MessageType model, int version) {
    return model.type() + " v" + version;
  }

  private static Site versionSite(MessageType model) {
    return Site.typeAnnotationValue(model.kind().annotationName(), "version");
  }

  /** The kind's annotation as the user writes it: {@code @DomainEvent}. */
  static String annotation(MessageType model) {
    String name = model.kind().annotationName();
    return "@" + name.substring(name.lastIndexOf('.') + 1);
  }
}
