package io.missive.processor.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.missive.processor.model.ScalarType;
import io.missive.processor.model.ValueType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every entry of the scalar table has its schema (a type added to the table without one fails here,
 * not in a user's build), and the canonical JSON reads back to the same bytes.
 */
class SchemaMappingTest {

  @Test
  void everyScalarOfTheTableHasASchemaWithAType() {
    for (ScalarType scalar : ScalarType.values()) {
      Map<String, Object> schema = SchemaMapping.scalar(scalar);
      assertThat(schema).as(scalar.name()).isNotEmpty();
      assertThat(schema.containsKey("type") || schema.containsKey("anyOf")).as(scalar.name()).isTrue();
      if (scalar.isOptional()) {
        assertThat(schema.get("anyOf")).as(scalar.name()).asList().contains(Map.of("type", "null"));
      }
    }
  }

  @Test
  void everyShapeOfAValidModelHasASchema() {
    java.util.Set<ValueType.Shape> valid = java.util.EnumSet.allOf(ValueType.Shape.class);
    valid.remove(ValueType.Shape.OTHER);
    assertThat(SchemaMapping.SHAPES).isEqualTo(valid);
  }

  @Test
  void typesWithTheSameJsonButNotTheSameValuesHaveDifferentSchemas() {
    assertThat(SchemaMapping.scalar(ScalarType.INT)).isNotEqualTo(SchemaMapping.scalar(ScalarType.LONG));
    assertThat(SchemaMapping.scalar(ScalarType.BIG_DECIMAL)).isNotEqualTo(SchemaMapping.scalar(ScalarType.DOUBLE));
    assertThat(SchemaMapping.scalar(ScalarType.INSTANT)).isNotEqualTo(SchemaMapping.scalar(ScalarType.LOCAL_DATE));
    assertThat(SchemaMapping.scalar(ScalarType.STRING)).isNotEqualTo(SchemaMapping.scalar(ScalarType.UUID));
  }

  @Test
  void canonicalJsonSortsKeysIndentsByTwoAndEndsInANewline() throws Exception {
    Map<String, Object> value =
        Map.of("b", List.of(1L, "x\"y\n"), "a", Map.of(), "c", List.of(), "d", new java.math.BigDecimal("1E+3"));
    String text = CanonicalJson.write(value);
    assertThat(text)
        .isEqualTo("{\n  \"a\": {},\n  \"b\": [\n    1,\n    \"x\\\"y\\n\"\n  ],\n  \"c\": [],\n  \"d\": 1E+3\n}\n");
    assertThat(CanonicalJson.write(CanonicalJson.parse(text))).isEqualTo(text);
  }

  @Test
  void malformedJsonNamesThePathWhereReadingStopped() {
    assertThatThrownBy(() -> CanonicalJson.parse("{\"properties\": {\"total\": {\"type\": }}}"))
        .isInstanceOfSatisfying(CanonicalJson.Malformed.class, e -> {
          assertThat(e.path()).isEqualTo("$.properties.total.type");
          assertThat(e.getMessage()).startsWith("it is not JSON: ").contains("line 1");
        });
    assertThatThrownBy(() -> CanonicalJson.parse("{} {}"))
        .isInstanceOfSatisfying(CanonicalJson.Malformed.class, e -> assertThat(e.getMessage()).contains("more JSON follows"));
  }
}
