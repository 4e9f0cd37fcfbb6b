package io.missive.processor.write;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import io.missive.processor.model.RuntimeNames;
import io.missive.processor.model.Field;
import io.missive.processor.model.MessageType;
import io.missive.processor.model.ValueType;
import javax.lang.model.element.Modifier;

/**
 * Writes the payload record, such as {@code OrderPlacedData}: an immutable implementation of the
 * annotated interface that rejects {@code null} (unless the accessor is {@code @Nullable}) and holds
 * unmodifiable copies of its lists, sets and maps.
 */
public final class PayloadWriter {


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
    if (field.type().isPrimitive()) {
      return null;
    }
    String label = model.simpleName() + "." + field.name();
    CodeBlock name = CodeBlock.of("$N", field.name());
    CodeBlock copy = copy(field.type(), name, label, 0);
    if (field.nullable()) {
      return copy == null
          ? null
          : CodeBlock.builder().addStatement("$1N = $1N == null ? null :$W$2L", field.name(), copy).build();
    }
    if (copy == null) {
      return CodeBlock.builder()
          .addStatement("$T.requireNonNull($N,$W$S)", Names.OBJECTS, field.name(), label + " must not be null")
          .build();
    }
    if (field.type().isOptional()) {
      // Optional.map would silently take a null Optional for an empty one: reject it first.
      return CodeBlock.builder()
          .addStatement("$T.requireNonNull($N,$W$S)", Names.OBJECTS, field.name(), label + " must not be null")
          .addStatement("$N = $L", field.name(), copy)
          .build();
    }
    return CodeBlock.builder().addStatement("$N = $L", field.name(), copy).build();
  }

  /**
   * The expression that makes an unmodifiable deep copy of {@code value}, or {@code null} when the
   * value is immutable as it is. Collections inside collections and optionals are copied too, so a
   * payload never shares a mutable collection with its caller.
   */
  private static CodeBlock copy(ValueType type, CodeBlock value, String label, int depth) {
    String element = "e" + depth;
    switch (type.shape()) {
      case LIST:
      case SET: {
        String method = type.shape() == ValueType.Shape.LIST ? "list" : "set";
        CodeBlock inner = copy(type.element(), CodeBlock.of("$N", element), label + "[*]", depth + 1);
        return inner == null
            ? CodeBlock.of("$T.$N($L,$W$S)", RuntimeNames.COPIES, method, value, label)
            : CodeBlock.of("$T.$N($L,$W$S,$W$N -> $L)", RuntimeNames.COPIES, method, value, label, element, inner);
      }
      case MAP: {
        CodeBlock inner = copy(type.arguments().get(1), CodeBlock.of("$N", element), label + "[*]", depth + 1);
        return inner == null
            ? CodeBlock.of("$T.map($L,$W$S)", RuntimeNames.COPIES, value, label)
            : CodeBlock.of("$T.map($L,$W$S,$W$N -> $L)", RuntimeNames.COPIES, value, label, element, inner);
      }
      case OPTIONAL: {
        CodeBlock inner = copy(type.element(), CodeBlock.of("$N", element), label, depth + 1);
        return inner == null ? null : CodeBlock.of("$L.map($N -> $L)", value, element, inner);
      }
      default:
        return null;
    }
  }
}
