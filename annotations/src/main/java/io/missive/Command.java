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

  /**
   * The sender of the command (CloudEvents {@code source}). When empty: the package's
   * {@link MessageSource}, then the processor option {@code -Amissive.source=...}, then the package
   * name of the interface.
   */
  String source() default "";
}
