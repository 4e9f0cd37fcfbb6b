package io.missive.internal;

import java.net.URL;

/**
 * How generated payload records compare their {@code URL} fields: by their text. {@link URL#equals}
 * and {@link URL#hashCode} resolve the host (a network lookup, whose answer may change), which a
 * value that is put into sets, compared in tests and deduplicated must never do.
 */
public final class Urls {

  private Urls() {}

  /** Whether {@code a} and {@code b} have the same text (both {@code null} included). */
  public static boolean sameText(URL a, URL b) {
    return a == null ? b == null : b != null && a.toExternalForm().equals(b.toExternalForm());
  }

  /** A hash of the text of {@code url}, consistent with {@link #sameText}; 0 for {@code null}. */
  public static int textHash(URL url) {
    return url == null ? 0 : url.toExternalForm().hashCode();
  }
}
