package io.missive.it.json;

import java.math.BigInteger;

/** Valid IBANs for the tests' generators. */
public final class Ibans {

  private Ibans() {}

  /** A valid IBAN of {@code country} for {@code bban}: ISO 13616 check digits, grouped by four or not. */
  public static Iban of(String country, String bban, boolean grouped) {
    StringBuilder digits = new StringBuilder();
    for (char c : (bban + country + "00").toCharArray()) {
      digits.append(Character.digit(c, 36));
    }
    int check = 98 - new BigInteger(digits.toString()).mod(BigInteger.valueOf(97)).intValue();
    String compact = country + (check < 10 ? "0" : "") + check + bban;
    return Iban.of(grouped ? compact.replaceAll("(.{4})(?!$)", "$1 ") : compact);
  }
}
