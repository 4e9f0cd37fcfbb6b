package io.missive.processor.model;

import java.util.List;

/**
 * One method of the annotated interface marked {@code @Upcast(from = n)}, as read: what the upcaster
 * rules judge about its shape and version.
 *
 * @param name the method's name
 * @param from the version it reads
 * @param isStatic whether it is static
 * @param isPrivate whether it is private
 * @param generic whether it declares type parameters
 * @param parameterTypes its parameter types, as javac writes them
 * @param takesJsonObject whether it takes exactly one {@code JsonObject}
 * @param returns what it returns
 * @param returnType its return type, as javac writes it
 * @param checkedThrows the checked exceptions it declares, as javac writes them
 * @param takesFrozen the version of the frozen record it takes ({@code OrderPlacedEvent.V1} is 1), or 0
 *     when its one parameter is no frozen record
 * @param returnsFrozen the version of the frozen record it returns, or 0
 */
public record UpcasterMethod(
    String name,
    int from,
    boolean isStatic,
    boolean isPrivate,
    boolean generic,
    List<String> parameterTypes,
    boolean takesJsonObject,
    Returns returns,
    String returnType,
    List<String> checkedThrows,
    int takesFrozen,
    int returnsFrozen) {

  public UpcasterMethod {
    parameterTypes = List.copyOf(parameterTypes);
    checkedThrows = List.copyOf(checkedThrows);
  }

  /** What an upcaster returns. */
  public enum Returns {
    /** {@code void}: it changes the payload it is given. */
    VOID,
    /** {@code JsonObject}: the payload of the next version. */
    JSON_OBJECT,
    /** A frozen record of a locked version, such as {@code OrderPlacedEvent.V2}: see {@link #returnsFrozen}. */
    FROZEN,
    /** The current payload: its interface or its generated record. */
    PAYLOAD,
    /** Anything else, which the reader could not use. */
    OTHER
  }

  /** The step the generated reader calls, for a valid upcaster. */
  public Upcaster step() {
    return new Upcaster(from, name, returns == Returns.JSON_OBJECT, typed(), returns == Returns.PAYLOAD);
  }

  /** Whether it is written against types: it takes the frozen record of its version. */
  public boolean typed() {
    return takesFrozen > 0;
  }
}
