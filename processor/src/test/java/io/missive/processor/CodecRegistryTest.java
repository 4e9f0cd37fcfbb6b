package io.missive.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.missive.processor.Sources.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/** The compilation's ServiceLoader list of codecs, for MessageJsonReader.discovered(). */
class CodecRegistryTest {

  private static final JavaFileObject PLACED =
      source("OrderPlaced", "package shop;", "@io.missive.DomainEvent(source = \"shop\")",
          "public interface OrderPlaced { String orderId(); }");
  private static final JavaFileObject SHIP =
      source("ShipOrder", "package shop.warehouse;", "@io.missive.Command(source = \"shop\")",
          "public interface ShipOrder { String orderId(); }");
  @Test
  void everyEnvelopeOfTheCompilationIsListedSortedWithItsNestedProvider() {
    Compilation compilation = Sources.compile(SHIP, PLACED);
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation)
        .generatedFile(StandardLocation.CLASS_OUTPUT, "", "META-INF/services/io.missive.MessageCodecProvider")
        .contentsAsUtf8String()
        .isEqualTo("shop.OrderPlacedEvent$CodecProvider\nshop.warehouse.ShipOrderCommand$CodecProvider\n");
    for (String line :
        new String[] {
          "public static final class CodecProvider implements MessageCodecProvider {",
          "public List<MessageCodec<?>> codecs() {",
          "return List.of(JSON);"
        }) {
      assertThat(compilation).generatedSourceFile("shop.OrderPlacedEvent").contentsAsUtf8String().contains(line);
    }
  }

  @Test
  void theOptionLeavesTheListOut() {
    Compilation compilation =
        Sources.compiler().withOptions("-Xlint:all", "-Amissive.codecRegistry=false").compile(PLACED);
    assertThat(compilation).succeededWithoutWarnings();
    org.assertj.core.api.Assertions.assertThat(compilation.generatedFiles())
        .noneMatch(file -> file.getName().contains("META-INF/services"));
  }

  @Test
  void theGradleCategoryFollowsTheOption() {
    MissiveProcessor aggregating = new MissiveProcessor();
    com.google.testing.compile.Compiler.javac().withProcessors(aggregating, new RoundClaims()).compile(PLACED);
    org.assertj.core.api.Assertions.assertThat(aggregating.getSupportedOptions())
        .contains("org.gradle.annotation.processing.aggregating", "missive.codecRegistry")
        .doesNotContain("org.gradle.annotation.processing.isolating");
    MissiveProcessor isolating = new MissiveProcessor();
    com.google.testing.compile.Compiler.javac()
        .withProcessors(isolating, new RoundClaims())
        .withOptions("-Amissive.codecRegistry=false")
        .compile(PLACED);
    org.assertj.core.api.Assertions.assertThat(isolating.getSupportedOptions())
        .contains("org.gradle.annotation.processing.isolating")
        .doesNotContain("org.gradle.annotation.processing.aggregating");
  }
}
