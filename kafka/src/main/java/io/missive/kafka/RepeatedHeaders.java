package io.missive.kafka;

import io.missive.Message;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;

/**
 * The binary-mode headers whose values repeat from one message of a class to the next: the type and
 * the schema version (fixed by the message's codec) and the source (one per service, as a rule).
 * Each is made once per class and value and added to every record, as the headers of constant value
 * are: one header and one UTF-8 array less per record for each, and no second check of the text.
 *
 * <p>Shared by the threads that send through one serializer without a lock: each slot only ever
 * holds an immutable pair of a value and its header, so a thread sees an older pair or a newer one,
 * and a pair that does not match the message is replaced by one made afresh. Like every header value
 * Kafka hands out, the arrays are not to be changed.
 */
final class RepeatedHeaders {

  private static final ClassValue<RepeatedHeaders> BY_CLASS =
      new ClassValue<>() {
        @Override
        protected RepeatedHeaders computeValue(Class<?> type) {
          return new RepeatedHeaders();
        }
      };

  /** A header and the text it was made from. */
  private record Made(String text, Header header) {}

  /** The version header and the version it was made from. */
  private record Version(int version, Header header) {}

  private Made type;
  private Version version;
  private Made source;

  private RepeatedHeaders() {}

  /** The headers of {@code message}'s class. */
  static RepeatedHeaders of(Message<?> message) {
    return BY_CLASS.get(message.getClass());
  }

  /** The {@code ce_type} header of {@code message}. */
  Header type(Message<?> message) {
    String text = message.type();
    Made made = type;
    if (made == null || !made.text().equals(text)) {
      type = made = new Made(text, new RecordHeader(KafkaHeaders.TYPE, MessageSerializer.utf8(text)));
    }
    return made.header();
  }

  /** The {@code ce_schemaversion} header of {@code message}. */
  Header version(Message<?> message) {
    int number = message.version();
    Version made = version;
    if (made == null || made.version() != number) {
      byte[] value = MessageSerializer.utf8(Integer.toString(number));
      version = made = new Version(number, new RecordHeader(KafkaHeaders.SCHEMAVERSION, value));
    }
    return made.header();
  }

  /** The {@code ce_source} header of {@code message}, its text checked as every header's is. */
  Header source(Message<?> message) {
    String text = message.source();
    Made made = source;
    if (made == null || !made.text().equals(text)) {
      byte[] value = MessageSerializer.header(message, "source", text);
      source = made = new Made(text, new RecordHeader(KafkaHeaders.SOURCE, value));
    }
    return made.header();
  }
}
