package io.missive.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.missive.internal.BinaryAttributes;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The reading side's header names and texts: whole-name slots, strict UTF-8, repeated values. */
class HeaderTextsTest {

  @Test
  void everyAttributeHeaderHasItsSlotAndNoOtherNameHasOne() {
    for (int slot = 0; slot < BinaryAttributes.SLOTS; slot++) {
      String key = KafkaHeaders.PREFIX + BinaryAttributes.name(slot);
      assertThat(HeaderTexts.slot(key)).as(key).isEqualTo(slot);
      // The same name without its prefix, in another case, one letter short or long: no slot.
      for (String other :
          List.of(
              BinaryAttributes.name(slot),
              key.toUpperCase(java.util.Locale.ROOT),
              key.substring(0, key.length() - 1),
              key + "s",
              "cf_" + BinaryAttributes.name(slot))) {
        assertThat(HeaderTexts.slot(other)).as(other).isEqualTo(-1);
      }
    }
    for (String other : List.of("", "ce_", "ce_tenantid", "content-type", "ce_tame", "ce_sourcf", "ce_specversiom")) {
      assertThat(HeaderTexts.slot(other)).as(other).isEqualTo(-1);
    }
  }

  @Test
  void textIsUtf8StrictlyWithASentReplacementCharacterKept() throws CharacterCodingException {
    assertThat(HeaderTexts.utf8(utf8("order-service"))).isEqualTo("order-service");
    assertThat(HeaderTexts.utf8(utf8("Zoë Ångström €"))).isEqualTo("Zoë Ångström €");
    assertThat(HeaderTexts.utf8(utf8("a \uFFFD sent as such"))).isEqualTo("a \uFFFD sent as such");
    assertThat(HeaderTexts.utf8(utf8("\uD83D\uDE80"))).isEqualTo("\uD83D\uDE80");
    for (byte[] malformed :
        List.of(
            new byte[] {(byte) 0xC3, (byte) 0x28},
            new byte[] {'a', (byte) 0xFF},
            new byte[] {(byte) 0xE2, (byte) 0x82},
            // An encoded surrogate, which UTF-8 does not allow.
            new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80})) {
      assertThatThrownBy(() -> HeaderTexts.utf8(malformed)).isInstanceOf(CharacterCodingException.class);
    }
  }

  @Test
  void aRepeatedValueIsTheSameStringAndAChangedOneIsReadAfresh() throws CharacterCodingException {
    HeaderTexts texts = new HeaderTexts();
    String first = texts.text(BinaryAttributes.TYPE, utf8("OrderPlaced"));
    assertThat(texts.text(BinaryAttributes.TYPE, utf8("OrderPlaced"))).isSameAs(first);
    assertThat(texts.text(BinaryAttributes.TYPE, utf8("OrderShipped"))).isEqualTo("OrderShipped");
    assertThat(texts.text(BinaryAttributes.TYPE, utf8("OrderPlaced"))).isEqualTo("OrderPlaced");
    // A few values are kept, for topics of several types: interleaved, each comes back the same.
    String shipped = texts.text(BinaryAttributes.TYPE, utf8("OrderShipped"));
    String placed = texts.text(BinaryAttributes.TYPE, utf8("OrderPlaced"));
    for (int i = 0; i < 3; i++) {
      assertThat(texts.text(BinaryAttributes.TYPE, utf8("OrderShipped"))).isSameAs(shipped);
      assertThat(texts.text(BinaryAttributes.TYPE, utf8("OrderPlaced"))).isSameAs(placed);
    }
    // Beyond the number kept, the oldest goes: read afresh, equal, another string.
    for (int i = 0; i < HeaderTexts.KEPT; i++) {
      assertThat(texts.text(BinaryAttributes.TYPE, utf8("Type" + i))).isEqualTo("Type" + i);
    }
    assertThat(texts.text(BinaryAttributes.TYPE, utf8("OrderPlaced"))).isEqualTo("OrderPlaced").isNotSameAs(placed);
    // Each slot keeps its own: the same bytes under another header are that header's.
    assertThat(texts.text(BinaryAttributes.SOURCE, utf8("OrderPlaced"))).isEqualTo("OrderPlaced");
    assertThat(texts.text(HeaderTexts.CONTENT_TYPE, utf8("application/json"))).isEqualTo("application/json");
    // What it kept is a copy: the record's array changed afterwards changes nothing.
    byte[] bytes = utf8("order-service");
    assertThat(texts.text(BinaryAttributes.SOURCE, bytes)).isEqualTo("order-service");
    bytes[0] = 'b';
    assertThat(texts.text(BinaryAttributes.SOURCE, bytes)).isEqualTo("brder-service");
    assertThat(texts.text(BinaryAttributes.SOURCE, utf8("order-service"))).isEqualTo("order-service");
    // Values that do not repeat are read each time, and not kept.
    String id = texts.text(BinaryAttributes.ID, utf8("id-1"));
    assertThat(texts.text(BinaryAttributes.ID, utf8("id-1"))).isEqualTo(id).isNotSameAs(id);
    assertThatThrownBy(() -> texts.text(BinaryAttributes.TYPE, new byte[] {(byte) 0xC3, (byte) 0x28}))
        .isInstanceOf(CharacterCodingException.class);
    assertThat(texts.text(BinaryAttributes.TYPE, utf8("OrderPlaced"))).isEqualTo("OrderPlaced");
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
