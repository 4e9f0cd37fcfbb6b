package io.missive.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.UUID;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The fixed-format codec agrees with {@link UUID#toString()} and reads either case. */
class UuidCodecTest {

  @Property(tries = 2000)
  void formatsAsToStringAndReadsBothCases(@ForAll long msb, @ForAll long lsb) {
    UUID uuid = new UUID(msb, lsb);
    char[] buffer = new char[UuidCodec.LENGTH];
    UuidCodec.format(uuid, buffer, 0);
    assertThat(new String(buffer)).isEqualTo(uuid.toString());
    assertThat(UuidCodec.parse(uuid.toString())).isEqualTo(uuid);
    assertThat(UuidCodec.parse(uuid.toString().toUpperCase(Locale.ROOT))).isEqualTo(uuid);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "1-2-3-4-5",
        "0193c4c2-5b1e-7a3c-9f1d-2b6e8c0a4d1",
        "0193c4c2-5b1e-7a3c-9f1d-2b6e8c0a4d170",
        "0193c4c25b1e-7a3c-9f1d-2b6e-8c0a4d17",
        "0193c4c2-5b1e-7a3c-9f1d-2b6e8c0a4d1g",
        "{193c4c2-5b1e-7a3c-9f1d-2b6e8c0a4d17"
      })
  void rejectsNonCanonicalForms(String text) {
    assertThatThrownBy(() -> UuidCodec.parse(text)).isInstanceOf(IllegalArgumentException.class);
  }
}
