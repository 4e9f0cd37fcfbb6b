package io.missive;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a payload accessor whose value must not show in logs: the generated record's
 * {@code toString()}, and so the envelope's, prints {@code ***} in its place. The value is still part
 * of the message: it is written to JSON, compared and hashed like every other field.
 *
 * <pre>{@code
 * @DomainEvent(source = "payments")
 * public interface CardCharged {
 *   String orderId();
 *   @Sensitive String cardNumber();
 * }
 * // CardChargedData[orderId=ord-1, cardNumber=***]
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Sensitive {}
