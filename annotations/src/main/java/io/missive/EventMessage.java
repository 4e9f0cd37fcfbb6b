package io.missive;

/**
 * A domain event: a fact that already happened, broadcast to any number of consumers.
 *
 * @param <D> the payload interface
 */
public interface EventMessage<D> extends Message<D> {}
