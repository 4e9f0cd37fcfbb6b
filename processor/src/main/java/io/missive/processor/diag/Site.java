package io.missive.processor.diag;

import io.missive.processor.model.RuntimeNames;
import java.util.Objects;

/**
 * Where in the user's source a diagnostic belongs, told in terms of the model: the annotated type, one
 * of its accessors or upcasters (by position in the model's lists), and optionally one annotation on it
 * and one value of that annotation. Rules name sites; only the {@link Reporter} turns a site into the
 * compiler's element, annotation mirror and annotation value, so no rule touches an element.
 *
 * @param part what the site is on
 * @param index the accessor's or upcaster's position in the model; 0 for the type
 * @param annotation the qualified name of the annotation the diagnostic points at, or {@code null} for
 *     the element itself
 * @param member the member of that annotation whose value the diagnostic points at, or {@code null}
 * @param constant for a {@link Part#CONSTANT}, the enum constant's qualified name, such as
 *     {@code com.example.Order.Status.OPEN}; {@code null} otherwise
 */
public record Site(Part part, int index, String annotation, String member, String constant) {

  /** What a site is on. */
  public enum Part {
    /** Nothing in the source, such as a processor option. */
    NONE,
    /** The annotated type. */
    TYPE,
    /** An accessor of the annotated type: its payload field. */
    ACCESSOR,
    /** An {@code @Upcast} method. */
    UPCASTER,
    /** A component of a record of the user's that the payload uses. */
    COMPONENT,
    /**
     * A constant of an enum of the user's that an accessor's type reaches; the accessor's position is
     * the index, for when the constant has no source in this compilation.
     */
    CONSTANT
  }

  private static final Site NONE = new Site(Part.NONE, 0, null, null);
  private static final Site TYPE = new Site(Part.TYPE, 0, null, null);

  public Site {
    Objects.requireNonNull(part, "part");
    if (member != null && annotation == null) {
      throw new IllegalArgumentException("a member without its annotation");
    }
    if ((part == Part.CONSTANT) != (constant != null)) {
      throw new IllegalArgumentException("a constant site goes with its constant: " + part + ", " + constant);
    }
  }

  /** A site on no enum constant. */
  public Site(Part part, int index, String annotation, String member) {
    this(part, index, annotation, member, null);
  }

  /** No place in the source. */
  public static Site none() {
    return NONE;
  }

  /** The annotated type. */
  public static Site type() {
    return TYPE;
  }

  /** The annotation {@code annotation} (a qualified name) on the annotated type. */
  public static Site typeAnnotation(String annotation) {
    return new Site(Part.TYPE, 0, Objects.requireNonNull(annotation, "annotation"), null);
  }

  /** The value of {@code member} of the annotation {@code annotation} on the annotated type. */
  public static Site typeAnnotationValue(String annotation, String member) {
    return new Site(Part.TYPE, 0, Objects.requireNonNull(annotation, "annotation"), member);
  }

  /** The accessor at {@code index} in the model. */
  public static Site accessor(int index) {
    return new Site(Part.ACCESSOR, index, null, null);
  }

  /** The upcaster at {@code index} in the model. */
  public static Site upcaster(int index) {
    return new Site(Part.UPCASTER, index, null, null);
  }

  /** The record component at {@code index} of the model's mutable components. */
  public static Site component(int index) {
    return new Site(Part.COMPONENT, index, null, null);
  }

  /**
   * Enum constant {@code constant} (a qualified name, such as {@code com.example.Order.Status.OPEN}),
   * reached from the accessor at {@code accessor}, on which the diagnostic falls back when the
   * constant's source is not in this compilation.
   */
  public static Site constant(int accessor, String constant) {
    return new Site(Part.CONSTANT, accessor, null, null, Objects.requireNonNull(constant, "constant"));
  }

  /** The {@code @Upcast} annotation of the upcaster at {@code index}. */
  public static Site upcastAnnotation(int index) {
    return new Site(Part.UPCASTER, index, RuntimeNames.UPCAST.canonicalName(), null);
  }

  /** The {@code from} value of the {@code @Upcast} annotation of the upcaster at {@code index}. */
  public static Site upcastFrom(int index) {
    return new Site(Part.UPCASTER, index, RuntimeNames.UPCAST.canonicalName(), "from");
  }
}
