package com.example.shipping;

import io.missive.MessageCodec;
import io.missive.MessageCodecProvider;
import java.util.List;

/**
 * The codecs of this module's messages, for {@code MessageJsonReader.discovered()}: on the module
 * path, ServiceLoader finds what module-info.java provides, not META-INF/services.
 */
public final class MessageCodecs implements MessageCodecProvider {

  /** For ServiceLoader. */
  public MessageCodecs() {}

  @Override
  public List<MessageCodec<?>> codecs() {
    return List.of(DispatchParcelCommand.JSON, ParcelShippedEvent.JSON);
  }
}
