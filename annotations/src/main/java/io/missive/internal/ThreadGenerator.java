package io.missive.internal;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import io.missive.MessageJson;
import java.io.IOException;
import java.lang.ref.SoftReference;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * A compact UTF-8 generator kept by its thread between the messages it writes to bytes ({@code
 * toJsonBytes}, {@code dataJsonBytes}), in place of a generator made and closed for each: making one
 * and closing it (its context, its buffers taken from and given back to the recycler, its first
 * contexts) is about a fifth of the time it takes to write a small message.
 *
 * <p>After each message the generator is flushed and its bytes are taken; the next message is the
 * next root value, with no separator between them. A message is only ever written by a generator
 * that stands at its root with nothing buffered:
 *
 * <ul>
 *   <li>a write that fails drops the thread's generator (it may stand inside an object), unless it
 *       failed before writing anything, and the thread's next write makes a new one;
 *   <li>a write that returns with an object or array still open, or with the generator closed, has
 *       its output closed as a generator of its own would close it, and the generator is dropped;
 *   <li>a write within a write on the same thread gets a generator of its own, used once.
 * </ul>
 *
 * <p>What a thread keeps: the generator's two buffers (about 8 KB of bytes and 4 KB of chars, which
 * hold the last bytes written until they are overwritten), and the last member name written at each
 * depth of its contexts (a payload's map keys among them); nothing grows with the messages written,
 * and a message longer than the byte buffer goes out through it in pieces. It is held through a
 * {@link SoftReference}, as Jackson holds its own per-thread buffers: the collector may take it when
 * memory runs short, and it does not keep the library's class loader alive for good on a pooled
 * thread.
 *
 * <p>The thread's generator is replaced by a new one after {@value #USES} messages. A generator kept
 * for long ends up in the old generation of the heap, and then every reference it stores into its
 * own contexts (a member's name, at each member) pays the collector's write barrier for old objects:
 * with G1, measured, that took back most of what keeping it saved. Made anew that often, it is young
 * when it writes, at the cost of one generator in {@value #USES} messages.
 *
 * <p>A virtual thread keeps none: there may be a great many of them, each writing a message or two
 * and then waiting on I/O with the buffers held, so there every message gets a generator of its own
 * again, as before the generators were kept (made and closed per message, with Jackson's recycler).
 * {@code Thread.isVirtual()} is found once, on Java 19 and later; Java 17 has no virtual threads.
 */
final class ThreadGenerator {

  /** How many messages the thread's generator writes before a new one takes its place. */
  static final int USES = 1024;

  private static final ThreadLocal<SoftReference<ThreadGenerator>> KEPT = new ThreadLocal<>();

  /** {@code Thread.isVirtual()} where the JDK has it, otherwise {@code null}. */
  private static final MethodHandle IS_VIRTUAL = isVirtual();

  private final Utf8Bytes out = new Utf8Bytes();
  private final JsonGenerator generator;
  private final boolean kept;
  private boolean busy;
  private int uses;

  private ThreadGenerator(boolean kept) throws IOException {
    this.generator = MessageJson.factory().createGenerator(out, JsonEncoding.UTF8);
    // Each message is a root value of its own: nothing goes between two of them.
    generator.setRootValueSeparator(null);
    this.kept = kept;
  }

  /** The thread's idle generator, or a new one used once on a virtual thread or in a nested write. */
  static ThreadGenerator acquire() throws IOException {
    if (onVirtualThread()) {
      return new ThreadGenerator(false);
    }
    SoftReference<ThreadGenerator> reference = KEPT.get();
    ThreadGenerator own = reference == null ? null : reference.get();
    if (own == null) {
      own = new ThreadGenerator(true);
      KEPT.set(new SoftReference<>(own));
    } else if (own.busy) {
      return new ThreadGenerator(false);
    }
    own.busy = true;
    return own;
  }

  private static MethodHandle isVirtual() {
    try {
      return MethodHandles.publicLookup()
          .findVirtual(Thread.class, "isVirtual", MethodType.methodType(boolean.class));
    } catch (NoSuchMethodException | IllegalAccessException e) {
      return null;
    }
  }

  private static boolean onVirtualThread() {
    if (IS_VIRTUAL == null) {
      return false;
    }
    try {
      return (boolean) IS_VIRTUAL.invokeExact(Thread.currentThread());
    } catch (Throwable e) {
      throw new IllegalStateException("Thread.isVirtual() failed", e);
    }
  }

  JsonGenerator generator() {
    return generator;
  }

  /** The bytes written since {@link #acquire}, after which the generator is idle again. */
  byte[] finish() throws IOException {
    if (generator.isClosed() || !generator.getOutputContext().inRoot()) {
      // The write left an object or array open, or closed the generator: closing it ends what is
      // open, as closing a generator of its own did, and the generator is not used again.
      drop();
      generator.close();
      return out.take();
    }
    generator.flush();
    byte[] bytes = out.take();
    if (kept && ++uses < USES) {
      busy = false;
    } else {
      drop();
      generator.close();
    }
    return bytes;
  }

  /**
   * After a write that failed: a generator that wrote nothing is idle again; any other is dropped,
   * since it may stand inside an object.
   */
  void abandon() {
    if (kept
        && !generator.isClosed()
        && generator.getOutputContext().inRoot()
        && generator.getOutputBuffered() == 0
        && out.isEmpty()) {
      busy = false;
      return;
    }
    drop();
    out.take();
    try {
      generator.close();
    } catch (IOException | RuntimeException e) {
      // Closing writes the open objects' ends to memory, which are dropped: nothing to report.
    }
  }

  /** Takes this generator from its thread, if it is the thread's. */
  private void drop() {
    if (kept) {
      SoftReference<ThreadGenerator> reference = KEPT.get();
      if (reference != null && reference.get() == this) {
        KEPT.remove();
      }
    }
  }
}
