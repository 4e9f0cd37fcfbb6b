package io.missive.it.keys;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.missive.DomainEvent;
import io.missive.PartitionKey;

/** An event keyed by a value object written as a String. */
@DomainEvent(source = "support")
public interface TicketEscalated {
  /** A ticket number such as {@code SUP-1042}. */
  final class TicketNumber {
    private final String text;

    private TicketNumber(String text) {
      this.text = text;
    }

    @JsonCreator
    public static TicketNumber of(String text) {
      return new TicketNumber(text);
    }

    @JsonValue
    public String text() {
      return text;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof TicketNumber that && that.text.equals(text);
    }

    @Override
    public int hashCode() {
      return text.hashCode();
    }
  }

  @PartitionKey
  TicketNumber ticket();

  String reason();
}
