package io.missive.processor.schema;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import io.missive.processor.model.Field;
import io.missive.processor.model.ScalarType;
import io.missive.processor.model.ValueType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A locked old version of a payload as Java: the fields of its frozen record (such as
 * {@code OrderPlacedEvent.V1}) and the records nested in it, built from the snapshot alone, so that it
 * stays as it was whatever the current payload becomes. A pure function of the snapshot.
 *
 * <p>The shape of each value comes from the JSON schema ({@code $ref} a record, {@code array} a list
 * or, with {@code uniqueItems}, a set, an {@code object} with {@code additionalProperties} a map with
 * string keys, {@code anyOf} with {@code null} an empty value); the Java type of each scalar from the
 * property's {@code $comment}, which the snapshot records for that reason: the JSON type alone is
 * ambiguous ({@code integer} is {@code int}, {@code long} or {@code BigInteger}). A snapshot holding
 * what cannot be frozen this way (an enum, a value object, a polymorphic value, a map with other than
 * string keys) gives no frozen record, and says why: such a version is upcast on the tree.
 *
 * @param version the version
 * @param type the frozen record, such as {@code OrderPlacedEvent.V1}
 * @param fields its components, in the snapshot's (sorted) order
 * @param records the records nested in it, each with its components
 */
public record FrozenVersion(int version, ClassName type, List<Field> fields, List<ValueType> records) {

  public FrozenVersion {
    fields = List.copyOf(fields);
    records = List.copyOf(records);
  }

  /** The name of the frozen record of {@code version}, nested in {@code envelope}. */
  public static ClassName name(ClassName envelope, int version) {
    return envelope.nestedClass("V" + version);
  }

  /** The frozen version of a snapshot, or why there is none. */
  public record Built(FrozenVersion frozen, String problem) {}

  /** Builds the frozen version {@code version} of {@code snapshot}, nested in {@code envelope}. */
  public static Built of(ClassName envelope, int version, Object snapshot) {
    Builder builder = new Builder(name(envelope, version), snapshot);
    try {
      List<Field> fields = builder.object(snapshot);
      return new Built(new FrozenVersion(version, builder.type, fields, builder.records()), null);
    } catch (Unfrozen e) {
      return new Built(null, e.getMessage());
    } catch (RuntimeException e) {
      // A snapshot edited by hand into what Missive never writes: its type cannot be made from it.
      return new Built(null, "the snapshot holds what Missive does not write (" + e.getMessage() + ")");
    }
  }

  private static final class Unfrozen extends Exception {
    Unfrozen(String message) {
      super(message, null, false, false);
    }
  }

  private static final class Builder {
    final ClassName type;
    final Map<String, Object> defs;
    final Map<String, ValueType> built = new LinkedHashMap<>();
    final Map<String, List<Field>> components = new LinkedHashMap<>();

    @SuppressWarnings("unchecked")
    Builder(ClassName type, Object snapshot) {
      this.type = type;
      Object found = snapshot instanceof Map<?, ?> map ? map.get("$defs") : null;
      this.defs = found instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }

    List<ValueType> records() {
      List<ValueType> records = new ArrayList<>();
      built.forEach(
          (name, record) ->
              records.add(
                  new ValueType(
                      ValueType.Shape.RECORD, null, record.typeName(), List.of(), components.get(name), List.of())));
      return records;
    }

    @SuppressWarnings("unchecked")
    List<Field> object(Object schema) throws Unfrozen {
      Map<String, Object> object = map(schema, "the payload");
      Map<String, Object> properties = map(object.get("properties"), "properties");
      List<?> required = object.get("required") instanceof List<?> list ? list : List.of();
      List<Field> fields = new ArrayList<>();
      for (Map.Entry<String, Object> property : properties.entrySet()) {
        String name = property.getKey();
        if (!javax.lang.model.SourceVersion.isIdentifier(name) || javax.lang.model.SourceVersion.isKeyword(name)) {
          throw new Unfrozen("its member '" + name + "' is not a Java name");
        }
        Map<String, Object> value = map(property.getValue(), name);
        Object comment = value.get("$comment");
        if (!(comment instanceof String text)) {
          throw new Unfrozen("its member '" + name + "' has no $comment with its Java type");
        }
        Java java = Java.parse(text);
        boolean nullable = false;
        Map<String, Object> inner = value;
        List<Object> either = nullable(value);
        if (either != null && !java.name.equals("Optional") && !java.name.startsWith("Optional")) {
          nullable = true;
          inner = map(either.get(0), name);
        }
        ValueType type = value(nullable ? inner : value, java, name);
        if (nullable && type.isPrimitive()) {
          type = ValueType.scalar(type.scalar(), type.typeName().box());
        }
        fields.add(new Field(name, type, nullable || (!required.contains(name) && !type.isOptional() && box(type))));
      }
      return fields;
    }

    private static boolean box(ValueType type) {
      return !type.isPrimitive();
    }

    @SuppressWarnings("unchecked")
    private static List<Object> nullable(Map<String, Object> schema) {
      if (schema.get("anyOf") instanceof List<?> list
          && list.size() == 2
          && Map.of("type", "null").equals(list.get(1))) {
        return (List<Object>) list;
      }
      return null;
    }

