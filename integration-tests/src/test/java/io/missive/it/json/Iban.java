package io.missive.it.json;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigInteger;
import java.util.Locale;

/**
 * An International Bank Account Number, as a DDD value class: a private constructor, a factory that
 * checks the ISO 13616 check digits, and the two Jackson annotations that make Jackson write it as its
 * text. Kept as written ({@code "DE89 3704 0044 0532 0130 00"} or without spaces).
 */
public final class Iban {

  private final String text;

  private Iban(String text) {
    this.text = text;
  }

  /** The IBAN {@code text}, with or without the spaces of its printed form. */
  @JsonCreator
  public static Iban of(String text) {
    String compact = text.replace(" ", "").toUpperCase(Locale.ROOT);
    if (!compact.matches("[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}")) {
      throw new IllegalArgumentException("not an IBAN: " + text);
    }
    String rearranged = compact.substring(4) + compact.substring(0, 4);
    StringBuilder digits = new StringBuilder();
    for (char c : rearranged.toCharArray()) {
      digits.append(Character.digit(c, 36));
    }
    if (new BigInteger(digits.toString()).mod(BigInteger.valueOf(97)).intValue() != 1) {
      throw new IllegalArgumentException("the check digits of " + text + " do not match");
    }
    return new Iban(text);
  }

  @JsonValue
  public String text() {
    return text;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Iban iban && iban.text.equals(text);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }

  @Override
  public String toString() {
    return text;
  }
}
