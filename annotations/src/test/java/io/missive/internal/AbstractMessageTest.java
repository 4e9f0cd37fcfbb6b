package io.missive.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import io.missive.EventMessage;
import io.missive.MessageCodec;
import io.missive.MessageIds;
import io.missive.MessageJson;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The shared envelope and builder, through two hand-written envelopes shaped like generated ones. */
class AbstractMessageTest {

  private static final Instant T = Instant.parse("2026-03-15T10:30:00.123Z");
  private static final Clock FIXED = Clock.fixed(T, ZoneOffset.UTC);

  interface Note {
    String text();
  }

  record NoteData(String text) implements Note {}

  /** The codec of a generated envelope: type, source, version, and the payload's JSON. */
  static final class NoteCodec extends CloudEventCodec<NoteWritten> {
    NoteCodec() {
      super(NoteWritten.class, "NoteWritten", "notes", 2, 2);
    }

    @Override
    protected void writeData(NoteWritten message, JsonGenerator generator) throws IOException {
      generator.writeStartObject();
      generator.writeStringField("text", message.data().text());
      generator.writeEndObject();
    }

    @Override
    protected Object readData(JsonParser parser) throws IOException {
      String text = null;
      for (String member = parser.nextFieldName(); member != null; member = parser.nextFieldName()) {
        parser.nextToken();
        if (member.equals("text")) {
          text = parser.getText();
        } else {
          parser.skipChildren();
        }
      }
      return new NoteData(text);
    }

    @Override
    protected NoteWritten create(
        String id, String source, Instant time, String correlationId, String causationId, Object data) {
      return new NoteWritten(id, source, time, correlationId, causationId, (NoteData) data);
    }
  }

  static final NoteCodec JSON = new NoteCodec();

  /** Shaped like generated envelopes: their codec gives type and version. */
  abstract static class NoteMessage extends AbstractMessage<Note> {
    NoteMessage(String id, String source, Instant time, String correlationId, String causationId, NoteData data) {
      super(id, source, time, correlationId, causationId, data);
    }

    NoteMessage(Clock clock, String id, Instant time, String correlationId, String causationId, NoteData data) {
      super(clock, id, time, correlationId, causationId, "notes", data);
    }

    @Override
    protected MessageCodec<?> codec() {
      return JSON;
    }
  }

  static final class NoteWritten extends NoteMessage implements EventMessage<Note> {
    NoteWritten(String id, String source, Instant time, String correlationId, String causationId, NoteData data) {
      super(id, source, time, correlationId, causationId, data);
    }

    NoteWritten(Builder b, NoteData data) {
      super(b.clock, b.id, b.timestamp, b.correlationId, b.causationId, data);
    }

    static final class Builder extends AbstractBuilder<Builder> {
      private String text;

      Builder(Clock clock) {
        super(clock);
      }

      Builder text(String text) {
        this.text = text;
        return this;
      }

      NoteWritten build() {
        if (text == null) {
          throw AbstractBuilder.missingFields("NoteWritten (type NoteWritten)", "text", text);
        }
        return new NoteWritten(this, new NoteData(text));
      }
    }
  }

  /** Same metadata and payload as a {@link NoteWritten}, another class. */
  static final class NoteCopied extends NoteMessage {
    NoteCopied(String id, String source, Instant time, String correlationId, String causationId, NoteData data) {
      super(id, source, time, correlationId, causationId, data);
    }
  }

  @Test
  void unsetMetadataTakeTheirDefaults() {
    NoteWritten note = new NoteWritten.Builder(FIXED).text("hi").build();
    assertThat(note.timestamp()).isEqualTo(T);
    assertThat(note.id()).hasSize(36);
    assertThat(note.correlationId()).isEqualTo(note.id());
    assertThat(note.causationId()).isNull();
    assertThat(note.source()).isEqualTo("notes");
    assertThat(note.data()).isEqualTo(new NoteData("hi"));
  }

  @Test
  void theSystemClockGivesIdAndTimestampTheSameMillisecond() {
    NoteWritten note = new NoteWritten.Builder(Clock.systemUTC()).text("hi").build();
    assertThat(MessageIds.epochMillis(note.id())).isEqualTo(note.timestamp().toEpochMilli());
  }

