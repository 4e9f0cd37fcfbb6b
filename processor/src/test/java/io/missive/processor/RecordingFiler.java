package io.missive.processor;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.annotation.processing.Filer;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;

/**
 * Runs {@link MissiveProcessor} with a {@link Filer} that records the name of every source file it
 * creates, so that tests can tell that nothing was generated even when the compilation failed (when
 * compile-testing no longer hands out the generated files).
 */
final class RecordingFiler {

  final List<String> created = new CopyOnWriteArrayList<>();

  /** How many originating elements each created file named, in creation order. */
  final List<Integer> originatingElements = new CopyOnWriteArrayList<>();

  Processor processor() {
    MissiveProcessor delegate = new MissiveProcessor();
    return new javax.annotation.processing.AbstractProcessor() {
      @Override
      public synchronized void init(ProcessingEnvironment env) {
        super.init(env);
        delegate.init(recording(env));
      }

      @Override
      public Set<String> getSupportedAnnotationTypes() {
        return delegate.getSupportedAnnotationTypes();
      }

      @Override
      public Set<String> getSupportedOptions() {
        return delegate.getSupportedOptions();
      }

      @Override
      public SourceVersion getSupportedSourceVersion() {
        return delegate.getSupportedSourceVersion();
      }

      @Override
      public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        return delegate.process(annotations, round);
      }
    };
  }

  private ProcessingEnvironment recording(ProcessingEnvironment env) {
    Filer filer = env.getFiler();
    Filer recordingFiler =
        (Filer)
            Proxy.newProxyInstance(
                Filer.class.getClassLoader(),
                new Class<?>[] {Filer.class},
                (proxy, method, args) -> {
                  if (method.getName().equals("createSourceFile")) {
                    created.add(args[0].toString());
                    Object[] origins = args.length > 1 ? (Object[]) args[1] : new Object[0];
                    originatingElements.add(origins == null ? 0 : origins.length);
                  }
                  return invoke(method, filer, args);
                });
    return (ProcessingEnvironment)
        Proxy.newProxyInstance(
            ProcessingEnvironment.class.getClassLoader(),
            new Class<?>[] {ProcessingEnvironment.class},
            (proxy, method, args) ->
                method.getName().equals("getFiler") ? recordingFiler : invoke(method, env, args));
  }

  private static Object invoke(java.lang.reflect.Method method, Object target, Object[] args)
      throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
