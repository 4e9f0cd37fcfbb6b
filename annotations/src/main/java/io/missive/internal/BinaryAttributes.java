package io.missive.internal;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * The attributes of a binary-mode message as a transport's headers carry them, as text: a slot for
 * each attribute Missive reads itself, numbered in the order it writes them, and the others (the
 * extensions) in the order they came. A transport fills it header by header without hashing a name,
 * and the reader takes each attribute from its slot; as a {@link Map} it is what {@code
 * MessageJsonReader.readBinary} takes, so the public entry and the transports' share one path. It
 * has no removal: an attribute is set to {@code null} instead.
 */
public final class BinaryAttributes extends AbstractMap<String, String> {

  public static final int SPECVERSION = 0;
  public static final int ID = 1;
  public static final int SOURCE = 2;
  public static final int TYPE = 3;
  public static final int TIME = 4;
  public static final int DATACONTENTTYPE = 5;
  public static final int SCHEMAVERSION = 6;
  public static final int CORRELATIONID = 7;
  public static final int CAUSATIONID = 8;
  /** The number of slots; a name that has none is an extension. */
  public static final int SLOTS = 9;

  private static final String[] NAMES = {
    "specversion", "id", "source", "type", "time", "datacontenttype", "schemaversion", "correlationid",
    "causationid"
  };

  private final String[] own = new String[SLOTS];
  private int ownCount;
  private String[] otherNames;
  private String[] otherValues;
  private int otherCount;

  /** The name of slot {@code slot}. */
  public static String name(int slot) {
    return NAMES[slot];
  }

  /**
   * The slot of the attribute whose name is {@code text} from index {@code from} on (after a
   * transport's prefix such as {@code ce_}, without cutting it off), or -1 for any other name.
   */
  public static int slot(String text, int from) {
    int length = text.length() - from;
    switch (length) {
      case 2:
        return is(text, from, ID);
      case 4:
        return text.charAt(from + 1) == 'y' ? is(text, from, TYPE) : is(text, from, TIME);
      case 6:
        return is(text, from, SOURCE);
      case 11:
        return text.charAt(from) == 's' ? is(text, from, SPECVERSION) : is(text, from, CAUSATIONID);
      case 13:
        return text.charAt(from) == 's' ? is(text, from, SCHEMAVERSION) : is(text, from, CORRELATIONID);
      case 15:
        return is(text, from, DATACONTENTTYPE);
      default:
        return -1;
    }
  }

  private static int is(String text, int from, int slot) {
    String name = NAMES[slot];
    return text.regionMatches(from, name, 0, name.length()) ? slot : -1;
  }

  /** {@code attributes} as slots and extensions: itself if it is one already. */
  static BinaryAttributes of(Map<String, String> attributes) {
    if (attributes instanceof BinaryAttributes binary) {
      return binary;
    }
    BinaryAttributes binary = new BinaryAttributes();
    for (Map.Entry<String, String> attribute : attributes.entrySet()) {
      binary.put(attribute.getKey(), attribute.getValue());
    }
    return binary;
  }

  /** Sets slot {@code slot}; false, and nothing changed, if it was set already. */
  public boolean putOwn(int slot, String value) {
    if (own[slot] != null) {
      return false;
    }
    own[slot] = java.util.Objects.requireNonNull(value, "value");
    ownCount++;
    return true;
  }

  /**
   * Adds the attribute {@code name}, which has no slot; false, and nothing changed, if it is there
   * already.
   *
   * @throws IllegalArgumentException if {@code name} has a slot: set that with {@link #putOwn}
   */
  public boolean putOther(String name, String value) {
    if (name != null && slot(name, 0) >= 0) {
      throw new IllegalArgumentException(name + " has a slot of its own");
    }
    if (indexOfOther(name) >= 0) {
      return false;
    }
    if (otherNames == null) {
      otherNames = new String[4];
      otherValues = new String[4];
    } else if (otherCount == otherNames.length) {
      otherNames = Arrays.copyOf(otherNames, otherCount * 2);
      otherValues = Arrays.copyOf(otherValues, otherCount * 2);
    }
    otherNames[otherCount] = name;
    otherValues[otherCount] = value;
    otherCount++;
    return true;
  }

  /** The value in slot {@code slot}, or {@code null}. */
  public String own(int slot) {
    return own[slot];
  }

  /** How many attributes have no slot. */
  int otherCount() {
    return otherCount;
  }

  String otherName(int i) {
    return otherNames[i];
  }

  String otherValue(int i) {
    return otherValues[i];
  }

  private int indexOfOther(String name) {
    for (int i = 0; i < otherCount; i++) {
      if (java.util.Objects.equals(otherNames[i], name)) {
        return i;
      }
    }
    return -1;
  }

  @Override
  public int size() {
    return ownCount + otherCount;
  }

  @Override
  public boolean containsKey(Object key) {
    if (key != null && !(key instanceof String)) {
      return false;
    }
    String name = (String) key;
    int slot = name == null ? -1 : slot(name, 0);
    return slot >= 0 ? own[slot] != null : indexOfOther(name) >= 0;
  }

  @Override
  public String get(Object key) {
    if (key != null && !(key instanceof String)) {
      return null;
    }
    String name = (String) key;
    int slot = name == null ? -1 : slot(name, 0);
    if (slot >= 0) {
      return own[slot];
    }
    int i = indexOfOther(name);
    return i < 0 ? null : otherValues[i];
  }

  /**
   * Sets attribute {@code name}, replacing its value if it is there. A {@code null} value of an
   * attribute with a slot leaves it unset, as an absent key; an extension keeps it, for the reader
   * to refuse.
   */
  @Override
  public String put(String name, String value) {
    // A null name, which a HashMap may hold, is kept for the reader to refuse.
    int slot = name == null ? -1 : slot(name, 0);
    if (slot >= 0) {
      String old = own[slot];
      if (old == null && value != null) {
        ownCount++;
      } else if (old != null && value == null) {
        ownCount--;
      }
      own[slot] = value;
      return old;
    }
    int i = indexOfOther(name);
    if (i >= 0) {
      String old = otherValues[i];
      otherValues[i] = value;
      return old;
    }
    putOther(name, value);
    return null;
  }

  @Override
  public Set<Map.Entry<String, String>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public int size() {
        return BinaryAttributes.this.size();
      }

      @Override
      public Iterator<Map.Entry<String, String>> iterator() {
        return new Iterator<>() {
          private int slot = nextOwn(0);
          private int other;

          private int nextOwn(int from) {
            int s = from;
            while (s < SLOTS && own[s] == null) {
              s++;
            }
            return s;
          }

          @Override
          public boolean hasNext() {
            return slot < SLOTS || other < otherCount;
          }

          @Override
          public Map.Entry<String, String> next() {
            if (slot < SLOTS) {
              Map.Entry<String, String> entry = new SimpleImmutableEntry<>(NAMES[slot], own[slot]);
              slot = nextOwn(slot + 1);
              return entry;
            }
            if (other < otherCount) {
              Map.Entry<String, String> entry =
                  new SimpleImmutableEntry<>(otherNames[other], otherValues[other]);
              other++;
              return entry;
            }
            throw new NoSuchElementException();
          }
        };
      }
    };
  }
}
