package io.missive;

/**
 * A query: a request to one handler to read data; it changes nothing.
 *
 * @param <D> the payload interface
 */
public interface QueryMessage<D> extends Message<D> {}
