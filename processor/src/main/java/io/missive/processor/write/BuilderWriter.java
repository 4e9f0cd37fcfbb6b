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
import io.missive.processor.model.MessageType;
import io.missive.processor.model.ValueType;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes the envelope's nested {@code Builder}: a setter per payload field (two for an optional one:
 * the optional, and the bare value), {@code data(...)} to take every field from any implementation
 * of the interface, and {@code build()}, which names every missing required field and sets the
 * {@code partitionkey} extension from the {@code @PartitionKey} field.
 */
final class BuilderWriter {

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
            .superclass(ParameterizedTypeName.get(RuntimeNames.ABSTRACT_BUILDER, builder))
            .addJavadoc(
                "Builds {@link $T}: set every payload field, then call {@link #build()}.\n",
                model.envelope());
    for (Field field : model.fields()) {
      type.addField(builderField(field));
    }
    type.addMethod(
        MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PRIVATE)
            .addParameter(Names.CLOCK, "clock")
            .addStatement("super(clock)")
            .build());
    type.addMethod(
        // For the envelope's toBuilder(): every attribute and field of the message.
        MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PRIVATE)
            .addParameter(model.envelope(), "message")
            .addStatement("super($T.systemUTC())", Names.CLOCK)
            .addStatement("copyMetadata(message)")
            .addStatement("data(message.data())")
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
    TypeName type = value.isPrimitive() ? value.typeName().box() : value.typeName();
    FieldSpec.Builder spec = FieldSpec.builder(type, field.name(), Modifier.PRIVATE);
    if (value.isOptional()) {
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
            .addParameter(PayloadWriter.parameter(field))
            .returns(builder);
    if (value.isPrimitive() || field.nullable()) {
      setter.addStatement("this.$1N = $1N", field.name());
    } else {
      setter
          .addStatement("$T.notNull($N,$W$S)", RuntimeNames.COPIES, field.name(), nullMessage(field))
          .addStatement("this.$1N = $1N", field.name());
    }
    setter.addStatement("return this");
    if (!value.isOptional()) {
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
                        "$3T.notNull($1N,$W$4S);\nthis.$1N = $2T.of($1N);\n",
                        field.name(),
                        rawType(value.typeName()),
                        RuntimeNames.COPIES,
                        nullMessage(field))
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
            .addStatement("$T.notNull(data, $S)", RuntimeNames.COPIES, "data");
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
                    + " the message names\n    every missing field\n",
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
                  RuntimeNames.ABSTRACT_BUILDER,
                  model.envelope().simpleName() + " (type " + model.type() + ")",
                  namesAndValues)
              .build();
    }
    for (Field field : model.fields()) {
      if (field.partitionKey()) {
        // The key follows the field, also after toBuilder() changed it.
        method.addStatement("extension($S,$W$L)", "partitionkey", keyText(field));
      }
    }
    CodeBlock.Builder arguments = CodeBlock.builder();
    for (int i = 0; i < model.fields().size(); i++) {
      arguments.add(i == 0 ? "" : ",$W").add("this.$N", model.fields().get(i).name());
    }
    // The builder's fields rather than the builder, which then need not be allocated at all; the
    // extensions, rarely set, are added to the message built.
    method.addStatement(
        "return extended(new $T(super.clock,$Wsuper.id,$Wsuper.source,$Wsuper.timestamp,$Wsuper.correlationId,"
            + "$Wsuper.causationId,$Wnew $T($L)))",
        model.envelope(),
        model.payloadRecord(),
        arguments.build());
    return missingFields == null
        ? List.of(method.build())
        : List.of(method.build(), missingFields);
  }

  /** The text of the {@code @PartitionKey} field, the rules having checked that it has one. */
  private static CodeBlock keyText(Field field) {
    ValueType type = field.type();
    return switch (type.shape()) {
      case ENUM -> CodeBlock.of("this.$N.name()", field.name());
      case VALUE_OBJECT -> CodeBlock.of("this.$N.$N()", field.name(), type.valueObject().value().name());
      case SCALAR ->
          switch (type.scalar()) {
            case STRING -> CodeBlock.of("this.$N", field.name());
            case UUID -> CodeBlock.of("this.$N.toString()", field.name());
            default -> CodeBlock.of("$T.valueOf(this.$N)", String.class, field.name());
          };
      default -> throw new IllegalStateException("no text form for the partition key " + field.name());
    };
  }

  /** The same words as the payload record's check: {@code OrderPlaced.orderId must not be null}. */
  private String nullMessage(Field field) {
    return model.simpleName() + "." + field.name() + " must not be null";
  }

  private static TypeName rawType(TypeName type) {
    return type instanceof ParameterizedTypeName parameterized ? parameterized.rawType() : type;
  }

  private static TypeName optionalElement(ValueType value) {
    return value.scalar() != null
        ? TypeName.get(value.scalar().present().orElseThrow())
        : value.element().typeName();
  }
}
