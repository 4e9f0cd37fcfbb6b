package io.missive;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a static method of a message interface as the upcaster of its payload from schema version
 * {@link #from()} to the next one, {@code from + 1}. Readers chain upcasters: a version-1 payload of
 * an event at version 3 goes through {@code @Upcast(from = 1)} and then {@code @Upcast(from = 2)},
 * and is then read as version 3.
 *
 * <p>The method takes the old payload as a {@link io.missive.json.JsonObject} (the {@code data}
 * member of the message) and either changes it in place ({@code void}) or returns the payload of the
 * next version. Write the old shape in a comment next to it (its Javadoc): once the interface has
 * moved on, that is the only place the old shape is written down.
 *
 * <pre>{@code
 * @DomainEvent(source = "order-service", version = 3)
 * public interface OrderPlaced {
 *   String orderId();
 *   BigDecimal total();
 *   String currency();
 *
 *   // v1: {"orderId": "o-1", "amount": 59.98}; the total was called amount.
 *   @Upcast(from = 1)
 *   static void amountBecameTotal(JsonObject data) {
 *     data.rename("amount", "total");
 *   }
 *
 *   // v2: {"orderId": "o-1", "total": 59.98}; every order was in euros.
 *   @Upcast(from = 2)
 *   static void currencyAdded(JsonObject data) {
 *     data.put("currency", "EUR");
 *   }
 * }
 * }</pre>
 *
 * <p>The processor checks at compile time that the upcasters form one unbroken chain from the oldest
 * one to the current version ({@code [MissiveUpcasterGap]} names a missing step), that no two start
 * from the same version, and that each has this shape. Versions older than the oldest upcaster are
 * rejected when read, naming both numbers.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Upcast {

  /** The version this method reads; it returns version {@code from + 1}. */
  int from();
}
