/** The shipping service's messages, which other modules may read. */
module com.example.shipping {
  // Transitive: the exported messages' own API names Missive's types (and jackson-core's, which
  // io.missive passes on in turn), so every reader of this module needs them too.
  requires transitive io.missive;

  exports com.example.shipping;

  // On the module path, ServiceLoader reads this, not META-INF/services: MessageJsonReader.discovered()
  // (and a MessageDeserializer without a list of messages) finds the codecs through it.
  provides io.missive.MessageCodecProvider with com.example.shipping.MessageCodecs;
}
