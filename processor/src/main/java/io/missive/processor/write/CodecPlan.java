package io.missive.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import io.missive.processor.model.Field;
import io.missive.processor.model.MessageType;
import io.missive.processor.model.ValueType;
import io.missive.processor.schema.FrozenVersion;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the JSON codec of one message needs before a line of it is written, computed from the model in
 * one walk over the payload: the constant that holds each member name pre-encoded, the records it
 * reads and writes (each once, with the suffix of its two methods, inner records first), and the local
 * names of each read method. The writers then emit from the plan without keeping state of their own.
 */
final class CodecPlan {

  /** A lower-case letter or digit followed by an upper-case one: where camelCase starts a word. */
  private static final Pattern WORD_START = Pattern.compile("([a-z0-9])([A-Z])");

  /** The names every read method uses besides its locals: the parser, the member, the next name. */
  private static final Set<String> READ_NAMES = Set.of("p", "member", "next");

  private final Map<String, String> constants = new LinkedHashMap<>();
  private final Map<TypeName, String> suffixes = new LinkedHashMap<>();
  private final List<ValueType> records = new ArrayList<>();
  private final List<ValueType> valueObjects = new ArrayList<>();
  private final List<ValueType> enums = new ArrayList<>();
  private final List<ValueType> polymorphics = new ArrayList<>();
  private final List<ValueType> variantRecords = new ArrayList<>();
  private final List<ValueType> frozenRecords = new ArrayList<>();
  private final List<FrozenVersion> frozenRead = new ArrayList<>();
  /** The member-name table of each list of names a reader reads, with its constant, in order made. */
  private final Map<List<String>, String> memberTables = new LinkedHashMap<>();
  private boolean visitingFrozen;

  private CodecPlan() {}

  /** The plan of {@code model}'s codec. */
  static CodecPlan of(MessageType model) {
    CodecPlan plan = new CodecPlan();
    plan.visit(model.fields());
    plan.planTables(model);
    return plan;
  }

  /**
   * The plan of {@code model}'s codec, which also reads the frozen versions its typed upcasters take
   * straight from JSON: versions {@link MessageType#typedFrom()} up to the current one.
   */
  static CodecPlan of(MessageType model, List<FrozenVersion> frozen) {
    CodecPlan plan = of(model);
    plan.visitingFrozen = true;
    for (FrozenVersion version : frozen) {
      if (version.version() >= model.typedFrom() && version.version() < model.version()) {
        plan.visit(version.fields());
        plan.frozenRead.add(version);
      }
    }
    plan.visitingFrozen = false;
    plan.planTables(model);
    return plan;
  }

  /** A member-name table for each reader that has none yet, in the order the readers are declared. */
  private void planTables(MessageType model) {
    table("Data", model.fields());
    frozenRead.forEach(version -> table("Version" + version.version(), version.fields()));
    frozenRecords.forEach(record -> table(suffix(record), record.components()));
    records.forEach(record -> table(suffix(record), record.components()));
    variantRecords.forEach(variant -> table(suffix(variant), variant.components()));
  }

  private void table(String reader, List<Field> fields) {
    List<String> names = readNames(fields);
    if (memberTables.containsKey(names)) {
      return;
    }
    String base = WORD_START.matcher(reader).replaceAll("$1_$2").toUpperCase(Locale.ROOT) + "_MEMBERS";
    String constant = base;
    for (int i = 2; constants.containsValue(constant) || memberTables.containsValue(constant); i++) {
      constant = base + "_" + i;
    }
    memberTables.put(names, constant);
  }

  /**
   * The names a reader of {@code fields} numbers its members by: each field's JSON name at the
   * field's position, then the aliases of each field.
   */
  static List<String> readNames(List<Field> fields) {
    List<String> names = new ArrayList<>();
    fields.forEach(field -> names.add(field.json().name()));
    for (Field field : fields) {
      field.json().readNames().stream().filter(name -> !name.equals(field.json().name())).forEach(names::add);
    }
    return List.copyOf(names);
  }

