package io.missive.processor;

import com.google.auto.service.AutoService;
import io.missive.processor.model.MessageKind;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * What keeps a strict build ({@code -Xlint:all -Werror}) quiet about Missive, beside
 * {@link MissiveProcessor}, which runs before it. It generates nothing.
 *
 * <ul>
 *   <li>It declares Missive's options, and supports {@code "*"} so that javac runs it in every
 *       compilation: javac counts an option as recognized only when a processor that declares it has
 *       run, so without it every {@code -Amissive...} option would be "not recognized by any
 *       processor" in a compilation without messages, such as the tests'.
 *   <li>It claims what is left of a round's annotations when every one of them (but javac's own, such
 *       as {@code @Override}, which it never warns about) is one Missive reads:
 *       annotations named {@code Nullable} or {@code CheckForNull} (which mark accessors that may be
 *       null), the Jackson annotations Missive honours on payload types ({@code @JsonProperty},
 *       {@code @JsonValue}, {@code @JsonCreator}, {@code @JsonTypeInfo}, ...), and Jackson databind's
 *       {@code @JsonSerialize} and {@code @JsonDeserialize} when they are only on envelopes Missive
 *       generated. Otherwise it claims nothing, so every processor after
 *       it sees every annotation, and javac's {@code -Xlint:processing} warns about what no processor
 *       took, as it would without Missive.
 * </ul>
 *
 * <p>It never claims Missive's own annotations: if it runs before {@link MissiveProcessor} (which the
 * order of the services file prevents), it leaves them to it.
 */
@AutoService(Processor.class)
public final class RoundClaims extends AbstractProcessor {

  private static final String JSON_SERIALIZE = "com.fasterxml.jackson.databind.annotation.JsonSerialize";
  private static final String JSON_DESERIALIZE = "com.fasterxml.jackson.databind.annotation.JsonDeserialize";

  /** The Jackson annotations Missive reads on payload types and honours (docs/json.md). */
  private static final Set<String> JACKSON_READ =
      Set.of(
          "JsonProperty", "JsonAlias", "JsonValue", "JsonCreator", "JsonInclude", "JsonEnumDefaultValue",
          "JsonTypeInfo", "JsonSubTypes", "JsonTypeName", "JsonPropertyDescription", "JsonClassDescription");

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of("*");
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public Set<String> getSupportedOptions() {
    return ProcessorOptions.SUPPORTED;
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    boolean any = false;
    for (TypeElement annotation : annotations) {
      if (isPlatform(annotation)) {
        continue;
      }
      if (!isMissivesToClaim(annotation, round)) {
        return false;
      }
      any = true;
    }
    return any;
  }

  /**
   * Whether javac itself handles the annotation and never warns about it ({@code @Override},
   * {@code @Retention}, ...): it neither stands in the way of a claim nor makes one worth making.
   */
  private static boolean isPlatform(TypeElement annotation) {
    String name = annotation.getQualifiedName().toString();
    int dot = name.lastIndexOf('.');
    String pkg = dot < 0 ? "" : name.substring(0, dot);
    return pkg.equals("java.lang") || pkg.equals("java.lang.annotation");
  }

  private static boolean isMissivesToClaim(TypeElement annotation, RoundEnvironment round) {
    String simpleName = annotation.getSimpleName().toString();
    if (simpleName.equals("Nullable") || simpleName.equals("CheckForNull")) {
      return true;
    }
    String name = annotation.getQualifiedName().toString();
    if (name.equals("com.fasterxml.jackson.annotation." + simpleName) && JACKSON_READ.contains(simpleName)) {
      return true;
    }
    if (name.equals(JSON_SERIALIZE) || name.equals(JSON_DESERIALIZE)) {
      for (Element element : round.getElementsAnnotatedWith(annotation)) {
        if (!isEnvelope(element)) {
          return false;
        }
      }
      return true;
    }
    return false;
  }

  /** Whether {@code element} is an envelope Missive generated: a class extending a kind's base. */
  private static boolean isEnvelope(Element element) {
    if (element.getKind() != ElementKind.CLASS) {
      return false;
    }
    TypeMirror superclass = ((TypeElement) element).getSuperclass();
    if (superclass.getKind() != TypeKind.DECLARED) {
      return false;
    }
    String base =
        ((TypeElement) ((DeclaredType) superclass).asElement()).getQualifiedName().toString();
    for (MessageKind kind : MessageKind.values()) {
      if (kind.envelopeBase().canonicalName().equals(base)) {
        return true;
      }
    }
    return false;
  }
}
