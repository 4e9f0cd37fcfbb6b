package io.missive.sample.bus;

import io.missive.CommandMessage;
import io.missive.EventMessage;
import io.missive.QueryMessage;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * What a service sees of the bus it talks on: in one process the {@link MessageBus} every service
 * shares, or over Kafka a consumer of the service's own ({@code io.missive.sample.kafka.KafkaBus}).
 * Commands go to exactly one handler, events to every subscriber, queries to one handler that answers
 * without side effects.
 */
public interface Bus {

  /**
   * The bus as the service {@code name} talks on it: the handlers registered there are that
   * service's. In one process every service shares the bus itself.
   */
  Bus service(String name);

  /** Makes {@code handler} the one handler of commands of {@code type}. */
  <C extends CommandMessage<?>> void handleCommands(Class<C> type, Function<? super C, CommandResult> handler);

  /** Adds {@code consumer} to the subscribers of events of {@code type}. */
  <E extends EventMessage<?>> void subscribe(Class<E> type, Consumer<? super E> consumer);

  /** Makes {@code handler} the one handler of queries of {@code type}. */
  <Q extends QueryMessage<?>, R> void answerQueries(Class<Q> type, Function<? super Q, R> handler);

  /** Sends a command to its handler and returns the handler's verdict. */
  CommandResult send(CommandMessage<?> command);

  /** Publishes an event to every subscriber of its type. */
  void publish(EventMessage<?> event);

  /**
   * Delivers an event exactly as it arrived from a broker: raw JSON, perhaps written by an older
   * producer, perhaps delivered a second time.
   */
  void deliver(byte[] json);

  /** Asks a query and returns the answer, of the type its handler gives. */
  <R> R ask(QueryMessage<?> query, Class<R> answerType);
}
