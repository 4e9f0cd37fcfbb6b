package io.missive.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import io.missive.processor.model.Field;
import io.missive.processor.model.MessageType;
import io.missive.processor.model.ValueType;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes the envelope, such as {@code OrderPlacedEvent}: the metadata of one message plus its payload,
 * immutable and equal by value, with a builder that names every missing field.
 */
public final class EnvelopeWriter {

  private final boolean jacksonDatabind;

  /** A writer of envelopes without Jackson databind adapters. */
  public EnvelopeWriter() {
    this(false);
  }

  /**
   * @param jacksonDatabind whether the envelopes get the adapters that let a Jackson
   *     {@code ObjectMapper} read and write them (databind is on the class path)
   */
  public EnvelopeWriter(boolean jacksonDatabind) {
    this.jacksonDatabind = jacksonDatabind;
  }

  private static final ClassName STRING = ClassName.get(String.class);
  private static final ClassName INSTANT = ClassName.get("java.time", "Instant");
  private static final ClassName CLOCK = ClassName.get("java.time", "Clock");
  private static final ClassName OBJECTS = ClassName.get("java.util", "Objects");
  private static final ClassName MESSAGE = ClassName.get("io.missive", "Message");
  private static final ClassName MESSAGE_IDS = ClassName.get("io.missive", "MessageIds");

  /** The envelope; the caller adds the originating element and builds it. */
  public TypeSpec.Builder write(MessageType model) {
    ClassName envelope = model.envelope();
    ClassName builder = envelope.nestedClass("Builder");
    ClassName contract = ClassName.bestGuess(model.kind().contractName());
    String kindWord = model.kind().envelopeSuffix().toLowerCase();

    TypeSpec.Builder type =
        TypeSpec.classBuilder(envelope)
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addSuperinterface(ParameterizedTypeName.get(contract, model.payloadInterface()))
            .addJavadoc(
                "The {@code $L} $L envelope, generated from {@link $T}.\n",
                model.type(),
                kindWord,
                model.payloadInterface())
            .addField(constant(STRING, "TYPE", CodeBlock.of("$S", model.type()), "The message type."))
            .addField(
                constant(
                    STRING,
                    "SOURCE",
                    CodeBlock.of("$S", model.source()),
                    "The source of the messages built here; one read from JSON keeps the source it"
                        + " came with."))
            .addField(
                constant(
                    TypeName.INT,
                    "VERSION",
                    CodeBlock.of("$L", model.version()),
                    "The current schema version of the payload."))
            .addField(STRING, "id", Modifier.PRIVATE, Modifier.FINAL)
            .addField(STRING, "source", Modifier.PRIVATE, Modifier.FINAL)
            .addField(INSTANT, "timestamp", Modifier.PRIVATE, Modifier.FINAL)
            .addField(STRING, "correlationId", Modifier.PRIVATE, Modifier.FINAL)
            .addField(STRING, "causationId", Modifier.PRIVATE, Modifier.FINAL)
            .addField(model.payloadRecord(), "data", Modifier.PRIVATE, Modifier.FINAL)
            .addMethod(constructor(model))
            .addMethod(
                MethodSpec.methodBuilder("builder")
                    .addJavadoc(
                        "A builder that takes the time from the system UTC clock, to the"
                            + " millisecond\n(as the id does).\n")
                    .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                    .returns(builder)
                    .addStatement("return new $T($T.systemUTC())", builder, CLOCK)
                    .build())
            .addMethod(
                MethodSpec.methodBuilder("builder")
                    .addJavadoc("A builder that takes the time from {@code clock} (a fixed clock in tests).\n")
                    .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                    .addParameter(CLOCK, "clock")
                    .returns(builder)
                    .addStatement("return new $T($T.requireNonNull(clock, $S))", builder, OBJECTS, "clock")
                    .build())
            .addMethod(getter("id", STRING, "id"))
            .addMethod(getter("type", STRING, "TYPE"))
            .addMethod(getter("source", STRING, "source"))
            .addMethod(getter("timestamp", INSTANT, "timestamp"))
            .addMethod(getter("version", TypeName.INT, "VERSION"))
            .addMethod(getter("correlationId", STRING, "correlationId"))
            .addMethod(getter("causationId", STRING, "causationId"))
            .addMethod(getter("data", model.payloadInterface(), "data"))
            .addMethod(equalsMethod(envelope))
            .addMethod(hashCodeMethod())
            .addMethod(toStringMethod(envelope))
            .addType(new BuilderWriter(model).write());
    new JsonCodecWriter(model, jacksonDatabind).addTo(type);
    return Generation.decorate(type, model.hints());
  }

