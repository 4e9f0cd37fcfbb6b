package io.missive.processor.diag;

/** How a rule's finding is reported: as a compile error, a warning, or not at all. */
public enum Severity {
  ERROR,
  WARNING,
  OFF
}
