package io.missive.processor.model;

import java.util.Set;

/**
 * What the writers must know about the surroundings of the interface to write code that compiles
 * there without warnings.
 *
 * @param generatedAnnotation whether {@code @javax.annotation.processing.Generated} is visible where
 *     the code goes (a named module that does not read {@code java.compiler} cannot see it)
 * @param databind whether Jackson databind is visible where the code goes: in the compilation, and
 *     read by the module the code goes into (a named module cannot see databind on the class path)
 * @param deprecated whether the interface, an accessor, or a type its accessors use, is deprecated: the generated
 *     code then suppresses the deprecation warnings that using it would raise
 * @param alwaysQualify simple names that the generated code must never use for a type, because a
 *     payload field or a type nested in the interface would shadow or obscure it
 */
public record Hints(
    boolean generatedAnnotation, boolean databind, boolean deprecated, Set<String> alwaysQualify) {

  /** Code for an unnamed module without databind, nothing deprecated, nothing shadowed. */
  public static final Hints DEFAULT = new Hints(true, false, false, Set.of());

  public Hints {
    alwaysQualify = Set.copyOf(alwaysQualify);
  }
}
