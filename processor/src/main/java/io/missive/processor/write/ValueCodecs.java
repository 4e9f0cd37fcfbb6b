package io.missive.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import io.missive.processor.model.RuntimeNames;
import io.missive.processor.model.ScalarType;
import io.missive.processor.model.ValueType;

/**
 * The expressions that write and read one value of a payload, by its shape: a scalar through its
 * entry in the {@link ScalarType} table, containers through the run-time helpers with a writer or
 * reader for their elements, records through the codec's own methods for them.
 */
final class ValueCodecs {

  private final ClassName codec;
  private final CodecPlan plan;

  /**
   * @param codec the codec class, which holds the methods of the records
   * @param plan the codec's plan, which names those methods
   */
  ValueCodecs(ClassName codec, CodecPlan plan) {
    this.codec = codec;
    this.plan = plan;
  }

  /** The statement that writes {@code value} with generator {@code g}. */
  CodeBlock write(ValueType type, boolean nullable, CodeBlock value, String g, int depth) {
    if (nullable && !type.isPrimitive() && !type.isOptional()) {
      return CodeBlock.of("$T.nullable($N, $L,$W$L)", RuntimeNames.JSON_WRITE, g, value, writer(type, depth));
    }
    return switch (type.shape()) {
      case SCALAR -> {
        ScalarType scalar = type.scalar();
        yield scalar.generatorMethod().isPresent()
            ? CodeBlock.of("$N.$N($L)", g, scalar.generatorMethod().get(), value)
            : CodeBlock.of("$T.$N($N, $L)", RuntimeNames.JSON_WRITE, scalar.codecMethod(), g, value);
      }
      case ENUM -> type.renamedEnum()
          ? CodeBlock.of("$N($N, $L)", "write" + plan.suffix(type), g, value)
          : CodeBlock.of("$T.enumValue($N, $L)", RuntimeNames.JSON_WRITE, g, value);
      case OPTIONAL -> CodeBlock.of(
          "$T.optional($N, $L,$W$L)", RuntimeNames.JSON_WRITE, g, value, writer(type.element(), depth));
      case LIST, SET -> CodeBlock.of(
          "$T.list($N, $L,$W$L)", RuntimeNames.JSON_WRITE, g, value, writer(type.element(), depth));
      case MAP -> CodeBlock.of(
          "$T.map($N, $L,$W$L)", RuntimeNames.JSON_WRITE, g, value, writer(type.arguments().get(1), depth));
      case RECORD, VALUE_OBJECT, POLYMORPHIC -> CodeBlock.of("$N($N, $L)", "write" + plan.suffix(type), g, value);
      default -> throw noCodec(type);
    };
  }

  /**
   * A {@code JsonWrite.ValueWriter} for {@code type}: a constant of {@code ScalarWriters}, a method
   * reference, or a lambda.
   */
  private CodeBlock writer(ValueType type, int depth) {
    return switch (type.shape()) {
      case OPTIONAL, LIST, SET, MAP -> {
        String g = "g" + depth;
        String v = "v" + depth;
        yield CodeBlock.of("($N, $N) -> $L", g, v, write(type, false, CodeBlock.of("$N", v), g, depth + 1));
      }
      case RECORD, VALUE_OBJECT, POLYMORPHIC -> CodeBlock.of("$T::$N", codec, "write" + plan.suffix(type));
      // A constant, not a method reference: javac resolves and infers a method reference anew at each
      // use, a measurable share of compiling the generated code.
      case SCALAR -> CodeBlock.of("$T.$N", RuntimeNames.SCALAR_WRITERS, type.scalar().name());
      case ENUM -> type.renamedEnum()
          ? CodeBlock.of("$T::$N", codec, "write" + plan.suffix(type))
          : CodeBlock.of("$T::enumValue", RuntimeNames.JSON_WRITE);
      default -> throw noCodec(type);
    };
  }

  /**
   * The expression that reads a value of {@code type} at the current token of parser {@code p}.
   *
   * @param locals the locals of the method it is in, which a lambda's parameter must not hide
   */
  CodeBlock read(ValueType type, boolean nullable, String p, CodecPlan.Locals locals, int depth) {
    if (nullable && !type.isPrimitive() && !type.isOptional()) {
      return CodeBlock.of("$T.nullable($N,$W$L)", RuntimeNames.JSON_READ, p, reader(type, locals, depth));
    }
    return switch (type.shape()) {
      case ENUM -> type.renamedEnum()
          ? CodeBlock.of("$N($N)", "read" + plan.suffix(type), p)
          : CodeBlock.of("$T.enumValue($N, $T.class)", RuntimeNames.JSON_READ, p, CodecPlan.raw(type.typeName()));
      case OPTIONAL -> CodeBlock.of(
          "$T.optional($N,$W$L)", RuntimeNames.JSON_READ, p, reader(type.element(), locals, depth));
      case LIST -> CodeBlock.of("$T.list($N,$W$L)", RuntimeNames.JSON_READ, p, reader(type.element(), locals, depth));
      case SET -> CodeBlock.of("$T.set($N,$W$L)", RuntimeNames.JSON_READ, p, reader(type.element(), locals, depth));
      case MAP -> CodeBlock.of(
          "$T.map($N,$W$L)", RuntimeNames.JSON_READ, p, reader(type.arguments().get(1), locals, depth));
      case RECORD, VALUE_OBJECT, POLYMORPHIC -> CodeBlock.of("$N($N)", "read" + plan.suffix(type), p);
      case SCALAR -> CodeBlock.of("$T.$N($N)", RuntimeNames.JSON_READ, type.scalar().codecMethod(), p);
      default -> throw noCodec(type);
    };
  }

  /**
   * A {@code JsonRead.ValueReader} for {@code type}: a constant of {@code ScalarReaders}, a method
   * reference, or a lambda.
   */
  private CodeBlock reader(ValueType type, CodecPlan.Locals locals, int depth) {
    return switch (type.shape()) {
      case ENUM -> type.renamedEnum()
          ? CodeBlock.of("$T::$N", codec, "read" + plan.suffix(type))
          : CodeBlock.of("$N -> $L", locals.parser(depth), read(type, false, locals.parser(depth), locals, depth + 1));
      case OPTIONAL, LIST, SET, MAP -> {
        // Lambdas of one depth never enclose each other, so only the method's locals are in the way.
        String p = locals.parser(depth);
        yield CodeBlock.of("$N -> $L", p, read(type, false, p, locals, depth + 1));
      }
      case RECORD, VALUE_OBJECT, POLYMORPHIC -> CodeBlock.of("$T::$N", codec, "read" + plan.suffix(type));
      case SCALAR -> CodeBlock.of("$T.$N", RuntimeNames.SCALAR_READERS, type.scalar().name());
      default -> throw noCodec(type);
    };
  }

  /** The rules reject every other shape before any writer runs. */
  private static IllegalStateException noCodec(ValueType type) {
    return new IllegalStateException("No JSON codec for " + type.shape() + " " + type.typeName());
  }
}
