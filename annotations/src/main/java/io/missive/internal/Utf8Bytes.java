package io.missive.internal;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What a generator writes, collected into an array of the exact length. A generator writes its
 * buffer out when it is full, when it is flushed and when it is closed, so a message of up to a few
 * kilobytes arrives in one piece, which is copied once.
 */
final class Utf8Bytes extends OutputStream {
  private byte[] first;
  private List<byte[]> more;
  private int length;

  @Override
  public void write(int b) {
    write(new byte[] {(byte) b}, 0, 1);
  }

  @Override
  public void write(byte[] bytes, int offset, int count) {
    if (count == 0) {
      return;
    }
    byte[] piece = Arrays.copyOfRange(bytes, offset, offset + count);
    if (first == null) {
      first = piece;
    } else {
      if (more == null) {
        more = new ArrayList<>();
      }
      more.add(piece);
    }
    length += count;
  }

  /** Whether nothing was written since the last {@link #take}. */
  boolean isEmpty() {
    return length == 0;
  }

  /** What was written, after which this is empty again, for the next message. */
  byte[] take() {
    byte[] all = toByteArray();
    first = null;
    more = null;
    length = 0;
    return all;
  }

  byte[] toByteArray() {
    if (more == null) {
      return first == null ? new byte[0] : first;
    }
    byte[] all = Arrays.copyOf(first, length);
    int at = first.length;
    for (byte[] piece : more) {
      System.arraycopy(piece, 0, all, at, piece.length);
      at += piece.length;
    }
    return all;
  }
}
