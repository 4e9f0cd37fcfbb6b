package io.missive.processor.write;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.missive.processor.model.MessageType;
import java.util.List;
import java.util.Locale;
import javax.lang.model.element.Modifier;

/**
 * Writes, where Jackson databind is visible to the envelope, the adapters that let an
 * {@code ObjectMapper} read and write the envelope as its codec does, and the annotations that point
 * databind to them.
 *
 * <p>They extend the plain base classes rather than {@code StdSerializer} and {@code StdDeserializer},
 * which add dozens of helpers for javac to look through in every adapter, and stay
 * {@code Serializable} as the Std classes are: a mapper, reader or writer keeps the adapters it has
 * used, and Spark, Flink or Beam jobs serialize it.
 */
final class DatabindWriter {

  private final ClassName envelope;
  private final String kindWord;
  private final ClassName serializer;
  private final ClassName deserializer;

  DatabindWriter(MessageType model) {
    this.envelope = model.envelope();
    this.kindWord = model.kind().envelopeSuffix().toLowerCase(Locale.ROOT);
    this.serializer = envelope.nestedClass("Serializer");
    this.deserializer = envelope.nestedClass("Deserializer");
  }

  /** {@code @JsonSerialize(using = ...)} and {@code @JsonDeserialize(using = ...)} for the envelope. */
  List<AnnotationSpec> annotations() {
    return List.of(
        AnnotationSpec.builder(Names.JSON_SERIALIZE).addMember("using", "$T.class", serializer).build(),
        AnnotationSpec.builder(Names.JSON_DESERIALIZE).addMember("using", "$T.class", deserializer).build());
  }

  /** The two nested adapters. */
  List<TypeSpec> adapters() {
    return List.of(
        TypeSpec.classBuilder(serializer)
            .addModifiers(Modifier.STATIC, Modifier.FINAL)
            .addJavadoc("Lets a Jackson {@code ObjectMapper} write this $L as {@link #JSON} does.\n", kindWord)
            .superclass(ParameterizedTypeName.get(Names.JSON_SERIALIZER, envelope))
            .addSuperinterface(Names.SERIALIZABLE)
            .addField(serialVersionUid())
            .addMethod(
                MethodSpec.methodBuilder("serialize")
                    .addAnnotation(Override.class)
                    .addModifiers(Modifier.PUBLIC)
                    .addParameter(envelope, "value")
                    .addParameter(Names.JSON_GENERATOR, "generator")
                    .addParameter(Names.SERIALIZER_PROVIDER, "provider")
                    .addException(Names.IO_EXCEPTION)
                    .addStatement("JSON.write(value, generator)")
                    .build())
            .build(),
        TypeSpec.classBuilder(deserializer)
            .addModifiers(Modifier.STATIC, Modifier.FINAL)
            .addJavadoc("Lets a Jackson {@code ObjectMapper} read this $L as {@link #JSON} does.\n", kindWord)
            .superclass(ParameterizedTypeName.get(Names.JSON_DESERIALIZER, envelope))
            .addSuperinterface(Names.SERIALIZABLE)
            .addField(serialVersionUid())
            .addMethod(
                MethodSpec.methodBuilder("deserialize")
                    .addAnnotation(Override.class)
                    .addModifiers(Modifier.PUBLIC)
                    .addParameter(Names.JSON_PARSER, "parser")
                    .addParameter(Names.DESERIALIZATION_CONTEXT, "context")
                    .addException(Names.IO_EXCEPTION)
                    .returns(envelope)
                    .addStatement("return JSON.read(parser)")
                    .build())
            .build());
  }

  private static FieldSpec serialVersionUid() {
    return FieldSpec.builder(TypeName.LONG, "serialVersionUID", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer("1L")
        .build();
  }
}
