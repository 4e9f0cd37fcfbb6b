package io.missive.processor.write;

import static io.missive.processor.write.RuntimeNames.CLOUD_EVENT_CODEC;
import static io.missive.processor.write.RuntimeNames.JSON_OBJECT;
import static io.missive.processor.write.RuntimeNames.JSON_READ;
import static io.missive.processor.write.RuntimeNames.JSON_WRITE;
import static io.missive.processor.write.RuntimeNames.MESSAGE_CODEC;
import static io.missive.processor.write.RuntimeNames.MESSAGE_FORMAT_EXCEPTION;
import static io.missive.processor.write.RuntimeNames.MESSAGE_JSON_READER;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.missive.processor.model.Field;
import io.missive.processor.model.MessageType;
import io.missive.processor.model.Upcaster;
import io.missive.processor.model.ValueType;
import io.missive.processor.model.ValueType.Shape;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import javax.lang.model.element.Modifier;

/**
 * Writes the JSON side of an envelope: the nested {@code JsonCodec} (a {@code MessageCodec} that
 * streams the payload with Jackson's {@code JsonParser} and {@code JsonGenerator}, names pre-encoded,
 * one method per record type), the envelope's {@code JSON} constant, its {@code codec()} (through which
 * {@code AbstractMessage} writes the message and knows its type and version) and {@code fromJson}
 * methods, and, when Jackson databind is on the class path, the adapters that let an
 * {@code ObjectMapper} read and write the same JSON.
 *
 * <p>The envelope's attributes are read and written by {@code MessageCodec} itself; what is generated
 * is only what depends on the payload's shape.
 */
public final class JsonCodecWriter {

  static final String CODEC_CLASS = "JsonCodec";

  /** A lower-case letter or digit followed by an upper-case one: where camelCase starts a word. */
  private static final Pattern WORD_START = Pattern.compile("([a-z0-9])([A-Z])");

  private static final ClassName JSON_PARSER = ClassName.get("com.fasterxml.jackson.core", "JsonParser");
  private static final ClassName JSON_GENERATOR =
      ClassName.get("com.fasterxml.jackson.core", "JsonGenerator");
  private static final ClassName SERIALIZED_STRING =
      ClassName.get("com.fasterxml.jackson.core.io", "SerializedString");
  private static final ClassName SERIALIZABLE_STRING =
      ClassName.get("com.fasterxml.jackson.core", "SerializableString");
  private static final ClassName IO_EXCEPTION = ClassName.get("java.io", "IOException");
  private static final ClassName STRING = ClassName.get(String.class);
  private static final ClassName INSTANT = ClassName.get("java.time", "Instant");
  private static final ClassName JSON_SERIALIZE =
      ClassName.get("com.fasterxml.jackson.databind.annotation", "JsonSerialize");
  private static final ClassName JSON_DESERIALIZE =
      ClassName.get("com.fasterxml.jackson.databind.annotation", "JsonDeserialize");
  // The plain base classes rather than StdSerializer and StdDeserializer, which add dozens of
  // helpers for javac to look through in every adapter. The adapters stay Serializable as the Std
  // classes are: a mapper, reader or writer keeps the adapters it has used, and Spark, Flink or Beam
  // jobs serialize it.
  private static final ClassName JSON_SERIALIZER =
      ClassName.get("com.fasterxml.jackson.databind", "JsonSerializer");
  private static final ClassName JSON_DESERIALIZER =
      ClassName.get("com.fasterxml.jackson.databind", "JsonDeserializer");
  private static final ClassName SERIALIZABLE = ClassName.get("java.io", "Serializable");
  private static final ClassName SERIALIZER_PROVIDER =
      ClassName.get("com.fasterxml.jackson.databind", "SerializerProvider");
  private static final ClassName DESERIALIZATION_CONTEXT =
      ClassName.get("com.fasterxml.jackson.databind", "DeserializationContext");

