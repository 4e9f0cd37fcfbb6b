package io.missive.processor;

import com.google.auto.service.AutoService;
import io.missive.processor.diag.Diagnostic;
import io.missive.processor.diag.DiagnosticId;
import io.missive.processor.diag.Locations;
import io.missive.processor.diag.Reporter;
import io.missive.processor.diag.Severity;
import io.missive.processor.diag.SeverityPolicy;
import io.missive.processor.diag.Site;
import io.missive.processor.model.MessageKind;
import io.missive.processor.model.MessageType;
import io.missive.processor.model.RuntimeNames;
import io.missive.processor.naming.NamingOptions;
import io.missive.processor.naming.NamingRules;
import io.missive.processor.read.MessageReader;
import io.missive.processor.read.ModuleProviders;
import io.missive.processor.read.ReadResult;
import io.missive.processor.read.StrayUpcasts;
import io.missive.processor.rules.ModuleProvidesRule;
import io.missive.processor.rules.NamingRule;
import io.missive.processor.rules.RuleSet;
import io.missive.processor.rules.UpcastPlacementRule;
import io.missive.processor.schema.SchemaLock;
import io.missive.processor.write.CodecRegistryWriter;
import io.missive.processor.write.Output;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ModuleElement;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic.Kind;

/**
 * Generates, for every interface annotated with {@code @DomainEvent}, {@code @Command} or
 * {@code @Query}, its payload record and its envelope.
 *
 * <p>Each type goes one way: its element is read into a model ({@link MessageReader}), the model is
 * judged by every rule ({@link RuleSet}), the diagnostics are reported on the elements they concern
 * ({@link Reporter}), and only a model without an error reaches the writers ({@link Output}). A type
 * whose accessors use a type that does not exist yet (one another processor generates) is deferred to
 * the next round, and reported only if it is still missing in the last one. A failure inside the
 * processor is reported on the type it concerns and never stops the others.
 */
@AutoService(Processor.class)
public final class MissiveProcessor extends AbstractProcessor {

  private final Set<String> deferred = new LinkedHashSet<>();
  private final Set<String> generated = new HashSet<>();
  private ProcessorOptions options;
  private MessageReader reader;
  private RuleSet rules;
  private Reporter reporter;
  private Output output;
  /** The envelopes generated in this compilation, listed for ServiceLoader in the last round. */
  private final CodecRegistryWriter registry = new CodecRegistryWriter();
  /** The envelopes generated in each named module, whose module-info.java must provide their codecs. */
  private final Map<ModuleElement, java.util.SortedSet<String>> moduleEnvelopes = new LinkedHashMap<>();
  private SchemaLock lock;

