package io.missive.sample;

import io.missive.Message;
import io.missive.MessageJsonReader;
import io.missive.sample.bus.Bus;
import io.missive.sample.bus.CommandResult;
import io.missive.sample.bus.Journal;
import io.missive.sample.bus.MessageBus;
import io.missive.sample.messages.CancelOrderCommand;
import io.missive.sample.messages.ChargePaymentCommand;
import io.missive.sample.messages.GetOrderQuery;
import io.missive.sample.messages.GetOrderStatusQuery;
import io.missive.sample.messages.InventoryReservedEvent;
import io.missive.sample.messages.LineItem;
import io.missive.sample.messages.OrderCancelledEvent;
import io.missive.sample.messages.OrderPlacedEvent;
import io.missive.sample.messages.PaymentReceivedEvent;
import io.missive.sample.messages.PlaceOrderCommand;
import io.missive.sample.messages.RefundIssuedEvent;
import io.missive.sample.messages.ShipmentDispatchedEvent;
import io.missive.sample.services.InventoryService;
import io.missive.sample.services.NotificationService;
import io.missive.sample.services.OrderService;
import io.missive.sample.services.OrderStatus;
import io.missive.sample.services.PaymentService;
import io.missive.sample.services.ShippingService;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The order flow, end to end, on generated messages crossing an in-process bus as JSON: accepted and
 * rejected commands, an event broadcast to independent consumers, both styles of event, a redelivered
 * event processed once, the causal chain of a flow, a version-1 event read through its upcaster, and
 * one interaction that is a plain method call instead, timed against the same request as a command.
 */
public final class OrderFlowApp {

  /** A version-1 {@code OrderPlaced}, as an older producer still writes it: no customer details. */
  static final String LEGACY_V1_ORDER_PLACED =
      """
      {"specversion":"1.0","id":"0190f0e2-8f4a-7c3e-9a1b-3c5d7e9f1a2b","source":"order-service",\
      "type":"OrderPlaced","time":"2025-12-01T09:00:00Z","datacontenttype":"application/json",\
      "schemaversion":1,"correlationid":"0190f0e2-8f4a-7c3e-9a1b-3c5d7e9f1a2b",\
      "data":{"orderId":"ord-0042","customerId":"cust-456",\
      "items":[{"productId":"prod-789","quantity":1,"unitPrice":29.99}],"total":29.99}}""";

  /** What the message way of step 8 pays for and what it buys. */
  private static final List<String> WHAT_THE_COMMAND_COSTS =
      List.of(
          "the command pays for: an envelope (new id, timestamp), CloudEvents JSON written and read back by",
          "  the generated codec, dispatch by type to its one handler, and the answers to recent command ids,",
          "  kept so that a redelivered command charges nothing; the answer comes back as an object, where a",
          "  broker would carry it as a message of its own, and the network both ways comes on top",
          "it buys: a charge asked for while the payment service is down waits on the broker, and every",
          "  request is on record; the order service can use neither, since it waits for the answer");

  private final Journal journal;
  private final Bus bus;
  private final OrderService orders;
  private final InventoryService inventory;
  private final PaymentService payments;
  private final ShippingService shipping;
  private final NotificationService notifications;
  private final List<CommandResult> results = new ArrayList<>();
  private String firstFlow;

  /** The app, its services talking on an in-process bus. */
  public OrderFlowApp(PrintStream out) {
    this(new Journal(out));
  }

  private OrderFlowApp(Journal journal) {
    this(journal, new MessageBus(reader(), journal));
  }

  /**
   * The app, each service talking on {@code bus} as itself ({@link Bus#service}), the story told in
   * {@code journal}.
   */
  public OrderFlowApp(Journal journal, Bus bus) {
    this.journal = journal;
    this.bus = bus;
    inventory =
        new InventoryService(
            bus.service("inventory"), journal, Map.of("prod-789", 10, "prod-790", 5, "prod-791", 0));
    payments = new PaymentService(bus.service("payments"), journal);
    orders =
        new OrderService(
            bus.service("orders"),
            Map.of("cust-456", new OrderService.Customer("Alice", "alice@example.com")),
            inventory,
            payments);
    shipping = new ShippingService(bus.service("shipping"), journal);
    notifications = new NotificationService(bus.service("notifications"), journal);
  }

