package io.missive;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The default {@code source} for every message declared in a package, written on its
 * {@code package-info.java}:
 *
 * <pre>{@code
 * @MessageSource("order-service")
 * package com.acme.orders;
 *
 * import io.missive.MessageSource;
 * }</pre>
 *
 * <p>An explicit {@code source} on {@link DomainEvent}, {@link Command} or {@link Query} wins over it.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.PACKAGE)
public @interface MessageSource {

  /** The source, a URI reference such as {@code order-service}. */
  String value();
}
