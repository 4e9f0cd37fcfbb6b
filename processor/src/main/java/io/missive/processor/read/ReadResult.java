package io.missive.processor.read;

import io.missive.processor.diag.Locations;
import io.missive.processor.model.MessageType;

/** What reading one annotated element gave: a model with its locations, or a deferral. */
public sealed interface ReadResult {

  /**
   * The element was read; the rules judge whether the model is valid.
   *
   * @param locations the elements the model's parts came from, for the reporter
   */
  record Read(MessageType model, Locations locations) implements ReadResult {}

  /**
   * A type the interface uses does not exist yet; another processor may generate it in a later round.
   *
   * @param missing the accessor, supertype or annotation value whose type is missing, for the final
   *     error
   */
  record Deferred(String missing) implements ReadResult {}
}
