package io.missive.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.missive.processor.model.RuntimeNames;
import io.missive.processor.model.MessageType;
import javax.lang.model.element.Modifier;

/**
 * Writes the envelope, such as {@code OrderPlacedEvent}: the metadata of one message plus its payload,
 * immutable and equal by value. It assembles the file from its parts, each from its own writer: the
 * {@link BuilderWriter builder}, the {@link EnvelopeJsonWriter JSON members}, the
 * {@link JsonCodecWriter codec} (from the {@link CodecPlan} computed first) and, where databind is
 * visible (its {@link io.missive.processor.model.Hints hint}) and not turned off, the
 * {@link DatabindWriter adapters}.
 */
public final class EnvelopeWriter {

  /** The nested class that offers the envelope's codec to {@code ServiceLoader}. */
  static final String CODEC_PROVIDER = "CodecProvider";

  private final boolean jacksonDatabind;

  /** A writer of envelopes without Jackson databind adapters. */
  public EnvelopeWriter() {
    this(false);
  }

  /**
   * @param jacksonDatabind whether the envelopes get the adapters that let a Jackson
   *     {@code ObjectMapper} read and write them, where databind is visible
   */
  public EnvelopeWriter(boolean jacksonDatabind) {
    this.jacksonDatabind = jacksonDatabind;
  }

  /** The envelope; the caller adds the originating element and builds it. */
  public TypeSpec.Builder write(MessageType model, java.util.List<io.missive.processor.schema.FrozenVersion> frozen) {
    ClassName envelope = model.envelope();
    ClassName builder = envelope.nestedClass("Builder");
    String kindWord = model.kind().envelopeSuffix().toLowerCase();
    EnvelopeJsonWriter json = new EnvelopeJsonWriter(model);

    TypeSpec.Builder type =
        TypeSpec.classBuilder(envelope)
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .superclass(ParameterizedTypeName.get(model.kind().envelopeBase(), model.payloadInterface()))
            .addJavadoc(
                "The {@code $L} $L envelope, generated from {@link $T}.\n",
                model.type(),
                kindWord,
                model.payloadInterface())
            .addField(constant(Names.STRING, "TYPE", CodeBlock.of("$S", model.type()), "The message type."))
            .addField(
                constant(
                    Names.STRING,
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
            .addField(json.jsonConstant())
            .addMethod(
                // For the codec; others use builder().
                MethodSpec.constructorBuilder()
                    .addParameter(Names.STRING, "id")
                    .addParameter(Names.STRING, "source")
                    .addParameter(Names.INSTANT, "timestamp")
                    .addParameter(Names.STRING, "correlationId")
                    .addParameter(Names.STRING, "causationId")
                    .addParameter(model.payloadRecord(), "data")
                    .addStatement("super(id, source, timestamp, correlationId, causationId, data)")
                    .build())
            .addMethod(
                MethodSpec.constructorBuilder()
                    .addModifiers(Modifier.PRIVATE)
                    .addParameter(Names.CLOCK, "clock")
                    .addParameter(Names.STRING, "id")
                    .addParameter(Names.STRING, "source")
                    .addParameter(Names.INSTANT, "timestamp")
                    .addParameter(Names.STRING, "correlationId")
                    .addParameter(Names.STRING, "causationId")
                    .addParameter(model.payloadRecord(), "data")
                    .addStatement(
                        "super(clock, id, timestamp, correlationId, causationId,$Wsource != null ? source : SOURCE,"
                            + "$Wdata)")
                    .build())
            .addMethod(
                MethodSpec.methodBuilder("builder")
                    .addJavadoc(
                        "A builder that takes the time from the system UTC clock, to the"
                            + " millisecond\n(as the id does).\n")
                    .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                    .returns(builder)
                    .addStatement("return new $T($T.systemUTC())", builder, Names.CLOCK)
                    .build())
            .addMethod(
                MethodSpec.methodBuilder("builder")
                    .addJavadoc("A builder that takes the time from {@code clock} (a fixed clock in tests).\n")
                    .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                    .addParameter(Names.CLOCK, "clock")
                    .returns(builder)
                    .addStatement("return new $T(clock)", builder)
                    .build())
            .addMethod(
                MethodSpec.methodBuilder("toBuilder")
                    .addJavadoc(
                        "A builder that holds this $L, its id, source, timestamp, correlation and"
                            + " causation\nids and every field: set what changes and build, for a"
                            + " corrected copy or a test. What\nit builds has this $L's id, so it"
                            + " stands for the same $L; build another one with\n{@link #builder()}.\n",
                        kindWord,
                        kindWord,
                        kindWord)
                    .addModifiers(Modifier.PUBLIC)
                    .returns(builder)
                    .addStatement("return new $T(this)", builder)
                    .build())
            .addMethods(json.methods())
            .addType(new BuilderWriter(model).write())
            .addType(codecProvider())
            .addType(new JsonCodecWriter(model, CodecPlan.of(model, frozen)).codecType())
            .addTypes(FrozenWriter.records(model, frozen));
    Generation.decorate(type, model.hints());
    if (jacksonDatabind && model.hints().databind()) {
      DatabindWriter databind = new DatabindWriter(model);
      type.addAnnotations(databind.annotations());
      type.addTypes(databind.adapters());
    }
    return type;
  }

  /**
   * {@code CodecProvider}: the {@code JSON} constant as a {@code ServiceLoader} service, which the
   * compilation's {@code META-INF/services} file names (see {@link CodecRegistryWriter}).
   */
  private static TypeSpec codecProvider() {
    TypeName codec = ParameterizedTypeName.get(RuntimeNames.MESSAGE_CODEC, com.palantir.javapoet.WildcardTypeName.subtypeOf(Object.class));
    return TypeSpec.classBuilder(CODEC_PROVIDER)
        .addJavadoc(
            "Offers {@code JSON} to {@code ServiceLoader}, for {@code MessageJsonReader.discovered()};"
                + " listed in\nthe compilation's {@code META-INF/services/io.missive.MessageCodecProvider}.\n")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addSuperinterface(RuntimeNames.MESSAGE_CODEC_PROVIDER)
        .addMethod(
            MethodSpec.constructorBuilder()
                .addJavadoc("For {@code ServiceLoader}.\n")
                .addModifiers(Modifier.PUBLIC)
                .build())
        .addMethod(
            MethodSpec.methodBuilder("codecs")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(ParameterizedTypeName.get(ClassName.get("java.util", "List"), codec))
                .addStatement("return $T.of(JSON)", ClassName.get("java.util", "List"))
                .build())
        .build();
  }

  private static FieldSpec constant(TypeName type, String name, CodeBlock value, String doc) {
    return FieldSpec.builder(type, name, Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .initializer(value)
        .addJavadoc("$L\n", doc)
        .build();
  }
}
