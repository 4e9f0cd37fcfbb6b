import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.annotation.processing.SupportedOptions;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;

/**
 * For compile-time.sh: javac's own share of what a processor costs. For every {@code @DomainEvent}
 * interface it writes, through the Filer, the two files Missive generated for it in an earlier run
 * ({@code XData.java} and {@code XEvent.java} under the folder of option {@code copy.from}), and does
 * nothing else. javac with this processor minus javac compiling those files without one is the price
 * of the extra rounds and the Filer, which any processor generating the same files pays.
 */
@SupportedAnnotationTypes("io.missive.DomainEvent")
@SupportedOptions("copy.from")
public final class CopyProcessor extends AbstractProcessor {

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    Path from = Path.of(processingEnv.getOptions().get("copy.from"));
    for (TypeElement annotation : annotations) {
      for (Element type : round.getElementsAnnotatedWith(annotation)) {
        String pkg = ((PackageElement) type.getEnclosingElement()).getQualifiedName().toString();
        for (String suffix : List.of("Data", "Event")) {
          String name = type.getSimpleName() + suffix;
          Path file = from.resolve(pkg.replace('.', '/')).resolve(name + ".java");
          try (Writer out = processingEnv.getFiler().createSourceFile(pkg + "." + name, type).openWriter()) {
            out.write(Files.readString(file));
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }
      }
    }
    return true;
  }
}
