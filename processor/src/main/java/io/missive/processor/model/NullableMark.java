package io.missive.processor.model;

import com.palantir.javapoet.AnnotationSpec;

/**
 * The annotation that made a payload field nullable, as the generated record and builder carry it
 * too (null-checkers and IDEs read it there).
 *
 * @param annotation the annotation as written on the accessor
 * @param typeUse whether it annotates the type ({@code @Nullable String}, JSpecify's) rather than
 *     the declaration: then it goes on the type wherever the field's type is written
 * @param onParameters whether, as a declaration annotation, it may sit on a parameter (the builder's
 *     and the {@code with...} methods'); one for methods only goes on the record component alone
 */
public record NullableMark(AnnotationSpec annotation, boolean typeUse, boolean onParameters) {}
