package io.missive.processor.read;

import java.util.LinkedHashSet;
import java.util.Set;
import javax.lang.model.element.Element;

/** The rule names suppressed with {@code @SuppressWarnings("missive:<rule>")}. */
final class Suppressions {

  private static final String PREFIX = "missive:";

  private Suppressions() {}

  /** Those suppressed on {@code element} itself. */
  static Set<String> on(Element element) {
    Set<String> suppressed = new LinkedHashSet<>();
    SuppressWarnings annotation = element.getAnnotation(SuppressWarnings.class);
    if (annotation != null) {
      for (String value : annotation.value()) {
        if (value.startsWith(PREFIX)) {
          suppressed.add(value.substring(PREFIX.length()));
        }
      }
    }
    return suppressed;
  }

  /** Those suppressed on {@code element} or any element enclosing it. */
  static Set<String> around(Element element) {
    Set<String> suppressed = new LinkedHashSet<>();
    for (Element e = element; e != null; e = e.getEnclosingElement()) {
      suppressed.addAll(on(e));
    }
    return suppressed;
  }
}
