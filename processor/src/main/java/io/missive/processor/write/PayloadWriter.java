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
import io.missive.processor.model.ScalarType;
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
    boolean bytes = model.fields().stream().anyMatch(PayloadWriter::isBytes);
    if (bytes || model.fields().stream().anyMatch(PayloadWriter::isUrl)) {
      for (Field field : model.fields()) {
        if (isBytes(field)) {
          record.addMethod(bytesAccessor(field));
        }
      }
      record.addMethod(contentEquals(model));
      record.addMethod(contentHashCode(model));
    }
    if (bytes || model.fields().stream().anyMatch(Field::sensitive)) {
      record.addMethod(maskedToString(model));
    }
    return record;
  }

  /** Whether {@code field} holds a {@code byte[]}, which the record copies in and out and compares by content. */
  private static boolean isBytes(Field field) {
    return field.type().scalar() != null && field.type().scalar().isArray();
  }

  /** Whether {@code field} holds a {@code URL}, which the record compares by its text, never looking its host up. */
  private static boolean isUrl(Field field) {
    return field.type().scalar() == ScalarType.URL;
  }

  /** The accessor of a {@code byte[]}: a copy, so that the payload stays immutable. */
  private static MethodSpec bytesAccessor(Field field) {
    MethodSpec.Builder method =
        MethodSpec.methodBuilder(field.name())
            .addJavadoc("A copy of the bytes, which the payload keeps to itself.\n")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(field.type().typeName());
    return field.nullable()
        ? method.addStatement("return $1N == null ? null : $1N.clone()", field.name()).build()
        : method.addStatement("return $N.clone()", field.name()).build();
  }

  /** {@code equals} as a record's, but a {@code byte[]} compared by content and a {@code URL} by its text. */
  private static MethodSpec contentEquals(MessageType model) {
    CodeBlock.Builder test = CodeBlock.builder().add("other instanceof $T that", model.payloadRecord());
    for (Field field : model.fields()) {
      String name = field.name();
      TypeName type = field.type().typeName();
      if (isBytes(field)) {
        test.add("$W&& $T.equals($N, that.$N)", java.util.Arrays.class, name, name);
      } else if (isUrl(field)) {
        test.add("$W&& $T.sameText($N, that.$N)", RuntimeNames.URLS, name, name);
      } else if (type.equals(TypeName.FLOAT)) {
        test.add("$W&& Float.compare($N, that.$N) == 0", name, name);
      } else if (type.equals(TypeName.DOUBLE)) {
        test.add("$W&& Double.compare($N, that.$N) == 0", name, name);
      } else if (type.isPrimitive()) {
        test.add("$W&& $N == that.$N", name, name);
      } else {
        test.add("$W&& $T.equals($N, that.$N)", Names.OBJECTS, name, name);
      }
    }
    return MethodSpec.methodBuilder("equals")
        .addJavadoc("Equal to a payload of equal fields, bytes compared by content and URLs by their text.\n")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .addParameter(Object.class, "other")
        .returns(TypeName.BOOLEAN)
        .addStatement("return $L", test.build())
        .build();
  }

  /** {@code hashCode} to match {@link #contentEquals}. */
  private static MethodSpec contentHashCode(MessageType model) {
    CodeBlock arguments =
        model.fields().stream()
            .map(
                field -> isBytes(field)
                    ? CodeBlock.of("$T.hashCode($N)", java.util.Arrays.class, field.name())
                    : isUrl(field)
                        ? CodeBlock.of("$T.textHash($N)", RuntimeNames.URLS, field.name())
                        : CodeBlock.of("$N", field.name()))
            .collect(CodeBlock.joining(",$W"));
    return MethodSpec.methodBuilder("hashCode")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(TypeName.INT)
        .addStatement("return $T.hash($L)", Names.OBJECTS, arguments)
        .build();
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

  /**
   * {@code toString()} as a record writes it, with {@code ***} for the {@code @Sensitive} fields and
   * a {@code byte[]}'s content.
   */
  private static MethodSpec maskedToString(MessageType model) {
    CodeBlock.Builder text = CodeBlock.builder().add("$S", model.payloadRecord().simpleName() + "[");
    List<Field> fields = model.fields();
    for (int i = 0; i < fields.size(); i++) {
      Field field = fields.get(i);
      String name = (i == 0 ? "" : ", ") + field.name() + "=";
      if (field.sensitive()) {
        text.add(" +$W$S", name + "***");
      } else if (isBytes(field)) {
        text.add(" +$W$S +$W$T.toString($N)", name, java.util.Arrays.class, field.name());
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
    if (isBytes(field)) {
      // The payload keeps its own copy: the caller's array may change after.
      return field.nullable()
          ? CodeBlock.builder().addStatement("$1N = $1N == null ? null : $1N.clone()", field.name()).build()
          : CodeBlock.builder()
              .addStatement(
                  "$N = $T.requireNonNull($N,$W$S).clone()",
                  field.name(), Names.OBJECTS, field.name(), label + " must not be null")
              .build();
    }
    CodeBlock name = CodeBlock.of("$N", field.name());
    CodeBlock copy = copy(field.type(), name, label, 0);
    if (field.nullable()) {
      return copy == null
          ? null
          : CodeBlock.builder().addStatement("$1N = $1N == null ? null :$W$2L", field.name(), copy).build();
    }
    if (copy == null) {
      return CodeBlock.builder()
          .addStatement("$T.notNull($N,$W$S)", RuntimeNames.COPIES, field.name(), label + " must not be null")
          .build();
    }
    if (field.type().isOptional()) {
      // Optional.map would silently take a null Optional for an empty one: reject it first.
      return CodeBlock.builder()
          .addStatement("$T.notNull($N,$W$S)", RuntimeNames.COPIES, field.name(), label + " must not be null")
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
