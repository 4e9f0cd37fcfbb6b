package io.missive.it.json;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** A bank's BIC, a value class read through its public constructor. */
public final class Bic {

  private final String code;

  @JsonCreator
  public Bic(String code) {
    if (!code.matches("[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?")) {
      throw new IllegalArgumentException("not a BIC: " + code);
    }
    this.code = code;
  }

  @JsonValue
  public String code() {
    return code;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Bic bic && bic.code.equals(code);
  }

  @Override
  public int hashCode() {
    return code.hashCode();
  }
}
