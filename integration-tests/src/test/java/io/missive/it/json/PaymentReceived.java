package io.missive.it.json;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonTypeName;
import io.missive.DomainEvent;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Polymorphic payload fields: {@link PaymentMethod}, a sealed interface with Jackson's
 * {@code @JsonTypeInfo} and {@code @JsonSubTypes}, and {@link Channel}, a sealed interface with no
 * annotation (Jackson's default discriminator {@code @type} and default names); alone, optional, in a
 * list, and a variant that holds a value object.
 */
@DomainEvent(source = "/payments")
public interface PaymentReceived {
  BigDecimal amount();

  PaymentMethod method();

  Optional<PaymentMethod> refundTo();

  List<PaymentMethod> fallbacks();

  Channel channel();

  /** How a payment is made: the closed set Jackson users declare with annotations. */
  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
  @JsonSubTypes({
    @JsonSubTypes.Type(value = PaymentMethod.Card.class, name = "card"),
    @JsonSubTypes.Type(value = PaymentMethod.BankTransfer.class, name = "bank_transfer"),
    @JsonSubTypes.Type(value = PaymentMethod.Cash.class)
  })
  sealed interface PaymentMethod {

    /** A card, by its last digits. */
    record Card(String brand, @JsonProperty("last4") String lastDigits) implements PaymentMethod {}

    /** A transfer from an account. */
    record BankTransfer(Iban from, Optional<String> reference) implements PaymentMethod {}

    /** Cash at the counter: a variant of no members. */
    @JsonTypeName("cash")
    record Cash() implements PaymentMethod {}
  }

  /** Where the payment came from: a sealed interface without annotations. */
  sealed interface Channel {
    /** The web shop. */
    record Web(String sessionId) implements Channel {}

    /** A shop's till. */
    record Till(int number) implements Channel {}
  }
}
