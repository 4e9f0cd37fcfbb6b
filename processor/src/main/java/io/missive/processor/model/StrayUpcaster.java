package io.missive.processor.model;

/**
 * A method marked {@code @Upcast} that no message interface declares, so no reader would ever call it.
 *
 * @param method the method's name
 * @param owner the simple name of the type that declares it
 */
public record StrayUpcaster(String method, String owner) {}
