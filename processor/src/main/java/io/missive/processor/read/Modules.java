package io.missive.processor.read;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ModuleElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Whether the code generated beside a type can use a type of another library: the library is in the
 * compilation, and the module the code goes into reads the library's module. A type found in the
 * compilation is not enough: a named module cannot see the class path, nor a module it does not
 * require (directly or through a {@code requires transitive}).
 */
final class Modules {

  private final Elements elements;

  Modules(Elements elements) {
    this.elements = elements;
  }

  /** Whether code in the module of {@code where} can use the type named {@code canonicalName}. */
  boolean visible(Element where, String canonicalName) {
    TypeElement type = elements.getTypeElement(canonicalName);
    return type != null && reads(elements.getModuleOf(where), elements.getModuleOf(type));
  }

  /** Whether {@code from} reads {@code to}, as JLS 7.7.1 defines it for a module's requirements. */
  static boolean reads(ModuleElement from, ModuleElement to) {
    if (from == null || from.isUnnamed()) {
      return true; // the unnamed module reads every module (and javac before modules has none)
    }
    if (to == null || to.isUnnamed()) {
      return false;
    }
    if (from.equals(to) || to.getQualifiedName().contentEquals("java.base")) {
      return true;
    }
    Deque<ModuleElement> pending = new ArrayDeque<>();
    requirements(from, false, pending);
    Set<ModuleElement> seen = new HashSet<>();
    while (!pending.isEmpty()) {
      ModuleElement module = pending.pop();
      if (module.equals(to)) {
        return true;
      }
      if (seen.add(module)) {
        requirements(module, true, pending);
      }
    }
    return false;
  }

  private static void requirements(ModuleElement module, boolean transitiveOnly, Deque<ModuleElement> into) {
    for (ModuleElement.Directive directive : module.getDirectives()) {
      if (directive instanceof ModuleElement.RequiresDirective requires
          && (!transitiveOnly || requires.isTransitive())) {
        into.push(requires.getDependency());
      }
    }
  }
}
