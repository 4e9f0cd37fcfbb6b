package io.missive.sample.bus;

import io.missive.CommandMessage;
import io.missive.EventMessage;
import io.missive.Message;
import io.missive.MessageJsonReader;
import io.missive.QueryMessage;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * An in-process message bus, the embedded stand-in for a broker. Commands go to exactly one handler,
 * events to every subscriber, queries to one handler that answers without side effects. Every message
 * crosses a {@link Wire}: by default it is written as CloudEvents JSON with its generated codec and read
 * back by a {@link MessageJsonReader}, as it would be on the far side of a broker, so what handlers
 * receive is what the wire carried. Events published while a message is handled are delivered after
 * it, in order.
 */
public final class MessageBus implements Bus {

  /** Knows no type, so it keeps every event as it came: raw JSON from a broker, to be put on the wire. */
  private static final MessageJsonReader AS_IT_CAME = MessageJsonReader.of().keepingUnknownTypes();

  private final MessageJsonReader reader;
  private final Journal journal;
  private final Wire wire;
  private final Map<Class<?>, Function<Message<?>, CommandResult>> commandHandlers = new HashMap<>();
  private final Map<Class<?>, List<Consumer<Message<?>>>> subscribers = new HashMap<>();
  private final Map<Class<?>, Function<Message<?>, Object>> queryHandlers = new HashMap<>();
  private final Queue<Wire.Delivery> pending = new ArrayDeque<>();
  private boolean delivering;

  /** A bus whose messages cross in memory. */
  public MessageBus(MessageJsonReader reader, Journal journal) {
    this(reader, journal, Wire.inMemory(reader));
  }

  /** A bus whose messages cross {@code wire}. */
  public MessageBus(MessageJsonReader reader, Journal journal, Wire wire) {
    this.reader = reader;
    this.journal = journal;
    this.wire = wire;
  }

  /** Every service of the process shares this bus: the bus itself. */
  @Override
  public MessageBus service(String name) {
    return this;
  }

  /** Makes {@code handler} the one handler of commands of {@code type}. */
  public <C extends CommandMessage<?>> void handleCommands(
      Class<C> type, Function<? super C, CommandResult> handler) {
    if (commandHandlers.putIfAbsent(type, message -> handler.apply(type.cast(message))) != null) {
      throw new IllegalStateException(type.getSimpleName() + " already has a handler: a command has exactly one");
    }
  }

  /** Adds {@code consumer} to the subscribers of events of {@code type}. */
  public <E extends EventMessage<?>> void subscribe(Class<E> type, Consumer<? super E> consumer) {
    subscribers.computeIfAbsent(type, t -> new ArrayList<>()).add(message -> consumer.accept(type.cast(message)));
  }

  /** Makes {@code handler} the one handler of queries of {@code type}. */
  public <Q extends QueryMessage<?>, R> void answerQueries(Class<Q> type, Function<? super Q, R> handler) {
    if (queryHandlers.putIfAbsent(type, message -> handler.apply(type.cast(message))) != null) {
      throw new IllegalStateException(type.getSimpleName() + " already has a handler: a query has exactly one");
    }
  }

  /** Sends a command to its handler and returns the handler's verdict. */
  public CommandResult send(CommandMessage<?> command) {
    Message<?> received = wire.carry(readable(command)).message();
    Function<Message<?>, CommandResult> handler = commandHandlers.get(received.getClass());
    if (handler == null) {
      throw new IllegalStateException("No handler for command " + received.type());
    }
    delivering = true;
    CommandResult result;
    try {
      result = handler.apply(received);
    } finally {
      delivering = false;
    }
    journal.record(received, result.describe());
    deliverPending();
    return result;
  }

  /** Publishes an event to every subscriber of its type. */
  public void publish(EventMessage<?> event) {
    enqueue(readable(event));
  }

  /**
   * Delivers an event exactly as it arrived from a broker: raw JSON, perhaps written by an older
   * producer, perhaps delivered a second time.
   */
  public void deliver(byte[] json) {
    enqueue(AS_IT_CAME.read(json));
  }

  /** Puts {@code message} on the wire and queues what arrives for delivery. */
  private void enqueue(Message<?> message) {
    pending.add(wire.carry(message));
    if (!delivering) {
      deliverPending();
    }
  }

  /** Asks a query and returns the answer, of the type its handler gives. */
  public <R> R ask(QueryMessage<?> query, Class<R> answerType) {
    Message<?> received = wire.carry(readable(query)).message();
    Function<Message<?>, Object> handler = queryHandlers.get(received.getClass());
    if (handler == null) {
      throw new IllegalStateException("No handler for query " + received.type());
    }
    R answer = answerType.cast(handler.apply(received));
    journal.record(received, "answered: " + answer);
    return answer;
  }

  private void deliverPending() {
    delivering = true;
    try {
      Wire.Delivery delivery;
      while ((delivery = pending.poll()) != null) {
        Message<?> event = delivery.message();
        List<Consumer<Message<?>>> consumers = subscribers.getOrDefault(event.getClass(), List.of());
        journal.record(
            event,
            "to " + consumers.size() + " subscriber" + (consumers.size() == 1 ? "" : "s") + upcastNote(delivery));
        for (Consumer<Message<?>> consumer : consumers) {
          consumer.accept(event);
        }
      }
    } finally {
      delivering = false;
    }
  }

  /** Says so when the wire carried an older schema version than the one handlers received. */
  private static String upcastNote(Wire.Delivery delivery) {
    int written = delivery.writtenVersion();
    int received = delivery.message().version();
    return written == received ? "" : " (written as v" + written + ", upcast to v" + received + ")";
  }

  /** {@code message}, once the bus knows it can read it back. */
  private <M extends Message<?>> M readable(M message) {
    if (reader.codec(message.type()) == null) {
      throw new IllegalStateException("The bus has no codec for " + message.type());
    }
    return message;
  }
}
