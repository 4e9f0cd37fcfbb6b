package io.missive.it.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.missive.Message;
import io.missive.MessageFormatException;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The reader's invariants on any input: only a {@link MessageFormatException} escapes; what is read
 * is written by {@code toJson()} and {@code toJsonBytes()} and each reads back equal; no read of a
 * 1 KiB input takes 100 ms. Shared by the fuzz tests and the corpus tests.
 */
final class RoundTrips {

  /** A read over this long, on an input of at most 1 KiB, is a finding. */
  private static final long MAX_READ_NANOS = 100_000_000L;

  private RoundTrips() {}

  /**
   * Reads {@code input} as bytes and as the text they decode to, and checks the invariants; returns
   * how many of the two reads accepted the input.
   */
  static <M extends Message<?>> int check(
      byte[] input, Function<byte[], M> fromBytes, Function<String, M> fromText) {
    int accepted = 0;
    M fromBytesRead = timed(input.length, () -> fromBytes.apply(input));
    if (fromBytesRead != null) {
      accepted++;
      assertWritesAndReadsBack(fromBytesRead, fromBytes, fromText);
    }
    String text = new String(input, StandardCharsets.UTF_8);
    M fromTextRead = timed(input.length, () -> fromText.apply(text));
    if (fromTextRead != null) {
      accepted++;
      assertWritesAndReadsBack(fromTextRead, fromBytes, fromText);
    }
    return accepted;
  }

  private static <M extends Message<?>> void assertWritesAndReadsBack(
      M message, Function<byte[], M> fromBytes, Function<String, M> fromText) {
    assertThat(fromBytes.apply(message.toJsonBytes())).isEqualTo(message);
    assertThat(fromText.apply(message.toJson())).isEqualTo(message);
  }

  /**
   * What {@code read} returns, or {@code null} when it refuses the input as it should; a read of at
   * most 1 KiB that is slow twice in a row fails.
   */
  static <M> M timed(int length, Supplier<M> read) {
    long start = System.nanoTime();
    try {
      return read.get();
    } catch (MessageFormatException e) {
      assertThat(e.getMessage()).isNotEmpty();
      return null;
    } finally {
      long took = System.nanoTime() - start;
      if (length <= 1024 && took > MAX_READ_NANOS) {
        // Once more, to tell a slow read from a pause of the JVM (a collection, compilation).
        long again = System.nanoTime();
        try {
          read.get();
        } catch (MessageFormatException e) {
          // As before.
        }
        assertThat(System.nanoTime() - again)
            .as("a read of %d bytes took %d ms twice", length, took / 1_000_000)
            .isLessThan(MAX_READ_NANOS);
      }
    }
  }
}
