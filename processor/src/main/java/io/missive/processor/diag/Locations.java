package io.missive.processor.diag;

import java.util.List;
import java.util.Map;
import javax.lang.model.element.Element;

/**
 * The elements the parts of one model were read from, which the {@link Reporter} puts diagnostics on.
 * The reader makes it beside the model; no rule and no writer sees it.
 */
public final class Locations {

  private static final Locations NONE = new Locations(null, List.of(), List.of(), List.of());

  private final Element type;
  private final List<Element> accessors;
  private final List<Element> upcasters;
  private final List<Element> components;
  private final Map<String, Element> constants;

  /**
   * @param type the annotated type
   * @param accessors the element of each accessor of the model, in order: the method, or the type
   *     when the method is inherited from another file
   * @param upcasters the method of each upcaster of the model, in order
   * @param components the element of each of the model's mutable record components, in order
   * @param constants the enum constants the accessors' types reach whose source is in this
   *     compilation, by qualified name (such as {@code com.example.Order.Status.OPEN})
   */
  public Locations(
      Element type,
      List<? extends Element> accessors,
      List<? extends Element> upcasters,
      List<? extends Element> components,
      Map<String, ? extends Element> constants) {
    this.type = type;
    this.accessors = List.copyOf(accessors);
    this.upcasters = List.copyOf(upcasters);
    this.components = List.copyOf(components);
    this.constants = Map.copyOf(constants);
  }

  /** Locations without enum constants. */
  public Locations(
      Element type,
      List<? extends Element> accessors,
      List<? extends Element> upcasters,
      List<? extends Element> components) {
    this(type, accessors, upcasters, components, Map.of());
  }

  /** For diagnostics with no place in the source. */
  public static Locations none() {
    return NONE;
  }

  /** For diagnostics on {@code type} only. */
  public static Locations of(Element type) {
    return new Locations(type, List.of(), List.of(), List.of());
  }

  /** The element {@code site} is on, or {@code null} for {@link Site#none()}. */
  public Element element(Site site) {
    switch (site.part()) {
      case TYPE:
        return type;
      case ACCESSOR:
        return accessors.get(site.index());
      case UPCASTER:
        return upcasters.get(site.index());
      case COMPONENT:
        return components.get(site.index());
      case CONSTANT:
        // A constant from a class file has no place to show; its accessor has.
        return constants.containsKey(site.constant()) ? constants.get(site.constant()) : accessors.get(site.index());
      default:
        return null;
    }
  }
}