  private static FieldSpec constant(TypeName type, String name, CodeBlock value, String doc) {
    return FieldSpec.builder(type, name, Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .initializer(value)
        .addJavadoc("$L\n", doc)
        .build();
  }

  private static MethodSpec constructor(MessageType model) {
    return MethodSpec.constructorBuilder()
        .addJavadoc("For generated code in this package; others use {@link #builder()}.\n")
        .addParameter(STRING, "id")
        .addParameter(STRING, "source")
        .addParameter(INSTANT, "timestamp")
        .addParameter(STRING, "correlationId")
        .addParameter(STRING, "causationId")
        .addParameter(model.payloadRecord(), "data")
        .addStatement("this.id = $T.requireNonNull(id, $S)", OBJECTS, "id")
        .addStatement("this.source = $T.requireNonNull(source, $S)", OBJECTS, "source")
        .addStatement("this.timestamp = $T.requireNonNull(timestamp, $S)", OBJECTS, "timestamp")
        .addStatement(
            "this.correlationId = $T.requireNonNull(correlationId, $S)", OBJECTS, "correlationId")
        .addStatement("this.causationId = causationId")
        .addStatement("this.data = $T.requireNonNull(data, $S)", OBJECTS, "data")
        .build();
  }

  private static MethodSpec getter(String name, TypeName type, String field) {
    return MethodSpec.methodBuilder(name)
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(type)
        .addStatement("return $N", field)
        .build();
  }

  private static MethodSpec equalsMethod(ClassName envelope) {
    return MethodSpec.methodBuilder("equals")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(TypeName.BOOLEAN)
        .addParameter(Object.class, "other")
        .beginControlFlow("if (this == other)")
        .addStatement("return true")
        .endControlFlow()
        .beginControlFlow("if (!(other instanceof $T that))", envelope)
        .addStatement("return false")
        .endControlFlow()
        .addStatement(
            "return id.equals(that.id)\n"
                + "$>&& source.equals(that.source)\n"
                + "&& timestamp.equals(that.timestamp)\n"
                + "&& correlationId.equals(that.correlationId)\n"
                + "&& $T.equals(causationId, that.causationId)\n"
                + "&& data.equals(that.data)$<",
            OBJECTS)
        .build();
  }

  private static MethodSpec hashCodeMethod() {
    return MethodSpec.methodBuilder("hashCode")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(TypeName.INT)
        .addStatement(
            "return $T.hash(id, source, timestamp, correlationId, causationId, data)", OBJECTS)
        .build();
  }

  private static MethodSpec toStringMethod(ClassName envelope) {
    return MethodSpec.methodBuilder("toString")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(STRING)
        .addStatement(
            "return $S + id\n"
                + "$>+ \", type=\" + TYPE\n"
                + "+ \", source=\" + source\n"
                + "+ \", timestamp=\" + timestamp\n"
                + "+ \", version=\" + VERSION\n"
                + "+ \", correlationId=\" + correlationId\n"
                + "+ \", causationId=\" + causationId\n"
                + "+ \", data=\" + data\n"
                + "+ '}'$<",
            envelope.simpleName() + "{id=")
        .build();
  }

  /** Writes the nested {@code Builder}. */
  private static final class BuilderWriter {

    private final MessageType model;
    private final ClassName builder;
    private final String clockField;

    BuilderWriter(MessageType model) {
      this.model = model;
      this.builder = model.envelope().nestedClass("Builder");
      String name = "clock";
      while (isFieldName(model, name)) {
        name += "$";
      }
      this.clockField = name;
    }

    TypeSpec write() {
      TypeSpec.Builder type =
          TypeSpec.classBuilder(builder)
              .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
              .addJavadoc(
                  "Builds {@link $T}: set every payload field, then call {@link #build()}.\n",
                  model.envelope())
              .addField(CLOCK, clockField, Modifier.PRIVATE, Modifier.FINAL)
              .addField(STRING, "id", Modifier.PRIVATE)
              .addField(INSTANT, "timestamp", Modifier.PRIVATE)
              .addField(STRING, "correlationId", Modifier.PRIVATE)
              .addField(STRING, "causationId", Modifier.PRIVATE);
      for (Field field : model.fields()) {
        type.addField(builderField(field));
      }
      type.addMethod(
          MethodSpec.constructorBuilder()
              .addModifiers(Modifier.PRIVATE)
              .addParameter(CLOCK, "clock")
              .addStatement("this.$N = clock", clockField)
              .build());
      for (Field field : model.fields()) {
        type.addMethods(setters(field));
      }
      type.addMethod(dataSetter());
      type.addMethods(metadataSetters());
      type.addMethods(build());
      return type.build();
    }

    private FieldSpec builderField(Field field) {
      ValueType value = field.type();
      TypeName type = value.shape().isPrimitive() ? value.typeName().box() : value.typeName();
      FieldSpec.Builder spec = FieldSpec.builder(type, field.name(), Modifier.PRIVATE);
      if (value.shape().isOptional()) {
        spec.initializer("$T.empty()", rawType(value.typeName()));
      }
      return spec.build();
    }

    private List<MethodSpec> setters(Field field) {
      ValueType value = field.type();
      MethodSpec.Builder setter =
          MethodSpec.methodBuilder(field.name())
              .addJavadoc(
                  "Sets {@link $T#$N()}$L.\n",
                  model.payloadInterface(),
                  field.name(),
                  field.nullable() ? " (may be {@code null})" : "")
              .addModifiers(Modifier.PUBLIC)
              .addParameter(value.typeName(), field.name())
              .returns(builder);
      if (value.shape().isPrimitive() || field.nullable()) {
        setter.addStatement("this.$1N = $1N", field.name());
      } else {
        setter.addStatement(
            "this.$1N = $2T.requireNonNull($1N, $3S)", field.name(), OBJECTS, field.name());
      }
      setter.addStatement("return this");
      if (!value.shape().isOptional()) {
        return List.of(setter.build());
      }
      // Optional fields also take the bare value, as Immutables' builders do.
      TypeName bare = optionalElement(value);
      MethodSpec of =
          MethodSpec.methodBuilder(field.name())
              .addJavadoc(
                  "Sets {@link $T#$N()} to a present value.\n", model.payloadInterface(), field.name())
              .addModifiers(Modifier.PUBLIC)
              .addParameter(bare, field.name())
              .returns(builder)
              .addCode(
                  value.shape() == ValueType.Shape.OPTIONAL
                      ? CodeBlock.of(
                          "this.$1N = $2T.of($3T.requireNonNull($1N, $4S));\n",
                          field.name(),
                          rawType(value.typeName()),
                          OBJECTS,
                          field.name())
                      : CodeBlock.of("this.$1N = $2T.of($1N);\n", field.name(), rawType(value.typeName())))
              .addStatement("return this")
              .build();
      return List.of(setter.build(), of);
    }

    private MethodSpec dataSetter() {
      MethodSpec.Builder method =
          MethodSpec.methodBuilder("data")
              .addJavadoc(
                  "Sets every payload field from {@code data}, any implementation of {@link $T}.\n",
                  model.payloadInterface())
              .addModifiers(Modifier.PUBLIC)
              .addParameter(model.payloadInterface(), "data")
              .returns(builder)
              .addStatement("$T.requireNonNull(data, $S)", OBJECTS, "data");
      for (Field field : model.fields()) {
        method.addStatement("this.$1N = data.$1N()", field.name());
      }
      return method.addStatement("return this").build();
    }

    private List<MethodSpec> metadataSetters() {
      MethodSpec id =
          MethodSpec.methodBuilder("id")
              .addJavadoc("Sets the id; by default a new UUIDv7 from {@link $T#next()}.\n", MESSAGE_IDS)
              .addModifiers(Modifier.PUBLIC)
              .addParameter(STRING, "id")
              .returns(builder)
              .beginControlFlow("if ($T.requireNonNull(id, $S).isEmpty())", OBJECTS, "id")
              .addStatement("throw new $T($S)", IllegalArgumentException.class, "id must not be empty")
              .endControlFlow()
              .addStatement("this.id = id")
              .addStatement("return this")
              .build();
      MethodSpec timestamp =
          MethodSpec.methodBuilder("timestamp")
              .addJavadoc("Sets the timestamp; by default the clock's time when {@link #build()} runs.\n")
              .addModifiers(Modifier.PUBLIC)
              .addParameter(INSTANT, "timestamp")
              .returns(builder)
              .addStatement("this.timestamp = $T.requireNonNull(timestamp, $S)", OBJECTS, "timestamp")
              .addStatement("return this")
              .build();
      MethodSpec correlationId =
          MethodSpec.methodBuilder("correlationId")
              .addJavadoc("Sets the correlation id; by default the message's own id.\n")
              .addModifiers(Modifier.PUBLIC)
              .addParameter(STRING, "correlationId")
              .returns(builder)
              .beginControlFlow(
                  "if ($T.requireNonNull(correlationId, $S).isEmpty())", OBJECTS, "correlationId")
              .addStatement(
                  "throw new $T($S)", IllegalArgumentException.class, "correlationId must not be empty")
              .endControlFlow()
              .addStatement("this.correlationId = correlationId")
              .addStatement("return this")
              .build();
      MethodSpec causationId =
          MethodSpec.methodBuilder("causationId")
              .addJavadoc("Sets the id of the message that caused this one; {@code null} for none.\n")
              .addModifiers(Modifier.PUBLIC)
              .addParameter(STRING, "causationId")
              .returns(builder)
              .addStatement("this.causationId = causationId")
              .addStatement("return this")
              .build();
      MethodSpec causedBy =
          MethodSpec.methodBuilder("causedBy")
              .addJavadoc(
                  "Continues the flow of {@code cause}: copies its correlation id and takes its id as"
                      + " the causation id.\n")
              .addModifiers(Modifier.PUBLIC)
              .addParameter(
                  ParameterizedTypeName.get(MESSAGE, WildcardTypeName.subtypeOf(Object.class)),
                  "cause")
              .returns(builder)
              .addStatement("$T.requireNonNull(cause, $S)", OBJECTS, "cause")
              .addStatement("this.correlationId = cause.correlationId()")
              .addStatement("this.causationId = cause.id()")
              .addStatement("return this")
              .build();
      return List.of(id, timestamp, correlationId, causationId, causedBy);
    }

    /**
     * {@code build()}, and the method that names the missing fields, apart so that {@code build()}
     * stays small enough for the JIT to inline, and the builder need not be allocated at all.
     */
    private List<MethodSpec> build() {
      MethodSpec.Builder method =
          MethodSpec.methodBuilder("build")
              .addJavadoc(
                  "Builds the $L.\n\n@throws IllegalStateException if a required field is not set;"
                      + " the message names every missing field\n",
                  model.kind().envelopeSuffix().toLowerCase())
              .addModifiers(Modifier.PUBLIC)
              .returns(model.envelope());
      List<Field> required = model.fields().stream().filter(Field::required).toList();
      MethodSpec missingFields = null;
      if (!required.isEmpty()) {
        CodeBlock anyMissing =
            required.stream()
                .map(field -> CodeBlock.of("this.$N == null", field.name()))
                .collect(CodeBlock.joining(" ||$W"));
        method
            .beginControlFlow("if ($L)", anyMissing)
            .addStatement("throw missingFields()")
            .endControlFlow();
        MethodSpec.Builder missing =
            MethodSpec.methodBuilder("missingFields")
                .addModifiers(Modifier.PRIVATE)
                .returns(IllegalStateException.class)
                .addStatement("$T missing = $S", STRING, "");
        for (Field field : required) {
          missing
              .beginControlFlow("if (this.$N == null)", field.name())
              .addStatement("missing += $S", ", " + field.name())
              .endControlFlow();
        }
        missingFields =
            missing
                .addStatement(
                    "return new $T($S + missing.substring(2))",
                    IllegalStateException.class,
                    "Cannot build " + model.envelope().simpleName() + " (type " + model.type()
                        + "): missing ")
                .build();
      }
      CodeBlock.Builder arguments = CodeBlock.builder();
      for (int i = 0; i < model.fields().size(); i++) {
        arguments.add(i == 0 ? "" : ",$W").add("this.$N", model.fields().get(i).name());
      }
      method
          .addStatement("$T time = this.timestamp", INSTANT)
          .addStatement("$T messageId = this.id", STRING)
          .beginControlFlow("if (time == null)")
          .addStatement("time = $T.now(this.$N)", MESSAGE_IDS, clockField)
          .beginControlFlow("if (messageId == null)")
          .addComment("One reading of the system clock serves both.")
          .addStatement("messageId = $T.next(this.$N, time)", MESSAGE_IDS, clockField)
          .endControlFlow()
          .endControlFlow()
          .beginControlFlow("if (messageId == null)")
          .addStatement("messageId = $T.next()", MESSAGE_IDS)
          .endControlFlow()
          .addStatement(
              "return new $T(\n$>messageId,\n"
                  + "$T.SOURCE,\n"
                  + "time,\n"
                  + "this.correlationId != null ? this.correlationId : messageId,\n"
                  + "this.causationId,\n"
                  + "new $T($L))$<",
              model.envelope(),
              model.envelope(),
              model.payloadRecord(),
              arguments.build());
      return missingFields == null
          ? List.of(method.build())
          : List.of(method.build(), missingFields);
    }
  }

  private static boolean isFieldName(MessageType model, String name) {
    return model.fields().stream().anyMatch(field -> field.name().equals(name));
  }

  private static TypeName rawType(TypeName type) {
    return type instanceof ParameterizedTypeName parameterized ? parameterized.rawType() : type;
  }

  private static TypeName optionalElement(ValueType value) {
    switch (value.shape()) {
      case OPTIONAL_INT:
        return TypeName.INT;
      case OPTIONAL_LONG:
        return TypeName.LONG;
      case OPTIONAL_DOUBLE:
        return TypeName.DOUBLE;
      default:
        return value.element().typeName();
    }
  }
}
