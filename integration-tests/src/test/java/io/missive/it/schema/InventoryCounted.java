package io.missive.it.schema;

import io.missive.DomainEvent;
import io.missive.it.json.Nullable;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;

/**
 * Every value type of the scalar table and every shape (enum, optional, list, set, map, nested
 * record, nullable), for the test that validates the JSON Missive writes against its own snapshot.
 */
@DomainEvent(source = "/inventory")
public interface InventoryCounted {
  boolean complete();
  Boolean audited();
  byte aisle();
  short shelf();
  int count();
  long serial();
  char grade();
  float temperature();
  double humidity();
  String warehouse();
  BigDecimal value();
  BigInteger barcode();
  Instant countedAt();
  LocalDate day();
  LocalTime startedAt();
  LocalDateTime localEnd();
  OffsetDateTime reportedAt();
  Duration took();
  UUID countId();
  URI report();
  Currency currency();
  OptionalInt recount();
  OptionalLong previousSerial();
  OptionalDouble variance();
  Method method();
  Optional<String> note();
  List<Bin> bins();
  Set<String> tags();
  Map<String, Integer> byCategory();
  Map<String, Bin> binsByLabel();
  @Nullable
  Bin overflow();

  /** How the count was taken. */
  enum Method { CYCLE, FULL, SPOT }

  /** One bin counted. */
  record Bin(String label, int items, Optional<Method> method, List<Double> weights) {
    public Bin {
      weights = List.copyOf(weights);
    }
  }
}
