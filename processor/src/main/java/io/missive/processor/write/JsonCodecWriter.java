package io.missive.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.missive.processor.model.RuntimeNames;
import io.missive.processor.model.Field;
import io.missive.processor.model.JsonMember;
import io.missive.processor.model.ValueObject;
import io.missive.processor.model.MessageType;
import io.missive.processor.model.ScalarType;
import io.missive.processor.model.Upcaster;
import io.missive.processor.model.ValueType;
import io.missive.processor.schema.FrozenVersion;
import java.util.List;
import java.util.Objects;
import javax.lang.model.element.Modifier;

/**
 * Writes the envelope's nested {@code JsonCodec}: the run-time codec's hooks for one payload shape,
 * which stream the payload with Jackson's {@code JsonParser} and {@code JsonGenerator}, names
 * pre-encoded, one read and one write method per record type. The envelope's attributes are read and
 * written by the run-time codec itself; what is generated is only what depends on the payload.
 *
 * <p>Everything it names comes from the {@link CodecPlan}, computed before the first line.
 */
final class JsonCodecWriter {

  static final String CODEC_CLASS = "JsonCodec";

  private final MessageType model;
  private final ClassName envelope;
  private final ClassName codec;
  private final CodecPlan plan;
  private final ValueCodecs values;

  JsonCodecWriter(MessageType model, CodecPlan plan) {
    this.model = model;
    this.envelope = model.envelope();
    this.codec = envelope.nestedClass(CODEC_CLASS);
    this.plan = plan;
    this.values = new ValueCodecs(codec, plan);
  }

  /** The nested codec class. */
  TypeSpec codecType() {
    TypeSpec.Builder type =
        TypeSpec.classBuilder(codec)
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .superclass(ParameterizedTypeName.get(RuntimeNames.CLOUD_EVENT_CODEC, envelope));
    plan.constants()
        .forEach(
            (name, constant) ->
                type.addField(
                    FieldSpec.builder(
                            Names.SERIALIZED_STRING, constant, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .initializer("$Znew $T($S)", Names.SERIALIZED_STRING, name)
                        .build()));
    CodeBlock.Builder arguments =
        CodeBlock.builder()
            .add("$T.class,$W$T.TYPE,$W$T.SOURCE,$W$T.VERSION,$W$L", envelope, envelope, envelope, envelope,
                model.oldestVersion());
    if (model.typedFrom() < model.version()) {
      arguments.add(",$W$L", model.typedFrom());
    }
    type.addMethod(MethodSpec.constructorBuilder().addStatement("super($L)", arguments.build()).build());
    type.addMethod(writeData());
    type.addMethod(readData());
    type.addMethod(create());
    if (model.upcasters().stream().anyMatch(upcaster -> !upcaster.typed())) {
      type.addMethod(upcast());
    }
    if (!plan.frozenRead().isEmpty()) {
      type.addMethod(readFrozen());
      type.addMethod(upcastTyped());
      type.addMethod(payload());
      for (FrozenVersion frozen : plan.frozenRead()) {
        type.addMethod(
            MethodSpec.methodBuilder("readVersion" + frozen.version())
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .addParameter(Names.JSON_PARSER, "p")
                .addException(Names.IO_EXCEPTION)
                .returns(frozen.type())
                .addCode(readMembers(frozen.fields(), frozen.type(), "Version" + frozen.version(), true))
                .build());
      }
      for (ValueType record : plan.frozenRecords()) {
        type.addMethod(readRecord(record));
      }
    }
    for (ValueType record : plan.records()) {
      type.addMethod(writeRecord(record));
      type.addMethod(readRecord(record));
    }
    for (ValueType valueObject : plan.valueObjects()) {
      type.addMethod(writeValueObject(valueObject));
      type.addMethod(readValueObject(valueObject));
    }
    for (ValueType polymorphic : plan.polymorphics()) {
      type.addMethod(writePolymorphic(polymorphic));
      type.addMethod(readPolymorphic(polymorphic));
    }
    for (ValueType variant : plan.variantRecords()) {
      type.addMethod(
          MethodSpec.methodBuilder("write" + plan.suffix(variant) + "Members")
              .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
              .addParameter(Names.JSON_GENERATOR, "g")
              .addParameter(variant.typeName(), "value")
              .addException(Names.IO_EXCEPTION)
              .addCode(memberWrites(variant.components(), "value"))
              .build());
      type.addMethod(
          MethodSpec.methodBuilder("read" + plan.suffix(variant) + "Members")
              .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
              .addParameter(Names.JSON_PARSER, "p")
              .addException(Names.IO_EXCEPTION)
              .returns(variant.typeName())
              .addCode(readMembers(variant.components(), variant.typeName(), plan.suffix(variant), false))
              .build());
    }
    for (ValueType renamed : plan.enums()) {
      type.addMethod(writeEnum(renamed));
      type.addMethod(readEnum(renamed));
    }
    // JavaPoet puts fields before methods.
    plan.memberTables().forEach(
        (names, constant) ->
            type.addField(
                FieldSpec.builder(
                        RuntimeNames.MEMBER_NAMES, constant, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                    .initializer(
                        "$T.of($L)",
                        RuntimeNames.MEMBER_NAMES,
                        CodeBlock.join(names.stream().map(name -> CodeBlock.of("$N", plan.constantOf(name))).toList(), ",$W"))
                    .build()));
    return type.build();
  }

  private MethodSpec writeData() {
    MethodSpec.Builder method =
        MethodSpec.methodBuilder("writeData")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PROTECTED)
            .addParameter(envelope, "message")
            .addParameter(Names.JSON_GENERATOR, "g")
            .addException(Names.IO_EXCEPTION)
            .addStatement("$T data = ($T) message.data()", model.payloadRecord(), model.payloadRecord());
    return method.addCode(writeMembers(model.fields(), "data")).build();
  }

  private MethodSpec readData() {
    return MethodSpec.methodBuilder("readData")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PROTECTED)
        .addParameter(Names.JSON_PARSER, "p")
        .addException(Names.IO_EXCEPTION)
        .returns(model.payloadRecord())
        .addCode(readMembers(model.fields(), model.payloadRecord(), "Data", true))
        .build();
  }

