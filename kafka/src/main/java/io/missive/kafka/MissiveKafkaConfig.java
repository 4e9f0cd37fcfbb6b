package io.missive.kafka;

/**
 * The configuration keys of {@link MessageSerializer} and {@link MessageDeserializer}, set among the
 * producer's, consumer's or Kafka Streams' properties (or a Spring Kafka {@code spring.kafka.*.properties}
 * map), read by Kafka's {@code configure(Map, boolean)}. A serializer or deserializer made in code
 * with a mode or a reader keeps it: a property that says otherwise is a {@link
 * org.apache.kafka.common.config.ConfigException}.
 */
public final class MissiveKafkaConfig {

  /**
   * {@code missive.kafka.mode}: {@code binary} (the default) or {@code structured}; see {@link Mode}.
   * Read by the serializer only: the deserializer reads both.
   */
  public static final String MODE = "missive.kafka.mode";

  /**
   * {@code missive.kafka.messages}: the envelope classes the deserializer reads, such as
   * {@code com.example.OrderPlacedEvent,com.example.OrderShippedEvent} (a comma-separated string, a
   * list of names or a list of classes). Each class's generated codec (its {@code JSON} constant) is
   * taken; the type on the wire only ever picks among them. Without it the deserializer reads every
   * message the processor generated on the class path ({@link io.missive.MessageJsonReader#discovered()}).
   */
  public static final String MESSAGES = "missive.kafka.messages";

  /**
   * {@code missive.kafka.unknown.types}: {@code fail} (the default), a {@link
   * io.missive.MessageFormatException} for a record of a type the deserializer has no codec for, or
   * {@code keep}, an {@link io.missive.UnknownMessage} with its attributes and data.
   */
  public static final String UNKNOWN_TYPES = "missive.kafka.unknown.types";

  /**
   * {@code missive.kafka.changelog.topics}: {@code refuse} (the default) or {@code write}. Read by the
   * serializer only. A topic whose name ends in {@code -changelog} is, as a rule, a Kafka Streams state
   * store's, where this serializer would write a message's attributes into the headers of the record
   * in flight ({@link StateStoreSerde} is a store's serde), so the serializer refuses it; {@code
   * write} writes such a topic as any other, for an application whose own topics are named so and
   * that uses {@link MessageSerializer} in no state store.
   */
  public static final String CHANGELOG_TOPICS = "missive.kafka.changelog.topics";

  private MissiveKafkaConfig() {}
}
