package com.example.shipping;

import io.missive.Command;

/** Asks the shipping service to hand a parcel to a carrier. */
@Command
public interface DispatchParcel {
  String parcelId();

  String carrier();
}
