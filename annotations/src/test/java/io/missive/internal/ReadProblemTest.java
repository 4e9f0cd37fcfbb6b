package io.missive.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import io.missive.MessageCodec;
import io.missive.MessageFormatException;
import io.missive.json.JsonObject;
import java.io.IOException;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the helpers and the upcasters find wrong leaves the reader as a whole
 * {@link MessageFormatException}: with the message type and the path, and what the finder knew.
 */
class ReadProblemTest {

  interface Count {
    int count();
  }

  record CountData(int count) implements Count {}

  static final class Counted extends AbstractMessage<Count> {
    Counted(String id, String source, Instant time, String correlationId, String causationId, CountData data) {
      super(id, source, time, correlationId, causationId, data);
    }

    @Override
    protected MessageCodec<?> codec() {
      return JSON;
    }
  }

  /** Version 3 is {"count": 1}; version 2 {"m": 1}; version 1 {"n": 1}. */
  static final class CountedCodec extends CloudEventCodec<Counted> {
    CountedCodec() {
      super(Counted.class, "Counted", "counts", 3, 1);
    }

    @Override
    protected void writeData(Counted message, JsonGenerator generator) throws IOException {
      generator.writeStartObject();
      generator.writeNumberField("count", message.data().count());
      generator.writeEndObject();
    }

    @Override
    protected Object readData(JsonParser parser) throws IOException {
      JsonRead.startObject(parser);
      Integer count = null;
      for (String member = parser.nextFieldName(); member != null; member = parser.nextFieldName()) {
        parser.nextToken();
        if (member.equals("count")) {
          count = JsonRead.intValue(parser);
        } else {
          parser.skipChildren();
        }
      }
      if (count == null) {
        throw JsonRead.missing("count");
      }
      return new CountData(count);
    }

    @Override
    protected Counted create(
        String id, String source, Instant time, String correlationId, String causationId, Object data) {
      return new Counted(id, source, time, correlationId, causationId, (CountData) data);
    }

    @Override
    protected JsonObject upcast(int fromVersion, JsonObject data) {
      if (data.has("fail")) {
        MessageFormatException failure =
            new MessageFormatException(null, "data.fail", "cannot upcast this", new IllegalStateException("why"));
        failure.addSuppressed(new IllegalArgumentException("also"));
        throw failure;
      }
      // A new object each time, as an upcaster may return: the next one reads it at "data".
      return fromVersion == 1
          ? new JsonObject().put("m", data.getNumber("n"))
          : new JsonObject().put("count", data.getInt("m"));
    }
  }

  static final CountedCodec JSON = new CountedCodec();

  private static String message(int version, String data) {
    return "{\"specversion\":\"1.0\",\"id\":\"1\",\"source\":\"counts\",\"type\":\"Counted\","
        + "\"time\":\"2026-03-15T10:30:00Z\",\"schemaversion\":" + version + ",\"data\":" + data + "}";
  }

  /** The same message with data first, which the reader holds as a tree and reads last. */
  private static String dataFirst(int version, String data) {
    return "{\"data\":" + data + "," + message(version, data).substring(1).replace(",\"data\":" + data, "");
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void aHelpersProblemIsPlacedWithItsTextAndWhereItWasFound(boolean asTree) {
    String json = asTree ? dataFirst(3, "{\"count\":\"one\"}") : message(3, "{\"count\":\"one\"}");
    assertThatThrownBy(() -> JSON.fromJson(json))
        .isInstanceOfSatisfying(
            MessageFormatException.class,
            e -> {
              assertThat(e.messageType()).isEqualTo("Counted");
              assertThat(e.path()).isEqualTo("data.count");
              assertThat(e.problem()).isEqualTo("expected an integer, found a string");
              assertThat(e.getStackTrace()[0].getClassName()).isEqualTo(JsonRead.class.getName());
            });
    String missing = asTree ? dataFirst(3, "{}") : message(3, "{}");
    assertThatThrownBy(() -> JSON.fromJson(missing))
        .isInstanceOf(MessageFormatException.class)
        .hasMessage("Cannot read Counted JSON at data.count: missing");
  }

  @Test
  void aProblemOfTheEnvelopeIsPlacedToo() {
    assertThatThrownBy(() -> JSON.fromJson(message(3, "{\"count\":1}").replace("\"id\":\"1\"", "\"id\":\"\"")))
        .isInstanceOf(MessageFormatException.class)
        .hasMessage("Cannot read Counted JSON at id: must not be empty");
  }

  @Test
  void anUpcastersProblemGetsTheTypeAndThePathOfTheTreeItWasGiven() {
    assertThat(JSON.fromJson(message(1, "{\"n\":7}")).data()).isEqualTo(new CountData(7));
    assertThatThrownBy(() -> JSON.fromJson(message(1, "{}")))
        .isInstanceOfSatisfying(
            MessageFormatException.class,
            e -> assertThat(e.getStackTrace()[0].getClassName()).isEqualTo(JsonObject.class.getName()))
        .hasMessage("Cannot read Counted JSON at data.n: missing");
    // The second upcaster works on the object the first one returned, rooted at data.
    assertThatThrownBy(() -> JSON.fromJson(message(1, "{\"n\":1.5}")))
        .hasMessage("Cannot read Counted JSON at data.m: expected an int, found 1.5");
  }

  @Test
  void anExceptionWithoutTheTypeIsCopiedWithItAndNothingElseChanged() {
    MessageFormatException thrown = null;
    try {
      JSON.fromJson(message(2, "{\"fail\":true}"));
    } catch (MessageFormatException e) {
      thrown = e;
    }
    assertThat(thrown).isNotNull().hasMessage("Cannot read Counted JSON at data.fail: cannot upcast this");
    assertThat(thrown.messageType()).isEqualTo("Counted");
    assertThat(thrown.path()).isEqualTo("data.fail");
    assertThat(thrown.problem()).isEqualTo("cannot upcast this");
    assertThat(thrown.getCause()).isInstanceOf(IllegalStateException.class).hasMessage("why");
    assertThat(thrown.getSuppressed()).singleElement().satisfies(s -> assertThat(s).hasMessage("also"));
    assertThat(thrown.getStackTrace()[0].getMethodName()).isEqualTo("upcast");
  }
}
