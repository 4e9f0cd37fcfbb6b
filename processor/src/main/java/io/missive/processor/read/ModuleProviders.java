package io.missive.processor.read;

import javax.lang.model.element.ModuleElement;

/** What a module's {@code module-info.java} says it provides to {@code ServiceLoader}. */
public final class ModuleProviders {

  private ModuleProviders() {}

  /** Whether {@code module} has a {@code provides} directive for {@code service}. */
  public static boolean provides(ModuleElement module, String service) {
    for (ModuleElement.Directive directive : module.getDirectives()) {
      if (directive instanceof ModuleElement.ProvidesDirective provides
          && provides.getService().getQualifiedName().contentEquals(service)) {
        return true;
      }
    }
    return false;
  }
}
