package io.missive.internal;

import io.missive.json.JsonArray;
import io.missive.json.JsonObject;

/**
 * The members of a {@link JsonObject} by position, for the readers here that build and walk trees
 * without the public API's lookups by name and its iterators. {@code JsonObject} installs the one
 * implementation when its class is initialized.
 */
public abstract class TreeMembers {

  private static volatile TreeMembers installed;

  /** For {@code JsonObject} alone. */
  protected TreeMembers() {}

  /**
   * Installs {@code JsonObject}'s implementation; called once, from its class initializer.
   *
   * @throws IllegalStateException if one is installed already
   */
  public static void install(TreeMembers members) {
    synchronized (TreeMembers.class) {
      if (installed != null) {
        throw new IllegalStateException("JsonObject's members are installed already");
      }
      installed = members;
    }
  }

  static TreeMembers get() {
    TreeMembers members = installed;
    if (members == null) {
      // Initializes JsonObject, which installs them, in a thread that has not used it yet.
      new JsonObject();
      members = installed;
    }
    return members;
  }

  /** The name of member {@code index} of {@code object}, {@code 0 <= index < object.size()}. */
  protected abstract String name(JsonObject object, int index);

  /** The value of member {@code index} of {@code object}, {@code 0 <= index < object.size()}. */
  protected abstract Object value(JsonObject object, int index);

  /**
   * Sets member {@code name} of {@code object} to {@code value}, a tree value (a {@code String},
   * {@code BigDecimal}, {@code Boolean}, {@code JsonObject}, {@code JsonArray} or {@code null}) read
   * from a parser, as the typed {@code put} methods do.
   */
  protected abstract void put(JsonObject object, String name, Object value);

  /** Appends {@code value}, a tree value read from a parser, to {@code array}, as its {@code add} methods do. */
  protected abstract void add(JsonArray array, Object value);

  /**
   * Makes {@code value}, if it is an object or array, the root of a tree that is member {@code name}
   * of the message (such as {@code data}): the paths of its members in error messages start there.
   */
  protected abstract void root(Object value, String name);
}
