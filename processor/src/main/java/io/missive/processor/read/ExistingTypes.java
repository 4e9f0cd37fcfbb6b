package io.missive.processor.read;

import com.palantir.javapoet.ClassName;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * The types that already exist under the names the processor would generate, for one round: a type
 * of the user's, or one generated for another message of this compilation, takes the name; what this
 * processor generated for the same interface in an earlier build (and javac now finds in the output
 * folder) does not.
 */
final class ExistingTypes {

  private final Elements elements;
  private final Types types;
  /** The top-level types of each package looked at in this round, by simple name. */
  private final Map<String, Map<String, TypeElement>> packageTypes = new HashMap<>();

  ExistingTypes(Elements elements, Types types) {
    this.elements = elements;
    this.types = types;
  }

  /** Forgets what was listed: a new round may see new types. */
  void newRound() {
    packageTypes.clear();
  }

  /**
   * Whether {@code name}, to be generated for {@code payloadInterface}, is taken.
   *
   * @param generated the qualified names generated so far in this compilation
   */
  boolean isTaken(ClassName name, TypeElement payloadInterface, Set<String> generated) {
    if (generated.contains(name.canonicalName())) {
      return true;
    }
    TypeElement existing = existingType(name);
    return existing != null && !isEarlierOutput(existing, payloadInterface);
  }

  /**
   * The top-level type of that name in its package, if any. Listing a package once per round is much
   * cheaper than one failed {@code getTypeElement} per generated name, which searches the class path.
   */
  private TypeElement existingType(ClassName name) {
    Map<String, TypeElement> byName =
        packageTypes.computeIfAbsent(
            name.packageName(),
            packageName -> {
              Map<String, TypeElement> listed = new HashMap<>();
              PackageElement pkg = elements.getPackageElement(packageName);
              if (pkg != null) {
                for (Element member : pkg.getEnclosedElements()) {
                  listed.put(member.getSimpleName().toString(), (TypeElement) member);
                }
              }
              return listed;
            });
    return byName.get(name.simpleName());
  }

  /**
   * Whether {@code existing} is the payload record (a record implementing the interface) or the
   * envelope (whose supertypes take the interface as type argument) generated for it before.
   */
  private boolean isEarlierOutput(TypeElement existing, TypeElement payloadInterface) {
    List<TypeMirror> parents = new ArrayList<>(existing.getInterfaces());
    parents.add(existing.getSuperclass());
    for (TypeMirror parent : parents) {
      Element parentElement = types.asElement(parent);
      if (parentElement != null && parentElement.equals(payloadInterface)) {
        return existing.getKind() == ElementKind.RECORD;
      }
      if (parent instanceof DeclaredType declared) {
        for (TypeMirror argument : declared.getTypeArguments()) {
          Element argumentElement = types.asElement(argument);
          if (argumentElement != null && argumentElement.equals(payloadInterface)) {
            return true;
          }
        }
      }
    }
    return false;
  }
}
