package io.missive.processor.read;

import java.util.Optional;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ErrorType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.SimpleTypeVisitor14;

/**
 * Finds types that the compiler could not resolve (yet) anywhere inside a type: in its type
 * arguments, array components and wildcard bounds.
 */
final class MissingTypes {

  private MissingTypes() {}

  /** The first unresolved type inside {@code type}, as written in the source. */
  static Optional<String> find(TypeMirror type) {
    return Optional.ofNullable(type.accept(FINDER, null));
  }

  private static final SimpleTypeVisitor14<String, Void> FINDER =
      new SimpleTypeVisitor14<>() {
        @Override
        public String visitError(ErrorType type, Void unused) {
          return type.toString();
        }

        @Override
        public String visitDeclared(DeclaredType type, Void unused) {
          for (TypeMirror argument : type.getTypeArguments()) {
            String missing = argument.accept(this, null);
            if (missing != null) {
              return missing;
            }
          }
          return null;
        }

        @Override
        public String visitArray(ArrayType type, Void unused) {
          return type.getComponentType().accept(this, null);
        }

        @Override
        public String visitWildcard(WildcardType type, Void unused) {
          TypeMirror bound =
              type.getExtendsBound() != null ? type.getExtendsBound() : type.getSuperBound();
          return bound == null ? null : bound.accept(this, null);
        }
      };
}
