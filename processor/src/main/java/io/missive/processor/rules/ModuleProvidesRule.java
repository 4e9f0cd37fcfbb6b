package io.missive.processor.rules;

import io.missive.processor.diag.Diagnostic;
import io.missive.processor.diag.DiagnosticId;
import io.missive.processor.diag.Site;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * In a named module, {@code ServiceLoader} reads no {@code META-INF/services} file: it finds a
 * module's providers only through the {@code provides} directives of its {@code module-info.java}.
 * So {@code MessageJsonReader.discovered()} finds the codecs of a module's messages only if the
 * module provides {@value #SERVICE}; this says what to write when it does not.
 *
 * <p>The advice is a provider class of the module's own: javac 17 refuses a {@code provides} that
 * names a generated class when the module also reads {@code java.compiler} or Jackson databind (it
 * checks the class's constructor before the class is complete), so the generated {@code
 * CodecProvider}s are not what to name there.
 */
public final class ModuleProvidesRule {

  /** The service the codec providers implement. */
  public static final String SERVICE = "io.missive.MessageCodecProvider";

  private ModuleProvidesRule() {}

  /**
   * @param module the named module's name
   * @param providesService whether its {@code module-info.java} provides {@value #SERVICE}
   * @param envelopes the canonical names of the envelopes generated in the module
   */
  public static List<Diagnostic> check(String module, boolean providesService, SortedSet<String> envelopes) {
    if (providesService || envelopes.isEmpty()) {
      return List.of();
    }
    String first = envelopes.first();
    String pkg = first.contains(".") ? first.substring(0, first.lastIndexOf('.')) : "";
    String provider = (pkg.isEmpty() ? "" : pkg + ".") + "MessageCodecs";
    SortedSet<String> constants = new TreeSet<>();
    for (String envelope : envelopes) {
      constants.add(envelope.substring(envelope.lastIndexOf('.') + 1) + ".JSON");
    }
    return List.of(
        Diagnostic.of(
            DiagnosticId.MODULE_PROVIDES,
            Site.type(),
            "Module " + module + " provides no " + SERVICE + ", so MessageJsonReader.discovered() (and a"
                + " MessageDeserializer without a list of messages) will not find the codecs of its"
                + " messages: in a named module, ServiceLoader reads the module's provides directives,"
                + " not META-INF/services. Write a provider, such as public final class MessageCodecs"
                + " implements MessageCodecProvider { public MessageCodecs() {} public"
                + " List<MessageCodec<?>> codecs() { return List.of(" + String.join(", ", constants)
                + "); } }, and in module-info.java: provides "
                + SERVICE + " with " + provider + "; or list the codecs with MessageJsonReader.of(...)"
                + " and compile with -Amissive.codecRegistry=false."));
  }
}
