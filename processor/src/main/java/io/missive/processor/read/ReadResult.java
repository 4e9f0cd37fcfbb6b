package io.missive.processor.read;

import io.missive.processor.model.MessageType;

/** What reading one annotated interface gave: a model, errors (already reported), or a deferral. */
public sealed interface ReadResult {

  /** The interface is valid in structure; here is its model. */
  record Read(MessageType model) implements ReadResult {}

  /** Errors were reported on the interface; nothing is to be generated for it. */
  record Invalid() implements ReadResult {}

  /**
   * A type the interface uses does not exist yet; another processor may generate it in a later round.
   *
   * @param missing the accessor or supertype whose type is missing, for the final error
   */
  record Deferred(String missing) implements ReadResult {}
}
