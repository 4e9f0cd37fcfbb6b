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

  @Test
  void canonicalStringsAreEscapedAsJacksonEscapesThem() {
    StringBuilder every = new StringBuilder();
    for (char c = 0; c < 0x3000; c++) {
      every.append(c);
    }
    for (String s : List.of("plain", "", "a\"b", "back\\slash", "tab\there", "\u0000\u001f\u007f", "é€𝄞", every.toString())) {
      String expected = "\"" + new String(com.fasterxml.jackson.core.io.JsonStringEncoder.getInstance().quoteAsString(s)) + "\"\n";
      assertThat(CanonicalJson.write(s)).as(s).isEqualTo(expected);
    }
  }

  @Test
  void integersReadAsLongWhenTheyFitElseAsBigInteger() throws Exception {
    assertThat(CanonicalJson.parse("[9223372036854775807, -9223372036854775808, 0, 1]"))
        .isEqualTo(List.of(Long.MAX_VALUE, Long.MIN_VALUE, 0L, 1L));
    assertThat(CanonicalJson.parse("[9223372036854775808, -9223372036854775809]"))
        .isEqualTo(List.of(new java.math.BigInteger("9223372036854775808"), new java.math.BigInteger("-9223372036854775809")));
  }

  /**
   * The lock takes a current snapshot whose text is the canonical text of the payload's document as
   * that document, unread: that holds only while the document reads back as itself and has no change
   * from itself, which every scalar's schema checks here (the shapes add maps, lists and booleans).
   */
  @Test
  void aDocumentReadsBackAsItselfWithNoChange() throws Exception {
    for (ScalarType scalar : ScalarType.values()) {
      Map<String, Object> document = new java.util.LinkedHashMap<>();
      document.put("$id", "urn:missive:T:1");
      document.put("type", "object");
      document.put("properties", new java.util.TreeMap<>(Map.of("f", new java.util.LinkedHashMap<>(SchemaMapping.scalar(scalar)))));
      document.put("required", List.of("f"));
      document.put("additionalProperties", false);
      Object read = CanonicalJson.parse(CanonicalJson.write(document));
      assertThat(read).as(scalar.name()).isEqualTo(document);
      assertThat(SchemaDiff.between(read, document, 1)).as(scalar.name()).isEmpty();
    }
  }

  @Test
  void aFailureInsideAnArrayNamesItsIndex() {
    assertThatThrownBy(() -> CanonicalJson.parse("{\"required\": [\"a\", \"b\", nope]}"))
        .isInstanceOfSatisfying(CanonicalJson.Malformed.class, e -> assertThat(e.path()).isEqualTo("$.required[2]"));
  }
}
