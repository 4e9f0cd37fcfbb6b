package io.missive.it.typed;

import io.missive.DomainEvent;
import io.missive.Upcast;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * An event at version 2 that reads version 1 through a typed upcaster, written against the frozen
 * record {@code TicketBookedEvent.V1} that the processor generates from the committed snapshot
 * {@code src/test/missive/TicketBooked/1.schema.json}.
 */
@DomainEvent(source = "/box-office", version = 2)
public interface TicketBooked {
  String ticketId();

  List<String> seats();

  BigDecimal price();

  Optional<String> note();

  /** Version 1 had seats as a row and a number, and the price in cents. */
  @Upcast(from = 1)
  static TicketBooked seatsLabelledAndPriceInEuros(TicketBookedEvent.V1 v1) {
    List<String> seats = v1.seats().stream().map(seat -> seat.row() + seat.number()).toList();
    return new TicketBookedData(v1.ticketId(), seats, BigDecimal.valueOf(v1.priceCents(), 2), v1.note());
  }
}
