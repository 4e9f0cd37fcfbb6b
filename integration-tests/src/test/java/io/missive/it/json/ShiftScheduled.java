package io.missive.it.json;

import io.missive.DomainEvent;
import java.net.URI;
import java.time.LocalTime;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The value types added to the scalar table after {@link ParcelShipped}'s: a time of day, a URI and a
 * currency, alone, optional, in a list, as map values and inside a record.
 */
@DomainEvent(source = "/rota")
public interface ShiftScheduled {
  LocalTime startsAt();

  URI handbook();

  Currency payCurrency();

  Optional<LocalTime> breakAt();

  List<URI> links();

  Map<String, Currency> allowances();

  Rate rate();

  @Nullable
  LocalTime endsAt();

  /** A pay rate in its currency. */
  record Rate(java.math.BigDecimal perHour, Currency currency, Optional<URI> terms) {}
}