  @Override
  public synchronized void init(ProcessingEnvironment processingEnv) {
    super.init(processingEnv);
    options = ProcessorOptions.from(processingEnv.getOptions());
    reporter = new Reporter(processingEnv.getMessager());
    for (String problem : options.problems()) {
      reporter.report(Diagnostic.of(DiagnosticId.OPTION, Site.none(), problem), Locations.none());
    }
    reader = new MessageReader(processingEnv);
    rules = new RuleSet(new NamingRule(new NamingRules(options.naming())), options.severities());
    output = new Output(processingEnv, options.jacksonDatabind());
    SchemaLock.Opened opened = SchemaLock.open(processingEnv.getOptions());
    reporter.report(opened.problems(), Locations.none());
    lock = opened.lock();
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    Set<String> names = new LinkedHashSet<>();
    for (MessageKind kind : MessageKind.values()) {
      names.add(kind.annotationName());
    }
    // Claimed so that -Xlint:processing does not warn that no processor took them: MessageSource is
    // read through the package, Upcast and Sensitive through the methods, and Generated marks the
    // files written here.
    names.add(RuntimeNames.MESSAGE_SOURCE.canonicalName());
    names.add(RuntimeNames.UPCAST.canonicalName());
    // Read on accessors: without it, -Xlint:processing warns about every use of @Sensitive.
    names.add(RuntimeNames.SENSITIVE.canonicalName());
    names.add(RuntimeNames.PARTITION_KEY.canonicalName());
    names.add("javax.annotation.processing.Generated");
    return names;
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  /**
   * The options, and Gradle's incremental category (the processor is declared {@code dynamic}):
   * aggregating while it writes the codec registry, a file made from every message of the
   * compilation; isolating without it, when every file comes from one interface.
   */
  @Override
  public Set<String> getSupportedOptions() {
    Set<String> supported = new LinkedHashSet<>(ProcessorOptions.SUPPORTED);
    supported.add(
        options == null || options.codecRegistry()
            ? "org.gradle.annotation.processing.aggregating"
            : "org.gradle.annotation.processing.isolating");
    return supported;
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    boolean lastRound = round.processingOver();
    Map<Element, List<MessageKind>> work = new LinkedHashMap<>();
    for (String name : deferred) {
      TypeElement type = processingEnv.getElementUtils().getTypeElement(name);
      if (type != null) {
        work.put(type, MessageReader.kindsOf(type));
      }
    }
    Set<Element> wereDeferred = new HashSet<>(work.keySet());
    deferred.clear();
    reader.newRound(round);
    for (MessageKind kind : MessageKind.values()) {
      TypeElement annotation = processingEnv.getElementUtils().getTypeElement(kind.annotationName());
      if (annotation == null) {
        continue;
      }
      for (Element element : round.getElementsAnnotatedWith(annotation)) {
        work.computeIfAbsent(element, MessageReader::kindsOf);
      }
    }
    work.forEach((element, kinds) -> processSafely(element, kinds, lastRound, wereDeferred.contains(element)));
    if (lastRound && options.codecRegistry()) {
      for (Diagnostic failure : registry.write(processingEnv)) {
        reporter.report(failure, Locations.none());
      }
      moduleEnvelopes.forEach(
          (module, envelopes) ->
              reporter.report(
                  ModuleProvidesRule.check(
                      module.getQualifiedName().toString(),
                      ModuleProviders.provides(module, ModuleProvidesRule.SERVICE),
                      envelopes),
                  Locations.of(module)));
    }
    StrayUpcasts.Read strays = StrayUpcasts.read(round, processingEnv.getElementUtils());
    reporter.report(UpcastPlacementRule.check(strays.upcasters()), strays.locations());
    if (lastRound && lock != null) {
      reporter.report(lock.stale(), Locations.none());
    }
    // Claim our own annotations (and @Generated): no other processor has a use for them.
    return true;
  }

  private void processSafely(Element element, List<MessageKind> kinds, boolean lastRound, boolean wasDeferred) {
    try {
      process(element, kinds, lastRound, wasDeferred);
    } catch (RuntimeException | Error e) {
      reporter.report(Failures.internal(element, e), Locations.of(element));
    }
  }

  private void process(Element element, List<MessageKind> kinds, boolean lastRound, boolean wasDeferred) {
    if (kinds.isEmpty()) {
      return;
    }
    ReadResult result = reader.read(element, kinds, Collections.unmodifiableSet(generated));
    if (result instanceof ReadResult.Deferred deferral) {
      if (lastRound) {
        reporter.report(Failures.unresolved(element, kinds.get(0), deferral.missing()), Locations.of(element));
      } else {
        deferred.add(((TypeElement) element).getQualifiedName().toString());
      }
      return;
    }
    ReadResult.Read read = (ReadResult.Read) result;
    MessageType model = read.model();
    if (lock != null) {
      lock.saw(model);
    }
    List<Diagnostic> diagnostics = rules.check(model);
    reporter.report(diagnostics, read.locations());
    if (diagnostics.stream().anyMatch(Diagnostic::isError)) {
      return;
    }
    SchemaLock.Judged judged = null;
    if (lock != null) {
      judged = lock.judge(model);
      reporter.report(judged.diagnostics(), read.locations());
      if (judged.diagnostics().stream().anyMatch(Diagnostic::isError)) {
        return;
      }
    }
    io.missive.processor.schema.FrozenVersions frozen =
        io.missive.processor.schema.FrozenVersions.of(model, judged == null ? null : judged.locked());
    reporter.report(frozen.diagnostics(), read.locations());
    if (frozen.diagnostics().stream().anyMatch(Diagnostic::isError)) {
      return;
    }
    if (lastRound && wasDeferred) {
      // Only a deferred type is read in the last round, and it resolves there only when javac stopped
      // early on other errors. Files created now would never be compiled.
      reporter.report(Failures.resolvedTooLate(element), Locations.of(element));
      return;
    }
    for (Diagnostic failure : output.write(model, frozen.versions(), element)) {
      reporter.report(failure, Locations.of(element));
    }
    if (judged != null) {
      SchemaLock.Committed committed = lock.commit(model, judged);
      reporter.report(committed.failures(), read.locations());
      for (String note : committed.notes()) {
        processingEnv.getMessager().printMessage(Kind.NOTE, note);
      }
    }
    model.generatedTypes().forEach(name -> generated.add(name.canonicalName()));
    registry.add(model, element);
    ModuleElement module = processingEnv.getElementUtils().getModuleOf(element);
    if (module != null && !module.isUnnamed()) {
      moduleEnvelopes.computeIfAbsent(module, named -> new TreeSet<>()).add(model.envelope().canonicalName());
    }
  }

  /** What the processor itself reports, apart from the rules' findings. */
  static final class Failures {

    private Failures() {}

    static Diagnostic internal(Element element, Throwable failure) {
      java.io.StringWriter trace = new java.io.StringWriter();
      failure.printStackTrace(new java.io.PrintWriter(trace));
      return new Diagnostic(
          DiagnosticId.INTERNAL_ERROR,
          Severity.ERROR,
          Site.type(),
          "Missive failed on '" + element.getSimpleName() + "'. This is a bug in Missive, not in your"
              + " code; please report it with this trace:\n" + trace,
          null);
    }

    static Diagnostic unresolved(Element element, MessageKind kind, String missing) {
      return Diagnostic.of(
          DiagnosticId.UNRESOLVED_TYPE,
          Site.typeAnnotation(kind.annotationName()),
          Character.toUpperCase(missing.charAt(0)) + missing.substring(1) + " could not be resolved,"
              + " so no message can be generated for '" + element.getSimpleName() + "'. Check the"
              + " import, or the processor that should generate that type.");
    }

    static Diagnostic resolvedTooLate(Element element) {
      return Diagnostic.of(
          DiagnosticId.UNRESOLVED_TYPE,
          Site.type(),
          "'" + element.getSimpleName() + "' waited for a type made in a later round, but the"
              + " compilation stopped on other errors first, so its message was not generated. Fix"
              + " the other errors.");
    }
  }
}
