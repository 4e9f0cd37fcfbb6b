package io.missive.processor.rules;

import io.missive.processor.diag.DiagnosticId;

/**
 * An error found by a rule on the model, with what it concerns, so that the processor can put it on
 * the element: a payload field's accessor, an upcaster, or else the interface.
 *
 * @param id the diagnostic id
 * @param text what, why and what instead, without the id
 * @param field the payload field concerned, or {@code null}
 * @param upcasterFrom the {@code from} of the upcaster concerned, or 0
 */
public record Finding(DiagnosticId id, String text, String field, int upcasterFrom) {

  static Finding onField(DiagnosticId id, String field, String text) {
    return new Finding(id, text, field, 0);
  }

  static Finding onUpcaster(DiagnosticId id, int from, String text) {
    return new Finding(id, text, null, from);
  }
}