  @Test
  void setMetadataAndCausedByAreKept() {
    NoteWritten cause =
        new NoteWritten.Builder(FIXED).id("c-1").correlationId("flow-1").text("a").build();
    NoteWritten effect =
        new NoteWritten.Builder(FIXED).id("e-1").timestamp(Instant.EPOCH).causedBy(cause).text("b").build();
    assertThat(effect.id()).isEqualTo("e-1");
    assertThat(effect.timestamp()).isEqualTo(Instant.EPOCH);
    assertThat(effect.correlationId()).isEqualTo("flow-1");
    assertThat(effect.causationId()).isEqualTo("c-1");
  }

  @Test
  void emptyOrNullMetadataIsRejected() {
    NoteWritten.Builder builder = new NoteWritten.Builder(FIXED);
    assertThatThrownBy(() -> builder.id("")).isInstanceOf(IllegalArgumentException.class).hasMessage("id must not be empty");
    assertThatThrownBy(() -> builder.correlationId("")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> builder.id(null)).isInstanceOf(NullPointerException.class).hasMessage("id");
    assertThatThrownBy(() -> builder.timestamp(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> builder.causedBy(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new NoteWritten.Builder(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void missingFieldsAreNamedInOrder() {
    assertThatThrownBy(() -> new NoteWritten.Builder(FIXED).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Cannot build NoteWritten (type NoteWritten): missing text");
    assertThat(AbstractBuilder.missingFields("X (type X)", "a", null, "b", 1, "c", null))
        .hasMessage("Cannot build X (type X): missing a, c");
  }

  @Test
  void equalityIsByClassMetadataAndPayload() {
    NoteWritten a = new NoteWritten("1", "s", T, "1", null, new NoteData("x"));
    NoteWritten same = new NoteWritten("1", "s", T, "1", null, new NoteData("x"));
    assertThat(a).isEqualTo(same).hasSameHashCodeAs(same);
    assertThat(a).isNotEqualTo(new NoteWritten("1", "s", T, "1", "0", new NoteData("x")));
    assertThat(a).isNotEqualTo(new NoteWritten("1", "s", T, "1", null, new NoteData("y")));
    assertThat(a).isNotEqualTo(new NoteCopied("1", "s", T, "1", null, new NoteData("x")));
    assertThat(a).isNotEqualTo(null);
  }

  @Test
  void toStringNamesTheClassAndEveryAttribute() {
    NoteWritten a = new NoteWritten("1", "s", T, "c", null, new NoteData("x"));
    assertThat(a.toString())
        .isEqualTo(
            "NoteWritten{id=1, type=NoteWritten, source=s, timestamp=2026-03-15T10:30:00.123Z,"
                + " version=2, correlationId=c, causationId=null, data=NoteData[text=x]}");
  }

  @Test
  void typeAndVersionComeFromTheCodec() {
    NoteWritten a = new NoteWritten("1", "s", T, "c", null, new NoteData("x"));
    assertThat(a.type()).isEqualTo("NoteWritten");
    assertThat(a.version()).isEqualTo(2);
  }

  @Test
  void theJsonMethodsWriteThroughTheCodecAndReadBack() throws IOException {
    NoteWritten a = new NoteWritten("1", "s", T, "c", "0", new NoteData("x"));
    String json = a.toJson();
    assertThat(json)
        .isEqualTo(
            "{\"specversion\":\"1.0\",\"id\":\"1\",\"source\":\"s\",\"type\":\"NoteWritten\","
                + "\"time\":\"2026-03-15T10:30:00.123Z\",\"datacontenttype\":\"application/json\","
                + "\"schemaversion\":2,\"correlationid\":\"c\",\"causationid\":\"0\","
                + "\"data\":{\"text\":\"x\"}}");
    assertThat(new String(a.toJsonBytes(), StandardCharsets.UTF_8)).isEqualTo(json);
    StringWriter out = new StringWriter();
    try (JsonGenerator generator = MessageJson.factory().createGenerator(out)) {
      a.writeJson(generator);
    }
    assertThat(out.toString()).isEqualTo(json);
    assertThat(JSON.fromJson(json)).isEqualTo(a);
  }

  @Test
  void readMessagesNeedEveryAttributeButCausation() {
    NoteData data = new NoteData("x");
    assertThatThrownBy(() -> new NoteWritten(null, "s", T, "c", null, data)).hasMessage("id");
    assertThatThrownBy(() -> new NoteWritten("1", null, T, "c", null, data)).hasMessage("source");
    assertThatThrownBy(() -> new NoteWritten("1", "s", null, "c", null, data)).hasMessage("timestamp");
    assertThatThrownBy(() -> new NoteWritten("1", "s", T, null, null, data)).hasMessage("correlationId");
    assertThatThrownBy(() -> new NoteWritten("1", "s", T, "c", null, null)).hasMessage("data");
  }
}
