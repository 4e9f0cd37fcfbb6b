package io.missive.it.keys;

import io.missive.DomainEvent;
import io.missive.PartitionKey;

/** An event keyed by a primitive long: written in decimal. */
@DomainEvent(source = "ledger")
public interface AccountDebited {
  @PartitionKey
  long accountNumber();

  long cents();
}
