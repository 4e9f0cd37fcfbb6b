package io.missive.sample.bus;

import io.missive.CommandMessage;
import io.missive.EventMessage;
import io.missive.Message;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/** Every message the bus delivered, in order, with what became of it; printed one line each. */
public final class Journal {

  /** One delivered message and its outcome. */
  public record Entry(Message<?> message, String outcome) {}

  private final PrintStream out;
  private final List<Entry> entries = new ArrayList<>();

  /** A journal that prints one line per message to {@code out} and keeps every entry. */
  public Journal(PrintStream out) {
    this.out = out;
  }

  /** A journal that prints nothing and keeps nothing, for a bus whose messages are only timed. */
  public static Journal silent() {
    return new Journal(null);
  }

  /** Keeps {@code message} and prints its line, with what became of it. */
  public void record(Message<?> message, String outcome) {
    if (out == null) {
      return;
    }
    entries.add(new Entry(message, outcome));
    out.printf(
        "%-7s %-18s v%d id=%s corr=%s cause=%-8s %s%n",
        kind(message),
        message.type(),
        message.version(),
        shortId(message.id()),
        shortId(message.correlationId()),
        message.causationId() == null ? "-" : shortId(message.causationId()),
        outcome);
  }

  /** Prints a line of commentary, such as the heading of a step. */
  public void say(String line) {
    if (out != null) {
      out.println(line);
    }
  }

  public List<Entry> entries() {
    return List.copyOf(entries);
  }

  /** Every delivered message of one flow, in order. */
  public List<Message<?>> flow(String correlationId) {
    return entries.stream()
        .map(Entry::message)
        .filter(message -> message.correlationId().equals(correlationId))
        .distinct()
        .toList();
  }

  public static String kind(Message<?> message) {
    if (message instanceof EventMessage) {
      return "EVENT";
    }
    return message instanceof CommandMessage ? "COMMAND" : "QUERY";
  }

  /** The last 8 characters of an id (the random end of a UUIDv7): enough to tell ids apart. */
  public static String shortId(String id) {
    return id.length() <= 8 ? id : id.substring(id.length() - 8);
  }
}
