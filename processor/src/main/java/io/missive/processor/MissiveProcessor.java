package io.missive.processor;

import com.google.auto.service.AutoService;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeSpec;
import io.missive.processor.diag.DiagnosticId;
import io.missive.processor.diag.Reporter;
import io.missive.processor.diag.SeverityPolicy;
import io.missive.processor.model.MessageKind;
import io.missive.processor.model.MessageType;
import io.missive.processor.naming.NamingOptions;
import io.missive.processor.naming.NamingRules;
import io.missive.processor.read.MessageReader;
import io.missive.processor.read.ReadResult;
import io.missive.processor.write.EnvelopeWriter;
import io.missive.processor.write.Generation;
import io.missive.processor.write.PayloadWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.tools.Diagnostic;

/**
 * Generates, for every interface annotated with {@code @DomainEvent}, {@code @Command} or
 * {@code @Query}, its payload record and its envelope.
 *
 * <p>Each type goes one way: elements are read into a model with the structural rules
 * ({@link MessageReader}), the model is checked by the naming rules ({@link NamingRules}), and only a
 * type with no error reaches the writers. A type whose accessors use a type that does not exist yet
 * (one another processor generates) is deferred to the next round, and reported only if it is still
 * missing in the last one. A failure inside the processor is reported on the type it concerns and
 * never stops the others.
 */
@AutoService(Processor.class)
public final class MissiveProcessor extends AbstractProcessor {

  private static final String MESSAGE_SOURCE = "io.missive.MessageSource";

  private final Set<String> deferred = new LinkedHashSet<>();
  private final Set<String> generated = new HashSet<>();
  /** The top-level types of each package looked at in this round, by simple name. */
  private final Map<String, Map<String, TypeElement>> packageTypes = new HashMap<>();
  private final PayloadWriter payloadWriter = new PayloadWriter();
  private final JsonSupport json = JsonSupport.create();
  private EnvelopeWriter envelopeWriter;
  private MessageReader reader;
  private NamingRules namingRules;
  private SeverityPolicy policy;

