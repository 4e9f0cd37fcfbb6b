package io.missive.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import io.missive.MessageFormatException;
import io.missive.internal.AbstractMessageTest.NoteData;
import io.missive.internal.AbstractMessageTest.NoteWritten;
import com.fasterxml.jackson.core.JsonFactory;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ref.WeakReference;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * {@code toJsonBytes} and {@code dataJsonBytes} write with a generator their thread keeps: what one
 * message leaves behind (a failure halfway, a write within a write, a long message, the message
 * itself) must never reach the next.
 */
class ThreadGeneratorTest {

  private static final Instant T = Instant.parse("2026-03-15T10:30:00.123Z");

  /** Writes the note's text, or, for texts that say so, fails or writes another message inside. */
  static final class SteeredCodec extends CloudEventCodec<NoteWritten> {
    SteeredCodec() {
      super(NoteWritten.class, "NoteWritten", "notes", 2, 2);
    }

    @Override
    protected void writeData(NoteWritten message, JsonGenerator generator) throws IOException {
      String text = message.data().text();
      generator.writeStartObject();
      generator.writeFieldName("text");
      switch (text) {
        case "fail" -> throw new IllegalStateException("failed halfway");
        case "no name" -> {
          generator.writeString("a value where a name belongs");
          generator.writeString("another");
        }
        case "nested" -> generator.writeString(new String(toJsonBytes(note("inner")), StandardCharsets.UTF_8));
        case "nested data" -> generator.writeString(new String(dataJsonBytes(note("inner")), StandardCharsets.UTF_8));
        case "nested failing" -> {
          try {
            toJsonBytes(note("fail"));
            generator.writeString("the inner write did not fail");
          } catch (IllegalStateException e) {
            generator.writeString("the inner write failed");
          }
        }
        case "open" -> {
          // Returns with the array and the object still open.
          generator.writeStartArray();
          generator.writeString("a");
          return;
        }
        case "closed" -> {
          generator.writeString("x");
          generator.writeEndObject();
          generator.close();
          return;
        }
        default -> generator.writeString(text);
      }
      generator.writeEndObject();
    }

    @Override
    protected Object readData(JsonParser parser) {
      throw new UnsupportedOperationException();
    }

    @Override
    protected NoteWritten create(
        String id, String source, Instant time, String correlationId, String causationId, Object data) {
      throw new UnsupportedOperationException();
    }
  }

  static final SteeredCodec CODEC = new SteeredCodec();

  static NoteWritten note(String text) {
    return new NoteWritten("n-1", "notes", T, "c", null, new NoteData(text));
  }

  private static String bytes(NoteWritten note) {
    return new String(CODEC.toJsonBytes(note), StandardCharsets.UTF_8);
  }

  /** What a generator made for this one message writes, member by member. */
  private static String fresh(NoteWritten note) {
    return new String(Json.bytes(generator -> CODEC.write(note, generator)), StandardCharsets.UTF_8);
  }

  /** The whole message of {@link #note}, with {@code text} as the JSON of its text. */
  static String expected(String text) {
    return "{\"specversion\":\"1.0\",\"id\":\"n-1\",\"source\":\"notes\","
        + "\"type\":\"NoteWritten\",\"time\":\"2026-03-15T10:30:00.123Z\","
        + "\"datacontenttype\":\"application/json\",\"schemaversion\":2,\"correlationid\":\"c\","
        + "\"data\":{\"text\":" + text + "}}";
  }

  @Test
  void messagesOneAfterAnotherAreEachWhole() {
    // Past the number of messages after which the thread's generator is replaced, twice.
    for (int i = 0; i < 2 * ThreadGenerator.USES + 3; i++) {
      String text = "note " + i;
      assertThat(bytes(note(text))).isEqualTo(expected('"' + text + '"'));
      assertThat(new String(CODEC.dataJsonBytes(note(text)), StandardCharsets.UTF_8))
          .isEqualTo("{\"text\":\"" + text + "\"}");
    }
  }

  @Test
  void theBytesAreWhatTheStringIs() {
    NoteWritten note = note("the same \"text\" \u00e9\u20ac\ud83d\ude00 \n");
    assertThat(bytes(note)).isEqualTo(fresh(note)).isEqualTo(bytes(note));
  }