  private final MessageType model;
  private final ClassName envelope;
  private final ClassName codec;
  private final boolean databind;
  private final String kindWord;

  /** Member name → the constant holding it pre-encoded. */
  private final Map<String, String> names = new LinkedHashMap<>();
  /** Record type → the suffix of its read and write methods, such as {@code LineItem}. */
  private final Map<TypeName, String> records = new LinkedHashMap<>();
  private final List<MethodSpec> recordMethods = new ArrayList<>();

  /**
   * @param databind whether to add the Jackson databind adapters (databind is on the class path)
   */
  public JsonCodecWriter(MessageType model, boolean databind) {
    this.model = model;
    this.envelope = model.envelope();
    this.codec = envelope.nestedClass(CODEC_CLASS);
    this.databind = databind;
    this.kindWord = model.kind().envelopeSuffix().toLowerCase(Locale.ROOT);
  }

  /** Adds the JSON constant, methods, codec and adapters to the envelope. */
  public void addTo(TypeSpec.Builder type) {
    type.addField(jsonConstant());
    type.addMethods(envelopeMethods());
    type.addType(codecType());
    if (databind) {
      ClassName serializer = envelope.nestedClass("JacksonSerializer");
      ClassName deserializer = envelope.nestedClass("JacksonDeserializer");
      type.addAnnotation(
          AnnotationSpec.builder(JSON_SERIALIZE).addMember("using", "$T.class", serializer).build());
      type.addAnnotation(
          AnnotationSpec.builder(JSON_DESERIALIZE).addMember("using", "$T.class", deserializer).build());
      type.addType(jacksonSerializer(serializer));
      type.addType(jacksonDeserializer(deserializer));
    }
  }

  private FieldSpec jsonConstant() {
    CodeBlock.Builder doc =
        CodeBlock.builder()
            .add(
                "Reads and writes {@code $L} $Ls as CloudEvents 1.0 JSON (structured mode). Register it"
                    + " with\n{@link $L} to read a stream of many message"
                    + " types.\n",
                model.type(),
                kindWord,
                MESSAGE_JSON_READER.canonicalName());
    if (model.upcasters().isEmpty()) {
      doc.add("\n<p>Reads version $L only.\n", model.version());
    } else {
      doc.add(
          "\n<p>Reads versions $L to $L; older ones through the upcasters:\n<ul>\n",
          model.oldestVersion(),
          model.version());
      for (Upcaster upcaster : model.upcasters()) {
        doc.add(
            "<li>$L to $L: {@link $T#$L}\n",
            upcaster.from(),
            upcaster.from() + 1,
            model.payloadInterface(),
            upcaster.method());
      }
      doc.add("</ul>\n");
    }
    return FieldSpec.builder(
            ParameterizedTypeName.get(MESSAGE_CODEC, envelope),
            "JSON",
            Modifier.PUBLIC,
            Modifier.STATIC,
            Modifier.FINAL)
        .addJavadoc(doc.build())
        .initializer("new $T()", codec)
        .build();
  }

