package io.missive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

  /** Type and version, as generated envelopes declare them. */
  abstract static class NoteMessage extends AbstractMessage<Note> {
    NoteMessage(String id, String source, Instant time, String correlationId, String causationId, NoteData data) {
      super(id, source, time, correlationId, causationId, data);
    }

    NoteMessage(Clock clock, String id, Instant time, String correlationId, String causationId, NoteData data) {
      super(clock, id, time, correlationId, causationId, "notes", data);
    }

    @Override
    public String type() {
      return "NoteWritten";
    }

    @Override
    public int version() {
      return 2;
    }
  }

  static final class NoteWritten extends NoteMessage implements EventMessage<Note> {
    NoteWritten(String id, String source, Instant time, String correlationId, String causationId, NoteData data) {
      super(id, source, time, correlationId, causationId, data);
    }

    NoteWritten(Builder b, NoteData data) {
      super(b.clock, b.id, b.timestamp, b.correlationId, b.causationId, data);
    }

    static final class Builder extends MessageBuilder<Builder> {
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
          throw MessageBuilder.missingFields("NoteWritten (type NoteWritten)", "text", text);
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
    assertThat(MessageBuilder.missingFields("X (type X)", "a", null, "b", 1, "c", null))
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
  void readMessagesNeedEveryAttributeButCausation() {
    NoteData data = new NoteData("x");
    assertThatThrownBy(() -> new NoteWritten(null, "s", T, "c", null, data)).hasMessage("id");
    assertThatThrownBy(() -> new NoteWritten("1", null, T, "c", null, data)).hasMessage("source");
    assertThatThrownBy(() -> new NoteWritten("1", "s", null, "c", null, data)).hasMessage("timestamp");
    assertThatThrownBy(() -> new NoteWritten("1", "s", T, null, null, data)).hasMessage("correlationId");
    assertThatThrownBy(() -> new NoteWritten("1", "s", T, "c", null, null)).hasMessage("data");
  }
}
