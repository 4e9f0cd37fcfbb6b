package io.missive.processor.read;

import io.missive.processor.model.MessageKind;
import io.missive.processor.model.MessageType.SourceOrigin;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * Reads the values of a message annotation (version, type, source) and the source's fallbacks: the
 * package's {@code @MessageSource}, the {@code -Amissive.source} option, the package's name.
 */
final class AttributeReader {

  private final Elements elements;
  private final String optionSource;

  AttributeReader(Elements elements, String optionSource) {
    this.elements = elements;
    this.optionSource = optionSource == null || optionSource.isBlank() ? null : optionSource.trim();
  }

  /** The attributes written in {@code annotation} on {@code type}, with the source resolved. */
  Attributes read(TypeElement type, MessageKind kind, AnnotationMirror annotation) {
    Map<String, AnnotationValue> values = Annotations.values(annotation);
    AnnotationValue version = values.get("version");
    AnnotationValue readsFrom = values.get("readsFrom");
    AnnotationValue wireType = values.get("type");
    AnnotationValue sourceValue = values.get("source");
    String source = sourceValue == null ? "" : ((String) sourceValue.getValue()).trim();
    SourceOrigin origin = SourceOrigin.ANNOTATION;
    if (source.isEmpty()) {
      source = packageSource(type);
      origin = SourceOrigin.PACKAGE;
    }
    if (source == null && optionSource != null) {
      source = optionSource;
      origin = SourceOrigin.OPTION;
    }
    if (source == null) {
      if (kind == MessageKind.EVENT) {
        origin = SourceOrigin.NONE;
      } else {
        String packageName = elements.getPackageOf(type).getQualifiedName().toString();
        source = packageName.isEmpty() ? "missive" : packageName;
        origin = SourceOrigin.DEFAULT;
      }
    }
    return new Attributes(
        version == null ? 1 : ((Number) version.getValue()).intValue(),
        readsFrom == null ? 0 : ((Number) readsFrom.getValue()).intValue(),
        wireType == null ? "" : (String) wireType.getValue(),
        source,
        origin);
  }

  /**
   * The values of a message annotation.
   *
   * @param version the schema version, 1 when left out
   * @param readsFrom the oldest version to read, 0 when left out
   * @param declaredType the message type written, empty when left out
   * @param source the source found, or {@code null}
   * @param origin where it was found
   */
  record Attributes(int version, int readsFrom, String declaredType, String source, SourceOrigin origin) {}

  /**
   * An annotation value that javac could not resolve yet, such as a constant of a class another
   * processor generates in this round: javac hands it over as the text {@code <error>} or as a value
   * of the wrong type.
   */
  static Optional<String> findUnresolvedValue(TypeElement type, AnnotationMirror annotation) {
    Map<String, AnnotationValue> values = Annotations.values(annotation);
    for (String name : List.of("version", "readsFrom", "type", "source")) {
      AnnotationValue value = values.get(name);
      Class<?> expected = name.equals("version") || name.equals("readsFrom") ? Integer.class : String.class;
      if (value != null && (!expected.isInstance(value.getValue()) || "<error>".equals(value.getValue()))) {
        return Optional.of("the value of " + name + " = " + value);
      }
    }
    for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
      AnnotationMirror upcast = Annotations.mirror(method, Annotations.UPCAST);
      AnnotationValue from = upcast == null ? null : Annotations.values(upcast).get("from");
      if (from != null && !(from.getValue() instanceof Integer)) {
        return Optional.of("the value of @Upcast(from = " + from + ") on " + method.getSimpleName() + "()");
      }
    }
    return Optional.empty();
  }

  private String packageSource(TypeElement type) {
    PackageElement pkg = elements.getPackageOf(type);
    AnnotationMirror mirror = Annotations.mirror(pkg, Annotations.MESSAGE_SOURCE);
    if (mirror == null) {
      return null;
    }
    AnnotationValue value = Annotations.values(mirror).get("value");
    String source = value == null ? "" : ((String) value.getValue()).trim();
    return source.isEmpty() ? null : source;
  }
}