  /** The constant of the member-name table of a reader of {@code fields}, such as {@code LINE_ITEM_MEMBERS}. */
  String memberTable(List<Field> fields) {
    return memberTables.get(readNames(fields));
  }

  /** Every member-name table (its names) with its constant, in the order they are declared. */
  Map<List<String>, String> memberTables() {
    return Collections.unmodifiableMap(memberTables);
  }

  /**
   * Member names in the order the writer meets them: each field (with the aliases its reader
   * accepts), then what its type holds.
   */
  private void visit(List<Field> fields) {
    for (Field field : fields) {
      for (String name : field.json().readNames()) {
        if (!constants.containsKey(name)) {
          constants.put(name, newConstant(name));
        }
      }
      visit(field.type());
    }
  }

  private void visit(ValueType type) {
    switch (type.shape()) {
      case OPTIONAL, LIST, SET -> visit(type.element());
      case MAP -> visit(type.arguments().get(1));
      case RECORD -> {
        if (!suffixes.containsKey(type.typeName())) {
          suffixes.put(type.typeName(), newSuffix(type.typeName()));
          visit(type.components());
          (visitingFrozen ? frozenRecords : records).add(type);
        }
      }
      case VALUE_OBJECT -> {
        if (!suffixes.containsKey(type.typeName())) {
          suffixes.put(type.typeName(), newSuffix(type.typeName()));
          type.arguments().forEach(this::visit);
          valueObjects.add(type);
        }
      }
      case POLYMORPHIC -> {
        if (!suffixes.containsKey(type.typeName())) {
          suffixes.put(type.typeName(), newSuffix(type.typeName()));
          String property = type.variants().property();
          if (!constants.containsKey(property)) {
            constants.put(property, newConstant(property));
          }
          for (ValueType variant : type.variants().types()) {
            if (!suffixes.containsKey(variant.typeName())) {
              suffixes.put(variant.typeName(), newSuffix(variant.typeName()));
            }
            if (!variantRecords.contains(variant)) {
              visit(variant.components());
              variantRecords.add(variant);
            }
          }
          polymorphics.add(type);
        }
      }
      case ENUM -> {
        if (type.renamedEnum() && !suffixes.containsKey(type.typeName())) {
          suffixes.put(type.typeName(), newSuffix(type.typeName()));
          enums.add(type);
        }
      }
      default -> {}
    }
  }

  /** The constant of member {@code name}, such as {@code ORDER_ID}: upper case, never {@code JSON}. */
  private String newConstant(String name) {
    String base = WORD_START.matcher(name).replaceAll("$1_$2").toUpperCase(Locale.ROOT);
    // A JSON name may hold any character (@JsonProperty("iban-number")): keep the identifier's.
    StringBuilder identifier = new StringBuilder();
    base.codePoints()
        .forEach(c -> identifier.appendCodePoint(Character.isJavaIdentifierPart(c) && c < 128 ? c : '_'));
    base = identifier.toString();
    if (base.isEmpty() || base.equals("JSON") || base.startsWith("$") || !Character.isJavaIdentifierStart(base.charAt(0))) {
      base = "NAME_" + base;
    }
    return numbered(base, "_", constants.values());
  }

  /** The suffix of a record's read and write methods: its simple name, its nesting if taken. */
  private String newSuffix(TypeName type) {
    TypeName raw = raw(type);
    String base = raw instanceof ClassName className ? className.simpleName() : "Record";
    if (suffixes.containsValue(base) && raw instanceof ClassName className) {
      base = String.join("", className.simpleNames());
    }
    return numbered(base, "", suffixes.values());
  }

  private static String numbered(String base, String separator, Iterable<String> taken) {
    Set<String> used = new HashSet<>();
    taken.forEach(used::add);
    String name = base;
    for (int i = 2; used.contains(name); i++) {
      name = base + separator + i;
    }
    return name;
  }

