package com.example.shipping;

import java.time.Instant;
import java.util.List;

/** Dispatches parcels: each command handled is a parcel shipped. */
public final class Shipping {

  private Shipping() {}

  /** Ships the parcel of {@code command}: the event continues the command's flow. */
  public static ParcelShippedEvent dispatch(DispatchParcelCommand command, List<String> items, Instant now) {
    return ParcelShippedEvent.builder()
        .parcelId(command.data().parcelId())
        .carrier(command.data().carrier())
        .items(items)
        .shippedAt(now)
        .causedBy(command)
        .build();
  }
}
