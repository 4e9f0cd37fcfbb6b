package io.missive;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares an interface as the payload of a domain event: a fact that already happened.
 *
 * <p>For an interface {@code OrderPlaced} the processor generates, in the same package, the immutable
 * payload record {@code OrderPlacedData} and the envelope {@code OrderPlacedEvent} with its builder.
 *
 * <pre>{@code
 * @DomainEvent(source = "order-service", version = 2)
 * public interface OrderPlaced {
 *   String orderId();
 *   BigDecimal total();
 * }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface DomainEvent {

  /**
   * The service that emits the event (the CloudEvents {@code source}, a URI reference such as
   * {@code order-service} or {@code /orders}). When empty, the package's {@link MessageSource} is used,
   * then the processor option {@code -Amissive.source=...}; an event with no source anywhere does not
   * compile.
   */
  String source() default "";

  /** The schema version of the payload, 1 or more. Raise it when the payload changes shape. */
  int version() default 1;

  /**
   * The oldest schema version this message reads, when there is no upcaster to say it: set it to
   * {@link #version()} to read only the current version, for example because no message of an older
   * version was ever written. Left out (0), the oldest version read is that of the oldest
   * {@link Upcast} method, and a version above 1 with no upcaster does not compile: raising the
   * version without saying how the previous one is read would fail every message already written at
   * it. When set, every version from it to {@code version - 1} needs its upcaster.
   */
  int readsFrom() default 0;

  /** The message type written on the wire; empty means the interface's simple name. */
  String type() default "";
}
