package io.missive.processor.rules;

import io.missive.processor.diag.Diagnostic;
import io.missive.processor.diag.DiagnosticId;
import io.missive.processor.diag.Site;
import io.missive.processor.model.MessageType;
import io.missive.processor.model.MessageType.SourceOrigin;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;

/** The values of the message annotation: a version from 1, a type without blanks, a valid source. */
public final class AttributeRules implements Rule {

  @Override
  public List<Diagnostic> check(MessageType model) {
    String annotation = model.kind().annotationName();
    String name = model.simpleName();
    List<Diagnostic> found = new ArrayList<>();
    if (model.version() < 1) {
      found.add(
          Diagnostic.of(
              DiagnosticId.INVALID_VERSION,
              Site.typeAnnotationValue(annotation, "version"),
              "version = " + model.version() + " on '" + name + "': schema versions start at 1 and"
                  + " grow by one with each change of the payload. Write version = 1 (or leave it"
                  + " out) for a first version."));
    }
    int readsFrom = model.readsFrom();
    if (readsFrom != 0 && model.version() >= 1 && (readsFrom < 1 || readsFrom > model.version())) {
      String why =
          readsFrom < 1
              ? "versions start at 1"
              : "that is newer than its version " + model.version() + ", and a message reads its current"
                  + " version and older ones, never newer ones";
      found.add(
          Diagnostic.of(
              DiagnosticId.INVALID_VERSION,
              Site.typeAnnotationValue(annotation, "readsFrom"),
              "readsFrom = " + readsFrom + " on '" + name + "': " + why + ". Write readsFrom = "
                  + model.version() + " to read only the current version, or a lower one with an"
                  + " @Upcast method from each version before " + model.version() + ", or leave it"
                  + " out and let the upcasters say which versions are read."));
    }
    String type = model.declaredType();
    if (!type.isEmpty() && (type.isBlank() || !type.strip().equals(type))) {
      found.add(
          Diagnostic.of(
              DiagnosticId.INVALID_TYPE,
              Site.typeAnnotationValue(annotation, "type"),
              "type = \"" + type + "\" on '" + name + "' is blank or has leading or trailing spaces,"
                  + " and consumers route messages by their exact type. Leave type out to use '" + name
                  + "', or write a name without spaces at the ends."));
    }
    if (model.sourceOrigin() == SourceOrigin.NONE) {
      found.add(
          Diagnostic.of(
              DiagnosticId.MISSING_SOURCE,
              Site.typeAnnotation(annotation),
              "Event '" + name + "' has no source, and every event must say which service emitted"
                  + " it. Write @DomainEvent(source = \"your-service\"), or set it for the package"
                  + " with @MessageSource(\"your-service\") in package-info.java, or for the build"
                  + " with -A" + MessageType.SOURCE_OPTION + "=your-service."));
    } else {
      String problem = uriProblem(model.source());
      if (problem != null) {
        Site site =
            model.sourceOrigin() == SourceOrigin.ANNOTATION
                ? Site.typeAnnotationValue(annotation, "source")
                : Site.typeAnnotation(annotation);
        found.add(
            Diagnostic.of(
                DiagnosticId.INVALID_SOURCE,
                site,
                "source \"" + model.source() + "\" of '" + name + "' is not a URI reference ("
                    + problem + "), as CloudEvents requires. Use a name such as \"order-service\" or"
                    + " \"/orders\", without spaces."));
      }
    }
    return found;
  }

  /** Why {@code source} is not a URI reference, or {@code null} when it is one. */
  private static String uriProblem(String source) {
    try {
      new URI(source);
      return null;
    } catch (URISyntaxException e) {
      return e.getReason();
    }
  }
}
