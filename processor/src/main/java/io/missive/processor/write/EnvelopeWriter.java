package io.missive.processor.write;

import static io.missive.processor.write.RuntimeNames.ABSTRACT_BUILDER;
import static io.missive.processor.write.RuntimeNames.ABSTRACT_MESSAGE;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
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

  /** The envelope; the caller adds the originating element and builds it. */
  public TypeSpec.Builder write(MessageType model) {
    ClassName envelope = model.envelope();
    ClassName builder = envelope.nestedClass("Builder");
    ClassName contract = ClassName.bestGuess(model.kind().contractName());
    String kindWord = model.kind().envelopeSuffix().toLowerCase();

    TypeSpec.Builder type =
        TypeSpec.classBuilder(envelope)
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .superclass(ParameterizedTypeName.get(ABSTRACT_MESSAGE, model.payloadInterface()))
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
            .addMethod(
                // For the codec; others use builder().
                MethodSpec.constructorBuilder()
                    .addParameter(STRING, "id")
                    .addParameter(STRING, "source")
                    .addParameter(INSTANT, "timestamp")
                    .addParameter(STRING, "correlationId")
                    .addParameter(STRING, "causationId")
                    .addParameter(model.payloadRecord(), "data")
                    .addStatement("super(id, source, timestamp, correlationId, causationId, data)")
                    .build())
            .addMethod(
                MethodSpec.constructorBuilder()
                    .addModifiers(Modifier.PRIVATE)
                    .addParameter(CLOCK, "clock")
                    .addParameter(STRING, "id")
                    .addParameter(INSTANT, "timestamp")
                    .addParameter(STRING, "correlationId")
                    .addParameter(STRING, "causationId")
                    .addParameter(model.payloadRecord(), "data")
                    .addStatement("super(clock, id, timestamp, correlationId, causationId, SOURCE, data)")
                    .build())
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
                    .addStatement("return new $T(clock)", builder)
                    .build())
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

  /** Writes the nested {@code Builder}. */
  private static final class BuilderWriter {

    private final MessageType model;
    private final ClassName builder;

    BuilderWriter(MessageType model) {
      this.model = model;
      this.builder = model.envelope().nestedClass("Builder");
    }

    TypeSpec write() {
      TypeSpec.Builder type =
          TypeSpec.classBuilder(builder)
              .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
              .superclass(ParameterizedTypeName.get(ABSTRACT_BUILDER, builder))
              .addJavadoc(
                  "Builds {@link $T}: set every payload field, then call {@link #build()}.\n",
                  model.envelope());
      for (Field field : model.fields()) {
        type.addField(builderField(field));
      }
      type.addMethod(
          MethodSpec.constructorBuilder()
              .addModifiers(Modifier.PRIVATE)
              .addParameter(CLOCK, "clock")
              .addStatement("super(clock)")
              .build());
      for (Field field : model.fields()) {
        type.addMethods(setters(field));
      }
      type.addMethod(dataSetter());
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
        CodeBlock namesAndValues =
            required.stream()
                .map(field -> CodeBlock.of("$S, this.$N", field.name(), field.name()))
                .collect(CodeBlock.joining(",$W"));
        missingFields =
            MethodSpec.methodBuilder("missingFields")
                .addModifiers(Modifier.PRIVATE)
                .returns(IllegalStateException.class)
                .addStatement(
                    "return $T.missingFields($S,$W$L)",
                    ABSTRACT_BUILDER,
                    model.envelope().simpleName() + " (type " + model.type() + ")",
                    namesAndValues)
                .build();
      }
      CodeBlock.Builder arguments = CodeBlock.builder();
      for (int i = 0; i < model.fields().size(); i++) {
        arguments.add(i == 0 ? "" : ",$W").add("this.$N", model.fields().get(i).name());
      }
      // The builder's fields rather than the builder, which then need not be allocated at all.
      method.addStatement(
          "return new $T(super.clock,$Wsuper.id,$Wsuper.timestamp,$Wsuper.correlationId,"
              + "$Wsuper.causationId,$Wnew $T($L))",
          model.envelope(),
          model.payloadRecord(),
          arguments.build());
      return missingFields == null
          ? List.of(method.build())
          : List.of(method.build(), missingFields);
    }
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
