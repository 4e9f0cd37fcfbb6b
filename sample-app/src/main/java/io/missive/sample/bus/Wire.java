package io.missive.sample.bus;

/**
 * What carries a message's bytes from the bus's sender to its receivers: in memory by default, or a
 * real broker ({@code io.missive.sample.kafka.KafkaWire}). The bus hands it the CloudEvents JSON it
 * wrote and reads what comes out on the far side.
 */
@FunctionalInterface
public interface Wire {

  /** The wire of one process: the bytes are handed on as they are. */
  Wire IN_MEMORY = (key, json) -> json;

  /**
   * Carries {@code json} across and returns the bytes as the receiving side got them.
   *
   * @param key the message's partition key, or {@code null} for none
   */
  byte[] carry(String key, byte[] json);
}
