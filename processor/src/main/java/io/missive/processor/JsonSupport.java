package io.missive.processor;

import io.missive.processor.diag.DiagnosticId;
import io.missive.processor.diag.Reporter;
import io.missive.processor.model.MessageKind;
import io.missive.processor.read.MessageReader;
import io.missive.processor.rules.Finding;
import io.missive.processor.rules.JsonRules;
import io.missive.processor.write.RuntimeNames;
import io.missive.processor.model.MessageType;
import java.util.Map;
import javax.annotation.processing.Messager;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.tools.Diagnostic;

/**
 * The processor's JSON duties that concern elements: whether Jackson databind is on the class path,
 * where the findings of {@link JsonRules} go (on the accessor or upcaster they concern), and
 * {@code @Upcast} outside a message interface.
 */
final class JsonSupport {

  /** {@code -Amissive.jackson=false} leaves out the Jackson databind adapters. */
  static final String JACKSON_OPTION = "missive.jackson";

  private static final String DATABIND_ANNOTATION =
      "com.fasterxml.jackson.databind.annotation.JsonSerialize";

  private final JsonRules rules = new JsonRules();

  private JsonSupport() {}

  static JsonSupport create() {
    return new JsonSupport();
  }

  /** Whether envelopes get the Jackson databind adapters: databind is there and not turned off. */
  static boolean jacksonDatabind(Elements elements, Map<String, String> options) {
    return !"false".equalsIgnoreCase(options.getOrDefault(JACKSON_OPTION, "").trim())
        && elements.getTypeElement(DATABIND_ANNOTATION) != null;
  }

  /** Reports the JSON rules' findings on {@code model}, each on the element it concerns. */
  void check(MessageType model, Element element, Reporter reporter) {
    for (Finding finding : rules.check(model)) {
      reporter.error(finding.id(), finding.text(), locate(finding, (TypeElement) element));
    }
  }

  private static Element locate(Finding finding, TypeElement type) {
    for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
      if (finding.field() != null) {
        if (method.getSimpleName().contentEquals(finding.field()) && method.getParameters().isEmpty()) {
          return method;
        }
      } else if (finding.upcasterFrom() > 0) {
        AnnotationMirror upcast = MessageReader.upcastAnnotation(method);
        if (upcast != null && fromOf(upcast) == finding.upcasterFrom()) {
          return method;
        }
      }
    }
    // An inherited accessor lives in another type, perhaps another file: the interface stands for it.
    return type;
  }

  private static int fromOf(AnnotationMirror upcast) {
    for (var entry : upcast.getElementValues().entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals("from")
          && entry.getValue().getValue() instanceof Number number) {
        return number.intValue();
      }
    }
    return 0;
  }

  /** Reports every {@code @Upcast} on a method that no message interface declares. */
  static void checkUpcastPlacement(
      RoundEnvironment round, Elements elements, Messager messager) {
    TypeElement upcast = elements.getTypeElement(RuntimeNames.UPCAST.canonicalName());
    if (upcast == null) {
      return;
    }
    for (Element method : round.getElementsAnnotatedWith(upcast)) {
      Element owner = method.getEnclosingElement();
      if (owner.getKind() == ElementKind.INTERFACE && isMessage(owner)) {
        continue;
      }
      messager.printMessage(
          Diagnostic.Kind.ERROR,
          DiagnosticId.UPCASTER_PLACEMENT.format(
              "@Upcast is on '" + method.getSimpleName() + "' of '" + owner.getSimpleName()
                  + "', which is not a message interface, so no reader will ever call it. Move it into"
                  + " the @DomainEvent, @Command or @Query interface whose older versions it reads."),
          method,
          MessageReader.upcastAnnotation(method));
    }
  }

  private static boolean isMessage(Element type) {
    for (AnnotationMirror mirror : type.getAnnotationMirrors()) {
      String name =
          ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().toString();
      for (MessageKind kind : MessageKind.values()) {
        if (kind.annotationName().equals(name)) {
          return true;
        }
      }
    }
    return false;
  }
}
