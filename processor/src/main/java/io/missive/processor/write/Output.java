package io.missive.processor.write;

import io.missive.processor.schema.FrozenVersion;
import com.palantir.javapoet.TypeSpec;
import io.missive.processor.diag.Diagnostic;
import io.missive.processor.diag.DiagnosticId;
import io.missive.processor.diag.Site;
import io.missive.processor.model.MessageType;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;

/**
 * Writes the files of one valid model through the {@code Filer}: one writer per generated file, each
 * rendered first and written in one piece, with the annotated interface as its only originating
 * element (which keeps the processor isolating for incremental builds).
 */
public final class Output {

  private final ProcessingEnvironment environment;
  private final PayloadWriter payload = new PayloadWriter();
  private final EnvelopeWriter envelope;

  /** @param jacksonDatabind whether the envelopes get the Jackson databind adapters where databind is visible */
  public Output(ProcessingEnvironment environment, boolean jacksonDatabind) {
    this.environment = environment;
    this.envelope = new EnvelopeWriter(jacksonDatabind);
  }

  /** Writes the files of {@code model}; returns what failed, as internal errors. */
  public List<Diagnostic> write(MessageType model, List<FrozenVersion> frozen, Element origin) {
    List<Diagnostic> failures = new ArrayList<>();
    write(model, payload.write(model), origin, failures);
    write(model, envelope.write(model, frozen), origin, failures);
    return failures;
  }

  private void write(MessageType model, TypeSpec.Builder builder, Element origin, List<Diagnostic> failures) {
    String packageName = model.payloadInterface().packageName();
    TypeSpec type = builder.build();
    String name = packageName.isEmpty() ? type.name() : packageName + "." + type.name();
    try {
      // Rendered first and written in one piece: JavaPoet's many small writes are slow on a Filer.
      String source = Generation.file(packageName, type).toString();
      try (Writer writer = environment.getFiler().createSourceFile(name, origin).openWriter()) {
        writer.write(source);
      }
    } catch (IOException e) {
      failures.add(
          Diagnostic.of(DiagnosticId.INTERNAL_ERROR, Site.type(), "Could not write " + type.name() + ": " + e.getMessage()));
    }
  }
}
