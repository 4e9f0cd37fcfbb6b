package com.example.shipping;

import io.missive.DomainEvent;
import io.missive.Upcast;
import io.missive.json.JsonObject;
import java.time.Instant;
import java.util.List;

/** A carrier has taken a parcel. */
@DomainEvent(version = 2)
public interface ParcelShipped {
  String parcelId();

  String carrier();

  List<String> items();

  Instant shippedAt();

  /** v1: {"parcelId": "p-1", "courier": "dhl", "items": ["book"], "shippedAt": "..."} */
  @Upcast(from = 1)
  static void courierBecameCarrier(JsonObject data) {
    data.rename("courier", "carrier");
  }
}
