package io.missive.it.orders;

import io.missive.DomainEvent;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Collections inside collections and optionals: each level is copied. */
@DomainEvent
public interface ShipmentPlanned {
  List<List<String>> batches();

  Map<String, List<String>> itemsByRoom();

  Optional<List<String>> notes();
}
