package io.missive;

/**
 * A command: a request to one handler to change state; it may be rejected.
 *
 * @param <D> the payload interface
 */
public interface CommandMessage<D> extends Message<D> {}