    ValueType value(Map<String, Object> schema, Java java, String where) throws Unfrozen {
      Object ref = schema.get("$ref");
      if (ref instanceof String path) {
        return record(path, where);
      }
      switch (java.name) {
        case "Optional": {
          List<Object> either = nullable(schema);
          if (either == null || java.arguments.size() != 1) {
            throw new Unfrozen("'" + where + "' is an Optional without its null");
          }
          ValueType element = value(map(either.get(0), where), java.arguments.get(0), where);
          return new ValueType(
              ValueType.Shape.OPTIONAL, null,
              ParameterizedTypeName.get(ClassName.get(Optional.class), element.typeName().box()),
              List.of(element), List.of(), List.of());
        }
        case "List":
        case "Set": {
          if (java.arguments.size() != 1) {
            throw new Unfrozen("'" + where + "' is a " + java.name + " without its element type");
          }
          ValueType element = value(map(schema.get("items"), where), java.arguments.get(0), where);
          boolean set = java.name.equals("Set");
          ClassName raw = ClassName.get(set ? java.util.Set.class : List.class);
          return new ValueType(
              set ? ValueType.Shape.SET : ValueType.Shape.LIST, null,
              ParameterizedTypeName.get(raw, element.typeName().box()), List.of(element), List.of(), List.of());
        }
        case "Map": {
          if (java.arguments.size() != 2 || !java.arguments.get(0).name.equals("String")
              || schema.containsKey("propertyNames")) {
            throw new Unfrozen("'" + where + "' is a map with other than String keys");
          }
          ValueType key = ValueType.scalar(ScalarType.STRING, ClassName.get(String.class));
          ValueType element =
              value(map(schema.get("additionalProperties"), where), java.arguments.get(1), where);
          return new ValueType(
              ValueType.Shape.MAP, null,
              ParameterizedTypeName.get(ClassName.get(Map.class), key.typeName(), element.typeName().box()),
              List.of(key, element), List.of(), List.of());
        }
        default:
          return scalar(java, where);
      }
    }

    private ValueType record(String path, String where) throws Unfrozen {
      String prefix = "#/$defs/";
      if (!path.startsWith(prefix) || !defs.containsKey(path.substring(prefix.length()))) {
        throw new Unfrozen("'" + where + "' refers to " + path + ", which is not under $defs");
      }
      String name = path.substring(prefix.length());
      ValueType record = built.get(name);
      if (record != null) {
        return record;
      }
      if (!javax.lang.model.SourceVersion.isIdentifier(name) || name.equals(type.simpleName())) {
        throw new Unfrozen("its record '" + name + "' has no Java name");
      }
      record = ValueType.simple(ValueType.Shape.RECORD, type.nestedClass(name));
      built.put(name, record);
      components.put(name, List.of());
      List<Field> fields = object(defs.get(name));
      components.put(name, fields);
      ValueType full = new ValueType(ValueType.Shape.RECORD, null, record.typeName(), List.of(), fields, List.of());
      built.put(name, full);
      return full;
    }

    private static ValueType scalar(Java java, String where) throws Unfrozen {
      if (!java.arguments.isEmpty()) {
        throw new Unfrozen("'" + where + "' is a " + java.name + ", which cannot be frozen");
      }
      if (java.name.equals("byte[]")) {
        return ValueType.scalar(ScalarType.BYTES, ArrayTypeName.of(TypeName.BYTE));
      }
      for (ScalarType scalar : ScalarType.values()) {
        Class<?> javaType = scalar.javaType();
        if (javaType.isArray()) {
          continue;
        }
        if (javaType.getSimpleName().equals(java.name)) {
          return ValueType.scalar(scalar, TypeName.get(javaType));
        }
        if (javaType.isPrimitive() && TypeName.get(javaType).box().toString().equals("java.lang." + java.name)) {
          return ValueType.scalar(scalar, TypeName.get(javaType).box());
        }
      }
      throw new Unfrozen(
          "'" + where + "' is a " + java.name + ", which is not a scalar Missive reads (an enum, a value"
              + " object and a polymorphic value cannot be frozen)");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value, String where) throws Unfrozen {
      if (value instanceof Map<?, ?> map) {
        return (Map<String, Object>) map;
      }
      throw new Unfrozen("'" + where + "' is not a schema object");
    }
  }

  /** A Java type as the {@code $comment} writes it: {@code List<LineItem>}, {@code Map<String, Integer>}. */
  record Java(String name, List<Java> arguments) {

    static Java parse(String text) throws Unfrozen {
      int[] at = {0};
      Java java = parse(text.replace(" ", ""), at);
      if (at[0] != text.replace(" ", "").length()) {
        throw new Unfrozen("the $comment '" + text + "' is not a Java type");
      }
      return java;
    }

    private static Java parse(String text, int[] at) throws Unfrozen {
      int start = at[0];
      while (at[0] < text.length() && "<>,".indexOf(text.charAt(at[0])) < 0) {
        at[0]++;
      }
      String name = text.substring(start, at[0]);
      if (name.isEmpty()) {
        throw new Unfrozen("the $comment '" + text + "' is not a Java type");
      }
      List<Java> arguments = new ArrayList<>();
      if (at[0] < text.length() && text.charAt(at[0]) == '<') {
        do {
          at[0]++;
          arguments.add(parse(text, at));
        } while (at[0] < text.length() && text.charAt(at[0]) == ',');
        if (at[0] >= text.length() || text.charAt(at[0]) != '>') {
          throw new Unfrozen("the $comment '" + text + "' is not a Java type");
        }
        at[0]++;
      }
      return new Java(name, arguments);
    }
  }
}
