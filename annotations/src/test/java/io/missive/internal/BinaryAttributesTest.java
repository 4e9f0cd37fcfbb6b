package io.missive.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class BinaryAttributesTest {

  private static final List<String> NAMES =
      List.of(
          "specversion", "id", "source", "type", "time", "datacontenttype", "schemaversion",
          "correlationid", "causationid");

  @Test
  void eachAttributeHasTheSlotOfItsNumberWithOrWithoutAPrefix() {
    for (int slot = 0; slot < BinaryAttributes.SLOTS; slot++) {
      String name = NAMES.get(slot);
      assertThat(BinaryAttributes.name(slot)).isEqualTo(name);
      assertThat(BinaryAttributes.slot(name, 0)).as(name).isEqualTo(slot);
      assertThat(BinaryAttributes.slot("ce_" + name, 3)).as(name).isEqualTo(slot);
    }
  }

  @Test
  void namesOfTheSameLengthOrCaseOrPrefixHaveNoSlot() {
    for (String name :
        List.of(
            "", "i", "ID", "ie", "typo", "tame", "Time", "sourcE", "specversioN", "causationis",
            "schemaversiom", "correlationix", "datacontenttypf", "data", "data_base64", "subject",
            "partitionkey", "ce_id")) {
      assertThat(BinaryAttributes.slot(name, 0)).as(name).isEqualTo(-1);
    }
    assertThat(BinaryAttributes.slot("ce_ID", 3)).isEqualTo(-1);
  }

  /** Any name has the slot its number says, and only a name of an attribute has one. */
  @Property
  void aSlotIsFoundExactlyForTheNameOfIt(@ForAll @StringLength(max = 16) String name) {
    int slot = BinaryAttributes.slot(name, 0);
    assertThat(slot).isEqualTo(NAMES.indexOf(name));
    assertThat(BinaryAttributes.slot("ce_" + name, 3)).isEqualTo(slot);
  }

  @Test
  void aSlotOrAnExtensionIsSetOnce() {
    BinaryAttributes attributes = new BinaryAttributes();
    assertThat(attributes.putOwn(BinaryAttributes.ID, "a")).isTrue();
    assertThat(attributes.putOwn(BinaryAttributes.ID, "b")).isFalse();
    assertThat(attributes.putOther("tenant", "x")).isTrue();
    assertThat(attributes.putOther("tenant", "y")).isFalse();
    assertThat(attributes).containsExactly(Map.entry("id", "a"), Map.entry("tenant", "x"));
  }

  @Test
  void asAMapItHoldsWhatAMapHoldsWithTheAttributesInTheOrderMissiveWritesThemThenTheOthers() {
    Map<String, String> given = new LinkedHashMap<>();
    for (int i = 0; i < 6; i++) {
      given.put("ext" + i, "e" + i);
    }
    given.put("time", "2026-03-15T10:30:00Z");
    given.put("specversion", "1.0");
    given.put("data", "not an attribute");
    BinaryAttributes attributes = BinaryAttributes.of(given);

    assertThat(attributes).isEqualTo(given).hasSize(9);
    assertThat(attributes.keySet())
        .containsExactly("specversion", "time", "ext0", "ext1", "ext2", "ext3", "ext4", "ext5", "data");
    assertThat(attributes.get("ext5")).isEqualTo("e5");
    assertThat(attributes.get("id")).isNull();
    assertThat(attributes.containsKey("id")).isFalse();
    assertThat(attributes.containsKey("data")).isTrue();

    assertThat(attributes.put("time", null)).isEqualTo("2026-03-15T10:30:00Z");
    assertThat(attributes.containsKey("time")).isFalse();
    assertThat(attributes).hasSize(8);
    assertThat(attributes.put("ext0", "changed")).isEqualTo("e0");
    assertThat(attributes.put("ext9", null)).isNull();
    assertThat(attributes.containsKey("ext9")).isTrue();
    assertThat(attributes).hasSize(9);
    assertThat(BinaryAttributes.of(attributes)).isSameAs(attributes);
  }

  @Test
  void aNameWithASlotIsNoExtensionAndANullNameIsKeptForTheReaderToRefuse() {
    BinaryAttributes attributes = new BinaryAttributes();
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> attributes.putOther("type", "x"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(attributes.put(null, "v")).isNull();
    assertThat(attributes.containsKey(null)).isTrue();
    assertThat(attributes.get(null)).isEqualTo("v");
    assertThat(attributes.containsKey(42)).isFalse();
    assertThat(attributes).hasSize(1);
  }
}
