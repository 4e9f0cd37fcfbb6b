package io.missive.it.json;

import io.missive.Command;

/** A command with no source anywhere: it defaults to the package name. */
@Command
public interface RegisterParcel {
  String parcelId();

  int pieces();
}
