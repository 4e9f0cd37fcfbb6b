package io.missive.internal;

import java.net.URI;
import java.net.URISyntaxException;

/** What CloudEvents 1.0 requires of attributes, checked on read (and in builders where it applies). */
public final class CloudEventRules {

  private CloudEventRules() {}

  /**
   * Whether {@code name} is a CloudEvents attribute name: lowercase ASCII letters and digits, at least
   * one.
   */
  public static boolean isAttributeName(String name) {
    if (name.isEmpty()) {
      return false;
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if ((c < 'a' || c > 'z') && (c < '0' || c > '9')) {
        return false;
      }
    }
    return true;
  }

  /**
   * Why {@code source} is not a URI reference (RFC 3986), as the CloudEvents {@code source} must be,
   * or {@code null} when it is one. The same check as the processor's for {@code source = ...}.
   */
  public static String uriReferenceProblem(String source) {
    if (source.isEmpty()) {
      return "it is empty";
    }
    try {
      new URI(source);
      return null;
    } catch (URISyntaxException e) {
      return e.getReason() + " at index " + e.getIndex();
    }
  }
}
