package io.missive.processor.schema;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The changes from a locked schema to the payload's, judged by the rules of docs/schema-lock.md: a
 * field's identity is its JSON name; an optional field added or removed, fields or enum constants
 * reordered, a nested record renamed and the Java type behind the same JSON are compatible; anything
 * else a reader of the locked version could not follow is a {@link Change}. Recursive into records,
 * list, set and map elements and the variants of a polymorphic value. A pure function of the two
 * documents.
 *
 * <p>An optional field removed stays in the lock ({@link Outcome#locked}): events written at the
 * version may hold it, so a field of that name can come back only with the same type.
 */
final class SchemaDiff {

  /**
   * One breaking change.
   *
   * @param field the JSON name of the top-level field it concerns, or {@code null} when the field is
   *     gone from the payload
   * @param what what changed, such as {@code total changed from ... to ...}
   * @param why why readers of the locked version could not follow
   * @param restore how to undo it, such as {@code Restore the type}
   */
  record Change(String field, String what, String why, String restore) {}

  /** The locked document does not have the form Missive writes, at {@code path}. */
  static final class Corrupt extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final String path;

    Corrupt(String path, String message) {
      super(message);
      this.path = path;
    }
  }

  /**
   * What a comparison found.
   *
   * @param changes the breaking changes
   * @param locked what the snapshot of the version should hold: the payload's document with the
   *     optional fields it no longer has, as the snapshot had them; the payload's document itself when
   *     none was removed
   * @param remarks what a note on the update should say besides, such as a removed field kept
   */
  record Outcome(List<Change> changes, Map<String, Object> locked, List<String> remarks) {}

  /**
   * An optional field gone from the payload, to keep in the lock at {@code object}: its {@code name}
   * and its old {@code schema}, found at {@code path} of the snapshot; {@code top} and {@code where}
   * as a {@link Change} names the field.
   */
  private record Kept(Map<String, Object> object, String name, Object schema, String path, String top, String where) {}

  private final Map<String, Object> oldRoot;
  private final Map<String, Object> newRoot;
  private final int version;
  private final List<Change> changes = new ArrayList<>();
  private final Set<String> compared = new HashSet<>();
  private final List<Kept> kept = new ArrayList<>();
  private final List<String> remarks = new ArrayList<>();

  private SchemaDiff(Map<String, Object> oldRoot, Map<String, Object> newRoot, int version) {
    this.oldRoot = oldRoot;
    this.newRoot = newRoot;
    this.version = version;
  }

  /**
   * The breaking changes from {@code locked} (a snapshot, as read) to {@code current} (the payload's
   * document), for messages of {@code version}.
   *
   * @throws Corrupt when {@code locked} is not of the form Missive writes
   */
  static List<Change> between(Object locked, Map<String, Object> current, int version) {
    return compare(locked, current, version).changes();
  }

  /**
   * The comparison of {@code locked} (a snapshot, as read) with {@code current} (the payload's
   * document, which is not changed), for messages of {@code version}.
   *
   * @throws Corrupt when {@code locked} is not of the form Missive writes
   */
  static Outcome compare(Object locked, Map<String, Object> current, int version) {
    Map<String, Object> oldRoot = map(locked, "$");
    // Walked as a copy, so that the fields kept can be put into it where the walk found them gone.
    @SuppressWarnings("unchecked")
    Map<String, Object> copy = (Map<String, Object>) copy(current);
    SchemaDiff diff = new SchemaDiff(oldRoot, copy, version);
    diff.objects(null, null, oldRoot, "$", copy);
    if (diff.kept.isEmpty()) {
      return new Outcome(List.copyOf(diff.changes), current, List.copyOf(diff.remarks));
    }
    Imports imports = new Imports(oldRoot, copy);
    // Each field once per object: two old records that are one record now may have held a field of
    // one name with two types, which one lock cannot keep.
    Map<Map<String, Object>, Map<String, Kept>> byObject = new java.util.IdentityHashMap<>();
    // In the order the walk found them, so that the records imported are named the same each build.
    List<Map<String, Kept>> inOrder = new ArrayList<>();
    for (Kept field : diff.kept) {
      Map<String, Kept> fields = byObject.computeIfAbsent(field.object(), key -> {
        Map<String, Kept> each = new LinkedHashMap<>();
        inOrder.add(each);
        return each;
      });
      Kept before = fields.putIfAbsent(field.name(), field);
      if (before != null && !sameJson(before.schema(), oldRoot, field.schema(), oldRoot, 0)) {
        diff.changes.add(new Change(field.top(), "the optional field " + field.where() + " was removed, as was "
            + before.where() + ", and the two, now of one record, held different types",
            "the lock keeps a removed field for the events of v" + version + " that hold it, and one record"
                + " cannot keep both types",
            "Restore one of them, or keep the records apart"));
      }
    }
    for (Map<String, Kept> fields : inOrder) {
      for (Kept field : fields.values()) {
        @SuppressWarnings("unchecked")
        Map<String, Object> properties = (Map<String, Object>) field.object().get("properties");
        properties.put(field.name(), imports.schema(field.schema(), field.path()));
      }
    }
    return new Outcome(List.copyOf(diff.changes), copy, List.copyOf(diff.remarks));
  }

  /** A deep copy of a document's maps and lists, each mutable. */
  private static Object copy(Object value) {
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> copy = new LinkedHashMap<>();
      map.forEach((key, element) -> copy.put((String) key, copy(element)));
      return copy;
    }
    if (value instanceof List<?> list) {
      List<Object> copy = new ArrayList<>(list.size());
      for (Object element : list) {
        copy.add(copy(element));
      }
      return copy;
    }
    return value;
  }

  /**
   * Copies schemas of the locked document into the new one, with the records they refer to, each
   * under its old name unless the new document has a record of that name, when it is numbered as
   * {@link SchemaMapping} numbers records of one simple name. A record of the new document is never
   * taken for an old one, even when they look alike: what a kept field's events hold is the old
   * record, and the new one may change with the code. Depends only on the two documents, so the
   * next build, comparing with the lock written, imports the same records under the same names.
   */
  private static final class Imports {
    private final Map<String, Object> from;
    private final Map<String, Object> into;
    private final Set<String> taken = new HashSet<>();
    private final Map<String, String> names = new HashMap<>();

    Imports(Map<String, Object> from, Map<String, Object> into) {
      this.from = from;
      this.into = into;
      if (into.get("$defs") instanceof Map<?, ?> defs) {
        for (Object name : defs.keySet()) {
          taken.add((String) name);
        }
      }
    }

    Object schema(Object schema, String path) {
      if (schema instanceof Map<?, ?> map) {
        Map<String, Object> copy = new LinkedHashMap<>();
        map.forEach((key, value) -> {
          if ("$ref".equals(key)) {
            if (!(value instanceof String ref) || !ref.startsWith(DEFS)) {
              throw new Corrupt(path + ".$ref", "a reference Missive does not write: " + value);
            }
            copy.put("$ref", DEFS + record(ref.substring(DEFS.length())));
          } else {
            copy.put((String) key, schema(value, path + "." + key));
          }
        });
        return copy;
      }
      if (schema instanceof List<?> list) {
        List<Object> copy = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
          copy.add(schema(list.get(i), path + "[" + i + "]"));
        }
        return copy;
      }
      return schema;
    }

    private String record(String name) {
      String known = names.get(name);
      if (known != null) {
        return known;
      }
      String path = "$.$defs." + name;
      Object definition = map(member(map(member(from, "$defs", "$"), "$.$defs"), name, "$.$defs"), path);
      String chosen = name;
      for (int i = 2; taken.contains(chosen); i++) {
        chosen = name + i;
      }
      taken.add(chosen);
      names.put(name, chosen);
      // Made only when a record is imported: a document without records has no $defs.
      @SuppressWarnings("unchecked")
      Map<String, Object> defs = (Map<String, Object>) into.computeIfAbsent("$defs", key -> new LinkedHashMap<>());
      defs.put(chosen, schema(definition, path));
      return chosen;
    }
  }

  private static final String DEFS = "#/$defs/";

  private void objects(String top, String at, Map<String, Object> old, String oldPath, Map<String, Object> current) {
    Map<String, Object> oldProperties = map(member(old, "properties", oldPath), oldPath + ".properties");
    Set<String> oldRequired = strings(member(old, "required", oldPath), oldPath + ".required");
    @SuppressWarnings("unchecked")
    Map<String, Object> newProperties = (Map<String, Object>) current.get("properties");
    @SuppressWarnings("unchecked")
    Set<String> newRequired = new LinkedHashSet<>((List<String>) current.get("required"));
    String prefix = at == null ? "" : at + ".";
    Set<String> removed = new LinkedHashSet<>(oldProperties.keySet());
    removed.removeAll(newProperties.keySet());
    Set<String> added = new LinkedHashSet<>(newProperties.keySet());
    added.removeAll(oldProperties.keySet());
    Set<String> renamedTo = new HashSet<>();
    String v = "v" + version;
    for (String name : removed) {
      Object oldProperty = oldProperties.get(name);
      boolean required = oldRequired.contains(name);
      String rename = null;
      for (String candidate : added) {
        if (!renamedTo.contains(candidate)
            && required == newRequired.contains(candidate)
            && sameJson(oldProperty, oldRoot, newProperties.get(candidate), newRoot, 0)) {
          rename = candidate;
          break;
        }
      }
      if (!required) {
        // Compatible, as its removal and any optional field added are; kept in the lock, as events
        // written as this version may hold it.
        String path = oldPath + ".properties." + name;
        kept.add(new Kept(current, name, map(oldProperty, path), path, top, prefix + name));
        remarks.add("the removed optional field " + prefix + name + " stays in the lock, as events written as "
            + v + " may hold it");
        if (rename != null) {
          renamedTo.add(rename);
          remarks.add("if " + prefix + rename + " is " + name + " under a new name, @JsonAlias(\"" + name
              + "\") on " + rename + " reads it from the events of " + v + " that hold " + name);
        }
      } else if (rename != null) {
        renamedTo.add(rename);
        changes.add(new Change(
            top == null ? rename : top,
            "the required field " + prefix + name + " is gone and " + prefix + rename + " of the same type"
                + " is new, which reads as a rename of " + name + " to " + rename,
            "a field is known by its JSON name, so events written as " + v + " (with " + name + ") could no"
                + " longer be read, and readers of " + v + " would miss " + name + " in new ones",
            "Restore the name " + name));
      } else {
        changes.add(new Change(
            top,
            "the required field " + prefix + name + " was removed",
            "readers of " + v + " expect it in every event, so they could not read the new ones",
            "Restore it (or make it Optional under a new version)"));
      }
    }
    for (String name : added) {
      if (!renamedTo.contains(name) && newRequired.contains(name)) {
        changes.add(new Change(
            top == null ? name : top,
            "the required field " + prefix + name + " was added",
            "events written as " + v + " do not have it, so they could no longer be read",
            "Make it Optional or @Nullable, or remove it"));
      }
    }
    for (String name : newProperties.keySet()) {
      if (!oldProperties.containsKey(name)) {
        continue;
      }
      String field = top == null ? name : top;
      String where = prefix + name;
      boolean wasRequired = oldRequired.contains(name);
      boolean isRequired = newRequired.contains(name);
      if (wasRequired && !isRequired) {
        changes.add(new Change(field, where + " changed from required to optional",
            "readers of " + v + " require it, so they could not read new events that leave it empty",
            "Restore it as required"));
      } else if (!wasRequired && isRequired) {
        changes.add(new Change(field, where + " changed from optional to required",
            "events written as " + v + " may hold null for it, so they could no longer be read",
            "Restore it as Optional or @Nullable"));
      }
      value(field, where, oldProperties.get(name), oldPath + ".properties." + name, newProperties.get(name));
    }
  }

  private void value(String field, String where, Object oldValue, String oldPath, Object newValue) {
    Map<String, Object> old = map(oldValue, oldPath);
    @SuppressWarnings("unchecked")
    Map<String, Object> current = (Map<String, Object>) newValue;
    String oldComment = old.get("$comment") instanceof String s ? s : null;
    String newComment = (String) current.get("$comment");
    Resolved a = resolve(old, oldPath, oldRoot);
    Resolved b = resolve(current, "$", newRoot);
    String v = "v" + version;
    if (a.record && b.record) {
      if (compared.add(a.path + "|" + b.path)) {
        objects(field, where, a.schema, a.path, b.schema);
      }
      return;
    }
    String oldType = a.schema.get("type") instanceof String s ? s : null;
    String newType = b.schema.get("type") instanceof String s ? s : null;
    if (!a.record && !b.record && "array".equals(oldType) && "array".equals(newType)) {
      boolean oldSet = Boolean.TRUE.equals(a.schema.get("uniqueItems"));
      boolean newSet = Boolean.TRUE.equals(b.schema.get("uniqueItems"));
      if (oldSet != newSet) {
        changes.add(new Change(field, where + " changed from " + (oldSet ? "a set" : "a list") + " to "
            + (newSet ? "a set" : "a list") + described(oldComment, newComment),
            oldSet ? "readers of " + v + " reject repeated elements, which new events may hold"
                : "events written as " + v + " may repeat an element, which a set rejects",
            "Restore the " + (oldSet ? "Set" : "List")));
        return;
      }
      value(field, where + "[]", member(a.schema, "items", a.path), a.path + ".items", b.schema.get("items"));
      return;
    }
    if (!a.record && !b.record && isMap(a.schema) && isMap(b.schema)) {
      Object oldKeys = a.schema.get("propertyNames");
      Object newKeys = b.schema.get("propertyNames");
      if (!Objects.equals(oldKeys == null ? null : wire(oldKeys), newKeys == null ? null : wire(newKeys))) {
        changes.add(new Change(field, where + " changed its map keys" + described(oldComment, newComment),
            "events written as " + v + " have keys the new type may not read", "Restore the key type"));
      }
      value(field, where + "{}", a.schema.get("additionalProperties"), a.path + ".additionalProperties",
          b.schema.get("additionalProperties"));
      return;
    }
    if (a.schema.get("enum") instanceof List<?> oldConstants && b.schema.get("enum") instanceof List<?> newConstants
        && "string".equals(oldType) && "string".equals(newType)) {
      List<Object> gone = new ArrayList<>(oldConstants);
      gone.removeAll(newConstants);
      List<Object> fresh = new ArrayList<>(newConstants);
      fresh.removeAll(oldConstants);
      if (!gone.isEmpty()) {
        changes.add(new Change(field, where + " lost the enum constant" + (gone.size() > 1 ? "s " : " ") + join(gone)
            + (fresh.isEmpty() ? "" : " and gained " + join(fresh)),
            "events written as " + v + " may hold " + join(gone) + ", so they could no longer be read",
            "Restore the constants"));
      } else if (!fresh.isEmpty()) {
        changes.add(new Change(field, where + " gained the enum constant" + (fresh.size() > 1 ? "s " : " ") + join(fresh),
            "readers of " + v + " do not know " + join(fresh) + ", so they could not read new events that hold it",
            "Remove the constants"));
      }
      return;
    }
    if (!a.record && !b.record && a.schema.get("oneOf") instanceof List<?> oldVariants
        && b.schema.get("oneOf") instanceof List<?> newVariants) {
      variants(field, where, oldVariants, a.path + ".oneOf", newVariants);
      return;
    }
    if (a.record != b.record || !wire(a.schema).equals(wire(b.schema))) {
      changes.add(new Change(field, where + " changed from " + describe(a, oldComment) + " to " + describe(b, newComment),
          "events written as " + v + " could no longer be read", "Restore the type"));
    }
  }

  /**
   * The variants of a polymorphic value, each known by its name (the {@code const} of its
   * discriminator): one gained or lost is a change, as an enum constant is; the ones in both are
   * compared as records, under a title that may change as a record's name may.
   */
  private void variants(String field, String where, List<?> oldVariants, String oldPath, List<?> newVariants) {
    String v = "v" + version;
    Map<String, Map<String, Object>> before = new LinkedHashMap<>();
    Map<String, String> paths = new HashMap<>();
    String oldProperty = null;
    for (int i = 0; i < oldVariants.size(); i++) {
      String path = oldPath + "[" + i + "]";
      Map<String, Object> variant = map(oldVariants.get(i), path);
      String[] discriminator = discriminator(variant, path);
      oldProperty = discriminator[0];
      if (before.put(discriminator[1], variant) != null) {
        throw new Corrupt(path, "a second variant named \"" + discriminator[1] + "\"");
      }
      paths.put(discriminator[1], path);
    }
    Map<String, Map<String, Object>> after = new LinkedHashMap<>();
    String newProperty = null;
    for (Object element : newVariants) {
      @SuppressWarnings("unchecked")
      Map<String, Object> variant = (Map<String, Object>) element;
      String[] discriminator = discriminator(variant, "$");
      newProperty = discriminator[0];
      after.put(discriminator[1], variant);
    }
    if (!Objects.equals(oldProperty, newProperty)) {
      changes.add(new Change(field, where + " changed its discriminator from " + oldProperty + " to " + newProperty,
          "events written as " + v + " name their variant in " + oldProperty + ", so they could no longer be read",
          "Restore the discriminator " + oldProperty));
      return;
    }
    List<Object> gone = new ArrayList<>(before.keySet());
    gone.removeAll(after.keySet());
    List<Object> fresh = new ArrayList<>(after.keySet());
    fresh.removeAll(before.keySet());
    if (!gone.isEmpty()) {
      changes.add(new Change(field, where + " lost the variant" + (gone.size() > 1 ? "s " : " ") + join(gone),
          "events written as " + v + " may hold " + join(gone) + ", so they could no longer be read",
          "Restore the variants"));
    }
    if (!fresh.isEmpty()) {
      changes.add(new Change(field, where + " gained the variant" + (fresh.size() > 1 ? "s " : " ") + join(fresh),
          "readers of " + v + " do not know " + join(fresh) + ", so they could not read new events that hold it",
          "Remove the variants"));
    }
    for (Map.Entry<String, Map<String, Object>> variant : before.entrySet()) {
      Map<String, Object> now = after.get(variant.getKey());
      if (now != null) {
        objects(field, where + "(" + variant.getKey() + ")", variant.getValue(), paths.get(variant.getKey()), now);
      }
    }
  }

  /** The discriminator of a variant's object: its property and the name it holds. */
  private static String[] discriminator(Map<String, Object> variant, String path) {
    Map<String, Object> properties = map(member(variant, "properties", path), path + ".properties");
    for (Map.Entry<String, Object> property : properties.entrySet()) {
      if (property.getValue() instanceof Map<?, ?> schema && schema.get("const") instanceof String name) {
        return new String[] {property.getKey(), name};
      }
    }
    throw new Corrupt(path + ".properties", "a variant without its discriminator (a property with a \"const\" name)");
  }

  private static String described(String oldComment, String newComment) {
    return oldComment == null || newComment == null ? "" : " (" + oldComment + " to " + newComment + ")";
  }

  private static String join(List<Object> constants) {
    StringBuilder text = new StringBuilder();
    for (Object constant : constants) {
      text.append(text.length() == 0 ? "" : ", ").append(constant);
    }
    return text.toString();
  }

  private static boolean isMap(Map<String, Object> schema) {
    return "object".equals(schema.get("type")) && !schema.containsKey("properties")
        && schema.get("additionalProperties") instanceof Map;
  }

  /** A value's schema with the null it may also be, and its {@code $ref}, taken away. */
  private record Resolved(Map<String, Object> schema, String path, boolean record) {}

  private static Resolved resolve(Map<String, Object> schema, String path, Map<String, Object> root) {
    Map<String, Object> inner = schema;
    String innerPath = path;
    if (schema.get("anyOf") instanceof List<?> anyOf && anyOf.size() == 2 && Map.of("type", "null").equals(anyOf.get(1))) {
      innerPath = path + ".anyOf[0]";
      inner = map(anyOf.get(0), innerPath);
    }
    if (inner.get("$ref") instanceof String ref) {
      if (!ref.startsWith(DEFS)) {
        throw new Corrupt(innerPath + ".$ref", "a reference Missive does not write: " + ref);
      }
      String name = ref.substring(DEFS.length());
      Map<String, Object> defs = map(member(root, "$defs", "$"), "$.$defs");
      String defPath = "$.$defs." + name;
      return new Resolved(map(member(defs, name, "$.$defs"), defPath), defPath, true);
    }
    return new Resolved(inner, innerPath, false);
  }

  /**
   * Whether schema {@code a} of document {@code aRoot} and {@code b} of {@code bRoot} describe the
   * same JSON: as {@link #wire} compares them, with each {@code $ref} followed into its record, so
   * that two records of one name but different fields differ.
   */
  private static boolean sameJson(Object a, Map<String, Object> aRoot, Object b, Map<String, Object> bRoot, int depth) {
    if (depth > 64) {
      return false; // deeper than any payload a valid model has: a snapshot edited into a loop
    }
    if (!(a instanceof Map<?, ?> x) || !(b instanceof Map<?, ?> y)) {
      return Objects.equals(wire(a), wire(b));
    }
    Set<Object> keys = new HashSet<>(x.keySet());
    keys.addAll(y.keySet());
    keys.removeAll(ANNOTATIONS);
    if (x.get("$ref") instanceof String refA && y.get("$ref") instanceof String refB) {
      // Records are compared by their fields, not by the names they have in each document.
      Object defA = definition(aRoot, refA);
      Object defB = definition(bRoot, refB);
      if (defA == null || defB == null || !sameJson(defA, aRoot, defB, bRoot, depth + 1)) {
        return false;
      }
      keys.remove("$ref");
    }
    for (Object key : keys) {
      Object valueA = x.get(key);
      Object valueB = y.get(key);
      if (NAMED_SCHEMAS.contains(key) && valueA instanceof Map<?, ?> namedA && valueB instanceof Map<?, ?> namedB) {
        if (!namedA.keySet().equals(namedB.keySet())) {
          return false;
        }
        for (Object name : namedA.keySet()) {
          if (!sameJson(namedA.get(name), aRoot, namedB.get(name), bRoot, depth + 1)) {
            return false;
          }
        }
      } else if (SUBSCHEMAS.contains(key) && valueA instanceof List<?> listA && valueB instanceof List<?> listB) {
        if (listA.size() != listB.size()) {
          return false;
        }
        for (int i = 0; i < listA.size(); i++) {
          if (!sameJson(listA.get(i), aRoot, listB.get(i), bRoot, depth + 1)) {
            return false;
          }
        }
      } else if (SUBSCHEMAS.contains(key)) {
        if (!sameJson(valueA, aRoot, valueB, bRoot, depth + 1)) {
          return false;
        }
      } else if (!Objects.equals(valueA, valueB)) {
        return false;
      }
    }
    return true;
  }

  /** The record {@code ref} names under {@code root}'s {@code $defs}, or {@code null}. */
  private static Object definition(Map<String, Object> root, String ref) {
    if (!ref.startsWith(DEFS) || !(root.get("$defs") instanceof Map<?, ?> defs)) {
      return null;
    }
    return defs.get(ref.substring(DEFS.length()));
  }

  /** The keywords that annotate a schema and say nothing of the JSON. */
  private static final Set<String> ANNOTATIONS = Set.of("$comment", "title", "description");

  /** The keywords whose value is a map of names (fields, records) to schemas. */
  private static final Set<String> NAMED_SCHEMAS = Set.of("properties", "$defs");

  /** The keywords whose value is a schema, or a list of schemas. */
  private static final Set<String> SUBSCHEMAS = Set.of("items", "additionalProperties", "propertyNames", "anyOf", "oneOf");

  /**
   * What the schema says about the JSON itself: without the comments, titles and descriptions of
   * each schema in it. Only keywords are left out, never a field or record of that name.
   */
  static Object wire(Object schema) {
    if (!(schema instanceof Map<?, ?> map)) {
      return schema;
    }
    Map<String, Object> kept = new LinkedHashMap<>();
    map.forEach((key, value) -> {
      if (ANNOTATIONS.contains(key)) {
        return;
      }
      if (NAMED_SCHEMAS.contains(key) && value instanceof Map<?, ?> named) {
        Map<String, Object> each = new LinkedHashMap<>();
        named.forEach((name, element) -> each.put((String) name, wire(element)));
        kept.put((String) key, each);
      } else if (SUBSCHEMAS.contains(key) && value instanceof List<?> list) {
        List<Object> each = new ArrayList<>(list.size());
        for (Object element : list) {
          each.add(wire(element));
        }
        kept.put((String) key, each);
      } else if (SUBSCHEMAS.contains(key)) {
        kept.put((String) key, wire(value));
      } else {
        // The JSON itself: a type, format, enum, const, the required names.
        kept.put((String) key, value);
      }
    });
    return kept;
  }

  private static String describe(Resolved schema, String comment) {
    String kind;
    if (schema.record) {
      kind = "a JSON object";
    } else if (schema.schema.get("enum") != null) {
      kind = "a JSON string of an enum";
    } else if (schema.schema.get("oneOf") instanceof List<?> variants) {
      kind = "a JSON object of one of " + variants.size() + " variants";
    } else if (schema.schema.get("anyOf") != null) {
      kind = "a JSON number";
    } else {
      Object type = schema.schema.get("type");
      kind = "a JSON " + type;
      if (schema.schema.get("format") != null) {
        kind += " of format " + schema.schema.get("format");
      }
    }
    return comment == null ? kind : kind + " (" + comment + ")";
  }

  static Object member(Map<String, Object> object, String name, String path) {
    if (!object.containsKey(name)) {
      throw new Corrupt(path, "\"" + name + "\" is missing");
    }
    return object.get(name);
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> map(Object value, String path) {
    if (!(value instanceof Map)) {
      throw new Corrupt(path, "an object was expected, not " + kindOf(value));
    }
    return (Map<String, Object>) value;
  }

  private static Set<String> strings(Object value, String path) {
    if (!(value instanceof List<?> list)) {
      throw new Corrupt(path, "an array of names was expected, not " + kindOf(value));
    }
    Set<String> names = new LinkedHashSet<>();
    for (int i = 0; i < list.size(); i++) {
      if (!(list.get(i) instanceof String s)) {
        throw new Corrupt(path + "[" + i + "]", "a field name was expected, not " + kindOf(list.get(i)));
      }
      names.add(s);
    }
    return names;
  }

  static String kindOf(Object value) {
    if (value == null) {
      return "null";
    }
    if (value instanceof Map) {
      return "an object";
    }
    if (value instanceof List) {
      return "an array";
    }
    if (value instanceof String) {
      return "a string";
    }
    if (value instanceof Boolean) {
      return "a boolean";
    }
    return "a number";
  }
}
