package io.missive.processor;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import javax.tools.JavaFileObject;

/** Compiles test sources with Missive's processors, in the order of its services file. */
final class Sources {

  private Sources() {}

  /** A source file {@code test/<name>.java} with the given lines, joined by newlines. */
  static JavaFileObject source(String name, String... lines) {
    return JavaFileObjects.forSourceLines("test." + name, lines);
  }

  static Compilation compile(JavaFileObject... sources) {
    return compiler().compile(sources);
  }

  /** Compiles {@code sources} and records every file the processor creates, even on failure. */
  static Compilation compile(RecordingFiler filer, JavaFileObject... sources) {
    return Compiler.javac().withProcessors(filer.processor(), new RoundClaims()).withOptions("-Xlint:all").compile(sources);
  }

  static Compiler compiler() {
    return Compiler.javac().withProcessors(new MissiveProcessor(), new RoundClaims()).withOptions("-Xlint:all");
  }
}
