package io.missive.processor;

import io.missive.processor.diag.OptionFlag;
import io.missive.processor.diag.SeverityPolicy;
import io.missive.processor.model.MessageType;
import io.missive.processor.naming.NamingOptions;
import io.missive.processor.schema.SchemaLock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Every processor option ({@code -Akey=value}) Missive reads, in one place. */
final class ProcessorOptions {

  /** {@code -Amissive.jackson=false} leaves out the Jackson databind adapters. */
  static final String JACKSON_OPTION = "missive.jackson";

  /**
   * {@code -Amissive.codecRegistry=false} leaves out the compilation's
   * {@code META-INF/services/io.missive.MessageCodecProvider}, which lists every envelope's codec for
   * {@code MessageJsonReader.discovered()}. It is what makes the processor aggregating rather than
   * isolating for Gradle's incremental processing.
   */
  static final String CODEC_REGISTRY_OPTION = "missive.codecRegistry";

  /** Every option key the processor reads, as javac wants them declared. */
  static final Set<String> SUPPORTED;

  static {
    Set<String> keys = new LinkedHashSet<>();
    keys.add(MessageType.SOURCE_OPTION);
    keys.add(JACKSON_OPTION);
    keys.add(CODEC_REGISTRY_OPTION);
    keys.add(SchemaLock.OPTION);
    keys.add(SchemaLock.STRICT_OPTION);
    keys.addAll(SeverityPolicy.SUPPORTED_OPTIONS);
    keys.addAll(NamingOptions.SUPPORTED_OPTIONS);
    SUPPORTED = Collections.unmodifiableSet(keys);
  }

  private final NamingOptions naming;
  private final SeverityPolicy severities;
  private final List<String> flagProblems = new ArrayList<>();
  private final boolean jacksonDatabind;
  private final boolean codecRegistry;

  private ProcessorOptions(Map<String, String> raw) {
    this.naming = NamingOptions.from(raw);
    this.severities = SeverityPolicy.from(raw);
    this.jacksonDatabind = flag(raw, JACKSON_OPTION, true, flagProblems);
    this.codecRegistry = flag(raw, CODEC_REGISTRY_OPTION, true, flagProblems);
  }

  /**
   * A true-or-false option: {@code fallback} when it is not given, true when it is given without a
   * value ({@code -Akey}, which javac passes as a null value), else its value; any other value is a
   * problem, and {@code fallback} is kept.
   */
  static boolean flag(Map<String, String> options, String key, boolean fallback, List<String> problems) {
    if (!options.containsKey(key)) {
      return fallback;
    }
    String value = options.get(key);
    Optional<Boolean> flag = OptionFlag.parse(value);
    if (flag.isPresent()) {
      return flag.get();
    }
    problems.add("-A" + key + "=" + value + " is neither true nor false; the default, " + fallback
        + ", is kept. Write -A" + key + "=true or -A" + key + "=false.");
    return fallback;
  }

  static ProcessorOptions from(Map<String, String> options) {
    return new ProcessorOptions(options);
  }

  /** The vocabulary the naming rules add to their lexicon. */
  NamingOptions naming() {
    return naming;
  }

  /** The severities the build sets for the rules. */
  SeverityPolicy severities() {
    return severities;
  }

  /**
   * Whether envelopes get the Jackson databind adapters where databind is visible to them: not
   * turned off.
   */
  boolean jacksonDatabind() {
    return jacksonDatabind;
  }

  /** Whether the compilation lists its codecs for {@code ServiceLoader}: not turned off. */
  boolean codecRegistry() {
    return codecRegistry;
  }

  /** What is wrong with the values given, each to report as a warning; the defaults are kept. */
  List<String> problems() {
    List<String> problems = new ArrayList<>(severities.problems());
    problems.addAll(naming.problems());
    problems.addAll(flagProblems);
    return problems;
  }
}
