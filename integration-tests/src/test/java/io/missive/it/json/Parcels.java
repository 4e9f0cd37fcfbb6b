package io.missive.it.json;

import io.missive.it.json.ParcelShipped.Address;
import io.missive.it.json.ParcelShipped.Carrier;
import io.missive.it.json.ParcelShipped.GeoPoint;
import io.missive.it.json.ParcelShipped.Item;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;

/** Example messages for the JSON tests. */
final class Parcels {

  static final Instant TIME = Instant.parse("2026-03-15T10:30:00.123Z");

  private Parcels() {}

  /** A parcel with every field set, and a few awkward values. */
  static ParcelShippedEvent.Builder shipped() {
    Map<String, List<Item>> byRoom = new LinkedHashMap<>();
    byRoom.put("kitchen", List.of(new Item("sku-1", 2, new BigDecimal("9.90"))));
    byRoom.put("hall \"B\"", List.of());
    return ParcelShippedEvent.builder()
        .id("0193c4c2-5b1e-7a3c-9f1d-2b6e8c0a4d17")
        .timestamp(TIME)
        .correlationId("req-1")
        .label("Fragile ✓ \"glass\"\n😀")
        .fragile(true)
        .lane((byte) -7)
        .dock((short) 300)
        .pieces(3)
        .sequence(Long.MAX_VALUE)
        .grade('é')
        .ratio(0.1f)
        .weight(-0.0)
        .insured(false)
        .boxedLane(Byte.MIN_VALUE)
        .boxedDock(Short.MAX_VALUE)
        .boxedPieces(Integer.MIN_VALUE)
        .boxedSequence(Long.MIN_VALUE)
        .boxedGrade('"')
        .boxedRatio(Float.NaN)
        .boxedWeight(Double.POSITIVE_INFINITY)
        .price(new BigDecimal("59.980"))
        .serial(new BigInteger("123456789012345678901234567890"))
        .shippedAt(Instant.parse("2026-03-15T10:30:00Z"))
        .plannedOn(LocalDate.of(2026, 3, 16))
        .localPickup(LocalDateTime.of(2026, 3, 15, 9, 0))
        .handedOver(OffsetDateTime.of(2026, 3, 15, 11, 30, 0, 500, ZoneOffset.ofHours(1)))
        .transit(Duration.ofHours(26).plusMillis(5))
        .parcelId(UUID.fromString("0193C4C2-5B1E-7A3C-9F1D-2B6E8C0A4D17"))
        .carrier(Carrier.COURIER)
        .note(Optional.empty())
        .floor(OptionalInt.of(2))
        .tracking(OptionalLong.empty())
        .temperature(OptionalDouble.of(4.5))
        .items(List.of(new Item("sku-1", 2, new BigDecimal("9.90")), new Item("sku-2", 1, new BigDecimal("1E+3"))))
        .backups(Set.of(Carrier.DRONE))
        .counts(Map.of("boxes", 3))
        .itemsByRoom(byRoom)
        .destination(new Address("Main St 1", null, new GeoPoint(52.52, 13.405)))
        .checkpoints(List.of(Optional.of(Instant.parse("2026-03-15T08:00:00.000001Z")), Optional.empty()))
        .batches(List.of(List.of(new UUID(1, 2)), List.of()))
        .comment(null)
        .returnAddress(new Address("Depot 9", "10115", new GeoPoint(-90, 180)));
  }
}
