package io.missive.sample;

import io.missive.MessageJsonReader;
import io.missive.sample.bus.CommandResult;
import io.missive.sample.bus.Journal;
import io.missive.sample.bus.MessageBus;
import io.missive.sample.messages.ChargePaymentCommand;
import io.missive.sample.services.PaymentService;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Arrays;

/**
 * Times one charge of a card both ways: a plain call of {@link PaymentService#charge}, and a
 * {@code ChargePayment} command sent through a {@link MessageBus} with its answer back. The command is
 * built (a new id and timestamp), written as CloudEvents JSON, read back by the generated codec,
 * dispatched to its one handler, and checked against the ids of the commands answered lately; the charge
 * inside is the same call. Both run on a payment service and bus of their own, whose journal keeps
 * nothing, so the order flow's state and output are left alone.
 *
 * <p>Both ways first run untimed for {@link #WARM_UP}, so that the JIT compiles them: a cold command
 * costs tens of times what a warm one does. The JIT is not done by then on a busy machine, and a longer
 * warm-up lowers the command's figure further, but the app must stay quick. Then each way is timed in
 * batches with {@link System#nanoTime()}, a batch of one way after a batch of the other, so that a busy
 * moment of the machine falls on both. The figure of a way is the median of its batches, per charge.
 */
final class ChargeTiming {

  /** The figures of one run, in nanoseconds per charge. */
  record Result(double callNanos, double commandNanos) {

    /** How many times a call the command costs. */
    double ratio() {
      return commandNanos / callNanos;
    }
  }

  static final Duration WARM_UP = Duration.ofSeconds(1);
  static final int BATCHES = 21;
  static final int CALLS_PER_BATCH = 20_000;
  static final int COMMANDS_PER_BATCH = 500;
  private static final BigDecimal AMOUNT = new BigDecimal("64.48");

  private final PaymentService payments;
  private final MessageBus bus;

  private ChargeTiming(MessageJsonReader reader) {
    bus = new MessageBus(reader, Journal.silent());
    payments = new PaymentService(bus, Journal.silent());
  }

  /** Times both ways on a bus that reads with {@code reader}, which must know {@code ChargePayment}. */
  static Result measure(MessageJsonReader reader) {
    return new ChargeTiming(reader).run();
  }

  private Result run() {
    long warmUpEnd = System.nanoTime() + WARM_UP.toNanos();
    while (System.nanoTime() - warmUpEnd < 0) {
      calls();
      commands();
    }
    double[] call = new double[BATCHES];
    double[] command = new double[BATCHES];
    for (int i = 0; i < BATCHES; i++) {
      call[i] = calls();
      command[i] = commands();
    }
    return new Result(median(call), median(command));
  }

  /** One batch of direct calls; nanoseconds per call. */
  private double calls() {
    long start = System.nanoTime();
    int approved = 0;
    for (int i = 0; i < CALLS_PER_BATCH; i++) {
      if (payments.charge("ord-timed", "tok-visa", AMOUNT).approved()) {
        approved++;
      }
    }
    return perCharge(System.nanoTime() - start, approved, CALLS_PER_BATCH);
  }

  /** One batch of commands through the bus; nanoseconds per command and its answer. */
  private double commands() {
    long start = System.nanoTime();
    int approved = 0;
    for (int i = 0; i < COMMANDS_PER_BATCH; i++) {
      ChargePaymentCommand command =
          ChargePaymentCommand.builder().orderId("ord-timed").paymentToken("tok-visa").amount(AMOUNT).build();
      if (bus.send(command) instanceof CommandResult.Accepted) {
        approved++;
      }
    }
    return perCharge(System.nanoTime() - start, approved, COMMANDS_PER_BATCH);
  }

  /** The time per charge, once every charge of the batch is known to have been approved. */
  private static double perCharge(long nanos, int approved, int charges) {
    if (approved != charges) {
      throw new IllegalStateException(approved + " of " + charges + " timed charges approved");
    }
    return (double) nanos / charges;
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int middle = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  }
}
