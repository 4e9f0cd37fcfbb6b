package io.missive;

import java.util.List;

/**
 * The codec of one generated message, as a {@link java.util.ServiceLoader} service: the processor
 * generates one per envelope ({@code OrderPlacedEvent.CodecProvider}) and lists them all in the
 * compilation's {@code META-INF/services/io.missive.MessageCodecProvider}, so that
 * {@link MessageJsonReader#discovered()} finds every message type of the application without a list
 * to keep up to date.
 *
 * <p>Only generated classes implement this interface.
 */
public interface MessageCodecProvider {

  /** The codecs provided: the envelope's {@code JSON} constant. */
  List<MessageCodec<?>> codecs();
}
