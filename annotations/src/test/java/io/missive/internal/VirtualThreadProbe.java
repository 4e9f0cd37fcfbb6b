package io.missive.internal;

import java.nio.charset.StandardCharsets;

/**
 * Run by {@link ThreadGeneratorTest} on JDK 25: whether a platform thread and a virtual thread keep
 * their generator, and what the virtual thread writes. Compiled for Java 17, so the virtual thread is
 * started by reflection.
 */
final class VirtualThreadProbe {

  private VirtualThreadProbe() {}

  public static void main(String[] args) throws Exception {
    boolean platformKeeps = ThreadGeneratorTest.keptAfterOneUse() == ThreadGeneratorTest.keptAfterOneUse();
    boolean[] virtualKeeps = new boolean[1];
    String[] written = new String[1];
    Throwable[] failure = new Throwable[1];
    Runnable onVirtual =
        () -> {
          try {
            virtualKeeps[0] = ThreadGeneratorTest.keptAfterOneUse() == ThreadGeneratorTest.keptAfterOneUse();
            written[0] =
                new String(
                    ThreadGeneratorTest.CODEC.toJsonBytes(ThreadGeneratorTest.note("on a virtual thread")),
                    StandardCharsets.UTF_8);
          } catch (Throwable e) {
            failure[0] = e;
          }
        };
    Thread thread = (Thread) Thread.class.getMethod("startVirtualThread", Runnable.class).invoke(null, onVirtual);
    thread.join();
    if (failure[0] != null) {
      throw new AssertionError("the virtual thread failed", failure[0]);
    }
    System.out.println(
        "platform thread keeps its generator: " + platformKeeps + "; virtual thread keeps one: "
            + virtualKeeps[0] + "; wrote " + written[0]);
  }
}
