package io.missive.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.missive.MessageJsonReader;
import io.missive.UnknownMessage;
import io.missive.kafka.orders.OrderPackedEvent;
import io.missive.kafka.orders.OrderPlaced;
import io.missive.kafka.orders.OrderPlacedEvent;
import io.missive.kafka.orders.OrderShippedEvent;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;

/**
 * {@code configure(Map, boolean)} of the serializer and the deserializer, as the clients, Spring Kafka
 * and Kafka Streams call it with their properties: each property's forms, each wrong value as a
 * {@link ConfigException} naming it, and a serde made in code that properties may agree with but never
 * quietly change.
 */
class ConfigurationTest {

  private static final String UNKNOWN =
      "{\"specversion\":\"1.0\",\"id\":\"x-1\",\"source\":\"/elsewhere\",\"type\":\"ParcelLost\",\"time\":\"2026-03-15T10:30:00Z\",\"data\":{}}";

  @Test
  void theMessagesPropertyTakesNamesListsAndClasses() {
    for (Object messages :
        List.of(
            "io.missive.kafka.orders.OrderPlacedEvent, io.missive.kafka.orders.OrderShippedEvent,",
            List.of("io.missive.kafka.orders.OrderPlacedEvent", "io.missive.kafka.orders.OrderShippedEvent"),
            List.of(OrderPlacedEvent.class, OrderShippedEvent.class))) {
      MessageDeserializer deserializer = configured(Map.of(MissiveKafkaConfig.MESSAGES, messages));
      assertThat(deserializer.reader().types()).as("%s", messages).containsExactlyInAnyOrder("OrderPlaced", "OrderShipped");
      assertThat(deserializer.reader().keepsUnknownTypes()).isFalse();
    }
    assertThat(configured(Map.of(MissiveKafkaConfig.MESSAGES, OrderPackedEvent.class)).reader().types())
        .containsExactly("OrderPacked");
  }

  @Test
  void withoutTheMessagesPropertyEveryGeneratedMessageOnTheClassPathIsRead() {
    assertThat(configured(Map.of()).reader().types())
        .contains("OrderPlaced", "OrderShipped", "OrderPacked", "ShipOrder", "GetOrderStatus");
  }

  @Test
  void aWrongMessagesPropertyIsAConfigExceptionNamingIt() {
    assertThatThrownBy(() -> configured(Map.of(MissiveKafkaConfig.MESSAGES, " , ")))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining(MissiveKafkaConfig.MESSAGES)
        .hasMessageContaining("names no envelope class");
    assertThatThrownBy(() -> configured(Map.of(MissiveKafkaConfig.MESSAGES, "com.example.NoSuchEvent")))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("com.example.NoSuchEvent")
        .hasMessageContaining("no such class on the class path");
    assertThatThrownBy(() -> configured(Map.of(MissiveKafkaConfig.MESSAGES, OrderPlaced.class.getName())))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining(OrderPlaced.class.getName())
        .hasMessageContaining("not a generated envelope")
        .hasMessageContaining("not the annotated interfaces");
  }

