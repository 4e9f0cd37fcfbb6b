package io.missive.sample;

import static org.assertj.core.api.Assertions.assertThat;

import io.missive.Message;
import io.missive.sample.bus.CommandResult;
import io.missive.sample.bus.Journal;
import io.missive.sample.bus.MessageBus;
import io.missive.sample.messages.ChargePaymentCommand;
import io.missive.sample.messages.GetOrderQuery;
import io.missive.sample.messages.InventoryReservedEvent;
import io.missive.sample.messages.OrderPlacedEvent;
import io.missive.sample.messages.PaymentReceivedEvent;
import io.missive.sample.messages.PlaceOrderCommand;
import io.missive.sample.messages.RefundIssuedEvent;
import io.missive.sample.messages.ShipmentDispatchedEvent;
import io.missive.sample.services.PaymentService;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The sample flow, asserted: what the app prints is what it did. The flow runs once for all the tests,
 * which only read what it printed and left behind (its timing step alone takes a second).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OrderFlowAppTest {

  private final ByteArrayOutputStream output = new ByteArrayOutputStream();
  private OrderFlowApp app;
  private String printed;

  @BeforeAll
  void runTheFlow() {
    app = new OrderFlowApp(new PrintStream(output, true, StandardCharsets.UTF_8));
    app.run();
    printed = output.toString(StandardCharsets.UTF_8);
  }

  @Test
  void commandsAreAcceptedOrRejectedForABusinessReason() {
    assertThat(app.results())
        .extracting(CommandResult::describe)
        .containsExactly(
            "accepted: ord-1001, total 64.48",
            "rejected: unknown customer cust-999",
            "rejected: out of stock: prod-791 (0 left, 1 wanted)",
            "rejected: payment declined for 4.50",
            "accepted: ord-1002, total 9.00",
            "accepted: ord-1002 cancelled");
    assertThat(printed).doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void orderPlacedReachesBothIndependentConsumers() {
    assertThat(printed)
        .contains("inventory: reserved 2 line(s) for ord-1001")
        .contains("notifications: emailed alice@example.com \"Thank you Alice, order ord-1001 is placed (64.48)\" (from the event itself)");
    List<Message<?>> flow = app.journal().flow(app.firstFlow());
    assertThat(flow).hasAtLeastOneElementOfType(InventoryReservedEvent.class);
  }

  @Test
  void thePaymentCarriesAValueObjectAndAVariantOfAClosedSet() {
    assertThat(printed)
        .contains(
            "PaymentReceived data: {\"orderId\":\"ord-1001\",\"paymentId\":\"pay-1\","
                + "\"method\":{\"@type\":\"PaymentMethod$Card\",\"token\":\"tok-visa\"},\"amount\":64.48}");
  }

  @Test
  void aRedeliveredEventHasNoSecondEffect() {
    assertThat(printed)
        .contains("inventory: already processed")
        .contains("notifications: already processed");
    assertThat(app.notifications().sent()).filteredOn(mail -> mail.contains("ord-1001 is placed")).hasSize(1);
    // 10 of prod-789 in stock: two reserved once for ord-1001, one for the upcast legacy order.
    assertThat(app.inventory().available("prod-789")).isEqualTo(7);
  }

  @Test
  void theNotificationEventsConsumerCallsBackWithAQuery() {
    assertThat(printed).contains("notifications: emailed alice@example.com \"Order ord-1001 is on its way (shp-1)\" (after calling back with GetOrder)");
    List<Message<?>> flow = app.journal().flow(app.firstFlow());
    Message<?> shipped = flow.stream().filter(ShipmentDispatchedEvent.class::isInstance).findFirst().orElseThrow();
    Message<?> callback = flow.stream().filter(GetOrderQuery.class::isInstance).findFirst().orElseThrow();
    assertThat(callback.causationId()).isEqualTo(shipped.id());
  }

  @Test
  void everyMessageOfAFlowSharesTheCorrelationIdAndPointsToItsCause() {
    List<Message<?>> flow = app.journal().flow(app.firstFlow());
    assertThat(flow)
        .extracting(message -> message.getClass().getSimpleName())
        .containsExactly(
            "PlaceOrderCommand",
            "OrderPlacedEvent",
            "PaymentReceivedEvent",
            "InventoryReservedEvent",
            "ShipmentDispatchedEvent",
            "GetOrderQuery");
    Message<?> command = flow.get(0);
    assertThat(command).isInstanceOf(PlaceOrderCommand.class);
    assertThat(command.causationId()).isNull();
    assertThat(flow).allSatisfy(message -> assertThat(message.correlationId()).isEqualTo(command.id()));
    assertThat(flow.get(1)).isInstanceOf(OrderPlacedEvent.class);
    assertThat(flow.get(1).causationId()).isEqualTo(command.id());
    assertThat(flow.get(2)).isInstanceOf(PaymentReceivedEvent.class);
    assertThat(flow.get(2).causationId()).isEqualTo(command.id());
    assertThat(flow.get(3).causationId()).isEqualTo(flow.get(1).id());
    assertThat(flow.get(4).causationId()).isEqualTo(flow.get(3).id());
    assertThat(flow.get(5).causationId()).isEqualTo(flow.get(4).id());
    assertThat(printed).contains("Causal chain of the first flow");
  }

  @Test
  void cancellingReleasesStockAndIssuesARefund() {
    assertThat(app.journal().entries())
        .extracting(Journal.Entry::message)
        .filteredOn(RefundIssuedEvent.class::isInstance)
        .singleElement()
        .satisfies(refund -> assertThat(((RefundIssuedEvent) refund).data().orderId()).isEqualTo("ord-1002"));
    assertThat(app.inventory().available("prod-790")).isEqualTo(4);
  }

  @Test
  void aVersionOneEventIsReadThroughItsUpcaster() {
    OrderPlacedEvent legacy =
        app.journal().entries().stream()
            .map(Journal.Entry::message)
            .filter(OrderPlacedEvent.class::isInstance)
            .map(OrderPlacedEvent.class::cast)
            .filter(event -> event.data().orderId().equals("ord-0042"))
            .findFirst()
            .orElseThrow();
    assertThat(legacy.version()).isEqualTo(2);
    assertThat(legacy.data().customerName()).isEqualTo("(unknown)");
    assertThat(legacy.data().total()).isEqualByComparingTo("29.99");
    assertThat(printed)
        .contains("to 2 subscribers (written as v1, upcast to v2)")
        .contains("inventory: reserved 1 line(s) for ord-0042");
  }

  @Test
  void theCardIsChargedByAPlainCallAndTheReasonIsPrinted() {
    assertThat(printed)
        .contains("== 8. Not everything is a message: the order service charges the card by a plain method call")
        .containsPattern("call +payments\\.charge\\(\\) +one payment service, and PlaceOrder cannot be answered"
            + " until the charge is\\R +approved or declined: 3 calls in this run, 2 approved, 1 declined");
  }

  @Test
  void theEventsCommandsAndQueriesBesideTheCallSayWhyTheyAreMessages() {
    assertThat(printed)
        .containsPattern("event +OrderPlaced +several consumers")
        .containsPattern("event +PaymentReceived +a fact on record for an audit trail")
        .containsPattern("command +PlaceOrder +one handler, which may refuse it")
        .containsPattern("query +GetOrder +a read with one answerer and no side effect");
  }

  @Test
  void bothWaysOfChargingAreTimedAndPrintedWithTheirUnit() {
    assertThat(printed)
        .containsPattern("the median of \\d+ batches of \\d+ calls or \\d+ commands,\\R"
            + " +timed with System\\.nanoTime after \\d+ ms of warm-up:")
        .containsPattern("(?m)^ +call +payments\\.charge\\(\\.\\.\\.\\) +\\d+ ns per charge$")
        .containsPattern("(?m)^ +command +ChargePayment through the bus and its answer back +\\d+ ns per charge,"
            + " \\d+ times the call$")
        .contains("the command pays for: an envelope (new id, timestamp), CloudEvents JSON written and read back")
        .contains("it buys: a charge asked for while the payment service is down waits on the broker");
  }

  @Test
  void aRedeliveredChargeCommandGetsItsFirstAnswerAndChargesNothing() {
    MessageBus bus = new MessageBus(OrderFlowApp.reader(), Journal.silent());
    PaymentService payments = new PaymentService(bus, Journal.silent());
    ChargePaymentCommand charge =
        ChargePaymentCommand.builder().orderId("ord-1").paymentToken("tok-visa").amount(new BigDecimal("9.00")).build();
    CommandResult first = bus.send(charge);
    assertThat(bus.send(charge)).isEqualTo(first);
    assertThat(first.describe()).isEqualTo("accepted: pay-1");
    assertThat(payments.approvedCharges()).isEqualTo(1);
  }
}
