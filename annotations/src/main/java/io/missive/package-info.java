/**
 * Missive's API: the annotations that declare messages ({@link io.missive.DomainEvent},
 * {@link io.missive.Command}, {@link io.missive.Query}, {@link io.missive.MessageSource},
 * {@link io.missive.Upcast}), the contracts every generated envelope, builder and codec implements
 * ({@link io.missive.Message} and its three kinds, {@link io.missive.MessageBuilder},
 * {@link io.missive.MessageCodec}), reading a stream of many types
 * ({@link io.missive.MessageJsonReader}, {@link io.missive.UnknownMessage}), the JSON settings
 * ({@link io.missive.MessageJson}), the one exception of bad input
 * ({@link io.missive.MessageFormatException}) and message ids ({@link io.missive.MessageIds}).
 *
 * <p>Upcasters work on the tree of {@link io.missive.json}. What generated code extends and calls is
 * in {@link io.missive.internal}, which is not API.
 */
package io.missive;
