package io.missive.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import io.missive.processor.model.Field;
import io.missive.processor.model.MessageType;
import io.missive.processor.model.ValueType.Shape;
import javax.lang.model.element.Modifier;

/**
 * Writes the payload record, such as {@code OrderPlacedData}: an immutable implementation of the
 * annotated interface that rejects {@code null} (unless the accessor is {@code @Nullable}) and holds
 * unmodifiable copies of its lists, sets and maps.
 */
public final class PayloadWriter {

  static final ClassName COPIES = ClassName.get("io.missive", "Copies");
  private static final ClassName OBJECTS = ClassName.get("java.util", "Objects");

  /** The payload record; the caller adds the originating element and builds it. */
  public TypeSpec.Builder write(MessageType model) {
    MethodSpec.Builder constructor = MethodSpec.compactConstructorBuilder().addModifiers(Modifier.PUBLIC);
    for (Field field : model.fields()) {
      constructor.addParameter(field.type().typeName(), field.name());
      CodeBlock check = check(model, field);
      if (check != null) {
        constructor.addCode(check);
      }
    }
    TypeSpec.Builder record = TypeSpec.recordBuilder(model.payloadRecord());
    return Generation.decorate(record, model.hints())
        .addModifiers(Modifier.PUBLIC)
        .addSuperinterface(model.payloadInterface())
        .addJavadoc("The immutable payload of {@link $T}, generated from it.\n", model.payloadInterface())
        .recordConstructor(constructor.build());
  }

  /** The statement that validates or copies {@code field} in the compact constructor, if any. */
  private static CodeBlock check(MessageType model, Field field) {
    Shape shape = field.type().shape();
    if (shape.isPrimitive()) {
      return null;
    }
    String label = model.simpleName() + "." + field.name();
    if (shape.isCollection()) {
      String copy = shape == Shape.LIST ? "list" : shape == Shape.SET ? "set" : "map";
      if (field.nullable()) {
        return CodeBlock.builder()
            .addStatement(
                "$1N = $1N == null ? null : $2T.$3N($1N, $4S)", field.name(), COPIES, copy, label)
            .build();
      }
      return CodeBlock.builder()
          .addStatement("$1N = $2T.$3N($1N, $4S)", field.name(), COPIES, copy, label)
          .build();
    }
    if (field.nullable()) {
      return null;
    }
    return CodeBlock.builder()
        .addStatement("$T.requireNonNull($N, $S)", OBJECTS, field.name(), label + " must not be null")
        .build();
  }
}
