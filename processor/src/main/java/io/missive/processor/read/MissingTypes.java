package io.missive.processor.read;

import java.util.Optional;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Finds types that the compiler could not resolve (yet) anywhere inside a type: in its type
 * arguments, array components, wildcard bounds and the components of records it uses.
 */
final class MissingTypes {

  private MissingTypes() {}

  /** The first unresolved type inside {@code type}, as written in the source. */
  static Optional<String> find(TypeMirror type) {
    String[] missing = {null};
    TypeScan.scan(
        type,
        t -> {
          if (missing[0] == null && t.getKind() == TypeKind.ERROR) {
            missing[0] = t.toString();
          }
        });
    return Optional.ofNullable(missing[0]);
  }
}
