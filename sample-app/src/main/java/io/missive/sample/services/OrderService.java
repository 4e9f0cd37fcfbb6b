package io.missive.sample.services;

import io.missive.sample.bus.Bus;
import io.missive.sample.bus.CommandResult;
import io.missive.sample.messages.CancelOrderCommand;
import io.missive.sample.messages.GetOrderQuery;
import io.missive.sample.messages.GetOrderStatusQuery;
import io.missive.sample.messages.InventoryReservedEvent;
import io.missive.sample.messages.LineItem;
import io.missive.sample.messages.OrderCancelledEvent;
import io.missive.sample.messages.OrderPlacedEvent;
import io.missive.sample.messages.PaymentMethod;
import io.missive.sample.messages.PaymentReceivedEvent;
import io.missive.sample.messages.PlaceOrder;
import io.missive.sample.messages.PlaceOrderCommand;
import io.missive.sample.messages.ShipmentDispatchedEvent;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Owns orders: handles {@code PlaceOrder} and {@code CancelOrder}, answers {@code GetOrderStatus} and
 * {@code GetOrder}, and follows the order's life from the other services' events.
 */
public final class OrderService {

  /** A customer the service knows. */
  public record Customer(String name, String email) {}

  private final Bus bus;
  private final Map<String, Customer> customers;
  private final InventoryService inventory;
  private final PaymentService payments;
  private final Map<String, OrderView> orders = new LinkedHashMap<>();
  private int nextOrder = 1001;

  public OrderService(
      Bus bus, Map<String, Customer> customers, InventoryService inventory, PaymentService payments) {
    this.bus = bus;
    this.customers = Map.copyOf(customers);
    this.inventory = inventory;
    this.payments = payments;
    bus.handleCommands(PlaceOrderCommand.class, this::place);
    bus.handleCommands(CancelOrderCommand.class, this::cancel);
    bus.answerQueries(GetOrderStatusQuery.class, query -> status(query.data().orderId()));
    bus.answerQueries(GetOrderQuery.class, query -> orders.get(query.data().orderId()));
    bus.subscribe(InventoryReservedEvent.class, event -> advance(event.data().orderId(), OrderStatus.RESERVED));
    bus.subscribe(ShipmentDispatchedEvent.class, event -> advance(event.data().orderId(), OrderStatus.SHIPPED));
  }

  private CommandResult place(PlaceOrderCommand command) {
    PlaceOrder request = command.data();
    Customer customer = customers.get(request.customerId());
    if (customer == null) {
      return CommandResult.rejected("unknown customer " + request.customerId());
    }
    for (LineItem item : request.items()) {
      if (!inventory.canReserve(item)) {
        return CommandResult.rejected(
            "out of stock: " + item.productId() + " (" + inventory.available(item.productId()) + " left, "
                + item.quantity() + " wanted)");
      }
    }
    BigDecimal total = request.items().stream().map(LineItem::subtotal).reduce(BigDecimal.ZERO, BigDecimal::add);
    String orderId = "ord-" + nextOrder;
    PaymentService.Charge charge = payments.charge(orderId, request.paymentToken(), total);
    if (!charge.approved()) {
      return CommandResult.rejected("payment declined for " + total);
    }
    nextOrder++;
    orders.put(
        orderId,
        new OrderView(orderId, customer.name(), customer.email(), request.items(), total, OrderStatus.PLACED));
    bus.publish(
        OrderPlacedEvent.builder()
            .orderId(orderId)
            .customerId(request.customerId())
            .customerName(customer.name())
            .customerEmail(customer.email())
            .items(request.items())
            .total(total)
            .causedBy(command)
            .build());
    bus.publish(
        PaymentReceivedEvent.builder()
            .orderId(orderId)
            .paymentId(charge.paymentId())
            .method(PaymentMethod.fromToken(request.paymentToken()))
            .amount(total)
            .causedBy(command)
            .build());
    return CommandResult.accepted(orderId + ", total " + total);
  }

  private CommandResult cancel(CancelOrderCommand command) {
    String orderId = command.data().orderId();
    OrderView order = orders.get(orderId);
    if (order == null) {
      return CommandResult.rejected("no order " + orderId);
    }
    if (order.status() == OrderStatus.SHIPPED || order.status() == OrderStatus.CANCELLED) {
      return CommandResult.rejected(orderId + " is already " + order.status());
    }
    advance(orderId, OrderStatus.CANCELLED);
    bus.publish(
        OrderCancelledEvent.builder().orderId(orderId).reason(command.data().reason()).causedBy(command).build());
    return CommandResult.accepted(orderId + " cancelled");
  }

  private OrderStatus status(String orderId) {
    OrderView order = orders.get(orderId);
    return order == null ? null : order.status();
  }

  private void advance(String orderId, OrderStatus status) {
    // Events about orders this service never took (an old producer's) change nothing here.
    orders.computeIfPresent(
        orderId,
        (id, order) ->
            order.status() == OrderStatus.CANCELLED
                ? order
                : new OrderView(id, order.customerName(), order.customerEmail(), order.items(), order.total(), status));
  }

  /** The ids of every order taken, in order. */
  public List<String> orderIds() {
    return List.copyOf(orders.keySet());
  }
}
