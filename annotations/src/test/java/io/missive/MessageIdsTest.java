package io.missive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class MessageIdsTest {

  @Property
  void formatsLikeUuidToString(@ForAll long mostSignificant, @ForAll long leastSignificant) {
    assertThat(MessageIds.format(mostSignificant, leastSignificant))
        .isEqualTo(new UUID(mostSignificant, leastSignificant).toString());
  }

  @Test
  void nextIsAVersion7VariantTwoUuid() {
    UUID id = UUID.fromString(MessageIds.next());
    assertThat(id.version()).isEqualTo(7);
    assertThat(id.variant()).isEqualTo(2);
  }

  @Test
  void consecutiveIdsIncrease() {
    String previous = MessageIds.next();
    for (int i = 0; i < 10_000; i++) {
      String next = MessageIds.next();
      assertThat(next).isGreaterThan(previous);
      previous = next;
    }
  }

  @Test
  void epochMillisReadsTheTimestamp() {
    long before = System.currentTimeMillis();
    long millis = MessageIds.epochMillis(MessageIds.next());
    assertThat(millis).isBetween(before, System.currentTimeMillis() + 2);
    assertThatThrownBy(() -> MessageIds.epochMillis(UUID.randomUUID().toString()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Not a UUIDv7 string");
  }
}