  private MethodSpec create() {
    return MethodSpec.methodBuilder("create")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PROTECTED)
        .addParameter(Names.STRING, "id")
        .addParameter(Names.STRING, "source")
        .addParameter(Names.INSTANT, "time")
        .addParameter(Names.STRING, "correlationId")
        .addParameter(Names.STRING, "causationId")
        .addParameter(Object.class, "data")
        .returns(envelope)
        .addStatement(
            "return new $T(id, source, time, correlationId, causationId,$W($T) data)",
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
            .addParameter(RuntimeNames.JSON_OBJECT, "data")
            .returns(RuntimeNames.JSON_OBJECT)
            .addCode("return switch (fromVersion) {\n$>");
    for (Upcaster upcaster : model.upcasters()) {
      if (upcaster.typed()) {
        continue;
      }
      if (upcaster.returnsData()) {
        method.addStatement("case $L -> $T.$N(data)", upcaster.from(), model.payloadInterface(), upcaster.method());
      } else {
        method
            .beginControlFlow("case $L ->", upcaster.from())
            .addStatement("$T.$N(data)", model.payloadInterface(), upcaster.method())
            .addStatement("yield data")
            .endControlFlow();
      }
    }
    return method
        .addStatement("default -> super.upcast(fromVersion, data)")
        .addCode("$<};\n")
        .build();
  }