  /** Every member name with its constant, in the order the constants are declared. */
  Map<String, String> constants() {
    return Collections.unmodifiableMap(constants);
  }

  /** The constant of member {@code name}. */
  String constant(String name) {
    return constants.get(name);
  }

  /** The suffix of the read and write methods of record {@code type}, such as {@code LineItem}. */
  String suffix(ValueType type) {
    return suffixes.get(type.typeName());
  }

  /** The records read and written, each once, in the order their methods are declared. */
  List<ValueType> records() {
    return Collections.unmodifiableList(records);
  }

  /** The records nested in the frozen versions read, each once: read only, never written. */
  List<ValueType> frozenRecords() {
    return Collections.unmodifiableList(frozenRecords);
  }

  /** The frozen versions read straight from JSON, oldest first. */
  List<FrozenVersion> frozenRead() {
    return Collections.unmodifiableList(frozenRead);
  }

  /** The value objects read and written, each once, in the order their methods are declared. */
  List<ValueType> valueObjects() {
    return Collections.unmodifiableList(valueObjects);
  }

  /** The polymorphic types read and written, each once. */
  List<ValueType> polymorphics() {
    return Collections.unmodifiableList(polymorphics);
  }

  /**
   * The records read and written as a variant of a polymorphic type, each once: their members after
   * the discriminator, in an object the polymorphic type's methods start and end.
   */
  List<ValueType> variantRecords() {
    return Collections.unmodifiableList(variantRecords);
  }

  /** The constant of member name {@code name}, such as a discriminator's. */
  String constantOf(String name) {
    return constants.get(name);
  }

  /** The enums read and written by other strings than their constants' names, each once. */
  List<ValueType> enums() {
    return Collections.unmodifiableList(enums);
  }

  /** The constant of {@code field}'s JSON name. */
  String constant(Field field) {
    return constants.get(field.json().name());
  }

  /** The local names of a method that reads a value with no members of its own. */
  Locals locals() {
    return new Locals(Map.of(), Map.of(), READ_NAMES);
  }

  /**
   * The local names of the method that reads {@code fields} with the member-name table {@code
   * table}: none hides a constant the method uses.
   */
  Locals locals(List<Field> fields, String table) {
    Set<String> reserved = new HashSet<>(READ_NAMES);
    reserved.add(table);
    fields.forEach(field -> reserved.add(constant(field)));
    Set<String> taken = new HashSet<>(reserved);
    fields.forEach(field -> taken.add(field.name()));
    Map<String, String> values = new LinkedHashMap<>();
    Map<String, String> flags = new LinkedHashMap<>();
    for (Field field : fields) {
      String local = field.name();
      if (reserved.contains(local)) {
        local = fresh(local + "Value", taken);
      }
      values.put(field.name(), local);
      if (field.type().isPrimitive()) {
        flags.put(field.name(), fresh("has" + capitalize(field.name()), taken));
      }
    }
    return new Locals(values, flags, Set.copyOf(taken));
  }

  /**
   * The locals of one read method.
   *
   * @param values each field's local, which holds its value: the field's name unless that is taken
   * @param flags each primitive field's local that says whether it was read
   * @param taken every name in use in the method, which a lambda's parameter must avoid
   */
  record Locals(Map<String, String> values, Map<String, String> flags, Set<String> taken) {

    /** The name of a lambda parameter for a parser at {@code depth}, free in the method. */
    String parser(int depth) {
      String p = "p" + depth;
      while (taken.contains(p)) {
        p += "_";
      }
      return p;
    }
  }

  private static String fresh(String base, Set<String> taken) {
    String name = base;
    for (int i = 2; taken.contains(name); i++) {
      name = base + i;
    }
    taken.add(name);
    return name;
  }

  private static String capitalize(String name) {
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }

  static TypeName raw(TypeName type) {
    return type instanceof ParameterizedTypeName parameterized ? parameterized.rawType() : type;
  }
}
