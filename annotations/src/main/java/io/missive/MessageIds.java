package io.missive;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Creates message ids: UUIDv7 strings (RFC 9562), unique and ordered by creation time.
 *
 * <p>The first 48 bits hold the Unix time in milliseconds and the next 12 bits a counter, so ids
 * created by one JVM sort in creation order even within one millisecond (the counter may borrow from
 * the next millisecond under a burst of more than 4096 ids). The last 62 bits are random, which keeps
 * ids of different JVMs apart. Creating one costs a few tens of nanoseconds, far less than
 * {@link java.util.UUID#randomUUID()}, which reads a secure random source.
 */
public final class MessageIds {

  private static final Clock SYSTEM_UTC = Clock.systemUTC();

  /** Milliseconds shifted left by 12, plus the 12-bit counter, of the last id handed out. */
  private static final AtomicLong LAST = new AtomicLong();

  private MessageIds() {}

  /** A new UUIDv7 string such as {@code 0193c4c2-5b1e-7a3c-9f1d-2b6e8c0a4d17}. */
  public static String next() {
    return next(System.currentTimeMillis());
  }

  /**
   * The time of a message built now, what generated builders call: {@code clock.instant()}, except
   * that the system UTC clock is read to the millisecond, the precision of the time in an id, with
   * {@link System#currentTimeMillis()}, which costs less than {@link Clock#instant()}.
   */
  public static Instant now(Clock clock) {
    return clock == SYSTEM_UTC ? Instant.ofEpochMilli(System.currentTimeMillis()) : clock.instant();
  }

  /**
   * A new UUIDv7 string for a message whose timestamp {@code time} was just read with
   * {@link #now(Clock) now(clock)}; what generated builders call. When {@code clock} is the system
   * UTC clock, the id takes its time from {@code time} instead of reading the clock a second time (a
   * read costs tens of nanoseconds), so id and timestamp agree to the millisecond; any other clock
   * (a fixed one in a test) says nothing about the current time, and the id reads the system clock as
   * {@link #next()} does.
   */
  public static String next(Clock clock, Instant time) {
    return clock == SYSTEM_UTC ? next(time.toEpochMilli()) : next();
  }

  private static String next(long nowMillis) {
    long now = nowMillis << 12;
    long previous;
    long stamp;
    do {
      previous = LAST.get();
      stamp = now > previous ? now : previous + 1;
    } while (!LAST.compareAndSet(previous, stamp));
    long mostSignificant = ((stamp >>> 12) << 16) | 0x7000L | (stamp & 0xFFFL);
    long leastSignificant =
        (ThreadLocalRandom.current().nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
    return format(mostSignificant, leastSignificant);
  }

  /** The Unix time in milliseconds held by a UUIDv7 string, as written by {@link #next()}. */
  public static long epochMillis(String uuidV7) {
    if (uuidV7.length() != 36 || uuidV7.charAt(14) != '7') {
      throw new IllegalArgumentException("Not a UUIDv7 string: " + uuidV7);
    }
    String hex = uuidV7.substring(0, 8) + uuidV7.substring(9, 13);
    return Long.parseLong(hex, 16);
  }

  /** The canonical lowercase form of the UUID {@code msb}, {@code lsb}: 8-4-4-4-12 hex digits. */
  static String format(long msb, long lsb) {
    // The JDK formats straight into the string's own bytes, which no code outside it can do.
    return new UUID(msb, lsb).toString();
  }
}
