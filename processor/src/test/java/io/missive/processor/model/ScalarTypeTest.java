package io.missive.processor.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import io.missive.internal.JsonRead;
import io.missive.internal.JsonWrite;
import io.missive.internal.ScalarReaders;
import io.missive.internal.ScalarWriters;
import java.lang.invoke.MethodType;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The scalar table agrees with the run time: each entry's read and write methods exist with the
 * types the generated code passes, the generator method it calls directly takes the value, and the
 * table's names find it again.
 */
class ScalarTypeTest {

  /** The primitives a value of each primitive widens to without a cast (JLS 5.1.2). */
  private static final Map<Class<?>, java.util.List<Class<?>>> WIDENS_TO =
      Map.of(
          byte.class, java.util.List.of(short.class, int.class, long.class, float.class, double.class),
          short.class, java.util.List.of(int.class, long.class, float.class, double.class),
          char.class, java.util.List.of(int.class, long.class, float.class, double.class),
          int.class, java.util.List.of(long.class, float.class, double.class),
          long.class, java.util.List.of(float.class, double.class),
          float.class, java.util.List.of(double.class));

  @ParameterizedTest
  @EnumSource(ScalarType.class)
  void theRunTimeReadsAndWritesEveryEntry(ScalarType scalar) throws Exception {
    Method read = JsonRead.class.getMethod(scalar.codecMethod(), JsonParser.class);
    assertThat(Modifier.isStatic(read.getModifiers())).as("static " + read).isTrue();
    assertThat(read.getReturnType()).isEqualTo(scalar.javaType());

    Method write = JsonWrite.class.getMethod(scalar.codecMethod(), JsonGenerator.class, scalar.javaType());
    assertThat(Modifier.isStatic(write.getModifiers())).as("static " + write).isTrue();

    // The constants that the generated code passes for elements, under the entry's name.
    Field reader = ScalarReaders.class.getField(scalar.name());
    assertThat(Modifier.isStatic(reader.getModifiers()) && Modifier.isFinal(reader.getModifiers())).isTrue();
    assertThat(reader.getType()).isEqualTo(JsonRead.ValueReader.class);
    assertThat(((ParameterizedType) reader.getGenericType()).getActualTypeArguments()[0])
        .isEqualTo(boxed(scalar.javaType()));
    Field writer = ScalarWriters.class.getField(scalar.name());
    assertThat(Modifier.isStatic(writer.getModifiers()) && Modifier.isFinal(writer.getModifiers())).isTrue();
    assertThat(writer.getType()).isEqualTo(JsonWrite.ValueWriter.class);
    assertThat(((ParameterizedType) writer.getGenericType()).getActualTypeArguments()[0])
        .isEqualTo(boxed(scalar.javaType()));

    Optional<String> direct = scalar.generatorMethod();
    if (direct.isPresent()) {
      assertThat(Arrays.stream(JsonGenerator.class.getMethods())
              .filter(m -> m.getName().equals(direct.get()) && m.getParameterCount() == 1)
              .map(m -> m.getParameterTypes()[0]))
          .as("JsonGenerator.%s(%s)", direct.get(), scalar.javaType())
          .anySatisfy(parameter -> assertThat(accepts(parameter, scalar.javaType())).isTrue());
    }
  }

  @ParameterizedTest
  @EnumSource(ScalarType.class)
  void theTableFindsEveryEntryByItsNames(ScalarType scalar) {
    assertThat(ScalarType.named(scalar.javaType().getName())).contains(scalar);
    if (scalar.isPrimitive()) {
      Class<?> box = java.lang.invoke.MethodType.methodType(scalar.javaType()).wrap().returnType();
      assertThat(ScalarType.named(box.getName())).contains(scalar);
    }
    if (scalar.isOptional()) {
      assertThat(scalar.present()).isPresent();
    }
  }

  @ParameterizedTest
  @EnumSource(ScalarType.class)
  void noAdviceNamesASupportedType(ScalarType scalar) {
    assertThat(ScalarType.instead(scalar.javaType().getName())).isEmpty();
  }

  private static boolean accepts(Class<?> parameter, Class<?> value) {
    return parameter.equals(value)
        || (!value.isPrimitive() && parameter.isAssignableFrom(value))
        || WIDENS_TO.getOrDefault(value, java.util.List.of()).contains(parameter);
  }

  /** {@code type}, boxed if it is a primitive. */
  private static Class<?> boxed(Class<?> type) {
    return MethodType.methodType(type).wrap().returnType();
  }
}
