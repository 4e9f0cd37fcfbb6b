package io.missive.kafka;

import io.missive.internal.BinaryAttributes;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Header values as text, for the reading side: UTF-8 strictly (a malformed byte is an error, never a
 * replacement character), and, for the headers whose values repeat from one record to the next (the
 * spec version, the source, the type, the schema version and the content type), the texts of the
 * last {@value #KEPT} values of each kept with a copy of their bytes (a topic carries a few message
 * types and sources), so that a record with the same bytes gets the same string: no decoding, no new
 * string, and a type whose hash is known already when it picks the codec.
 *
 * <p>Shared by the threads that read through one deserializer, without a lock: each place only ever
 * holds an immutable pair of bytes and their text, so a thread sees an older pair or a newer one, and
 * a value not kept is decoded afresh and put first. The header names are matched whole ({@link
 * String#equals}, which the JIT compiles to a wide compare) rather than after the prefix.
 */
final class HeaderTexts {

  /** The slot of {@code content-type}, after the attributes' own. */
  static final int CONTENT_TYPE = BinaryAttributes.SLOTS;

  /** Bytes and their text. */
  private record Seen(byte[] bytes, String text) {}

  /** How many values each header keeps: a topic carries a few types and sources, as a rule. */
  static final int KEPT = 4;

  /** Per slot that repeats, its last values, the most recent first; {@code null} for the others. */
  private final Seen[][] last = new Seen[BinaryAttributes.SLOTS + 1][];

  HeaderTexts() {
    for (int slot = 0; slot < last.length; slot++) {
      if (repeats(slot)) {
        last[slot] = new Seen[KEPT];
      }
    }
  }

  /** The slot of {@link BinaryAttributes} that header {@code key} fills, or -1. */
  static int slot(String key) {
    switch (key.length()) {
      case 5:
        return key.equals(KafkaHeaders.ID) ? BinaryAttributes.ID : -1;
      case 7:
        return key.equals(KafkaHeaders.TYPE)
            ? BinaryAttributes.TYPE
            : key.equals(KafkaHeaders.TIME) ? BinaryAttributes.TIME : -1;
      case 9:
        return key.equals(KafkaHeaders.SOURCE) ? BinaryAttributes.SOURCE : -1;
      case 14:
        return key.equals(KafkaHeaders.SPECVERSION)
            ? BinaryAttributes.SPECVERSION
            : key.equals(KafkaHeaders.CAUSATIONID) ? BinaryAttributes.CAUSATIONID : -1;
      case 16:
        return key.equals(KafkaHeaders.SCHEMAVERSION)
            ? BinaryAttributes.SCHEMAVERSION
            : key.equals(KafkaHeaders.CORRELATIONID) ? BinaryAttributes.CORRELATIONID : -1;
      case 18:
        return key.equals("ce_datacontenttype") ? BinaryAttributes.DATACONTENTTYPE : -1;
      default:
        return -1;
    }
  }

  /**
   * The text of {@code value}, the value of the header of {@code slot} ({@link #CONTENT_TYPE}, a slot
   * of {@link BinaryAttributes}, or -1 for any other header).
   */
  String text(int slot, byte[] value) throws CharacterCodingException {
    Seen[] kept = slot >= 0 ? last[slot] : null;
    if (kept == null) {
      return utf8(value);
    }
    for (Seen seen : kept) {
      if (seen != null && Arrays.equals(seen.bytes(), value)) {
        return seen.text();
      }
    }
    String text = utf8(value);
    // A value not kept goes first and the oldest is dropped. Threads that do this at once may keep a
    // value twice or drop one more: either only costs a decoding later.
    System.arraycopy(kept, 0, kept, 1, KEPT - 1);
    kept[0] = new Seen(value.clone(), text);
    return text;
  }

  private static boolean repeats(int slot) {
    return slot == BinaryAttributes.SPECVERSION
        || slot == BinaryAttributes.SOURCE
        || slot == BinaryAttributes.TYPE
        || slot == BinaryAttributes.SCHEMAVERSION
        || slot == CONTENT_TYPE;
  }

  /** {@code value} as UTF-8 text, or an error for bytes that are not UTF-8. */
  static String utf8(byte[] value) throws CharacterCodingException {
    // The JDK's decoder, fast for ASCII, replaces what is malformed with U+FFFD: only a text that
    // holds one (never the case for ASCII or Latin-1 text, where the search costs nothing) is decoded
    // again, strictly, to tell a malformed byte from a U+FFFD that was sent.
    String text = new String(value, StandardCharsets.UTF_8);
    if (text.indexOf('\uFFFD') < 0) {
      return text;
    }
    return StandardCharsets.UTF_8
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(value))
        .toString();
  }
}
