package io.missive.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.SerializableString;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * The member names one generated reader reads, each with its position, which the reader's
 * {@code switch} is on: a member comes out of {@link #next} as a number, with no {@code String}
 * switch (hash and compare) per member.
 */
public final class MemberNames {

  /** What {@link #next} returns at the end of the object. */
  public static final int END = -2;

  /** What {@link #next} returns for a member that is none of the names. */
  public static final int OTHER = -1;

  /** Up to this many names are looked up by a scan; more through {@link #index}. */
  private static final int SCAN_LIMIT = 8;

  private final SerializableString[] names;
  private final String[] strings;
  private final int[] hashes;
  private final Map<String, Integer> index;

  private MemberNames(SerializableString[] names) {
    this.names = names.clone();
    this.strings = new String[names.length];
    this.hashes = new int[names.length];
    for (int i = 0; i < names.length; i++) {
      strings[i] = names[i].getValue();
      hashes[i] = strings[i].hashCode();
    }
    if (names.length > SCAN_LIMIT) {
      index = new HashMap<>();
      for (int i = names.length - 1; i >= 0; i--) {
        index.put(strings[i], i);
      }
    } else {
      index = null;
    }
  }

  /** The names, in the order of their positions. */
  public static MemberNames of(SerializableString... names) {
    return new MemberNames(names);
  }

  /**
   * Moves to the next member of the current object and returns the position of its name, {@link
   * #OTHER} for a name not here, or {@link #END} at the object's end. {@code expected} is the
   * position of the member that usually comes next, or -1: the parser compares its encoded bytes
   * first, which spares the lookup of the name when members come in the order they were written.
   */
  public int next(JsonParser parser, int expected) throws IOException {
    String name;
    if (expected >= 0) {
      if (parser.nextFieldName(names[expected])) {
        return expected;
      }
      name = parser.currentToken() == JsonToken.FIELD_NAME ? parser.currentName() : null;
    } else {
      name = parser.nextFieldName();
    }
    return name == null ? END : position(name);
  }

  /** The position of {@code name}, or {@link #OTHER}. */
  int position(String name) {
    if (index != null) {
      Integer position = index.get(name);
      return position == null ? OTHER : position;
    }
    // Names from a parser are canonical instances whose hash is kept.
    int hash = name.hashCode();
    for (int i = 0; i < strings.length; i++) {
      if (hashes[i] == hash && strings[i].equals(name)) {
        return i;
      }
    }
    return OTHER;
  }
}
