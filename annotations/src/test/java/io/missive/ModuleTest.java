package io.missive;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.module.ModuleDescriptor;
import org.junit.jupiter.api.Test;

/** The runtime is the named module io.missive (these tests run on the module path). */
class ModuleTest {

  @Test
  void exportsItsThreePackagesAndJacksonCoreToItsReaders() {
    Module module = Message.class.getModule();
    assertThat(module.getName()).isEqualTo("io.missive");
    ModuleDescriptor descriptor = module.getDescriptor();
    assertThat(descriptor.exports())
        .allSatisfy(exports -> assertThat(exports.isQualified()).isFalse())
        .extracting(ModuleDescriptor.Exports::source)
        .containsExactlyInAnyOrder("io.missive", "io.missive.json", "io.missive.internal");
    assertThat(descriptor.requires())
        .filteredOn(requires -> requires.name().equals("com.fasterxml.jackson.core"))
        .singleElement()
        .satisfies(
            requires ->
                assertThat(requires.modifiers()).contains(ModuleDescriptor.Requires.Modifier.TRANSITIVE));
  }
}
