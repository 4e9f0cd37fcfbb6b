package io.missive.sample.bus;

/** What handling a command gave: accepted, or rejected for a business reason the caller can show. */
public sealed interface CommandResult {

  /** One line for the log. */
  String describe();

  static CommandResult accepted(String detail) {
    return new Accepted(detail);
  }

  static CommandResult rejected(String reason) {
    return new Rejected(reason);
  }

  /** The command was carried out. */
  record Accepted(String detail) implements CommandResult {
    @Override
    public String describe() {
      return "accepted: " + detail;
    }
  }

  /** The command was refused; nothing changed. */
  record Rejected(String reason) implements CommandResult {
    @Override
    public String describe() {
      return "rejected: " + reason;
    }
  }
}
