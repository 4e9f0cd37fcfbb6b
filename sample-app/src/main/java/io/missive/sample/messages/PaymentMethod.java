package io.missive.sample.messages;

/**
 * How an order was paid: one of a closed set. A sealed interface of records is a payload type as it
 * is; its JSON names the variant first, {@code {"@type":"PaymentMethod$Card","token":"tok-visa"}}.
 */
public sealed interface PaymentMethod {

  /** A card, by the token the card vault gave for it (never the number). */
  record Card(String token) implements PaymentMethod {}

  /** A gift voucher, by its code. */
  record Voucher(String code) implements PaymentMethod {}

  /** The method a checkout's payment token stands for: {@code voucher:CODE}, else a card. */
  static PaymentMethod fromToken(String token) {
    return token.startsWith("voucher:") ? new Voucher(token.substring("voucher:".length())) : new Card(token);
  }
}
