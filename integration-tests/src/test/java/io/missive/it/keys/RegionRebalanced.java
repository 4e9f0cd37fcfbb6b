package io.missive.it.keys;

import io.missive.DomainEvent;
import io.missive.PartitionKey;

/** An event keyed by an enum: its constant's name. */
@DomainEvent(source = "planner")
public interface RegionRebalanced {
  /** A region. */
  enum Region {
    EU_WEST,
    US_EAST
  }

  @PartitionKey
  Region region();

  int nodes();
}
