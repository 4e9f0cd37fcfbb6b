package io.missive.processor.write;

import io.missive.processor.diag.Diagnostic;
import io.missive.processor.diag.DiagnosticId;
import io.missive.processor.diag.Site;
import io.missive.processor.model.MessageType;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.tools.StandardLocation;

/**
 * The compilation's {@code META-INF/services/io.missive.MessageCodecProvider}: the binary name of
 * every envelope's nested {@code CodecProvider}, one a line, sorted, written once in the last round
 * (a resource, which javac takes then; no source is made that late). Its originating elements are
 * every annotated interface, which is why the processor is aggregating while it writes it.
 */
public final class CodecRegistryWriter {

  /** Where {@link java.util.ServiceLoader} looks for the providers. */
  public static final String RESOURCE = "META-INF/services/io.missive.MessageCodecProvider";

  private final TreeSet<String> providers = new TreeSet<>();
  private final List<Element> origins = new ArrayList<>();
  private boolean written;

  /** Records the provider of {@code model}, whose files were just written from {@code origin}. */
  public void add(MessageType model, Element origin) {
    providers.add(model.envelope().nestedClass(EnvelopeWriter.CODEC_PROVIDER).reflectionName());
    origins.add(origin);
  }

  /** Writes the file, once, if any envelope was generated; returns what failed, as internal errors. */
  public List<Diagnostic> write(ProcessingEnvironment environment) {
    if (written || providers.isEmpty()) {
      return List.of();
    }
    written = true;
    StringBuilder text = new StringBuilder();
    for (String provider : providers) {
      text.append(provider).append('\n');
    }
    try (Writer writer =
        new java.io.OutputStreamWriter(
            environment
                .getFiler()
                .createResource(StandardLocation.CLASS_OUTPUT, "", RESOURCE, origins.toArray(new Element[0]))
                .openOutputStream(),
            StandardCharsets.UTF_8)) {
      writer.write(text.toString());
    } catch (IOException | RuntimeException e) {
      return List.of(
          Diagnostic.of(
              DiagnosticId.INTERNAL_ERROR,
              Site.type(),
              "Could not write " + RESOURCE + ", the list of codecs for MessageJsonReader.discovered(): "
                  + e.getMessage() + ". Another processor or a file of yours may write it too; turn Missive's"
                  + " off with -Amissive.codecRegistry=false and list the codecs with MessageJsonReader.of(...)"));
    }
    return List.of();
  }
}
