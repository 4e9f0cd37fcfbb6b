package io.missive.processor.read;

import io.missive.processor.diag.Locations;
import io.missive.processor.model.MessageKind;
import io.missive.processor.model.StrayUpcaster;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/** Reads the {@code @Upcast} methods of a round that are not in a message interface. */
public final class StrayUpcasts {

  /**
   * The stray upcasters of a round, and the methods they were read from.
   *
   * @param locations the methods, as the upcasters of a model without a type
   */
  public record Read(List<StrayUpcaster> upcasters, Locations locations) {}

  private StrayUpcasts() {}

  public static Read read(RoundEnvironment round, Elements elements) {
    List<StrayUpcaster> upcasters = new ArrayList<>();
    List<Element> methods = new ArrayList<>();
    TypeElement upcast = elements.getTypeElement(Annotations.UPCAST);
    if (upcast != null) {
      for (Element method : round.getElementsAnnotatedWith(upcast)) {
        Element owner = method.getEnclosingElement();
        if (owner.getKind() == ElementKind.INTERFACE && isMessage(owner)) {
          continue;
        }
        upcasters.add(new StrayUpcaster(method.getSimpleName().toString(), owner.getSimpleName().toString()));
        methods.add(method);
      }
    }
    return new Read(upcasters, new Locations(null, List.of(), methods, List.of()));
  }

  private static boolean isMessage(Element type) {
    for (MessageKind kind : MessageKind.values()) {
      if (Annotations.mirror(type, kind.annotationName()) != null) {
        return true;
      }
    }
    return false;
  }
}