  /** A reader of every message type of the app, with which a bus reads back what it carries. */
  public static MessageJsonReader reader() {
    return MessageJsonReader.of(
        PlaceOrderCommand.JSON,
        CancelOrderCommand.JSON,
        ChargePaymentCommand.JSON,
        OrderPlacedEvent.JSON,
        PaymentReceivedEvent.JSON,
        InventoryReservedEvent.JSON,
        ShipmentDispatchedEvent.JSON,
        OrderCancelledEvent.JSON,
        RefundIssuedEvent.JSON,
        GetOrderStatusQuery.JSON,
        GetOrderQuery.JSON);
  }

  public static void main(String[] args) {
    new OrderFlowApp(System.out).run();
  }

  public void run() {
    step("1. PlaceOrder is accepted; OrderPlaced is broadcast to inventory and notifications");
    PlaceOrderCommand first = placeOrder("cust-456", "tok-visa", new LineItem("prod-789", 2, new BigDecimal("29.99")),
        new LineItem("prod-790", 1, new BigDecimal("4.50")));
    firstFlow = first.correlationId();
    String firstOrder = orders.orderIds().get(0);
    // Its payment on record: a value object (PaymentId) and one of a closed set (PaymentMethod).
    PaymentReceivedEvent paid = (PaymentReceivedEvent) journal.flow(firstFlow).stream()
        .filter(PaymentReceivedEvent.class::isInstance).findFirst().orElseThrow();
    String paidJson = paid.toJson();
    journal.say("        PaymentReceived data: " + paidJson.substring(paidJson.indexOf("\"data\":") + 7, paidJson.length() - 1));

    step("2. The broker redelivers that OrderPlaced (same id): every consumer ignores it");
    OrderPlacedEvent placed = (OrderPlacedEvent) journal.flow(firstFlow).stream()
        .filter(OrderPlacedEvent.class::isInstance).findFirst().orElseThrow();
    bus.deliver(OrderPlacedEvent.JSON.toJsonBytes(placed));

    step("3. PlaceOrder is rejected for business reasons: a result, not an exception");
    placeOrder("cust-999", "tok-visa", new LineItem("prod-789", 1, new BigDecimal("29.99")));
    placeOrder("cust-456", "tok-visa", new LineItem("prod-791", 1, new BigDecimal("99.00")));
    placeOrder("cust-456", "tok-declined", new LineItem("prod-790", 1, new BigDecimal("4.50")));

    step("4. A second order is placed, then cancelled before it ships: stock released, refund issued");
    placeOrder("cust-456", "tok-visa", new LineItem("prod-790", 2, new BigDecimal("4.50")));
    String secondOrder = orders.orderIds().get(1);
    send(CancelOrderCommand.builder().orderId(secondOrder).reason("changed my mind").build());

    step("5. The truck leaves: ShipmentDispatched is a notification (ids only), so its consumer calls back");
    shipping.dispatch();

    step("6. A version-1 OrderPlaced from an older producer is read through its upcaster");
    bus.deliver(LEGACY_V1_ORDER_PLACED.getBytes(StandardCharsets.UTF_8));

    step("7. Queries read without changing anything");
    for (String orderId : List.of(firstOrder, secondOrder)) {
      bus.ask(GetOrderStatusQuery.builder().orderId(orderId).build(), OrderStatus.class);
    }

    step("8. Not everything is a message: the order service charges the card by a plain method call");
    printWays();
    printCosts(ChargeTiming.measure(reader()));

    step("Causal chain of the first flow (correlation " + Journal.shortId(firstFlow) + ")");
    printChain(firstFlow);
    summary();
  }

  private PlaceOrderCommand placeOrder(String customerId, String token, LineItem... items) {
    PlaceOrderCommand command =
        PlaceOrderCommand.builder().customerId(customerId).paymentToken(token).items(List.of(items)).build();
    send(command);
    return command;
  }

  private void send(io.missive.CommandMessage<?> command) {
    results.add(bus.send(command));
  }