  @Override
  public synchronized void init(ProcessingEnvironment processingEnv) {
    super.init(processingEnv);
    reader =
        new MessageReader(
            processingEnv.getElementUtils(), processingEnv.getTypeUtils(), processingEnv.getOptions());
    policy = SeverityPolicy.from(processingEnv.getOptions());
    NamingOptions namingOptions = NamingOptions.from(processingEnv.getOptions());
    List<String> problems = new ArrayList<>(policy.problems());
    problems.addAll(namingOptions.problems());
    for (String problem : problems) {
      processingEnv.getMessager().printMessage(Diagnostic.Kind.WARNING, "[MissiveOption] " + problem);
    }
    namingRules = new NamingRules(namingOptions);
    envelopeWriter =
        new EnvelopeWriter(
            JsonSupport.jacksonDatabind(processingEnv.getElementUtils(), processingEnv.getOptions()));
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    Set<String> names = new LinkedHashSet<>();
    for (MessageKind kind : MessageKind.values()) {
      names.add(kind.annotationName());
    }
    // Claimed so that -Xlint:processing does not warn that no processor took them: MessageSource is
    // read through the package, and Generated marks the files written here.
    names.add(MESSAGE_SOURCE);
    names.add(MessageReader.UPCAST);
    names.add("javax.annotation.processing.Generated");
    return names;
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public Set<String> getSupportedOptions() {
    Set<String> options = new LinkedHashSet<>();
    options.add(MessageReader.SOURCE_OPTION);
    options.add(JsonSupport.JACKSON_OPTION);
    options.addAll(SeverityPolicy.SUPPORTED_OPTIONS);
    options.addAll(NamingOptions.SUPPORTED_OPTIONS);
    return options;
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    boolean lastRound = round.processingOver();
    Map<Element, List<MessageKind>> work = new LinkedHashMap<>();
    for (String name : deferred) {
      TypeElement type = processingEnv.getElementUtils().getTypeElement(name);
      if (type != null) {
        work.put(type, kindsOf(type));
      }
    }
    deferred.clear();
    packageTypes.clear();
    for (MessageKind kind : MessageKind.values()) {
      TypeElement annotation = processingEnv.getElementUtils().getTypeElement(kind.annotationName());
      if (annotation == null) {
        continue;
      }
      for (Element element : round.getElementsAnnotatedWith(annotation)) {
        work.computeIfAbsent(element, e -> kindsOf(e));
      }
    }
    work.forEach((element, kinds) -> processSafely(element, kinds, lastRound));
    JsonSupport.checkUpcastPlacement(
        round, processingEnv.getElementUtils(), processingEnv.getMessager());
    // Claim our own annotations (and @Generated): no other processor has a use for them.
    return true;
  }

  private void processSafely(Element element, List<MessageKind> kinds, boolean lastRound) {
    try {
      process(element, kinds, lastRound);
    } catch (RuntimeException | Error e) {
      StringWriter trace = new StringWriter();
      e.printStackTrace(new PrintWriter(trace));
      processingEnv
          .getMessager()
          .printMessage(
              Diagnostic.Kind.ERROR,
              DiagnosticId.INTERNAL_ERROR.format(
                  "Missive failed on '" + element.getSimpleName() + "'. This is a bug in Missive,"
                      + " not in your code; please report it with this trace:\n" + trace),
              element);
    }
  }

  private void process(Element element, List<MessageKind> kinds, boolean lastRound) {
    Reporter reporter = new Reporter(processingEnv.getMessager());
    if (kinds.isEmpty()) {
      return;
    }
    if (kinds.size() > 1) {
      reporter.error(
          DiagnosticId.CONFLICTING_KINDS,
          "'" + element.getSimpleName() + "' is annotated " + annotationList(kinds) + ", but a message"
              + " is exactly one of an event (a fact), a command (a request to change state) or a"
              + " query (a request to read). Keep the one annotation that says what it is.",
          element,
          mirror(element, kinds.get(1)));
      return;
    }
    MessageKind kind = kinds.get(0);
    ReadResult result = reader.read(element, kind, mirror(element, kind), lastRound, reporter);
    if (result instanceof ReadResult.Deferred) {
      deferred.add(((TypeElement) element).getQualifiedName().toString());
      return;
    }
    if (!(result instanceof ReadResult.Read read)) {
      return;
    }
    if (lastRound) {
      // Only a deferred type is read in the last round, and it resolves there only when javac stopped
      // early on other errors. Files created now would never be compiled.
      reporter.error(
          DiagnosticId.UNRESOLVED_TYPE,
          "'" + element.getSimpleName() + "' waited for a type made in a later round, but the"
              + " compilation stopped on other errors first, so its message was not generated. Fix"
              + " the other errors.",
          element);
      return;
    }
    MessageType model = read.model();
    checkNames(model, element, reporter);
    checkClashes(model, element, reporter);
    json.check(model, element, reporter);
    if (reporter.hasErrors()) {
      return;
    }
    write(payloadWriter.write(model), element, reporter);
    write(envelopeWriter.write(model), element, reporter);
  }

  private void checkNames(MessageType model, Element element, Reporter reporter) {
    for (io.missive.processor.diag.Diagnostic d :
        policy.apply(namingRules.check(model.kind(), model.simpleName()), site -> model.suppressed())) {
      reporter.print(d.isError() ? Diagnostic.Kind.ERROR : Diagnostic.Kind.WARNING, d.message(), element);
    }
  }

  /**
   * Reports a generated name that is taken, by a type of the user's or by another message of this
   * compilation. A type that this processor generated for the same interface in an earlier build (and
   * that javac now finds in the output folder) is no clash.
   */
  private void checkClashes(MessageType model, Element element, Reporter reporter) {
    for (ClassName name : model.generatedTypes()) {
      String qualified = name.canonicalName();
      TypeElement existing = existingType(name);
      boolean taken =
          generated.contains(qualified)
              || (existing != null && !isEarlierOutput(existing, (TypeElement) element));
      if (taken) {
        reporter.error(
            DiagnosticId.NAME_CLASH,
            "Missive generates '" + qualified + "' for '" + element.getSimpleName() + "', but a type"
                + " of that name already exists. Rename the interface, or move it or the other type"
                + " to another package.",
            element);
      }
    }
  }

  /**
   * The top-level type of that name in its package, if any. Listing a package once per round is much
   * cheaper than one failed {@code getTypeElement} per generated name, which searches the class path.
   */
  private TypeElement existingType(ClassName name) {
    Map<String, TypeElement> types =
        packageTypes.computeIfAbsent(
            name.packageName(),
            packageName -> {
              Map<String, TypeElement> byName = new HashMap<>();
              PackageElement pkg = processingEnv.getElementUtils().getPackageElement(packageName);
              if (pkg != null) {
                for (Element member : pkg.getEnclosedElements()) {
                  byName.put(member.getSimpleName().toString(), (TypeElement) member);
                }
              }
              return byName;
            });
    return types.get(name.simpleName());
  }

  private boolean isEarlierOutput(TypeElement existing, TypeElement payloadInterface) {
    for (TypeMirror parent : existing.getInterfaces()) {
      Element parentElement = processingEnv.getTypeUtils().asElement(parent);
      if (parentElement != null && parentElement.equals(payloadInterface)) {
        return existing.getKind() == ElementKind.RECORD;
      }
      if (parent instanceof DeclaredType declared) {
        for (TypeMirror argument : declared.getTypeArguments()) {
          Element argumentElement = processingEnv.getTypeUtils().asElement(argument);
          if (argumentElement != null && argumentElement.equals(payloadInterface)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private void write(TypeSpec.Builder builder, Element origin, Reporter reporter) {
    String packageName = processingEnv.getElementUtils().getPackageOf(origin).getQualifiedName().toString();
    TypeSpec type = builder.build();
    String name = packageName.isEmpty() ? type.name() : packageName + "." + type.name();
    generated.add(name);
    try {
      // Rendered first and written in one piece: JavaPoet's many small writes are slow on a Filer.
      String source = Generation.file(packageName, type).toString();
      // One originating element per file keeps the processor isolating for incremental builds.
      try (Writer writer = processingEnv.getFiler().createSourceFile(name, origin).openWriter()) {
        writer.write(source);
      }
    } catch (IOException e) {
      reporter.error(
          DiagnosticId.INTERNAL_ERROR,
          "Could not write " + type.name() + ": " + e.getMessage(),
          origin);
    }
  }

  private List<MessageKind> kindsOf(Element element) {
    List<MessageKind> kinds = new ArrayList<>();
    for (MessageKind kind : MessageKind.values()) {
      if (mirror(element, kind) != null) {
        kinds.add(kind);
      }
    }
    return kinds;
  }

  private static AnnotationMirror mirror(Element element, MessageKind kind) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      TypeElement type = (TypeElement) mirror.getAnnotationType().asElement();
      if (type.getQualifiedName().contentEquals(kind.annotationName())) {
        return mirror;
      }
    }
    return null;
  }

  private static String annotationList(List<MessageKind> kinds) {
    List<String> names = new ArrayList<>();
    for (MessageKind kind : kinds) {
      names.add("@" + kind.annotationSimpleName());
    }
    return String.join(" and ", names);
  }
}
