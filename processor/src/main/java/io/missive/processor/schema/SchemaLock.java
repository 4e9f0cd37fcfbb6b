package io.missive.processor.schema;

import io.missive.processor.diag.Diagnostic;
import io.missive.processor.diag.DiagnosticId;
import io.missive.processor.diag.OptionFlag;
import io.missive.processor.diag.Severity;
import io.missive.processor.diag.Site;
import io.missive.processor.model.MessageType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The schema lock of a compilation: the directory given with {@code -Amissive.schemas}, one
 * subdirectory per message type, one {@code <version>.schema.json} per locked version. This class does
 * the file work only (reading the snapshots into {@link Locked}, writing what a {@link LockPlan} says);
 * {@link LockRules} judges.
 */
public final class SchemaLock {

  /** The option that turns the lock on: an absolute directory. */
  public static final String OPTION = "missive.schemas";

  /** The option that makes every snapshot to write, and every stale one, an error. */
  public static final String STRICT_OPTION = "missive.schemas.strict";

  private static final Pattern SNAPSHOT = Pattern.compile("([1-9][0-9]{0,8})\\.schema\\.json");

  private final Path directory;
  private final boolean strict;
  private final Set<String> seen = new LinkedHashSet<>();

  private SchemaLock(Path directory, boolean strict) {
    this.directory = directory;
    this.strict = strict;
  }

  /**
   * The lock the options ask for: none without {@link #OPTION}, or the problem with the path given.
   */
  public static Opened open(Map<String, String> options) {
    boolean strict = false;
    if (options.containsKey(STRICT_OPTION)) {
      // A value that is neither true nor false is an error here, not a warning: a CI build that
      // means to be strict must not quietly be lenient.
      String value = options.get(STRICT_OPTION);
      Optional<Boolean> flag = OptionFlag.parse(value);
      if (flag.isPresent()) {
        strict = flag.get();
      } else {
        return new Opened(null, List.of(Diagnostic.of(DiagnosticId.OPTION, Site.none(),
            "-A" + STRICT_OPTION + "=" + value + " is neither true nor false, so it is not known whether"
                + " this build should be strict. Write -A" + STRICT_OPTION + "=true (a CI build) or leave"
                + " the option out.").at(Severity.ERROR)));
      }
    }
    if (!options.containsKey(OPTION)) {
      return new Opened(null, List.of());
    }
    // javac passes -Amissive.schemas (no '=') as a null value: given, but without a directory.
    String raw = options.get(OPTION) == null ? "" : options.get(OPTION);
    String given = raw.trim();
    Path path;
    try {
      path = Paths.get(given);
    } catch (InvalidPathException e) {
      return Opened.failed("-A" + OPTION + "=" + raw + " is not a path: " + e.getReason() + ".");
    }
    if (given.isEmpty()) {
      return Opened.failed("-A" + OPTION + " is given without a directory, so no lock is read or written."
          + " Give the directory in full, such as -A" + OPTION + "=${project.basedir}/src/main/missive"
          + " (Maven), or leave the option out to build without a lock.");
    }
    if (!path.isAbsolute()) {
      return Opened.failed("-A" + OPTION + "=" + raw + " is not an absolute path, and javac's working"
          + " directory is not the project's in every build tool. Give the directory in full, such as"
          + " -A" + OPTION + "=${project.basedir}/src/main/missive (Maven) or"
          + " \"-A" + OPTION + "=${projectDir}/src/main/missive\" (Gradle).");
    }
    if (Files.exists(path) && !Files.isDirectory(path)) {
      return Opened.failed("-A" + OPTION + "=" + raw + " is not a directory. Give the directory that"
          + " holds (or is to hold) the schema snapshots, such as src/main/missive.");
    }
    if (Files.isDirectory(path) && !Files.isReadable(path)) {
      return Opened.failed("-A" + OPTION + "=" + raw + " cannot be read. Make the directory readable.");
    }
    return new Opened(new SchemaLock(path, strict), List.of());
  }

