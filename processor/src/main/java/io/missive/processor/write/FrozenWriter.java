package io.missive.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeSpec;
import io.missive.processor.model.Field;
import io.missive.processor.model.MessageType;
import io.missive.processor.model.ValueType;
import io.missive.processor.schema.FrozenVersion;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Writes the frozen record of each locked old version, nested in the envelope ({@code
 * OrderPlacedEvent.V1}), with the records nested in it as they were ({@code OrderPlacedEvent.V1.LineItem}):
 * the types a typed upcaster is written against. Read-only: the collections are unmodifiable copies.
 */
final class FrozenWriter {

  private FrozenWriter() {}

  /** The frozen records of {@code frozen}, oldest first. */
  static List<TypeSpec> records(MessageType model, List<FrozenVersion> frozen) {
    List<TypeSpec> records = new ArrayList<>();
    for (FrozenVersion version : frozen) {
      TypeSpec.Builder record =
          record(version.type(), version.fields())
              .addJavadoc(
                  "The payload of {@code $L} as it was at version $L, frozen from the snapshot of that"
                      + " version in\nthe schema lock: what a typed {@code @Upcast(from = $L)} takes.\n",
                  model.type(),
                  version.version(),
                  version.version());
      for (ValueType nested : version.records()) {
        record.addType(
            record((ClassName) nested.typeName(), nested.components())
                .addJavadoc("A record of version $L, as it was.\n", version.version())
                .build());
      }
      records.add(record.build());
    }
    return records;
  }

  private static TypeSpec.Builder record(ClassName name, List<Field> fields) {
    MethodSpec.Builder constructor = MethodSpec.compactConstructorBuilder().addModifiers(Modifier.PUBLIC);
    for (Field field : fields) {
      constructor.addParameter(ParameterSpec.builder(field.type().typeName(), field.name()).build());
      Class<?> copy =
          switch (field.type().shape()) {
            case LIST -> List.class;
            case SET -> Set.class;
            case MAP -> Map.class;
            default -> null;
          };
      if (copy != null) {
        if (field.nullable()) {
          constructor.addStatement("$N = $N == null ? null : $T.copyOf($N)", field.name(), field.name(), copy, field.name());
        } else {
          constructor.addStatement("$N = $T.copyOf($N)", field.name(), copy, field.name());
        }
      }
    }
    return TypeSpec.recordBuilder(name)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .recordConstructor(constructor.build());
  }
}
