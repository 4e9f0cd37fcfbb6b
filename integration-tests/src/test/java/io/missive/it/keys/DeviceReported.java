package io.missive.it.keys;

import io.missive.DomainEvent;
import io.missive.PartitionKey;
import java.util.UUID;

/** An event keyed by a UUID. */
@DomainEvent(source = "telemetry")
public interface DeviceReported {
  @PartitionKey
  UUID deviceId();

  double celsius();
}
