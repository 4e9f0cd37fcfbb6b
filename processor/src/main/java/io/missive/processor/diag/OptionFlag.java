package io.missive.processor.diag;

import java.util.Optional;

/** The value of a true-or-false processor option, read one way for every such option. */
public final class OptionFlag {

  private OptionFlag() {}

  /**
   * The value of an option that is given: true for {@code -Akey} alone or with an empty value (javac
   * passes both as {@code null}), else {@code true} or {@code false} in any case; empty for any other
   * value, which the caller reports as it must.
   */
  public static Optional<Boolean> parse(String value) {
    String word = value == null ? "" : value.trim();
    if (word.isEmpty() || word.equalsIgnoreCase("true")) {
      return Optional.of(true);
    }
    if (word.equalsIgnoreCase("false")) {
      return Optional.of(false);
    }
    return Optional.empty();
  }
}