  @Test
  void twoCodecsOfOneTypeOnTheClassPathAreAConfigException(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws Exception {
    // A second jar on the class path whose provider offers another class for the type OrderPlaced.
    java.nio.file.Path services = dir.resolve("META-INF/services/io.missive.MessageCodecProvider");
    java.nio.file.Files.createDirectories(services.getParent());
    java.nio.file.Files.writeString(services, ClashingCodecs.class.getName() + "\n");
    Thread thread = Thread.currentThread();
    ClassLoader before = thread.getContextClassLoader();
    try (java.net.URLClassLoader loader =
        new java.net.URLClassLoader(new java.net.URL[] {dir.toUri().toURL()}, ConfigurationTest.class.getClassLoader())) {
      thread.setContextClassLoader(loader);
      assertThatThrownBy(() -> configured(Map.of()))
          .isInstanceOf(ConfigException.class)
          .hasMessage(
              "MessageDeserializer cannot read every message type on the class path: Two codecs read type"
                  + " \"OrderPlaced\": io.missive.kafka.orders.OrderPlacedEvent and"
                  + " io.missive.kafka.orders.OrderShippedEvent; set missive.kafka.messages to the envelope"
                  + " classes it reads");
    } finally {
      thread.setContextClassLoader(before);
    }
  }

  /** A provider of a codec that claims OrderPlaced for another class. */
  public static final class ClashingCodecs implements io.missive.MessageCodecProvider {
    @Override
    public List<io.missive.MessageCodec<?>> codecs() {
      io.missive.MessageCodec<?> clash =
          (io.missive.MessageCodec<?>)
              java.lang.reflect.Proxy.newProxyInstance(
                  ConfigurationTest.class.getClassLoader(),
                  new Class<?>[] {io.missive.MessageCodec.class},
                  (proxy, method, args) ->
                      switch (method.getName()) {
                        case "type" -> "OrderPlaced";
                        case "messageClass" -> OrderShippedEvent.class;
                        default -> throw new UnsupportedOperationException(method.getName());
                      });
      return List.of(clash);
    }
  }

  @Test
  void unknownTypesAreRefusedOrKept() {
    assertThat(configured(Map.of(MissiveKafkaConfig.UNKNOWN_TYPES, "fail")).reader().keepsUnknownTypes()).isFalse();
    MessageDeserializer keeping = configured(Map.of(MissiveKafkaConfig.UNKNOWN_TYPES, " Keep "));
    assertThat(keeping.reader().keepsUnknownTypes()).isTrue();
    assertThat(keeping.deserialize("orders", structured(), UNKNOWN.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(UnknownMessage.class);
    assertThatThrownBy(() -> configured(Map.of(MissiveKafkaConfig.UNKNOWN_TYPES, "drop")))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining(MissiveKafkaConfig.UNKNOWN_TYPES)
        .hasMessageContaining("expected \"fail\" or \"keep\"");
  }

  @Test
  void aDeserializerMadeWithAReaderKeepsItsReader() {
    MessageJsonReader reader = MessageJsonReader.of(OrderPlacedEvent.JSON).lenientAttributes();
    MessageDeserializer deserializer = new MessageDeserializer(reader);
    deserializer.configure(Map.of(), false);
    assertThat(deserializer.reader()).isSameAs(reader);
    // A property that says what the reader says is fine; one that says otherwise is refused.
    deserializer.configure(Map.of(MissiveKafkaConfig.UNKNOWN_TYPES, "fail"), false);
    assertThat(deserializer.reader()).isSameAs(reader);
    assertThatThrownBy(() -> deserializer.configure(Map.of(MissiveKafkaConfig.UNKNOWN_TYPES, "keep"), false))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("made with a MessageJsonReader that refuses unknown types");
    MessageDeserializer keeping = new MessageDeserializer(reader.keepingUnknownTypes());
    keeping.configure(Map.of(MissiveKafkaConfig.UNKNOWN_TYPES, "keep"), false);
    assertThatThrownBy(() -> keeping.configure(Map.of(MissiveKafkaConfig.UNKNOWN_TYPES, "fail"), false))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("made with a MessageJsonReader that keeps unknown types");
    // The same types in the property: they agree (a second factory made from the first's properties).
    MessageDeserializer two = MessageDeserializer.of(OrderPlacedEvent.JSON, OrderShippedEvent.JSON);
    two.configure(Map.of(MissiveKafkaConfig.MESSAGES, List.of(OrderShippedEvent.class, OrderPlacedEvent.class)), false);
    assertThat(two.reader().types()).containsExactly("OrderPlaced", "OrderShipped");
    for (Object other :
        List.of(
            OrderShippedEvent.class.getName(),
            OrderPlacedEvent.class.getName() + "," + OrderShippedEvent.class.getName(),
            List.of(OrderPlacedEvent.class, OrderPlacedEvent.class, OrderShippedEvent.class))) {
      assertThatThrownBy(
              () -> MessageDeserializer.of(OrderPlacedEvent.JSON)
                  .configure(Map.of(MissiveKafkaConfig.MESSAGES, other), false))
          .as("%s", other)
          .isInstanceOf(ConfigException.class)
          .hasMessageContaining(MissiveKafkaConfig.MESSAGES)
          .hasMessageContaining("made with a MessageJsonReader of [OrderPlaced], which the property does not name");
    }
  }

  @Test
  void neitherIsAKeySerde() {
    assertThatThrownBy(() -> new MessageDeserializer().configure(Map.of(), true))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("use StringDeserializer for keys");
    assertThatThrownBy(() -> new MessageSerializer().configure(Map.of(), true))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("use StringSerializer for keys");
  }

  @Test
  void aTopicNamedLikeAStoresChangelogIsRefusedUnlessThePropertySaysWrite() {
    OrderShippedEvent shipped = OrderShippedEvent.builder().orderId("o-1").carrier("DHL").sequence(1).build();
    MessageSerializer refusing = new MessageSerializer();
    refusing.configure(Map.of(MissiveKafkaConfig.CHANGELOG_TOPICS, "refuse"), false);
    assertThatThrownBy(() -> refusing.serialize("inventory-changelog", new RecordHeaders(), shipped))
        .isInstanceOf(io.missive.MessageFormatException.class)
        .hasMessageContaining("is the changelog of a Kafka Streams state store")
        .hasMessageContaining("missive.kafka.changelog.topics=write");
    for (MessageSerializer writing : List.of(new MessageSerializer(), new MessageSerializer(Mode.STRUCTURED))) {
      writing.configure(Map.of(MissiveKafkaConfig.CHANGELOG_TOPICS, " Write"), false);
      RecordHeaders headers = new RecordHeaders();
      byte[] value = writing.serialize("inventory-changelog", headers, shipped);
      assertThat(MessageDeserializer.of(OrderShippedEvent.JSON).deserialize("inventory-changelog", headers, value))
          .isEqualTo(shipped);
    }
    assertThatThrownBy(() -> new MessageSerializer().configure(Map.of(MissiveKafkaConfig.CHANGELOG_TOPICS, "allow"), false))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining(MissiveKafkaConfig.CHANGELOG_TOPICS)
        .hasMessageContaining("expected \"refuse\" or \"write\"");
  }

  @Test
  void theModePropertyPicksTheSerializersMode() {
    for (Map.Entry<Object, Mode> entry :
        Map.<Object, Mode>of("binary", Mode.BINARY, " STRUCTURED", Mode.STRUCTURED, Mode.STRUCTURED, Mode.STRUCTURED)
            .entrySet()) {
      MessageSerializer serializer = new MessageSerializer();
      serializer.configure(Map.of(MissiveKafkaConfig.MODE, entry.getKey()), false);
      assertThat(serializer.mode()).as("%s", entry.getKey()).isEqualTo(entry.getValue());
    }
    MessageSerializer reconfigured = new MessageSerializer();
    reconfigured.configure(Map.of(MissiveKafkaConfig.MODE, "structured"), false);
    reconfigured.configure(Map.of(), false);
    assertThat(reconfigured.mode()).isEqualTo(Mode.BINARY);
    assertThatThrownBy(() -> new MessageSerializer().configure(Map.of(MissiveKafkaConfig.MODE, "json"), false))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining(MissiveKafkaConfig.MODE)
        .hasMessageContaining("expected \"binary\" or \"structured\"");
  }

  @Test
  void aSerializerMadeWithAModeKeepsIt() {
    MessageSerializer structured = new MessageSerializer(Mode.STRUCTURED);
    structured.configure(Map.of(), false);
    structured.configure(Map.of(MissiveKafkaConfig.MODE, "structured"), false);
    assertThat(structured.mode()).isEqualTo(Mode.STRUCTURED);
    assertThatThrownBy(() -> structured.configure(Map.of(MissiveKafkaConfig.MODE, "binary"), false))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("this MessageSerializer was made to write structured mode");
    assertThat(structured.mode()).isEqualTo(Mode.STRUCTURED);
    RecordHeaders headers = new RecordHeaders();
    structured.serialize("orders", headers, KafkaBindingTest.placed("ord-1"));
    assertThat(new String(headers.lastHeader("content-type").value(), StandardCharsets.UTF_8))
        .isEqualTo("application/cloudevents+json; charset=UTF-8");
  }

  private static MessageDeserializer configured(Map<String, ?> properties) {
    MessageDeserializer deserializer = new MessageDeserializer();
    deserializer.configure(new HashMap<>(properties), false);
    return deserializer;
  }

  private static RecordHeaders structured() {
    RecordHeaders headers = new RecordHeaders();
    headers.add("content-type", "application/cloudevents+json".getBytes(StandardCharsets.UTF_8));
    return headers;
  }
}