  private List<MethodSpec> envelopeMethods() {
    String readDoc =
        "Reads one {@code $L} $L, of any version {@link #JSON} reads.\n\n@throws $T if the JSON is"
            + " malformed, is not a\n    CloudEvents 1.0 {@code $L} $L of a readable version, or lacks"
            + " a payload field; its\n    message names the JSON path\n";
    return List.of(
        // AbstractMessage writes the JSON (toJson, toJsonBytes, writeJson) through it.
        MethodSpec.methodBuilder("codec")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PROTECTED)
            .returns(ParameterizedTypeName.get(MESSAGE_CODEC, envelope))
            .addStatement("return JSON")
            .build(),
        MethodSpec.methodBuilder("fromJson")
            .addJavadoc(readDoc, model.type(), kindWord, MESSAGE_FORMAT_EXCEPTION, model.type(), kindWord)
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .addParameter(STRING, "json")
            .returns(envelope)
            .addStatement("return JSON.fromJson(json)")
            .build(),
        MethodSpec.methodBuilder("fromJson")
            .addJavadoc(
                "Reads one {@code $L} $L from JSON in UTF-8, of any version {@link #JSON} reads.\n\n"
                    + "@throws $T as {@link #fromJson(String)}\n",
                model.type(),
                kindWord,
                MESSAGE_FORMAT_EXCEPTION)
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .addParameter(byte[].class, "json")
            .returns(envelope)
            .addStatement("return JSON.fromJson(json)")
            .build(),
        MethodSpec.methodBuilder("fromJson")
            .addJavadoc(
                "Reads one {@code $L} $L from {@code parser}: the object at its current token, or at the"
                    + " next\ntoken if it has none or is on a member name; leaves the parser on the"
                    + " object's end.\n\n"
                    + "@throws $T as {@link #fromJson(String)}\n@throws $T if the parser's input fails\n",
                model.type(),
                kindWord,
                MESSAGE_FORMAT_EXCEPTION,
                IO_EXCEPTION)
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .addParameter(JSON_PARSER, "parser")
            .addException(IO_EXCEPTION)
            .returns(envelope)
            .addStatement("return JSON.read(parser)")
            .build());
  }

  private TypeSpec codecType() {
    // Generate the bodies first: they register the names and record types they use.
    MethodSpec writeData = writeData();
    MethodSpec readData = readData();
    TypeSpec.Builder type =
        TypeSpec.classBuilder(codec)
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .superclass(ParameterizedTypeName.get(CLOUD_EVENT_CODEC, envelope));
    names.forEach(
        (name, constant) ->
            type.addField(
                FieldSpec.builder(SERIALIZED_STRING, constant, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                    .initializer("new $T($S)", SERIALIZED_STRING, name)
                    .build()));
    type.addMethod(
        MethodSpec.constructorBuilder()
            .addStatement(
                "super($T.class, $T.TYPE, $T.SOURCE, $T.VERSION, $L)",
                envelope,
                envelope,
                envelope,
                envelope,
                model.oldestVersion())
            .build());
    type.addMethod(writeData);
    type.addMethod(readData);
    type.addMethod(create());
    if (!model.upcasters().isEmpty()) {
      type.addMethod(upcast());
    }
    type.addMethods(recordMethods);
    return type.build();
  }

  private MethodSpec writeData() {
    MethodSpec.Builder method =
        MethodSpec.methodBuilder("writeData")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PROTECTED)
            .addParameter(envelope, "message")
            .addParameter(JSON_GENERATOR, "g")
            .addException(IO_EXCEPTION)
            .addStatement("$T data = ($T) message.data()", model.payloadRecord(), model.payloadRecord());
    writeMembers(method, model.fields(), "data");
    return method.build();
  }

  private MethodSpec readData() {
    MethodSpec.Builder method =
        MethodSpec.methodBuilder("readData")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PROTECTED)
            .addParameter(JSON_PARSER, "p")
            .addException(IO_EXCEPTION)
            .returns(model.payloadRecord());
    readMembers(method, model.fields(), model.payloadRecord());
    return method.build();
  }

  private MethodSpec create() {
    return MethodSpec.methodBuilder("create")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PROTECTED)
        .addParameter(STRING, "id")
        .addParameter(STRING, "source")
        .addParameter(INSTANT, "time")
        .addParameter(STRING, "correlationId")
        .addParameter(STRING, "causationId")
        .addParameter(Object.class, "data")
        .returns(envelope)
        .addStatement(
            "return new $T(id, source, time, correlationId, causationId, ($T) data)",
            envelope,
            model.payloadRecord())
        .build();
  }

  private MethodSpec upcast() {
    MethodSpec.Builder method =
        MethodSpec.methodBuilder("upcast")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PROTECTED)
            .addParameter(TypeName.INT, "fromVersion")
            .addParameter(JSON_OBJECT, "data")
            .returns(JSON_OBJECT)
            .beginControlFlow("switch (fromVersion)");
    for (Upcaster upcaster : model.upcasters()) {
      method.addCode("case $L:\n", upcaster.from()).addCode("$>");
      if (upcaster.returnsData()) {
        method.addStatement("return $T.$N(data)", model.payloadInterface(), upcaster.method());
      } else {
        method.addStatement("$T.$N(data)", model.payloadInterface(), upcaster.method());
        method.addStatement("return data");
      }
      method.addCode("$<");
    }
    return method
        .addCode("default:\n$>")
        .addStatement("return super.upcast(fromVersion, data)")
        .addCode("$<")
        .endControlFlow()
        .build();
  }

  // ---------------------------------------------------------------- writing

  /** Writes {@code fields} of {@code owner} (an expression) as one object. */
  private void writeMembers(MethodSpec.Builder method, List<Field> fields, String owner) {
    method.addStatement("g.writeStartObject()");
    for (Field field : fields) {
      method.addStatement("g.writeFieldName($N)", nameConstant(field.name()));
      CodeBlock value = CodeBlock.of("$N.$N()", owner, field.name());
      method.addStatement(writeValue(field.type(), field.nullable(), value, "g", 1));
    }
    method.addStatement("g.writeEndObject()");
  }

  /** The statement that writes {@code value} with generator {@code g}. */
  private CodeBlock writeValue(ValueType type, boolean nullable, CodeBlock value, String g, int depth) {
    if (nullable && !type.shape().isPrimitive() && !type.shape().isOptional()) {
      return CodeBlock.of("$T.nullable($N, $L, $L)", JSON_WRITE, g, value, writer(type, depth));
    }
    Shape shape = shape(type);
    switch (shape) {
      case STRING:
        return CodeBlock.of("$N.writeString($L)", g, value);
      case BOOLEAN:
        return CodeBlock.of("$N.writeBoolean($L)", g, value);
      case BYTE:
      case SHORT:
      case INT:
      case LONG:
      case FLOAT:
      case DOUBLE:
      case BIG_DECIMAL:
      case BIG_INTEGER:
        return CodeBlock.of("$N.writeNumber($L)", g, value);
      case OPTIONAL:
        return CodeBlock.of(
            "$T.optional($N, $L, $L)", JSON_WRITE, g, value, writer(type.element(), depth));
      case LIST:
      case SET:
        return CodeBlock.of("$T.list($N, $L, $L)", JSON_WRITE, g, value, writer(type.element(), depth));
      case MAP:
        return CodeBlock.of(
            "$T.map($N, $L, $L)", JSON_WRITE, g, value, writer(type.arguments().get(1), depth));
      case RECORD:
        return CodeBlock.of("$N($N, $L)", "write" + recordSuffix(type), g, value);
      default:
        return CodeBlock.of("$T.$N($N, $L)", JSON_WRITE, helper(shape), g, value);
    }
  }

  /** A {@code JsonWrite.ValueWriter} for {@code type}: a method reference, or a lambda. */
  private CodeBlock writer(ValueType type, int depth) {
    Shape shape = shape(type);
    switch (shape) {
      case OPTIONAL:
      case LIST:
      case SET:
      case MAP:
        String g = "g" + depth;
        String v = "v" + depth;
        return CodeBlock.of(
            "($N, $N) -> $L", g, v, writeValue(type, false, CodeBlock.of("$N", v), g, depth + 1));
      case RECORD:
        return CodeBlock.of("$T::$N", codec, "write" + recordSuffix(type));
      default:
        return CodeBlock.of("$T::$N", JSON_WRITE, helper(shape));
    }
  }

  // ---------------------------------------------------------------- reading

  /**
   * Reads {@code fields} from the object at the parser's current token and returns a new
   * {@code result} made of them.
   */
  private void readMembers(MethodSpec.Builder method, List<Field> fields, TypeName result) {
    // The locals are named after the members; none may hide a name the method uses.
    Set<String> reserved = new HashSet<>(Set.of("p", "member", "next"));
    fields.forEach(field -> reserved.add(nameConstant(field.name())));
    Set<String> taken = new HashSet<>(reserved);
    fields.forEach(field -> taken.add(field.name()));
    Map<String, String> locals = new LinkedHashMap<>();
    Map<String, String> flags = new LinkedHashMap<>();
    for (Field field : fields) {
      String local = field.name();
      if (reserved.contains(local)) {
        local = fresh(local + "Value", taken);
      }
      locals.put(field.name(), local);
      if (field.type().shape().isPrimitive()) {
        flags.put(field.name(), fresh("has" + capitalize(field.name()), taken));
      }
    }

    method.addStatement("$T.startObject(p)", JSON_READ);
    for (Field field : fields) {
      ValueType type = field.type();
      String local = locals.get(field.name());
      if (type.shape().isPrimitive()) {
        method.addStatement("$T $N = $L", type.typeName(), local, type.shape() == Shape.BOOLEAN ? "false" : "0");
        method.addStatement("boolean $N = false", flags.get(field.name()));
      } else if (type.shape().isOptional()) {
        method.addStatement("$T $N = $T.empty()", type.typeName(), local, raw(type.typeName()));
      } else {
        method.addStatement("$T $N = null", type.typeName(), local);
      }
    }
    // Members usually come in the order written: the parser matches the expected name's bytes
    // before it looks a name up.
    method.addStatement(
        "$T next = $L",
        SERIALIZABLE_STRING,
        fields.isEmpty() ? "null" : nameConstant(fields.get(0).name()));
    method.beginControlFlow(
        "for ($T member = $T.nextName(p, next); member != null; member = $T.nextName(p, next))",
        STRING,
        JSON_READ,
        JSON_READ);
    method.addStatement("p.nextToken()");
    method.beginControlFlow("switch (member)");
    for (int i = 0; i < fields.size(); i++) {
      Field field = fields.get(i);
      String local = locals.get(field.name());
      CodeBlock value = readValue(field.type(), field.nullable(), "p", taken, 1);
      String flag = flags.get(field.name());
      method.beginControlFlow("case $S ->", field.name()).addStatement("$N = $L", local, value);
      if (flag != null) {
        method.addStatement("$N = true", flag);
      }
      if (i + 1 < fields.size()) {
        method.addStatement("next = $N", nameConstant(fields.get(i + 1).name()));
      } else {
        method.addStatement("next = null");
      }
      method.endControlFlow();
    }
    method.addStatement("default -> p.skipChildren()");
    method.endControlFlow();
    method.endControlFlow();
    for (Field field : fields) {
      String flag = flags.get(field.name());
      if (flag != null) {
        method.beginControlFlow("if (!$N)", flag);
      } else if (field.required()) {
        method.beginControlFlow("if ($N == null)", locals.get(field.name()));
      } else {
        continue;
      }
      method.addStatement("throw $T.missing($S)", JSON_READ, field.name()).endControlFlow();
    }
    CodeBlock.Builder arguments = CodeBlock.builder();
    for (int i = 0; i < fields.size(); i++) {
      arguments.add(i == 0 ? "" : ",$W").add("$N", locals.get(fields.get(i).name()));
    }
    method.addStatement("return new $T($L)", result, arguments.build());
  }

  /** The expression that reads a value of {@code type} at the current token of parser {@code p}. */
  private CodeBlock readValue(ValueType type, boolean nullable, String p, Set<String> taken, int depth) {
    if (nullable && !type.shape().isPrimitive() && !type.shape().isOptional()) {
      return CodeBlock.of("$T.nullable($N, $L)", JSON_READ, p, reader(type, taken, depth));
    }
    Shape shape = shape(type);
    switch (shape) {
      case ENUM:
        return CodeBlock.of("$T.enumValue($N, $T.class)", JSON_READ, p, raw(type.typeName()));
      case OPTIONAL:
        return CodeBlock.of("$T.optional($N, $L)", JSON_READ, p, reader(type.element(), taken, depth));
      case LIST:
        return CodeBlock.of("$T.list($N, $L)", JSON_READ, p, reader(type.element(), taken, depth));
      case SET:
        return CodeBlock.of("$T.set($N, $L)", JSON_READ, p, reader(type.element(), taken, depth));
      case MAP:
        return CodeBlock.of(
            "$T.map($N, $L)", JSON_READ, p, reader(type.arguments().get(1), taken, depth));
      case RECORD:
        return CodeBlock.of("$N($N)", "read" + recordSuffix(type), p);
      default:
        return CodeBlock.of("$T.$N($N)", JSON_READ, helper(shape), p);
    }
  }

  /** A {@code JsonRead.ValueReader} for {@code type}: a method reference, or a lambda. */
  private CodeBlock reader(ValueType type, Set<String> taken, int depth) {
    Shape shape = shape(type);
    switch (shape) {
      case ENUM:
      case OPTIONAL:
      case LIST:
      case SET:
      case MAP:
        // Lambdas of one depth never enclose each other, so only the method's locals are in the way.
        String p = "p" + depth;
        while (taken.contains(p)) {
          p += "_";
        }
        return CodeBlock.of("$N -> $L", p, readValue(type, false, p, taken, depth + 1));
      case RECORD:
        return CodeBlock.of("$T::$N", codec, "read" + recordSuffix(type));
      default:
        return CodeBlock.of("$T::$N", JSON_READ, helper(shape));
    }
  }

  // ---------------------------------------------------------------- records

  /** The suffix of the read and write methods of record {@code type}, generating them once. */
  private String recordSuffix(ValueType type) {
    String suffix = records.get(type.typeName());
    if (suffix != null) {
      return suffix;
    }
    TypeName raw = raw(type.typeName());
    String base = raw instanceof ClassName className ? className.simpleName() : "Record";
    if (records.containsValue(base) && raw instanceof ClassName className) {
      base = String.join("", className.simpleNames());
    }
    suffix = base;
    for (int i = 2; records.containsValue(suffix); i++) {
      suffix = base + i;
    }
    records.put(type.typeName(), suffix);

    MethodSpec.Builder write =
        MethodSpec.methodBuilder("write" + suffix)
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
            .addParameter(JSON_GENERATOR, "g")
            .addParameter(type.typeName(), "value")
            .addException(IO_EXCEPTION);
    writeMembers(write, type.components(), "value");
    MethodSpec.Builder read =
        MethodSpec.methodBuilder("read" + suffix)
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
            .addParameter(JSON_PARSER, "p")
            .addException(IO_EXCEPTION)
            .returns(type.typeName());
    readMembers(read, type.components(), type.typeName());
    recordMethods.add(write.build());
    recordMethods.add(read.build());
    return suffix;
  }

  // ---------------------------------------------------------------- Jackson databind

  private TypeSpec jacksonSerializer(ClassName name) {
    return TypeSpec.classBuilder(name)
        .addModifiers(Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("Lets a Jackson {@code ObjectMapper} write this $L as {@link #JSON} does.\n", kindWord)
        .superclass(ParameterizedTypeName.get(JSON_SERIALIZER, envelope))
        .addSuperinterface(SERIALIZABLE)
        .addField(serialVersionUid())
        .addMethod(
            MethodSpec.methodBuilder("serialize")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .addParameter(envelope, "value")
                .addParameter(JSON_GENERATOR, "generator")
                .addParameter(SERIALIZER_PROVIDER, "provider")
                .addException(IO_EXCEPTION)
                .addStatement("JSON.write(value, generator)")
                .build())
        .build();
  }

  private TypeSpec jacksonDeserializer(ClassName name) {
    return TypeSpec.classBuilder(name)
        .addModifiers(Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("Lets a Jackson {@code ObjectMapper} read this $L as {@link #JSON} does.\n", kindWord)
        .superclass(ParameterizedTypeName.get(JSON_DESERIALIZER, envelope))
        .addSuperinterface(SERIALIZABLE)
        .addField(serialVersionUid())
        .addMethod(
            MethodSpec.methodBuilder("deserialize")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .addParameter(JSON_PARSER, "parser")
                .addParameter(DESERIALIZATION_CONTEXT, "context")
                .addException(IO_EXCEPTION)
                .returns(envelope)
                .addStatement("return JSON.read(parser)")
                .build())
        .build();
  }

  private static FieldSpec serialVersionUid() {
    return FieldSpec.builder(TypeName.LONG, "serialVersionUID", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer("1L")
        .build();
  }

  // ---------------------------------------------------------------- helpers

  /** The pre-encoded constant of member {@code name}, such as {@code ORDER_ID}. */
  private String nameConstant(String name) {
    String constant = names.get(name);
    if (constant != null) {
      return constant;
    }
    String base = WORD_START.matcher(name).replaceAll("$1_$2").toUpperCase(Locale.ROOT);
    if (base.equals("JSON") || base.startsWith("$")) {
      base = "NAME_" + base;
    }
    constant = base;
    for (int i = 2; names.containsValue(constant); i++) {
      constant = base + "_" + i;
    }
    names.put(name, constant);
    return constant;
  }

  /** The shape, with a boxed primitive taken as the primitive it boxes. */
  private static Shape shape(ValueType type) {
    if (type.shape() != Shape.BOXED) {
      return type.shape();
    }
    TypeName primitive = type.typeName().unbox();
    if (primitive.equals(TypeName.BOOLEAN)) {
      return Shape.BOOLEAN;
    } else if (primitive.equals(TypeName.BYTE)) {
      return Shape.BYTE;
    } else if (primitive.equals(TypeName.SHORT)) {
      return Shape.SHORT;
    } else if (primitive.equals(TypeName.INT)) {
      return Shape.INT;
    } else if (primitive.equals(TypeName.LONG)) {
      return Shape.LONG;
    } else if (primitive.equals(TypeName.CHAR)) {
      return Shape.CHAR;
    } else if (primitive.equals(TypeName.FLOAT)) {
      return Shape.FLOAT;
    }
    return Shape.DOUBLE;
  }

  /** The name of the {@code JsonRead}/{@code JsonWrite} method of a simple shape. */
  private static String helper(Shape shape) {
    switch (shape) {
      case STRING:
        return "string";
      case BOOLEAN:
        return "booleanValue";
      case BYTE:
        return "byteValue";
      case SHORT:
        return "shortValue";
      case INT:
        return "intValue";
      case LONG:
        return "longValue";
      case CHAR:
        return "charValue";
      case FLOAT:
        return "floatValue";
      case DOUBLE:
        return "doubleValue";
      case BIG_DECIMAL:
        return "bigDecimal";
      case BIG_INTEGER:
        return "bigInteger";
      case INSTANT:
        return "instant";
      case LOCAL_DATE:
        return "localDate";
      case LOCAL_DATE_TIME:
        return "localDateTime";
      case OFFSET_DATE_TIME:
        return "offsetDateTime";
      case DURATION:
        return "duration";
      case UUID:
        return "uuid";
      case ENUM:
        return "enumValue";
      case OPTIONAL_INT:
        return "optionalInt";
      case OPTIONAL_LONG:
        return "optionalLong";
      case OPTIONAL_DOUBLE:
        return "optionalDouble";
      default:
        // The rules reject every other shape before any writer runs.
        throw new IllegalStateException("No JSON codec for " + shape);
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

  private static TypeName raw(TypeName type) {
    return type instanceof ParameterizedTypeName parameterized ? parameterized.rawType() : type;
  }
}
