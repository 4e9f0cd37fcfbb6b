package io.missive.it.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.missive.CommandMessage;
import io.missive.EventMessage;
import io.missive.Message;
import io.missive.QueryMessage;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class EnvelopeTest {

  static final Instant NOW = Instant.parse("2026-03-15T10:30:00.123Z");
  static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
  static final List<LineItem> ITEMS =
      List.of(
          new LineItem("prod-789", 2, new BigDecimal("29.99")),
          new LineItem("prod-790", 1, new BigDecimal("0.00")));

  static OrderPlacedEvent.Builder orderPlaced() {
    return OrderPlacedEvent.builder(CLOCK)
        .orderId("ord-123")
        .customerId("cust-456")
        .items(ITEMS)
        .total(new BigDecimal("59.98"))
        .tags(Set.of("gift"))
        .attributes(Map.of("channel", "web"))
        .priority(3);
  }

  @Test
  void buildsAnEnvelopeWithMetadataAndPayload() {
    OrderPlacedEvent event = orderPlaced().build();

    assertThat(event.type()).isEqualTo("OrderPlaced").isEqualTo(OrderPlacedEvent.TYPE);
    assertThat(event.source()).isEqualTo("order-service");
    assertThat(event.version()).isEqualTo(2);
    assertThat(event.timestamp()).isEqualTo(NOW);
    assertThat(event.correlationId()).isEqualTo(event.id());
    assertThat(event.causationId()).isNull();
    OrderPlaced data = event.data();
    assertThat(data.orderId()).isEqualTo("ord-123");
    assertThat(data.customerId()).isEqualTo("cust-456");
    assertThat(data.items()).isEqualTo(ITEMS);
    assertThat(data.total()).isEqualByComparingTo("59.98");
    assertThat(data.note()).isEmpty();
    assertThat(data.coupon()).isNull();
    assertThat(data.priority()).isEqualTo(3);
    assertThat(data.itemCount()).isEqualTo(2);
  }

  @Test
  void idIsAUuidV7() {
    OrderPlacedEvent event = orderPlaced().build();
    UUID id = UUID.fromString(event.id());
    assertThat(id.version()).isEqualTo(7);
    assertThat(id.variant()).isEqualTo(2);
    assertThat(id.toString()).isEqualTo(event.id());
  }

  @Test
  void explicitMetadataWins() {
    Instant then = Instant.parse("2020-01-01T00:00:00Z");
    OrderPlacedEvent event =
        orderPlaced().id("evt-1").timestamp(then).correlationId("req-xyz").causationId("cmd-9").build();
    assertThat(event.id()).isEqualTo("evt-1");
    assertThat(event.timestamp()).isEqualTo(then);
    assertThat(event.correlationId()).isEqualTo("req-xyz");
    assertThat(event.causationId()).isEqualTo("cmd-9");
  }

  @Test
  void causedByContinuesTheFlow() {
    PlaceOrderCommand command =
        PlaceOrderCommand.builder(CLOCK).customerId("cust-456").items(ITEMS).build();
    OrderPlacedEvent placed = orderPlaced().causedBy(command).build();
    GetOrderStatusQuery query = GetOrderStatusQuery.builder().orderId("ord-123").causedBy(placed).build();

    assertThat(command.correlationId()).isEqualTo(command.id());
    assertThat(placed.correlationId()).isEqualTo(command.id());
    assertThat(placed.causationId()).isEqualTo(command.id());
    assertThat(query.correlationId()).isEqualTo(command.id());
    assertThat(query.causationId()).isEqualTo(placed.id());
    assertThat(List.of(command.id(), placed.id(), query.id())).doesNotHaveDuplicates();
  }

  @Test
  void missingFieldsAreAllNamedWithTheMessageType() {
    assertThatThrownBy(() -> OrderPlacedEvent.builder().customerId("c").priority(1).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "Cannot build OrderPlacedEvent (type OrderPlaced): missing orderId, items, total, tags,"
                + " attributes");
    assertThatThrownBy(() -> GetOrderStatusQuery.builder().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Cannot build GetOrderStatusQuery (type orders.GetOrderStatus): missing orderId");
  }

  @Test
  void primitiveFieldsAreRequiredToo() {
    assertThatThrownBy(
            () ->
                OrderPlacedEvent.builder()
                    .orderId("o")
                    .customerId("c")
                    .items(ITEMS)
                    .total(BigDecimal.ONE)
                    .tags(Set.of())
                    .attributes(Map.of())
                    .build())
        .hasMessageEndingWith("missing priority");
  }

  @Test
  void nullIsRejectedWhereItIsNotAllowedAndNamesTheField() {
    assertThatThrownBy(() -> orderPlaced().orderId(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("OrderPlaced.orderId must not be null");
    assertThatThrownBy(() -> orderPlaced().id(null)).isInstanceOf(NullPointerException.class).hasMessage("id");
    assertThatThrownBy(() -> orderPlaced().id("")).isInstanceOf(IllegalArgumentException.class).hasMessage("id must not be empty");
    assertThatThrownBy(() -> orderPlaced().correlationId("")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> orderPlaced().causedBy(null)).isInstanceOf(NullPointerException.class).hasMessage("cause");
    assertThatThrownBy(() -> OrderPlacedEvent.builder(null)).isInstanceOf(NullPointerException.class).hasMessage("clock");
    assertThatThrownBy(
            () -> new OrderPlacedData("c", null, ITEMS, BigDecimal.ONE, Set.of(), Map.of(), Optional.empty(), 1, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("OrderPlaced.orderId must not be null");
    assertThatThrownBy(
            () -> new OrderPlacedData("c", "o", null, BigDecimal.ONE, Set.of(), Map.of(), Optional.empty(), 1, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("OrderPlaced.items must not be null");
  }

  @Test
  void nullableAndOptionalFieldsMayBeLeftOut() {
    OrderPlacedEvent event = orderPlaced().coupon(null).build();
    assertThat(event.data().coupon()).isNull();
    assertThat(event.data().note()).isEmpty();
    assertThat(orderPlaced().note("leave at door").build().data().note()).contains("leave at door");
    assertThat(orderPlaced().note(Optional.of("x")).build().data().note()).contains("x");
    assertThat(orderPlaced().coupon("SAVE10").build().data().coupon()).isEqualTo("SAVE10");
  }

  @Test
  void envelopesAreEqualByValue() {
    OrderPlacedEvent a = orderPlaced().id("evt-1").build();
    OrderPlacedEvent b = orderPlaced().id("evt-1").build();
    OrderPlacedEvent other = orderPlaced().id("evt-2").build();
    OrderPlacedEvent otherData = orderPlaced().id("evt-1").orderId("ord-999").build();

    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a).isNotEqualTo(other).isNotEqualTo(otherData).isNotEqualTo(null).isNotEqualTo("evt-1");
    assertThat(a.data()).isEqualTo(b.data()).hasSameHashCodeAs(b.data());
  }

  @Test
  void toStringIsReadable() {
    OrderPlacedEvent event = orderPlaced().id("evt-1").causationId("cmd-1").build();
    assertThat(event.toString())
        .startsWith(
            "OrderPlacedEvent{id=evt-1, type=OrderPlaced, source=order-service,"
                + " timestamp=2026-03-15T10:30:00.123Z, version=2, correlationId=evt-1,"
                + " causationId=cmd-1, data=OrderPlacedData[customerId=cust-456, orderId=ord-123,")
        .endsWith("}");
  }

  @Test
  void dataCopiesAnyImplementationOfThePayloadInterface() {
    OrderPlaced handWritten =
        new OrderPlaced() {
          @Override public String customerId() { return "cust-1"; }
          @Override public String orderId() { return "ord-1"; }
          @Override public List<LineItem> items() { return ITEMS; }
          @Override public BigDecimal total() { return BigDecimal.TEN; }
          @Override public Set<String> tags() { return Set.of(); }
          @Override public Map<String, String> attributes() { return Map.of(); }
          @Override public Optional<String> note() { return Optional.of("n"); }
          @Override public int priority() { return 7; }
          @Override public String coupon() { return null; }
        };
    OrderPlacedEvent event = OrderPlacedEvent.builder(CLOCK).data(handWritten).build();
    assertThat(event.data())
        .isEqualTo(new OrderPlacedData("cust-1", "ord-1", ITEMS, BigDecimal.TEN, Set.of(), Map.of(), Optional.of("n"), 7, null));
    OrderPlacedEvent copy = OrderPlacedEvent.builder(CLOCK).data(event.data()).id(event.id()).build();
    assertThat(copy).isEqualTo(event);
  }

  @Test
  void envelopesImplementTheContractsForTheirKind() {
    Message<?> event = orderPlaced().build();
    Message<?> command = PlaceOrderCommand.builder().customerId("c").items(List.of()).build();
    Message<?> query = GetOrderStatusQuery.builder().orderId("o").build();
    assertThat(event).isInstanceOf(EventMessage.class);
    assertThat(command).isInstanceOf(CommandMessage.class);
    assertThat(query).isInstanceOf(QueryMessage.class);
    assertThat(List.of(event, command, query))
        .extracting(Message::type)
        .containsExactly("OrderPlaced", "PlaceOrder", "orders.GetOrderStatus");
    assertThat(List.of(event, command, query)).extracting(Message::source).containsOnly("order-service");
    assertThat(List.of(event, command, query)).extracting(Message::version).containsExactly(2, 1, 1);
  }

  @Test
  void theBuilderCanBeReusedAndGivesEachMessageItsOwnId() {
    OrderPlacedEvent.Builder builder = orderPlaced();
    OrderPlacedEvent first = builder.build();
    OrderPlacedEvent second = builder.build();
    assertThat(first.id()).isNotEqualTo(second.id());
    assertThat(first.data()).isEqualTo(second.data());
  }
}