  /** One interaction of each kind in the run, the way it takes, and why. */
  private void printWays() {
    way("way", "interaction", "why");
    way("event", "OrderPlaced", "several consumers (inventory, notifications) unknown to the order service;");
    way("", "", "the answer to PlaceOrder does not depend on them");
    way("event", "PaymentReceived", "a fact on record for an audit trail; consumers can come later (none yet)");
    way("command", "PlaceOrder", "one handler, which may refuse it; its id is the correlation id of all it causes");
    way("query", "GetOrder", "a read with one answerer and no side effect: how a notification's consumer");
    way("", "", "gets the details");
    int approved = payments.approvedCharges();
    int declined = payments.declinedCharges();
    way("call", "payments.charge()", "one payment service, and PlaceOrder cannot be answered until the charge is");
    way("", "", "approved or declined: " + (approved + declined) + " calls in this run, " + approved + " approved, "
        + declined + " declined");
  }

  private void way(String way, String interaction, String why) {
    journal.say(String.format(Locale.ROOT, "        %-8s %-18s %s", way, interaction, why));
  }

  /** What one charge cost each way in this run, and what the message way pays for and buys. */
  private void printCosts(ChargeTiming.Result cost) {
    journal.say(String.format(Locale.ROOT,
        "        one charge each way in this run: the median of %d batches of %d calls or %d commands,",
        ChargeTiming.BATCHES, ChargeTiming.CALLS_PER_BATCH, ChargeTiming.COMMANDS_PER_BATCH));
    journal.say(String.format(Locale.ROOT,
        "        timed with System.nanoTime after %d ms of warm-up:", ChargeTiming.WARM_UP.toMillis()));
    journal.say(String.format(Locale.ROOT, "          call     %-46s %6.0f ns per charge",
        "payments.charge(...)", cost.callNanos()));
    journal.say(String.format(Locale.ROOT, "          command  %-46s %6.0f ns per charge, %.0f times the call",
        "ChargePayment through the bus and its answer back", cost.commandNanos(), cost.ratio()));
    for (String line : WHAT_THE_COMMAND_COSTS) {
      journal.say("        " + line);
    }
    journal.say(String.format(Locale.ROOT, "        %d ms is a short warm-up for the JIT: a JVM that has run longer"
        + " gets lower figures, the command's most", ChargeTiming.WARM_UP.toMillis()));
  }

  private void printChain(String correlationId) {
    List<Message<?>> flow = journal.flow(correlationId);
    for (Message<?> message : flow) {
      int depth = depth(message, flow);
      journal.say("  ".repeat(depth + 1) + Journal.kind(message) + " " + message.type() + " "
          + Journal.shortId(message.id())
          + (message.causationId() == null ? " (starts the flow)" : " <- " + Journal.shortId(message.causationId())));
    }
  }

  private static int depth(Message<?> message, List<Message<?>> flow) {
    int depth = 0;
    String cause = message.causationId();
    while (cause != null) {
      String id = cause;
      cause = flow.stream().filter(m -> m.id().equals(id)).findFirst().map(Message::causationId).orElse(null);
      depth++;
    }
    return depth;
  }

  private void summary() {
    long accepted = results.stream().filter(CommandResult.Accepted.class::isInstance).count();
    Map<String, Long> kinds = new java.util.TreeMap<>();
    for (Journal.Entry entry : journal.entries()) {
      kinds.merge(Journal.kind(entry.message()), 1L, Long::sum);
    }
    journal.say("");
    journal.say("Summary: " + journal.entries().size() + " messages delivered " + kinds + "; "
        + results.size() + " commands, " + accepted + " accepted, " + (results.size() - accepted) + " rejected; "
        + notifications.sent().size() + " emails sent; stock of prod-790 now " + inventory.available("prod-790") + ".");
  }

  private void step(String title) {
    journal.say("");
    journal.say("== " + title);
  }

  Journal journal() {
    return journal;
  }

  List<CommandResult> results() {
    return List.copyOf(results);
  }

  NotificationService notifications() {
    return notifications;
  }

  InventoryService inventory() {
    return inventory;
  }

  String firstFlow() {
    return firstFlow;
  }
}
