package io.missive.processor.model;

/**
 * A static method of the message interface, annotated {@code @Upcast(from = n)}, that turns the JSON
 * payload of version {@code from} into that of version {@code from + 1}.
 *
 * @param from the version it reads
 * @param method the method's name
 * @param returnsData whether it returns the next payload ({@code JsonObject}) rather than changing its
 *     argument in place ({@code void})
 */
public record Upcaster(int from, String method, boolean returnsData) {}
