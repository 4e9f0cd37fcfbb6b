package io.missive.processor.model;

/**
 * A static method of the message interface, annotated {@code @Upcast(from = n)}, that turns the JSON
 * payload of version {@code from} into that of version {@code from + 1}.
 *
 * @param from the version it reads
 * @param method the method's name
 * @param returnsData whether it returns the next payload ({@code JsonObject}) rather than changing its
 *     argument in place ({@code void})
 * @param typed whether it takes the frozen record of version {@code from} (such as
 *     {@code OrderPlacedEvent.V1}) rather than the JSON tree
 * @param returnsPayload whether a typed upcaster returns the current payload (its interface or
 *     record) rather than the next frozen record
 */
public record Upcaster(int from, String method, boolean returnsData, boolean typed, boolean returnsPayload) {}
