package io.missive.it.json;

import io.missive.Query;

/** A query with no source anywhere: it defaults to the package name. */
@Query
public interface FindParcel {
  String parcelId();
}
