/**
 * Missive's runtime: the annotations and contracts of {@link io.missive}, the upcasters' tree of
 * {@link io.missive.json}, and what generated code calls, {@link io.missive.internal} (not API).
 */
module io.missive {
  requires transitive com.fasterxml.jackson.core;

  exports io.missive;
  exports io.missive.json;
  exports io.missive.internal;

  // MessageJsonReader.discovered() finds the generated codecs of the application.
  uses io.missive.MessageCodecProvider;
}
