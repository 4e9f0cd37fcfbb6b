package io.missive.it.json;

import io.missive.DomainEvent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;

/**
 * Every payload type of the first release, once each, and a few of them nested; the types added since
 * are in {@link ShiftScheduled}.
 */
@DomainEvent(source = "/parcels", version = 4, readsFrom = 4)
public interface ParcelShipped {
  String label();

  boolean fragile();

  byte lane();

  short dock();

  int pieces();

  long sequence();

  char grade();

  float ratio();

  double weight();

  Boolean insured();

  Byte boxedLane();

  Short boxedDock();

  Integer boxedPieces();

  Long boxedSequence();

  Character boxedGrade();

  Float boxedRatio();

  Double boxedWeight();

  BigDecimal price();

  BigInteger serial();

  Instant shippedAt();

  LocalDate plannedOn();

  LocalDateTime localPickup();

  OffsetDateTime handedOver();

  Duration transit();

  UUID parcelId();

  Carrier carrier();

  Optional<String> note();

  OptionalInt floor();

  OptionalLong tracking();

  OptionalDouble temperature();

  List<Item> items();

  Set<Carrier> backups();

  Map<String, Integer> counts();

  Map<String, List<Item>> itemsByRoom();

  Optional<Address> destination();

  List<Optional<Instant>> checkpoints();

  List<List<UUID>> batches();

  @Nullable
  String comment();

  @Nullable
  Address returnAddress();

  enum Carrier {
    POST,
    COURIER,
    DRONE
  }

  /** One item of the parcel. */
  record Item(String sku, int quantity, BigDecimal unitPrice) {}

  /** A nested record inside a record. */
  record Address(String street, @Nullable String zip, GeoPoint point) {}

  /** Nested two levels down. */
  record GeoPoint(double latitude, double longitude) {}
}
