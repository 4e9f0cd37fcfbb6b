package io.missive.kafka;

import io.missive.kafka.broker.KafkaBroker;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives tests the one {@link KafkaBroker} of the test run: started when a test first asks for it
 * (as a parameter), stopped when the run ends, so that every test class shares one broker.
 */
final class BrokerExtension implements ParameterResolver {

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == KafkaBroker.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return context
        .getRoot()
        .getStore(ExtensionContext.Namespace.create(BrokerExtension.class))
        .getOrComputeIfAbsent("broker", key -> new Running(), Running.class)
        .broker;
  }

  /** The broker as a resource of the root store, which JUnit closes at the end of the run. */
  private static final class Running implements AutoCloseable {
    final KafkaBroker broker;

    Running() {
      try {
        broker = KafkaBroker.start("kafka", java.nio.file.Path.of("target", "kafka-broker.log"));
      } catch (Exception e) {
        throw new IllegalStateException("cannot start the test broker: " + e.getMessage(), e);
      }
    }

    @Override
    public void close() {
      broker.close();
    }
  }
}
