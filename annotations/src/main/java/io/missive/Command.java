package io.missive;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares an interface as the payload of a command: a request, to exactly one handler, to change
 * state. It may be rejected.
 *
 * <p>For an interface {@code PlaceOrder} the processor generates, in the same package, the immutable
 * payload record {@code PlaceOrderData} and the envelope {@code PlaceOrderCommand} with its builder.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Command {

  /** The schema version of the payload, 1 or more. */
  int version() default 1;

  /** The message type written on the wire; empty means the interface's simple name. */
  String type() default "";

  /**
   * The sender of the command (CloudEvents {@code source}). When empty: the package's
   * {@link MessageSource}, then the processor option {@code -Amissive.source=...}, then the package
   * name of the interface.
   */
  String source() default "";
}
