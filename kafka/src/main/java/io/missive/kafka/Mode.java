package io.missive.kafka;

/** How a message is laid out in a Kafka record, per the CloudEvents Kafka protocol binding 1.0. */
public enum Mode {
  /**
   * The default: the value is the payload's JSON ({@link io.missive.Message#dataJsonBytes()}) and every
   * attribute a {@code ce_} header, so that consumers and tools that know nothing of CloudEvents read
   * the payload as plain JSON.
   */
  BINARY,

  /**
   * The value is the whole CloudEvents JSON ({@link io.missive.Message#toJsonBytes()}) with
   * {@code content-type: application/cloudevents+json; charset=UTF-8}: self-contained, for
   * consumers that keep or forward values without their headers.
   */
  STRUCTURED
}
