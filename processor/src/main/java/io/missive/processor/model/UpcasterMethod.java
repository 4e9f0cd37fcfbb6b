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
    List<String> checkedThrows) {

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
    /** Anything else, which the reader could not use. */
    OTHER
  }

  /** The step the generated reader calls, for a valid upcaster. */
  public Upcaster step() {
    return new Upcaster(from, name, returns == Returns.JSON_OBJECT);
  }
}
