package io.missive.sample.bus;

import io.missive.Message;
import io.missive.MessageJsonReader;

/**
 * What carries a message of a {@link MessageBus} from its sender to its receivers, in memory
 * ({@link #inMemory}). The bus hands it the message it sends and gets back what the receiving side
 * read. (Over Kafka the services consume the topic themselves: {@code io.missive.sample.kafka.KafkaBus}.)
 */
@FunctionalInterface
public interface Wire {

  /**
   * Carries {@code message} across and returns what the receiving side read from the wire. A
   * message sent as it came from elsewhere (an older producer's, a redelivery) is an {@link
   * io.missive.UnknownMessage}, which goes on the wire unchanged.
   */
  Delivery carry(Message<?> message);

  /**
   * What came out on the far side: the message as read, in the receiver's current version, and the
   * schema version it was written in on the wire (older ones are read through their upcasters).
   */
  record Delivery(Message<?> message, int writtenVersion) {}

  /**
   * The wire of one process: the message is written as CloudEvents JSON with its generated codec and
   * read back by {@code reader}, as it would be on the far side of a broker.
   */
  static Wire inMemory(MessageJsonReader reader) {
    return message -> new Delivery(reader.read(message.toJsonBytes()), message.version());
  }
}
