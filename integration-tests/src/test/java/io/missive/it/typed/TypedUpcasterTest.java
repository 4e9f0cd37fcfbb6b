package io.missive.it.typed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.missive.MessageFormatException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Old versions read through typed upcasters, straight into their frozen records, and a mixed chain. */
class TypedUpcasterTest {

  private static final Instant TIME = Instant.parse("2026-03-01T10:00:00Z");

  private static String event(String type, String source, int version, String data) {
    return "{\"specversion\":\"1.0\",\"id\":\"e-1\",\"source\":\"" + source + "\",\"type\":\"" + type
        + "\",\"time\":\"" + TIME + "\",\"schemaversion\":" + version + ",\"data\":" + data + "}";
  }

  @Test
  void aVersion1EventReadThroughATypedUpcasterIsTheCurrentPayload() {
    String v1 =
        event("TicketBooked", "/box-office", 1,
            "{\"ticketId\":\"t-7\",\"seats\":[{\"row\":\"F\",\"number\":12},{\"row\":\"F\",\"number\":13}],"
                + "\"priceCents\":4250,\"note\":\"aisle\"}");
    TicketBookedEvent expected =
        TicketBookedEvent.builder()
            .id("e-1")
            .timestamp(TIME)
            .ticketId("t-7")
            .seats(List.of("F12", "F13"))
            .price(new BigDecimal("42.50"))
            .note(Optional.of("aisle"))
            .build();
    assertThat(TicketBookedEvent.fromJson(v1)).isEqualTo(expected);
    // The current version reads as it did, and what is written is the current version.
    assertThat(TicketBookedEvent.fromJson(expected.toJson())).isEqualTo(expected);
  }

  @Test
  void theFrozenRecordIsTheVersionAsItWas() {
    TicketBookedEvent.V1 v1 =
        new TicketBookedEvent.V1(Optional.empty(), 100L, List.of(new TicketBookedEvent.V1.Seat(1, "A")), "t");
    assertThat(TicketBooked.seatsLabelledAndPriceInEuros(v1).seats()).containsExactly("A1");
    assertThatThrownBy(() -> v1.seats().add(null)).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void aVersion1EventWithTheMembersInAnotherOrderAndAnUnknownOneReads() {
    String v1 =
        event("TicketBooked", "/box-office", 1,
            "{\"note\":null,\"extra\":{\"a\":[1]},\"priceCents\":99,\"seats\":[],\"ticketId\":\"t-8\"}");
    TicketBookedEvent read = TicketBookedEvent.fromJson(v1);
    assertThat(read.data().price()).isEqualByComparingTo("0.99");
    assertThat(read.data().note()).isEmpty();
  }

  @Test
  void aVersion1EventThatLacksARequiredMemberNamesIt() {
    String v1 = event("TicketBooked", "/box-office", 1, "{\"ticketId\":\"t-9\",\"seats\":[]}");
    assertThatThrownBy(() -> TicketBookedEvent.fromJson(v1))
        .isInstanceOf(MessageFormatException.class)
        .hasMessageContaining("priceCents");
  }

  @Test
  void aMixedChainUpcastsOnTheTreeThenTyped() {
    ShelfCountedEvent expected =
        ShelfCountedEvent.builder()
            .id("e-1")
            .timestamp(TIME)
            .shelfId("s-3")
            .counts(Map.of("bolts", 40, "nuts", 2))
            .total(42)
            .build();
    String v1 = event("ShelfCounted", "/warehouse", 1, "{\"shelf\":\"s-3\",\"counts\":{\"bolts\":40,\"nuts\":2}}");
    String v2 = event("ShelfCounted", "/warehouse", 2, "{\"shelfId\":\"s-3\",\"counts\":{\"bolts\":40,\"nuts\":2}}");
    assertThat(ShelfCountedEvent.fromJson(v1)).isEqualTo(expected);
    assertThat(ShelfCountedEvent.fromJson(v2)).isEqualTo(expected);
  }

  @Test
  void theVersionAfterTheDataIsReadThroughTheTreeIntoTheFrozenRecord() {
    String v2 =
        "{\"specversion\":\"1.0\",\"id\":\"e-1\",\"source\":\"/warehouse\",\"type\":\"ShelfCounted\",\"time\":\""
            + TIME + "\",\"data\":{\"shelfId\":\"s-3\",\"counts\":{\"a\":1}},\"schemaversion\":2}";
    assertThat(ShelfCountedEvent.fromJson(v2).data().total()).isEqualTo(1);
  }
}
