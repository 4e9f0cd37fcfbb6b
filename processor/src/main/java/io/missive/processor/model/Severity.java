package io.missive.processor.model;

/** How a rule's finding is reported: as a compile error, a warning, or not at all. */
public enum Severity {
  ERROR,
  WARNING,
  OFF
}