  /** Reads a version the typed upcasters take straight into its frozen record, without a tree. */
  private MethodSpec readFrozen() {
    MethodSpec.Builder method =
        MethodSpec.methodBuilder("readFrozen")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PROTECTED)
            .addParameter(TypeName.INT, "version")
            .addParameter(Names.JSON_PARSER, "p")
            .addException(Names.IO_EXCEPTION)
            .returns(Object.class)
            .addCode("return switch (version) {\n$>");
    for (FrozenVersion frozen : plan.frozenRead()) {
      method.addStatement("case $L -> $N(p)", frozen.version(), "readVersion" + frozen.version());
    }
    return method.addStatement("default -> super.readFrozen(version, p)").addCode("$<};\n").build();
  }

  /** One typed step: the frozen record of {@code fromVersion} to the next one, or to the payload. */
  private MethodSpec upcastTyped() {
    MethodSpec.Builder method =
        MethodSpec.methodBuilder("upcastTyped")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PROTECTED)
            .addParameter(TypeName.INT, "fromVersion")
            .addParameter(Object.class, "data")
            .returns(Object.class)
            .addCode("return switch (fromVersion) {\n$>");
    for (Upcaster upcaster : model.upcasters()) {
      if (!upcaster.typed()) {
        continue;
      }
      CodeBlock call =
          CodeBlock.of(
              "$T.$N(($T) data)",
              model.payloadInterface(),
              upcaster.method(),
              FrozenVersion.name(envelope, upcaster.from()));
      if (upcaster.returnsPayload()) {
        call = CodeBlock.of("payload($L)", call);
      }
      method.addStatement("case $L -> $L", upcaster.from(), call);
    }
    return method.addStatement("default -> super.upcastTyped(fromVersion, data)").addCode("$<};\n").build();
  }

  /**
   * The payload record of what the last typed step returned: itself, or a copy of another
   * implementation of the interface; {@code null} stays {@code null}, for the codec to report.
   */
  private MethodSpec payload() {
    CodeBlock.Builder arguments = CodeBlock.builder();
    for (int i = 0; i < model.fields().size(); i++) {
      arguments.add(i == 0 ? "" : ",$W").add("value.$N()", model.fields().get(i).name());
    }
    return MethodSpec.methodBuilder("payload")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .addParameter(model.payloadInterface(), "value")
        .returns(model.payloadRecord())
        .beginControlFlow("if (value == null || value instanceof $T)", model.payloadRecord())
        .addStatement("return ($T) value", model.payloadRecord())
        .endControlFlow()
        .addStatement("return new $T($L)", model.payloadRecord(), arguments.build())
        .build();
  }

  private MethodSpec writeRecord(ValueType record) {
    return MethodSpec.methodBuilder("write" + plan.suffix(record))
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .addParameter(Names.JSON_GENERATOR, "g")
        .addParameter(record.typeName(), "value")
        .addException(Names.IO_EXCEPTION)
        .addCode(writeMembers(record.components(), "value"))
        .build();
  }

  private MethodSpec readRecord(ValueType record) {
    return MethodSpec.methodBuilder("read" + plan.suffix(record))
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .addParameter(Names.JSON_PARSER, "p")
        .addException(Names.IO_EXCEPTION)
        .returns(record.typeName())
        .addCode(readMembers(record.components(), record.typeName(), plan.suffix(record), true))
        .build();
  }

  /** A value object as its one value, which its {@code @JsonValue} method returns. */
  private MethodSpec writeValueObject(ValueType type) {
    CodeBlock value = CodeBlock.of("value.$N()", type.valueObject().value().name());
    return MethodSpec.methodBuilder("write" + plan.suffix(type))
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .addParameter(Names.JSON_GENERATOR, "g")
        .addParameter(type.typeName(), "value")
        .addException(Names.IO_EXCEPTION)
        .addStatement(values.write(type.arguments().get(0), false, value, "g", 1))
        .build();
  }

  /**
   * A value object from its one value, through its {@code @JsonCreator}; whatever the creator throws
   * is the cause of the read's error. An enum without a creator is the constant whose value it is.
   */
  private MethodSpec readValueObject(ValueType type) {
    ValueType read = type.arguments().get(1);
    MethodSpec.Builder method =
        MethodSpec.methodBuilder("read" + plan.suffix(type))
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
            .addParameter(Names.JSON_PARSER, "p")
            .addException(Names.IO_EXCEPTION)
            .returns(type.typeName())
            .addStatement("$T value = $L", read.typeName(), values.read(read, false, "p", plan.locals(), 1));
    ValueObject object = type.valueObject();
    TypeName raw = CodecPlan.raw(type.typeName());
    if (object.creator() == null) {
      method
          .beginControlFlow("for ($T constant : $T.values())", type.typeName(), raw)
          .beginControlFlow(
              "if ($L)",
              read.isPrimitive()
                  ? CodeBlock.of("constant.$N() == value", object.value().name())
                  : CodeBlock.of("$T.equals(constant.$N(), value)", Objects.class, object.value().name()))
          .addStatement("return constant")
          .endControlFlow()
          .endControlFlow();
      if (type.defaultConstant() != null) {
        return method.addStatement("return $T.$N", raw, type.defaultConstant()).build();
      }
      return method
          .addStatement(
              "throw $T.unknownConstant(p,$W$T.values(),$W$T::$N)",
              RuntimeNames.JSON_READ, raw, raw, object.value().name())
          .build();
    }
    ValueObject.Member creator = object.creator();
    CodeBlock call =
        creator.kind() == ValueObject.Kind.CONSTRUCTOR
            ? CodeBlock.of("new $T(value)", type.typeName())
            : CodeBlock.of("$T.$N(value)", raw, creator.name());
    return method
        .beginControlFlow("try")
        .addStatement("return $L", call)
        .nextControlFlow("catch ($T e)", Exception.class)
        .addStatement("throw $T.rejected(p, $S, e)", RuntimeNames.JSON_READ, creator.callText(object.simpleName()))
        .endControlFlow()
        .build();
  }

  /**
   * A variant of a polymorphic type as its record's object, the discriminator first, as Jackson
   * writes it.
   */
  private MethodSpec writePolymorphic(ValueType type) {
    MethodSpec.Builder method =
        MethodSpec.methodBuilder("write" + plan.suffix(type))
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
            .addParameter(Names.JSON_GENERATOR, "g")
            .addParameter(type.typeName(), "value")
            .addException(Names.IO_EXCEPTION);
    List<ValueType> variants = type.variants().types();
    for (int i = 0; i < variants.size(); i++) {
      ValueType variant = variants.get(i);
      CodeBlock test = CodeBlock.of("value instanceof $T variant", variant.typeName());
      if (i == 0) {
        method.beginControlFlow("if ($L)", test);
      } else {
        method.nextControlFlow("else if ($L)", test);
      }
      method
          .addStatement("g.writeStartObject()")
          .addStatement("g.writeFieldName($N)", plan.constantOf(type.variants().property()))
          .addStatement("g.writeString($S)", type.variants().names().get(i))
          .addStatement("$N(g, variant)", "write" + plan.suffix(variant) + "Members")
          .addStatement("g.writeEndObject()");
    }
    return method
        .nextControlFlow("else")
        .addStatement(
            "throw new $T($S + value.getClass().getName())",
            IllegalArgumentException.class,
            "not one of the variants of " + type.variants().simpleName() + " that the codec knows: ")
        .endControlFlow()
        .build();
  }

  /** A variant of a polymorphic type, by the discriminator's value: only the closed set is read. */
  private MethodSpec readPolymorphic(ValueType type) {
    CodeBlock.Builder cases = CodeBlock.builder();
    List<ValueType> variants = type.variants().types();
    for (int i = 0; i < variants.size(); i++) {
      cases.add(
          "case $S -> $N(variant);\n",
          type.variants().names().get(i),
          "read" + plan.suffix(variants.get(i)) + "Members");
    }
    cases.add(
        "default -> throw $T.unknownConstant(variant, $S);\n",
        RuntimeNames.JSON_READ,
        type.variants().names().toString());
    return MethodSpec.methodBuilder("read" + plan.suffix(type))
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .addParameter(Names.JSON_PARSER, "p")
        .addException(Names.IO_EXCEPTION)
        .returns(type.typeName())
        .addComment("On the discriminator's value; the variant's other members follow it")
        .addStatement(
            "$T variant = $T.variant(p, $N)",
            Names.JSON_PARSER,
            RuntimeNames.JSON_READ,
            plan.constantOf(type.variants().property()))
        .addCode("return switch ($T.string(variant)) {\n$>$L$<};\n", RuntimeNames.JSON_READ, cases.build())
        .build();
  }

  /** An enum as the string of its constant: {@code @JsonProperty} on the constant, else its name. */
  private MethodSpec writeEnum(ValueType type) {
    CodeBlock.Builder cases = CodeBlock.builder();
    for (int i = 0; i < type.constants().size(); i++) {
      cases.add("case $N -> $S;\n", type.constants().get(i), type.wireNames().get(i));
    }
    return MethodSpec.methodBuilder("write" + plan.suffix(type))
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .addParameter(Names.JSON_GENERATOR, "g")
        .addParameter(type.typeName(), "value")
        .addException(Names.IO_EXCEPTION)
        .addCode("g.writeString(switch (value) {\n$>$L$<});\n", cases.build())
        .build();
  }

  /**
   * An enum by the string of its constant, or one of the constant's {@code @JsonAlias} names; an
   * unknown one is the default constant, if there is one.
   */
  private MethodSpec readEnum(ValueType type) {
    TypeName raw = CodecPlan.raw(type.typeName());
    CodeBlock.Builder cases = CodeBlock.builder();
    for (int i = 0; i < type.constants().size(); i++) {
      for (String name : type.readNames(i)) {
        cases.add("case $S -> $T.$N;\n", name, raw, type.constants().get(i));
      }
    }
    if (type.defaultConstant() != null) {
      cases.add("default -> $T.$N;\n", raw, type.defaultConstant());
    } else {
      cases.add(
          "default -> throw $T.unknownConstant(p, $S);\n",
          RuntimeNames.JSON_READ,
          type.wireNames().toString());
    }
    return MethodSpec.methodBuilder("read" + plan.suffix(type))
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .addParameter(Names.JSON_PARSER, "p")
        .addException(Names.IO_EXCEPTION)
        .returns(type.typeName())
        .addCode("return switch ($T.string(p)) {\n$>$L$<};\n", RuntimeNames.JSON_READ, cases.build())
        .build();
  }

  /** Writes {@code fields} of {@code owner} (a local) as one object, leaving out what {@code @JsonInclude} says. */
  private CodeBlock writeMembers(List<Field> fields, String owner) {
    return CodeBlock.builder()
        .addStatement("g.writeStartObject()")
        .add(memberWrites(fields, owner))
        .addStatement("g.writeEndObject()")
        .build();
  }

  /** Writes {@code fields} of {@code owner} as members of the object being written. */
  private CodeBlock memberWrites(List<Field> fields, String owner) {
    CodeBlock.Builder code = CodeBlock.builder();
    for (Field field : fields) {
      CodeBlock value = CodeBlock.of("$N.$N()", owner, field.name());
      CodeBlock written = writtenWhen(field, value);
      if (written != null) {
        code.beginControlFlow("if ($L)", written);
      }
      code.addStatement("g.writeFieldName($N)", plan.constant(field));
      // A condition on a nullable field has checked for null already.
      code.addStatement(values.write(field.type(), field.nullable() && written == null, value, "g", 1));
      if (written != null) {
        code.endControlFlow();
      }
    }
    return code.build();
  }

  /**
   * The condition under which {@code field} is written, as Jackson's {@code @JsonInclude} decides it,
   * or {@code null} when it is always written.
   */
  private static CodeBlock writtenWhen(Field field, CodeBlock value) {
    ValueType type = field.type();
    JsonMember.Include include = field.json().include();
    if (include == JsonMember.Include.ALWAYS || type.isPrimitive()) {
      return null;
    }
    List<CodeBlock> conditions = new java.util.ArrayList<>();
    if (field.nullable()) {
      conditions.add(CodeBlock.of("$L != null", value));
    }
    if (include != JsonMember.Include.NON_NULL && type.isOptional()) {
      conditions.add(CodeBlock.of("$L.isPresent()", value));
    }
    if (include == JsonMember.Include.NON_EMPTY && emptiable(type)) {
      conditions.add(CodeBlock.of("!$L.isEmpty()", value));
    }
    if (include == JsonMember.Include.NON_EMPTY
        && type.shape() == ValueType.Shape.VALUE_OBJECT
        && emptiable(type.arguments().get(0))) {
      // Jackson asks a value object's value whether it is empty (the rules allow this on nullables only).
      conditions.add(CodeBlock.of("!$L.$N().isEmpty()", value, type.valueObject().value().name()));
    }
    return conditions.isEmpty() ? null : CodeBlock.join(conditions, " && ");
  }

  /** Whether Jackson's {@code NON_EMPTY} leaves an empty value of {@code type} out: a string or a collection. */
  static boolean emptiable(ValueType type) {
    return type.isCollection() || type.scalar() == ScalarType.STRING;
  }

  /** What an absent member of {@code NON_EMPTY} {@code field} reads as: the empty value left out. */
  private static CodeBlock emptyValue(Field field) {
    ValueType type = field.type();
    if (field.json().include() != JsonMember.Include.NON_EMPTY || field.nullable() || !emptiable(type)) {
      return null;
    }
    if (type.scalar() == ScalarType.STRING) {
      return CodeBlock.of("\"\"");
    }
    return CodeBlock.of("$T.of()", CodecPlan.raw(type.typeName()));
  }

  /**
   * Reads {@code fields} from the object at the parser's current token and returns a new
   * {@code result} made of them.
   *
   * @param reader what the reader reads, such as {@code Data} or {@code LineItem}, which names the
   *     table of its member names
   * @param atStart whether the parser is on the object's start; otherwise on a member's value (a
   *     variant's discriminator), with the object's other members after it
   */
  private CodeBlock readMembers(List<Field> fields, TypeName result, String reader, boolean atStart) {
    // Each name has its position in the reader's table (CodecPlan.readNames), and the switch is on
    // that number. Members usually come in the order written: the parser matches the expected name's
    // bytes before it looks a name up.
    List<String> names = CodecPlan.readNames(fields);
    String table = plan.memberTable(fields);
    CodecPlan.Locals locals = plan.locals(fields, table);
    CodeBlock.Builder code = CodeBlock.builder();
    if (atStart) {
      code.addStatement("$T.startObject(p)", RuntimeNames.JSON_READ);
    }
    for (Field field : fields) {
      ValueType type = field.type();
      String local = locals.values().get(field.name());
      if (type.isPrimitive()) {
        code.addStatement("$T $N = $L", type.typeName(), local, type.scalar() == ScalarType.BOOLEAN ? "false" : "0");
        code.addStatement("boolean $N = false", locals.flags().get(field.name()));
      } else if (type.isOptional()) {
        code.addStatement("$T $N = $T.empty()", type.typeName(), local, CodecPlan.raw(type.typeName()));
      } else if (emptyValue(field) != null) {
        code.addStatement("$T $N = $L", type.typeName(), local, emptyValue(field));
      } else {
        code.addStatement("$T $N = null", type.typeName(), local);
      }
    }
    code.addStatement("int next = $L", fields.isEmpty() ? -1 : 0);
    code.addStatement("int member");
    code.beginControlFlow("while ((member = $N.next(p, next)) != $T.END)", table, RuntimeNames.MEMBER_NAMES);
    code.addStatement("p.nextToken()");
    code.beginControlFlow("switch (member)");
    for (int i = 0; i < fields.size(); i++) {
      Field field = fields.get(i);
      CodeBlock value = values.read(field.type(), field.nullable(), "p", locals, 1);
      String flag = locals.flags().get(field.name());
      String labels =
          String.join(", ", field.json().readNames().stream().map(name -> String.valueOf(names.indexOf(name))).toList());
      CodeBlock readNames =
          CodeBlock.join(field.json().readNames().stream().map(name -> CodeBlock.of("$S", name)).toList(), ", ");
      code.add("case $L -> { // $L\n$>", labels, readNames)
          .addStatement("$N = $L", locals.values().get(field.name()), value);
      if (flag != null) {
        code.addStatement("$N = true", flag);
      }
      code.addStatement("next = $L", i + 1 < fields.size() ? i + 1 : -1);
      code.add("$<}\n");
    }
    code.addStatement("default -> p.skipChildren()");
    code.endControlFlow();
    code.endControlFlow();
    for (Field field : fields) {
      String flag = locals.flags().get(field.name());
      if (flag != null) {
        code.beginControlFlow("if (!$N)", flag);
      } else if (field.required() && emptyValue(field) == null) {
        code.beginControlFlow("if ($N == null)", locals.values().get(field.name()));
      } else {
        continue;
      }
      code.addStatement("throw $T.missing($S)", RuntimeNames.JSON_READ, field.json().name()).endControlFlow();
    }
    CodeBlock.Builder arguments = CodeBlock.builder();
    for (int i = 0; i < fields.size(); i++) {
      arguments.add(i == 0 ? "" : ",$W").add("$N", locals.values().get(fields.get(i).name()));
    }
    return code.addStatement("return new $T($L)", result, arguments.build()).build();
  }
}
