package io.missive.it.keys;

import static org.assertj.core.api.Assertions.assertThat;

import io.missive.Message;
import io.missive.MessageJsonReader;
import io.missive.it.keys.RegionRebalanced.Region;
import io.missive.it.keys.TicketEscalated.TicketNumber;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The {@code @PartitionKey} field sets the {@code partitionkey} extension, kept through JSON and toBuilder(). */
class PartitionKeyTest {

  @Test
  void everyKindOfKeyIsWrittenAsItsText() {
    assertThat(OrderPackedEvent.builder().orderId("ord-7").parcels(2).build().extensions())
        .containsExactly(java.util.Map.entry("partitionkey", "ord-7"));
    UUID device = UUID.fromString("0193c4c2-5b1e-7a3c-9f1d-2b6e8c0a4d17");
    assertThat(DeviceReportedEvent.builder().deviceId(device).celsius(21.5).build().extensions())
        .containsEntry("partitionkey", "0193c4c2-5b1e-7a3c-9f1d-2b6e8c0a4d17");
    assertThat(AccountDebitedEvent.builder().accountNumber(4_200_000_017L).cents(995).build().extensions())
        .containsEntry("partitionkey", "4200000017");
    assertThat(RegionRebalancedEvent.builder().region(Region.EU_WEST).nodes(3).build().extensions())
        .containsEntry("partitionkey", "EU_WEST");
    assertThat(
            TicketEscalatedEvent.builder().ticket(TicketNumber.of("SUP-1042")).reason("sla").build().extensions())
        .containsEntry("partitionkey", "SUP-1042");
  }

  @Test
  void theKeyIsWrittenToJsonAndReadBack() {
    OrderPackedEvent packed = OrderPackedEvent.builder().orderId("ord-7").parcels(2).build();
    String json = packed.toJson();
    assertThat(json).contains("\"partitionkey\":\"ord-7\"");
    OrderPackedEvent back = OrderPackedEvent.fromJson(json);
    assertThat(back).isEqualTo(packed);
    assertThat(back.extensions()).containsEntry("partitionkey", "ord-7");
    Message<?> read = MessageJsonReader.of(OrderPackedEvent.JSON).read(json.getBytes(StandardCharsets.UTF_8));
    assertThat(read.extensions()).containsEntry("partitionkey", "ord-7");
  }

  @Test
  void theKeyFollowsTheFieldThroughToBuilder() {
    OrderPackedEvent packed = OrderPackedEvent.builder().orderId("ord-7").parcels(2).build();
    assertThat(packed.toBuilder().parcels(3).build().extensions()).containsEntry("partitionkey", "ord-7");
    OrderPackedEvent moved = packed.toBuilder().orderId("ord-8").build();
    assertThat(moved.extensions()).containsEntry("partitionkey", "ord-8");
    // Set by hand, the key is the field's all the same: one message, one key.
    assertThat(OrderPackedEvent.builder().orderId("ord-7").parcels(1).partitionKey("other").build().extensions())
        .containsEntry("partitionkey", "ord-7");
  }

  @Test
  void otherExtensionsAreKeptBesideTheKey() {
    OrderPackedEvent packed =
        OrderPackedEvent.builder().orderId("ord-7").parcels(2).subject("ord-7").traceState("rojo=1").build();
    assertThat(packed.extensions())
        .containsEntry("subject", "ord-7")
        .containsEntry("tracestate", "rojo=1")
        .containsEntry("partitionkey", "ord-7");
    assertThat(OrderPackedEvent.fromJson(packed.toJson()).extensions()).isEqualTo(packed.extensions());
  }
}
