package io.missive.processor.schema;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import io.missive.processor.model.Accessor;
import io.missive.processor.model.Field;
import io.missive.processor.model.JsonMember;
import io.missive.processor.model.MessageType;
import io.missive.processor.model.ScalarType;
import io.missive.processor.model.ValueType;
import io.missive.processor.model.Variants;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The JSON Schema 2020-12 document of a message's payload (its {@code data}), as Missive writes it on
 * the wire: the one place that maps the model's value types to schemas. A new value type gets its
 * schema in {@link #scalar} (or the shape's case in {@link #schema}); the comparison and the snapshots
 * follow from the documents.
 *
 * <p>Each property carries the Java type it was written from in {@code $comment}, for the messages;
 * the comparison ignores it. A nullable value is {@code anyOf} its schema and {@code null}; a record
 * is a {@code $ref} to its entry under {@code $defs}, by simple name.
 */
public final class SchemaMapping {

  /** The dialect every snapshot declares. */
  public static final String DIALECT = "https://json-schema.org/draft/2020-12/schema";

  /**
   * The shapes {@link #schema} maps; every shape but {@link ValueType.Shape#OTHER} (which no valid
   * model holds), as a test checks, so a new shape cannot reach a user's build without its schema.
   */
  static final java.util.Set<ValueType.Shape> SHAPES =
      java.util.EnumSet.of(
          ValueType.Shape.SCALAR, ValueType.Shape.ENUM, ValueType.Shape.OPTIONAL, ValueType.Shape.LIST,
          ValueType.Shape.SET, ValueType.Shape.MAP, ValueType.Shape.RECORD, ValueType.Shape.VALUE_OBJECT,
          ValueType.Shape.POLYMORPHIC);

  private SchemaMapping() {}

  /** The identifier of the snapshot of {@code type} at {@code version}. */
  public static String id(String type, int version) {
    return "urn:missive:" + type + ":" + version;
  }

  /**
   * The name a field has in JSON ({@code @JsonProperty}, else the accessor's), and so in the schema;
   * a field's identity in the lock.
   */
  public static String jsonName(Field field) {
    return field.json().name();
  }

  /** The schema of {@code model}'s payload at its current version. */
  public static Map<String, Object> document(MessageType model) {
    Defs defs = new Defs();
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("$schema", DIALECT);
    root.put("$id", id(model.type(), model.version()));
    root.put("title", model.type() + " v" + model.version());
    // The fields of the accessors, as model.fields() gives them, without a stream for each document.
    List<Field> fields = new ArrayList<>(model.accessors().size());
    for (Accessor accessor : model.accessors()) {
      fields.add(accessor.field());
    }
    root.putAll(object(fields, defs));
    if (!defs.schemas.isEmpty()) {
      root.put("$defs", new TreeMap<>(defs.schemas));
    }
    return root;
  }

  private static Map<String, Object> object(List<Field> fields, Defs defs) {
    Map<String, Object> object = new LinkedHashMap<>();
    object.put("type", "object");
    Map<String, Object> properties = new TreeMap<>();
    List<String> required = new ArrayList<>();
    for (Field field : fields) {
      Map<String, Object> property = schema(field.type(), defs);
      if (field.nullable() && !field.type().isOptional()) {
        property = nullable(property);
      }
      property.put("$comment", javaText(field.type().typeName()));
      properties.put(jsonName(field), property);
      // @JsonInclude(NON_EMPTY) leaves out an empty string, collection or value, required or not.
      if (field.required() && field.json().include() != JsonMember.Include.NON_EMPTY) {
        required.add(jsonName(field));
      }
    }
    required.sort(null);
    object.put("properties", properties);
    object.put("required", required);
    // Missive writes exactly the members of the version, each one always (null when empty).
    object.put("additionalProperties", false);
    return object;
  }

  private static Map<String, Object> nullable(Map<String, Object> schema) {
    Map<String, Object> either = new LinkedHashMap<>();
    either.put("anyOf", List.of(schema, Map.of("type", "null")));
    return either;
  }

  private static Map<String, Object> schema(ValueType type, Defs defs) {
    switch (type.shape()) {
      case SCALAR:
        return scalar(type.scalar());
      case ENUM: {
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", "string");
        // The strings on the wire: @JsonProperty on a constant, or @JsonValue, else the names.
        List<String> constants =
            new ArrayList<>(type.wireNames().isEmpty() ? type.constants() : type.wireNames());
        constants.sort(null);
        schema.put("enum", constants);
        return schema;
      }
      case OPTIONAL:
        return nullable(schema(type.element(), defs));
      case LIST:
      case SET: {
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", "array");
        schema.put("items", schema(type.element(), defs));
        if (type.shape() == ValueType.Shape.SET) {
          schema.put("uniqueItems", true);
        }
        return schema;
      }
      case MAP: {
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", "object");
        Map<String, Object> keys = schema(type.arguments().get(0), defs);
        if (!keys.equals(Map.of("type", "string"))) {
          schema.put("propertyNames", keys);
        }
        schema.put("additionalProperties", schema(type.arguments().get(1), defs));
        return schema;
      }
      case RECORD:
        return ref(type, defs);
      case VALUE_OBJECT:
        // Written as its one value: the schema of the type its @JsonValue method returns.
        return schema(type.arguments().get(0), defs);
      case POLYMORPHIC:
        return variants(type.variants(), defs);
      default:
        throw new IllegalArgumentException("no JSON schema for " + type.typeName() + " (" + type.shape() + ")");
    }
  }

  /**
   * A polymorphic value: {@code oneOf} each variant's object, told apart by the discriminator, a
   * required property of a {@code const} name; in the order of the names, as the order of the
   * variants does not change the JSON.
   */
  private static Map<String, Object> variants(Variants variants, Defs defs) {
    Map<String, Map<String, Object>> byName = new TreeMap<>();
    for (int i = 0; i < variants.types().size(); i++) {
      ValueType variant = variants.types().get(i);
      String name = variants.names().get(i);
      Map<String, Object> object = new LinkedHashMap<>();
      object.put("title", ((ClassName) rawType(variant.typeName())).simpleName());
      object.putAll(object(variant.components(), defs));
      @SuppressWarnings("unchecked")
      Map<String, Object> properties = (Map<String, Object>) object.get("properties");
      properties.put(variants.property(), new LinkedHashMap<>(Map.of("const", name)));
      @SuppressWarnings("unchecked")
      List<String> required = (List<String>) object.get("required");
      required.add(variants.property());
      required.sort(null);
      byName.put(name, object);
    }
    Map<String, Object> schema = new LinkedHashMap<>();
    schema.put("oneOf", new ArrayList<>(byName.values()));
    return schema;
  }

  private static Map<String, Object> ref(ValueType record, Defs defs) {
    String key = record.typeName().toString();
    String name = defs.names.get(key);
    if (name == null) {
      String simple = ((ClassName) rawType(record.typeName())).simpleName();
      name = simple;
      for (int i = 2; defs.names.containsValue(name); i++) {
        name = simple + i;
      }
      defs.names.put(key, name);
      defs.schemas.put(name, Map.of()); // taken before the components, for a record that holds itself
      Map<String, Object> object = new LinkedHashMap<>();
      object.put("title", simple);
      object.putAll(object(record.components(), defs));
      defs.schemas.put(name, object);
    }
    Map<String, Object> ref = new LinkedHashMap<>();
    ref.put("$ref", "#/$defs/" + name);
    return ref;
  }

  /** The schema of a scalar of the table, as {@code JsonWrite} writes it. */
  static Map<String, Object> scalar(ScalarType scalar) {
    Map<String, Object> schema = new LinkedHashMap<>();
    switch (scalar) {
      case BOOLEAN -> schema.put("type", "boolean");
      case BYTE -> integer(schema, null, Byte.MIN_VALUE, Byte.MAX_VALUE);
      case SHORT -> integer(schema, null, Short.MIN_VALUE, Short.MAX_VALUE);
      case INT, OPTIONAL_INT -> integer(schema, "int32", Integer.MIN_VALUE, Integer.MAX_VALUE);
      case LONG, OPTIONAL_LONG -> integer(schema, "int64", Long.MIN_VALUE, Long.MAX_VALUE);
      case BIG_INTEGER -> schema.put("type", "integer");
      case CHAR -> {
        schema.put("type", "string");
        schema.put("minLength", 1L);
        schema.put("maxLength", 1L);
      }
      case FLOAT, DOUBLE, OPTIONAL_DOUBLE -> {
        // NaN and the infinities are written as strings, as Jackson writes them.
        Map<String, Object> number = new LinkedHashMap<>();
        number.put("type", "number");
        number.put("format", scalar == ScalarType.FLOAT ? "float" : "double");
        schema.put("anyOf", List.of(number, Map.of("enum", List.of("-Infinity", "Infinity", "NaN"))));
      }
      case STRING -> schema.put("type", "string");
      case BIG_DECIMAL -> schema.put("type", "number");
      case INSTANT, OFFSET_DATE_TIME, ZONED_DATE_TIME -> string(schema, "date-time", null);
      case LOCAL_DATE -> string(schema, "date", null);
      case LOCAL_TIME -> string(schema, null, "^[0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]{1,9})?)?$");
      case LOCAL_DATE_TIME ->
          string(schema, null, "^[+-]?[0-9]{4,}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]{1,9})?)?$");
      case DURATION -> string(schema, null, "^PT(-?[0-9]+H)?(-?[0-9]+M)?(-?[0-9]+(\\.[0-9]+)?S)?$");
      case UUID -> string(schema, "uuid", null);
      case URI -> string(schema, "uri-reference", null);
      case CURRENCY -> string(schema, null, "^[A-Z]{3}$");
      case URL -> string(schema, "uri", null);
      case YEAR_MONTH -> string(schema, null, "^[+-]?[0-9]{4,}-[0-9]{2}$");
      case YEAR -> string(schema, null, "^[+-]?[0-9]+$");
      case MONTH_DAY -> string(schema, null, "^--[0-9]{2}-[0-9]{2}$");
      case PERIOD -> string(schema, null, "^P(-?[0-9]+Y)?(-?[0-9]+M)?(-?[0-9]+D)?$");
      case ZONE_ID -> string(schema, null, null);
      case ZONE_OFFSET -> string(schema, null, "^(Z|[+-][0-9]{2}:[0-9]{2}(:[0-9]{2})?)$");
      case LOCALE -> string(schema, null, null);
      case BYTES -> {
        schema.put("type", "string");
        schema.put("contentEncoding", "base64");
      }
      default -> throw new IllegalArgumentException("no JSON schema for " + scalar);
    }
    if (scalar.isOptional()) {
      return nullable(schema);
    }
    return schema;
  }

  private static void integer(Map<String, Object> schema, String format, long min, long max) {
    schema.put("type", "integer");
    if (format != null) {
      schema.put("format", format);
    }
    schema.put("minimum", min);
    schema.put("maximum", max);
  }

  private static void string(Map<String, Object> schema, String format, String pattern) {
    schema.put("type", "string");
    if (format != null) {
      schema.put("format", format);
    }
    if (pattern != null) {
      schema.put("pattern", pattern);
    }
  }

  /** A Java type as users write it, with simple names: {@code List<LineItem>}, {@code BigDecimal}. */
  static String javaText(TypeName type) {
    if (type instanceof ClassName name) {
      return String.join(".", name.simpleNames());
    }
    if (type instanceof ParameterizedTypeName parameterized) {
      StringBuilder text = new StringBuilder(javaText(parameterized.rawType())).append('<');
      for (int i = 0; i < parameterized.typeArguments().size(); i++) {
        text.append(i == 0 ? "" : ", ").append(javaText(parameterized.typeArguments().get(i)));
      }
      return text.append('>').toString();
    }
    if (type instanceof ArrayTypeName array) {
      return javaText(array.componentType()) + "[]";
    }
    return type.withoutAnnotations().toString();
  }

  private static TypeName rawType(TypeName type) {
    return type instanceof ParameterizedTypeName p ? p.rawType() : type.withoutAnnotations();
  }

  /** The records of one document under {@code $defs}: name by type, schema by name. */
  private static final class Defs {
    final Map<String, String> names = new HashMap<>();
    final Map<String, Object> schemas = new LinkedHashMap<>();
  }
}
