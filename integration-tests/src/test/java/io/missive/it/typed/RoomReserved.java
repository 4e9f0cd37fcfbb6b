package io.missive.it.typed;

import io.missive.DomainEvent;
import io.missive.Upcast;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * A chain of typed upcasters only, two steps: version 1 ({@code RoomReservedEvent.V1}, frozen from
 * {@code src/test/missive/RoomReserved/1.schema.json}) to version 2 ({@code RoomReservedEvent.V2},
 * frozen from {@code 2.schema.json}) to the current payload. No step works on the JSON tree.
 */
@DomainEvent(source = "/hotel", version = 3)
public interface RoomReserved {
  String reservationId();

  Guest guest();

  int nights();

  BigDecimal price();

  Currency currency();

  List<Extra> extras();

  /** Who stays; a name is not blank. */
  record Guest(String name, Optional<String> email) {
    public Guest {
      if (name.isBlank()) {
        throw new IllegalArgumentException("a guest's name must not be blank");
      }
    }
  }

  /** Something booked with the room. */
  record Extra(String name, BigDecimal price) {}

  /**
   * Version 1 held the guest as one string, {@code "Name <email>"} or a name alone, and prices in
   * cents:
   *
   * <pre>{"reservationId": "r-1", "guest": "Ada Lovelace <ada@example.com>", "nights": 2,
   *  "priceCents": 24000, "extras": [{"name": "breakfast", "cents": 1850}]}</pre>
   */
  @Upcast(from = 1)
  static RoomReservedEvent.V2 guestSplitAndPricesInEuros(RoomReservedEvent.V1 v1) {
    String guest = v1.guest();
    int open = guest.indexOf('<');
    RoomReservedEvent.V2.Guest split;
    if (open < 0) {
      split = new RoomReservedEvent.V2.Guest(Optional.empty(), guest.strip());
    } else if (guest.endsWith(">")) {
      split =
          new RoomReservedEvent.V2.Guest(
              Optional.of(guest.substring(open + 1, guest.length() - 1)), guest.substring(0, open).strip());
    } else {
      throw new IllegalArgumentException("the guest \"" + guest + "\" opens an email it does not close");
    }
    List<RoomReservedEvent.V2.Extra> extras =
        v1.extras().stream().map(e -> new RoomReservedEvent.V2.Extra(e.name(), BigDecimal.valueOf(e.cents(), 2))).toList();
    return new RoomReservedEvent.V2(extras, split, v1.nights(), BigDecimal.valueOf(v1.priceCents(), 2), v1.reservationId());
  }

  /**
   * Version 2 priced everything in euros, with no currency:
   *
   * <pre>{"reservationId": "r-1", "guest": {"name": "Ada Lovelace", "email": "ada@example.com"},
   *  "nights": 2, "price": 240.00, "extras": [{"name": "breakfast", "price": 18.50}]}</pre>
   */
  @Upcast(from = 2)
  static RoomReserved currencyRecorded(RoomReservedEvent.V2 v2) {
    List<Extra> extras = v2.extras().stream().map(e -> new Extra(e.name(), e.price())).toList();
    return new RoomReservedData(
        v2.reservationId(),
        new Guest(v2.guest().name(), v2.guest().email()),
        v2.nights(),
        v2.price(),
        Currency.getInstance("EUR"),
        extras);
  }
}
