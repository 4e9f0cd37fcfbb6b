package io.missive.internal;

import java.util.IllformedLocaleException;
import java.util.Locale;

/**
 * Reads a {@link Locale} from the form {@link Locale#toString()} writes ({@code en_US},
 * {@code de_DE_POSIX}, {@code sr_RS_#Latn}, {@code ja_JP_#u-ca-japanese}), which is the form
 * databind writes, or from a BCP 47 language tag ({@code en-US}), with {@link Locale.Builder}, which
 * checks every part.
 */
final class Locales {

  private Locales() {}

  /** The locale {@code text} names; {@link Locale#ROOT} for the empty string. */
  static Locale parse(String text) {
    if (text.isEmpty()) {
      return Locale.ROOT;
    }
    if (text.indexOf('_') < 0 && text.indexOf('#') < 0) {
      return new Locale.Builder().setLanguageTag(text).build();
    }
    String main = text;
    String script = "";
    String extensions = "";
    int hash = text.indexOf('#');
    if (hash >= 0) {
      if (hash == 0 || text.charAt(hash - 1) != '_') {
        throw new IllformedLocaleException("'#' must follow '_': " + text);
      }
      main = text.substring(0, hash - 1);
      String tail = text.substring(hash + 1);
      int underscore = tail.indexOf('_');
      if (underscore == 4 || (tail.length() == 4 && tail.indexOf('-') < 0)) {
        script = tail.substring(0, 4);
        extensions = underscore == 4 ? tail.substring(5) : "";
      } else {
        extensions = tail;
      }
    }
    String[] parts = main.split("_", 3);
    String language = parts[0];
    String region = parts.length > 1 ? parts[1] : "";
    String variant = parts.length > 2 ? parts[2] : "";
    try {
      Locale.Builder builder =
          new Locale.Builder().setLanguage(language).setRegion(region).setVariant(variant).setScript(script);
      if (!extensions.isEmpty()) {
        setExtensions(builder, extensions);
      }
      return builder.build();
    } catch (IllformedLocaleException e) {
      // The JDK's own legacy locales (no_NO_NY, ja_JP_JP, th_TH_TH) have variants BCP 47 does not
      // allow; only the constructor makes them, and only its exact form is taken.
      Locale legacy = legacy(language, region, variant);
      if (legacy.toString().equals(text)) {
        return legacy;
      }
      throw e;
    }
  }

  @SuppressWarnings("deprecation") // Locale.of is Java 19; the constructor is the way on Java 17
  private static Locale legacy(String language, String region, String variant) {
    return new Locale(language, region, variant);
  }

  /** Extensions as {@code Locale.toString()} writes them: {@code u-ca-japanese-x-private}. */
  private static void setExtensions(Locale.Builder builder, String extensions) {
    String[] subtags = extensions.split("-", -1);
    int i = 0;
    while (i < subtags.length) {
      String key = subtags[i];
      if (key.length() != 1) {
        throw new IllformedLocaleException("expected an extension's key, found '" + key + "'");
      }
      int end = i + 1;
      // After x (private use) every subtag is its value, one letter long or not.
      while (end < subtags.length && (key.equals("x") || subtags[end].length() != 1)) {
        end++;
      }
      builder.setExtension(key.charAt(0), String.join("-", java.util.Arrays.copyOfRange(subtags, i + 1, end)));
      i = end;
    }
  }
}
