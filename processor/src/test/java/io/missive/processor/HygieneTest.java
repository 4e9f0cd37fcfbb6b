package io.missive.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.missive.processor.Sources.source;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import javax.lang.model.SourceVersion;
import org.junit.jupiter.api.Test;

/** What build tools need from the processor. */
class HygieneTest {

  @Test
  void supportsTheLatestSourceVersionSoNoJdkWarnsAboutIt() {
    assertThat(new MissiveProcessor().getSupportedSourceVersion()).isEqualTo(SourceVersion.latestSupported());
  }

  @Test
  void declaresItsOptions() {
    assertThat(new MissiveProcessor().getSupportedOptions()).contains("missive.source");
  }

  @Test
  void isRegisteredForServiceLoadingAndForGradle() throws IOException {
    // RoundClaims claims what MissiveProcessor leaves of a round, so it must come second.
    assertThat(resource("META-INF/services/javax.annotation.processing.Processor").lines())
        .containsExactly("io.missive.processor.MissiveProcessor", "io.missive.processor.RoundClaims");
    assertThat(resource("META-INF/gradle/incremental.annotation.processors").lines())
        .containsExactly(
            // Dynamic: aggregating while it writes the codec registry, else isolating (CodecRegistryTest).
            "io.missive.processor.MissiveProcessor,dynamic", "io.missive.processor.RoundClaims,isolating");
  }

  @Test
  void everyGeneratedFileHasExactlyOneOriginatingElement() {
    RecordingFiler filer = new RecordingFiler();
    Compilation compilation =
        Sources.compile(
            filer,
            source("OrderPlaced", "package test;", "@io.missive.DomainEvent(source = \"s\")", "public interface OrderPlaced { String orderId(); }"),
            source("PlaceOrder", "package test;", "@io.missive.Command", "public interface PlaceOrder { String orderId(); }"));
    assertThat(compilation).succeeded();
    assertThat(filer.created).hasSize(4);
    assertThat(filer.originatingElements).containsOnly(1);
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = MissiveProcessor.class.getClassLoader().getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
