package io.missive.processor.write;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import io.missive.processor.model.Hints;

/** What every generated file shares: the {@code @Generated} marker and the file layout. */
public final class Generation {

  /** The value of {@code @Generated} on every generated type. */
  public static final String GENERATOR = "io.missive.processor.MissiveProcessor";

  private Generation() {}

  /**
   * Adds what every generated top-level type carries: {@code @Generated} where it is visible, the
   * suppression of deprecation warnings where the interface uses deprecated types, and the names
   * JavaPoet must always qualify.
   */
  static TypeSpec.Builder decorate(TypeSpec.Builder type, Hints hints) {
    if (hints.generatedAnnotation()) {
      type.addAnnotation(AnnotationSpec.builder(Names.GENERATED).addMember("value", "$S", GENERATOR).build());
    }
    if (hints.deprecated()) {
      type.addAnnotation(
          AnnotationSpec.builder(SuppressWarnings.class)
              .addMember("value", "{$S, $S}", "deprecation", "removal")
              .build());
    }
    if (!hints.alwaysQualify().isEmpty()) {
      type.alwaysQualify(hints.alwaysQualify().stream().sorted().toArray(String[]::new));
    }
    return type;
  }

  /** The source file holding {@code type} in {@code packageName}, formatted the same way for all. */
  public static JavaFile file(String packageName, TypeSpec type) {
    return JavaFile.builder(packageName, type).skipJavaLangImports(true).indent("    ").build();
  }
}
