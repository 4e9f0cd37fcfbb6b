package io.missive.internal;

import java.util.UUID;

/**
 * A fixed-format codec for {@link UUID}s in their canonical 36-character form, such as
 * {@code 0193c4c2-5b1e-7a3c-9f1d-2b6e8c0a4d17}: written in lowercase, read in either case. Unlike
 * {@link UUID#fromString}, it rejects the non-canonical forms that method lets through
 * ({@code 1-2-3-4-5}).
 */
public final class UuidCodec {

  /** The length of a canonical UUID. */
  public static final int LENGTH = 36;

  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private UuidCodec() {}

  /** Writes {@code uuid} into {@code buffer} from {@code offset}, which needs 36 free chars. */
  public static void format(UUID uuid, char[] buffer, int offset) {
    long msb = uuid.getMostSignificantBits();
    long lsb = uuid.getLeastSignificantBits();
    hex(buffer, offset, msb >>> 32, 8);
    buffer[offset + 8] = '-';
    hex(buffer, offset + 9, msb >>> 16, 4);
    buffer[offset + 13] = '-';
    hex(buffer, offset + 14, msb, 4);
    buffer[offset + 18] = '-';
    hex(buffer, offset + 19, lsb >>> 48, 4);
    buffer[offset + 23] = '-';
    hex(buffer, offset + 24, lsb, 12);
  }

  /**
   * Reads a canonical UUID.
   *
   * @throws IllegalArgumentException if {@code text} is not one
   */
  public static UUID parse(CharSequence text) {
    char[] chars = text.toString().toCharArray();
    UUID uuid = tryParse(chars, 0, chars.length);
    if (uuid == null) {
      throw new IllegalArgumentException("Not a UUID in its canonical 36-character form: " + text);
    }
    return uuid;
  }

  /** The UUID in {@code text[offset, offset + length)}, or {@code null} if it is not one. */
  static UUID tryParse(char[] text, int offset, int length) {
    if (length != LENGTH
        || text[offset + 8] != '-'
        || text[offset + 13] != '-'
        || text[offset + 18] != '-'
        || text[offset + 23] != '-') {
      return null;
    }
    long msb = 0;
    long lsb = 0;
    int bad = 0;
    for (int i = 0; i < 18; i++) {
      if (i == 8 || i == 13) {
        continue;
      }
      int digit = hexValue(text[offset + i]);
      bad |= digit;
      msb = (msb << 4) | (digit & 0xF);
    }
    for (int i = 19; i < LENGTH; i++) {
      if (i == 23) {
        continue;
      }
      int digit = hexValue(text[offset + i]);
      bad |= digit;
      lsb = (lsb << 4) | (digit & 0xF);
    }
    return bad < 0 ? null : new UUID(msb, lsb);
  }

  private static int hexValue(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
      return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
      return c - 'A' + 10;
    }
    return -1;
  }

  private static void hex(char[] buffer, int offset, long value, int digits) {
    for (int i = offset + digits - 1; i >= offset; i--) {
      buffer[i] = HEX[(int) (value & 0xF)];
      value >>>= 4;
    }
  }
}
