package io.missive.processor.model;

import java.util.List;

/**
 * What carries the message annotation, as read: the structural rules judge it before anything else.
 *
 * @param elementKind the kind of declaration: only an interface can be a message
 * @param otherKinds the message annotations on it besides the one read: a message is exactly one kind
 * @param generic whether it declares type parameters
 * @param sealed whether it is sealed
 * @param jsonUnhonoured the Jackson annotations on the interface that Missive cannot honour, by
 *     simple name (such as {@code JsonNaming}); the rules reject each
 * @param hiddenBy {@code null} when it is accessible to classes beside it; the empty string when it is
 *     private itself; otherwise the simple name of the private type that encloses it
 */
public record Declaration(
    ElementKind elementKind,
    List<MessageKind> otherKinds,
    boolean generic,
    boolean sealed,
    String hiddenBy,
    List<String> jsonUnhonoured) {

  public Declaration {
    otherKinds = List.copyOf(otherKinds);
    jsonUnhonoured = List.copyOf(jsonUnhonoured);
  }

  /** A declaration without Jackson annotations Missive cannot honour. */
  public Declaration(
      ElementKind elementKind, List<MessageKind> otherKinds, boolean generic, boolean sealed, String hiddenBy) {
    this(elementKind, otherKinds, generic, sealed, hiddenBy, List.of());
  }

  /** The kinds of declaration a message annotation may be found on. */
  public enum ElementKind {
    INTERFACE("interface"),
    CLASS("class"),
    ENUM("enum"),
    RECORD("record"),
    ANNOTATION_TYPE("annotation type");

    private final String word;

    ElementKind(String word) {
      this.word = word;
    }

    /** The word for it in a message: {@code class}, {@code annotation type}. */
    public String word() {
      return word;
    }
  }
}