  @Test
  void aFailureHalfwayLeavesNothingForTheNextMessage() {
    bytes(note("before"));
    assertThatThrownBy(() -> CODEC.toJsonBytes(note("fail")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("failed halfway");
    assertThat(bytes(note("after"))).isEqualTo(expected("\"after\""));
    assertThatThrownBy(() -> CODEC.dataJsonBytes(note("fail"))).isInstanceOf(IllegalStateException.class);
    assertThat(new String(CODEC.dataJsonBytes(note("after")), StandardCharsets.UTF_8))
        .isEqualTo("{\"text\":\"after\"}");
    // And the thread keeps a generator again, rather than making one for every message from then on.
    assertThatThrownBy(() -> CODEC.toJsonBytes(note("fail"))).isInstanceOf(IllegalStateException.class);
    assertKeptAgain();
  }

  /**
   * The thread keeps its generator from one message to the next: of three uses in a row, two after
   * each other have the same one (the one renewal that may fall between them changes it once).
   */
  private static void assertKeptAgain() {
    ThreadGenerator first = keptAfterOneUse();
    ThreadGenerator second = keptAfterOneUse();
    ThreadGenerator third = keptAfterOneUse();
    assertThat(first == second || second == third).as("the thread keeps its generator").isTrue();
  }

  @Test
  void theThreadsGeneratorIsReplacedEveryUsesMessages() {
    ThreadGenerator before = keptAfterOneUse();
    ThreadGenerator current = keptAfterOneUse();
    for (int guard = 0; current == before; guard++) {
      assertThat(guard).as("uses before a new generator").isLessThanOrEqualTo(ThreadGenerator.USES);
      current = keptAfterOneUse();
    }
    // current is new and was used once.
    for (int use = 1; use < ThreadGenerator.USES; use++) {
      assertThat(keptAfterOneUse()).as("use %d", use + 1).isSameAs(current);
    }
    assertThat(keptAfterOneUse()).isNotSameAs(current);
  }

  @Test
  void aWriteThatLeavesItsOutputOpenOrClosedHasItClosedAndTheNextWriteIsClean() {
    // As a generator of its own closed it: the open array and object ended.
    assertThat(new String(CODEC.dataJsonBytes(note("open")), StandardCharsets.UTF_8))
        .isEqualTo("{\"text\":[\"a\"]}");
    assertThat(bytes(note("after"))).isEqualTo(expected("\"after\""));
    assertThat(new String(CODEC.dataJsonBytes(note("closed")), StandardCharsets.UTF_8))
        .isEqualTo("{\"text\":\"x\"}");
    assertThat(bytes(note("after"))).isEqualTo(expected("\"after\""));
    // In the whole message the envelope's end finds the array open, a generator error.
    assertThatThrownBy(() -> CODEC.toJsonBytes(note("open"))).isInstanceOf(MessageFormatException.class);
    assertThat(bytes(note("after"))).isEqualTo(expected("\"after\""));
    assertThatThrownBy(() -> CODEC.toJsonBytes(note("closed"))).isInstanceOf(RuntimeException.class);
    assertThat(bytes(note("after"))).isEqualTo(expected("\"after\""));
    assertThat(new String(CODEC.dataJsonBytes(note("after")), StandardCharsets.UTF_8))
        .isEqualTo("{\"text\":\"after\"}");
    assertKeptAgain();
  }

  @Test
  void twoCodecsTakeTurnsOnOneThread() {
    for (int i = 0; i < 50; i++) {
      NoteWritten note = note("turn " + i);
      assertThat(bytes(note)).isEqualTo(fresh(note));
      assertThat(new String(AbstractMessageTest.JSON.toJsonBytes(note), StandardCharsets.UTF_8))
          .isEqualTo(
              new String(
                  Json.bytes(generator -> AbstractMessageTest.JSON.write(note, generator)),
                  StandardCharsets.UTF_8));
    }
  }

  @Test
  void aNestedWriteThatFailsLeavesTheOuterOneWhole() {
    assertThat(bytes(note("nested failing"))).isEqualTo(expected("\"the inner write failed\""));
    assertThat(bytes(note("after"))).isEqualTo(expected("\"after\""));
    assertKeptAgain();
  }

  @Test
  void aMessageRefusedBeforeAnythingIsWrittenLeavesTheGeneratorClean() {
    NoteWritten noId = new NoteWritten("", "notes", T, "c", null, new NoteData("x"));
    assertThatThrownBy(() -> CODEC.toJsonBytes(noId))
        .isInstanceOf(MessageFormatException.class)
        .hasMessageContaining("the id is empty");
    assertThat(bytes(note("after"))).isEqualTo(expected("\"after\""));
    assertKeptAgain();
  }

  static ThreadGenerator keptAfterOneUse() {
    try {
      ThreadGenerator generator = ThreadGenerator.acquire();
      generator.generator().writeString("x");
      generator.finish();
      return generator;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void aGeneratorErrorIsReportedWithItsPathAndLeavesNothingBehind() {
    assertThatThrownBy(() -> CODEC.toJsonBytes(note("no name")))
        .isInstanceOf(MessageFormatException.class)
        .hasMessageContaining("data");
    assertThatThrownBy(() -> CODEC.dataJsonBytes(note("no name")))
        .isInstanceOf(MessageFormatException.class);
    assertThat(bytes(note("after"))).isEqualTo(expected("\"after\""));
  }

  @Test
  void aWriteWithinAWriteGetsAGeneratorOfItsOwn() {
    String inner = expected("\"inner\"");
    assertThat(bytes(note("nested")))
        .isEqualTo(expected('"' + inner.replace("\"", "\\\"") + '"'));
    assertThat(bytes(note("nested data"))).isEqualTo(expected("\"{\\\"text\\\":\\\"inner\\\"}\""));
    assertThat(bytes(note("after"))).isEqualTo(expected("\"after\""));
  }

  @Test
  void aMessageLongerThanTheBufferComesOutWholeAndTheNextAlone() {
    String longText = "x".repeat(100_000) + "\u00e9".repeat(20_000);
    NoteWritten note = note(longText);
    String written = bytes(note);
    // Not compared by isEqualTo, whose report of a difference would be a megabyte long.
    assertThat(written.equals(expected('"' + longText + '"'))).as("the long message, whole").isTrue();
    assertThat(written.equals(fresh(note))).as("the long message, as a fresh generator writes it").isTrue();
    assertThat(bytes(note("after"))).isEqualTo(expected("\"after\""));
  }

  @Test
  void threadsWritingAtOnceGetTheirOwnBytes() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        int thread = t;
        results.add(
            pool.submit(
                () -> {
                  for (int i = 0; i < 5_000; i++) {
                    String text = "thread " + thread + " note " + i;
                    if (!bytes(note(text)).equals(expected('"' + text + '"'))) {
                      return false;
                    }
                  }
                  return true;
                }));
      }
      for (Future<Boolean> result : results) {
        assertThat(result.get()).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * On JDK 25, in a JVM of its own: a platform thread keeps its generator, a virtual thread keeps
   * none (and writes the same bytes).
   */
  @Test
  void aVirtualThreadKeepsNoGenerator() throws Exception {
    Path jdk25 = Path.of(System.getProperty("missive.jdk25", "/usr/lib/jvm/temurin-25-jdk-amd64"));
    assertThat(jdk25.resolve("bin/java")).as("JDK 25 (set -Dmissive.jdk25 to its home)").isExecutable();
    String classPath =
        String.join(
            File.pathSeparator,
            location(ThreadGenerator.class),
            location(VirtualThreadProbe.class),
            location(JsonFactory.class),
            location(Assertions.class),
            location(Test.class));
    Path log = Files.createTempFile("virtual-thread-probe", ".txt");
    Process probe =
        new ProcessBuilder(
                jdk25.resolve("bin/java").toString(), "-cp", classPath, VirtualThreadProbe.class.getName())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    boolean ended = probe.waitFor(60, TimeUnit.SECONDS);
    if (!ended) {
      probe.destroyForcibly();
    }
    String output = Files.readString(log);
    Files.delete(log);
    assertThat(ended).as("the probe ended within 60 s: " + output).isTrue();
    assertThat(probe.exitValue()).as(output).isZero();
    assertThat(output.strip())
        .isEqualTo(
            "platform thread keeps its generator: true; virtual thread keeps one: false; wrote "
                + expected("\"on a virtual thread\""));
  }

  private static String location(Class<?> type) throws URISyntaxException {
    return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
  }

  @Test
  void theKeptGeneratorDoesNotKeepTheMessage() throws InterruptedException {
    WeakReference<NoteWritten> written = writeAndForget();
    for (int i = 0; i < 50 && written.get() != null; i++) {
      System.gc();
      Thread.sleep(10);
    }
    assertThat(written.get()).isNull();
  }

  private static WeakReference<NoteWritten> writeAndForget() {
    NoteWritten note = note("forget me");
    CODEC.toJsonBytes(note);
    return new WeakReference<>(note);
  }
}
