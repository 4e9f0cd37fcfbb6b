package io.missive.processor.write;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.missive.processor.model.RuntimeNames;
import io.missive.processor.model.Field;
import io.missive.processor.model.MessageType;
import io.missive.processor.model.NullableMark;
import io.missive.processor.model.ValueType;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes the payload record, such as {@code OrderPlacedData}: an immutable implementation of the
 * annotated interface that rejects {@code null} (unless the accessor is {@code @Nullable}, whose
 * annotation its component carries too), holds unmodifiable copies of its lists, sets and maps, has a
 * {@code with...} method per field, and hides {@code @Sensitive} values from {@code toString}.
 */
public final class PayloadWriter {

  /** The payload record; the caller adds the originating element and builds it. */
  public TypeSpec.Builder write(MessageType model) {
    MethodSpec.Builder constructor = MethodSpec.compactConstructorBuilder().addModifiers(Modifier.PUBLIC);
    for (Field field : model.fields()) {
      constructor.addParameter(component(field));
      CodeBlock check = check(model, field);
      if (check != null) {
        constructor.addCode(check);
      }
    }
    TypeSpec.Builder record = TypeSpec.recordBuilder(model.payloadRecord());
    Generation.decorate(record, model.hints())
        .addModifiers(Modifier.PUBLIC)
        .addSuperinterface(model.payloadInterface())
        .addJavadoc("The immutable payload of {@link $T}, generated from it.\n", model.payloadInterface())
        .recordConstructor(constructor.build());
    for (Field field : model.fields()) {
      record.addMethod(wither(model, field));
    }
    if (model.fields().stream().anyMatch(Field::sensitive)) {
      record.addMethod(maskedToString(model));
    }
    return record;
  }

  /**
   * The record component of {@code field}, with the {@code @Nullable} the accessor carries (on the
   * type for a type-use one), for null-checkers and IDEs.
   */
  private static ParameterSpec component(Field field) {
    return parameter(field, true);
  }

  /**
   * A parameter that takes {@code field}'s value, with its {@code @Nullable} where a parameter may
   * carry it.
   */
  static ParameterSpec parameter(Field field) {
    return parameter(field, false);
  }

  private static ParameterSpec parameter(Field field, boolean component) {
    TypeName type = field.type().typeName();
    NullableMark mark = field.nullableMark();
    if (mark != null && mark.typeUse()) {
      return ParameterSpec.builder(type.annotated(mark.annotation()), field.name()).build();
    }
    ParameterSpec.Builder parameter = ParameterSpec.builder(type, field.name());
    if (mark != null && (component || mark.onParameters())) {
      parameter.addAnnotation(mark.annotation());
    }
    return parameter.build();
  }

  /** {@code withTotal(total)}: a copy with one field changed. */
  private static MethodSpec wither(MessageType model, Field field) {
    CodeBlock arguments =
        model.fields().stream()
            .map(other -> CodeBlock.of("$N", other.name()))
            .collect(CodeBlock.joining(",$W"));
    return MethodSpec.methodBuilder("with" + Character.toUpperCase(field.name().charAt(0)) + field.name().substring(1))
        .addJavadoc("A copy with {@code $N} set to the value given.\n", field.name())
        .addModifiers(Modifier.PUBLIC)
        .addParameter(parameter(field))
        .returns(model.payloadRecord())
        .addStatement("return new $T($L)", model.payloadRecord(), arguments)
        .build();
  }

  /** {@code toString()} as a record writes it, with {@code ***} for the {@code @Sensitive} fields. */
  private static MethodSpec maskedToString(MessageType model) {
    CodeBlock.Builder text = CodeBlock.builder().add("$S", model.payloadRecord().simpleName() + "[");
    List<Field> fields = model.fields();
    for (int i = 0; i < fields.size(); i++) {
      Field field = fields.get(i);
      String name = (i == 0 ? "" : ", ") + field.name() + "=";
      if (field.sensitive()) {
        text.add(" +$W$S", name + "***");
      } else {
        text.add(" +$W$S +$W$N", name, field.name());
      }
    }
    text.add(" +$W$S", "]");
    return MethodSpec.methodBuilder("toString")
        .addJavadoc("Every field as a record writes it, but the sensitive ones, shown as {@code ***}.\n")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(String.class)
        .addStatement("return $L", text.build())
        .build();
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