  /**
   * The lock, or why the options do not give one.
   *
   * @param lock the lock; {@code null} when there is none
   * @param problems what is wrong with the options, each an error
   */
  public record Opened(SchemaLock lock, List<Diagnostic> problems) {
    static Opened failed(String text) {
      return new Opened(null, List.of(Diagnostic.of(DiagnosticId.SCHEMA_PATH, Site.none(), text)));
    }
  }

  /**
   * The directory names of the lock by their lower case: those on disk when the first type is
   * judged, and those of the types judged since.
   */
  private Map<String, String> folded;

  /**
   * The name of another directory of the lock, on disk or of a type judged before, that differs from
   * {@code name} only in case; {@code null} when there is none.
   */
  private String caseClash(String name) {
    if (folded == null) {
      folded = new HashMap<>();
      if (Files.isDirectory(directory)) {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory)) {
          for (Path entry : entries) {
            String existing = entry.getFileName().toString();
            folded.put(existing.toLowerCase(java.util.Locale.ROOT), existing);
          }
        } catch (IOException e) {
          // Found again, and said, when the type's own directory is read.
        }
      }
    }
    String key = name.toLowerCase(java.util.Locale.ROOT);
    String other = folded.putIfAbsent(key, name);
    return other == null || other.equals(name) ? null : other;
  }

  /** Records that this compilation has a message of {@code model}'s type, valid or not. */
  public void saw(MessageType model) {
    seen.add(model.type());
  }

  /** Whether the build runs in strict mode. */
  public boolean strict() {
    return strict;
  }

  /**
   * The findings of the lock on {@code model}, one that passed every other rule; its snapshot is
   * written by {@link #commit} once they hold no error.
   */
  public Judged judge(MessageType model) {
    saw(model);
    String name = directoryName(model.type());
    String clash = caseClash(name);
    if (clash != null) {
      return new Judged(null, null, List.of(Diagnostic.of(DiagnosticId.SCHEMA_PATH, Site.type(),
          "the lock of " + model.type() + " is the directory " + name + ", which differs only in case from "
              + clash + (typeNamed(clash) == null ? "" : " (the lock of " + typeNamed(clash) + ")")
              + " in " + shown(directory) + ": on a file system that ignores case (macOS and Windows by"
              + " default) they are one directory, and their snapshots would mix. Give the message another"
              + " type with " + LockRules.annotation(model) + "(type = ...), or delete the other directory"
              + " if its type is gone.")));
    }
    Path typeDirectory;
    try {
      typeDirectory = directory.resolve(name);
    } catch (InvalidPathException e) {
      return new Judged(null, null, List.of(Diagnostic.of(DiagnosticId.SCHEMA_PATH, Site.type(),
          "the message type '" + model.type() + "' cannot name a directory of the lock: " + e.getReason()
              + ". Give it a type without such characters with " + LockRules.annotation(model) + "(type = ...).")));
    }
    // Made once: the rules compare it with the snapshots, and commit writes it.
    PayloadSchema schema = PayloadSchema.of(model);
    Map<Integer, Locked.Snapshot> snapshots = new HashMap<>();
    if (Files.isDirectory(typeDirectory)) {
      // No glob: the pattern below decides, and a glob is compiled to a regex again on every call.
      try (DirectoryStream<Path> files = Files.newDirectoryStream(typeDirectory)) {
        for (Path file : files) {
          Matcher snapshot = SNAPSHOT.matcher(file.getFileName().toString());
          if (!snapshot.matches()) {
            continue;
          }
          int version = Integer.parseInt(snapshot.group(1));
          String text = read(file);
          // The current version's snapshot as this build would write it is the document: a build
          // with nothing changed reads no JSON.
          snapshots.put(version, version == model.version() && text.equals(schema.text())
              ? Locked.Snapshot.of(version, shown(file), text, schema.document())
              : Locked.Snapshot.of(version, shown(file), text));
        }
      } catch (IOException | RuntimeException e) {
        return new Judged(null, null, List.of(Diagnostic.of(DiagnosticId.SCHEMA_PATH, Site.type(),
            "the lock of " + model.type() + " in " + shown(typeDirectory) + " cannot be read: " + e.getMessage()
                + ". Make the directory and its files readable.")));
      }
    }
    Locked locked = new Locked(model.type(), snapshots, strict, shown(typeDirectory));
    LockRules.Current current = new LockRules.Current(schema);
    return new Judged(locked, current, LockRules.check(model, locked, current));
  }

  private static String read(Path file) throws IOException {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (java.nio.charset.MalformedInputException e) {
      throw new IOException(shown(file) + " is not UTF-8", e);
    } catch (IOException e) {
      // Name the file: "Is a directory" alone does not say which. A file system exception's message
      // is often the path itself; then its kind says what went wrong.
      String reason = e.getMessage() == null || e.getMessage().contains(file.toString())
          ? e.getClass().getSimpleName()
          : e.getMessage();
      throw new IOException(shown(file) + ": " + reason, e);
    }
  }

  /**
   * What the lock found on one type.
   *
   * @param locked its snapshots as read; {@code null} when they could not be read
   * @param current the payload's schema and its comparison with the lock; {@code null} with {@code
   *     locked}
   * @param diagnostics the findings
   */
  public record Judged(Locked locked, LockRules.Current current, List<Diagnostic> diagnostics) {}

  /**
   * Writes the snapshot of {@code model}'s current version if it is new or changed compatibly; only
   * for a model whose findings hold no error. Returns the notes to print and the failures to report.
   */
  public Committed commit(MessageType model, Judged judged) {
    Optional<LockPlan> plan = LockPlan.of(model, judged.locked(), judged.current());
    if (plan.isEmpty()) {
      return new Committed(List.of(), List.of());
    }
    Path file = directory.resolve(directoryName(model.type())).resolve(plan.get().version() + ".schema.json");
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, plan.get().text(), StandardCharsets.UTF_8);
    } catch (IOException | RuntimeException e) {
      return new Committed(List.of(), List.of(Diagnostic.of(DiagnosticId.SCHEMA_PATH, Site.type(),
          "the snapshot " + shown(file) + " cannot be written: " + e + ". Make the lock's directory"
              + " writable.")));
    }
    String label = model.type() + " v" + plan.get().version();
    StringBuilder note = new StringBuilder(plan.get().update()
        ? "updated the lock of " + label + " (a compatible change): commit " + shown(file)
        : "locked " + label + ": commit " + shown(file));
    for (String remark : plan.get().remarks()) {
      note.append("; ").append(remark);
    }
    return new Committed(List.of(note.toString()), List.of());
  }

  /** What {@link #commit} did: notes to print, failures to report. */
  public record Committed(List<String> notes, List<Diagnostic> failures) {}

  /**
   * The directories of types no message of this compilation has: a warning each, an error in strict
   * mode; nothing when the compilation has no message at all. Called once, in the last round.
   */
  public List<Diagnostic> stale() {
    // A compilation without messages (a module's tests, given the main compilation's options) says
    // nothing about the types of the lock.
    if (seen.isEmpty() || !Files.isDirectory(directory)) {
      return List.of();
    }
    List<Diagnostic> found = new ArrayList<>();
    Set<String> names = new TreeSet<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory)) {
      for (Path entry : entries) {
        if (Files.isDirectory(entry) && holdsSnapshots(entry)) {
          names.add(entry.getFileName().toString());
        }
      }
    } catch (IOException e) {
      return List.of(Diagnostic.of(DiagnosticId.SCHEMA_PATH, Site.none(),
          "the lock's directory " + shown(directory) + " cannot be read: " + e + "."));
    }
    for (String type : seen) {
      names.remove(directoryName(type));
    }
    for (String name : names) {
      // A name Missive would not write (escaped by hand, as orders%2fplaced) is shown as it is.
      String type = typeNamed(name);
      found.add(LockRules.stale(type == null ? name : type, shown(directory.resolve(name)), strict));
    }
    return found;
  }

  /** The characters a type's directory name writes as {@code %XX}: not portable in a file name. */
  private static boolean escaped(char c) {
    return c < 0x20 || c == 0x7F || "%/\\<>:\"|?*".indexOf(c) >= 0;
  }

  /**
   * The name of the directory that holds the lock of {@code type}: the type itself, with each
   * character that cannot be part of a portable file name ({@code / \ < > : " | ? *}, control
   * characters, and {@code %}, which escapes them) written as {@code %XX}, as are the dots of a type
   * that is only dots, a last dot or space (which Windows drops), and the first character of a name
   * Windows keeps for a device ({@code CON}, {@code NUL}, {@code COM1}). A type is never a path: {@code
   * ../x} cannot leave the lock's directory.
   */
  static String directoryName(String type) {
    StringBuilder name = new StringBuilder(type.length());
    boolean dots = !type.isEmpty() && type.chars().allMatch(c -> c == '.');
    boolean reserved = reservedOnWindows(type);
    for (int i = 0; i < type.length(); i++) {
      char c = type.charAt(i);
      boolean last = i == type.length() - 1;
      if (escaped(c) || (c == '.' && (dots || last)) || (c == ' ' && last) || (reserved && i == 0)) {
        name.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
      } else {
        name.append(c);
      }
    }
    return name.toString();
  }

  /**
   * Whether Windows keeps {@code type} for a device ({@code CON}, {@code nul}, {@code COM1.v2}: the
   * name before its first dot, in any case), so that it cannot name a directory there; its first
   * character is then escaped.
   */
  private static boolean reservedOnWindows(String type) {
    int dot = type.indexOf('.');
    String stem = (dot < 0 ? type : type.substring(0, dot)).toUpperCase(java.util.Locale.ROOT);
    return switch (stem) {
      case "CON", "PRN", "AUX", "NUL" -> true;
      default -> stem.length() == 4 && (stem.startsWith("COM") || stem.startsWith("LPT"))
          && stem.charAt(3) >= '1' && stem.charAt(3) <= '9';
    };
  }

  /**
   * The type whose {@link #directoryName} is {@code name}; {@code null} for a name Missive does not
   * write (one escaped by hand, such as {@code orders%2fplaced}).
   */
  static String typeNamed(String name) {
    StringBuilder type = new StringBuilder(name.length());
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      int high = c == '%' && i + 2 < name.length() ? Character.digit(name.charAt(i + 1), 16) : -1;
      int low = high >= 0 ? Character.digit(name.charAt(i + 2), 16) : -1;
      if (low >= 0) {
        type.append((char) (high * 16 + low));
        i += 2;
      } else {
        type.append(c);
      }
    }
    return directoryName(type.toString()).equals(name) ? type.toString() : null;
  }

  private static boolean holdsSnapshots(Path typeDirectory) throws IOException {
    try (DirectoryStream<Path> files = Files.newDirectoryStream(typeDirectory)) {
      for (Path file : files) {
        if (SNAPSHOT.matcher(file.getFileName().toString()).matches()) {
          return true;
        }
      }
    }
    return false;
  }

  /** The working directory, which a JVM does not change: looked up once. */
  private static final class WorkingDirectory {
    static final Path PATH = Paths.get("").toAbsolutePath();
  }

  /** A path as messages show it: relative to the working directory when it is inside it. */
  static String shown(Path path) {
    Path here = WorkingDirectory.PATH;
    Path absolute = path.toAbsolutePath().normalize();
    return absolute.startsWith(here) ? here.relativize(absolute).toString() : absolute.toString();
  }
}
