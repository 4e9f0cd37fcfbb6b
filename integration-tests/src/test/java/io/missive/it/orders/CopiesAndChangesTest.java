package io.missive.it.orders;

import static io.missive.it.orders.EnvelopeTest.orderPlaced;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * Changed copies of a message ({@code toBuilder()} on the envelope, {@code with...} on the payload),
 * and what the payload's {@code toString} hides ({@code @Sensitive}).
 */
class CopiesAndChangesTest {

  @Test
  void toBuilderKeepsEveryAttributeAndFieldAndChangesWhatIsSet() {
    OrderPlacedEvent placed = orderPlaced().note("leave at the door").causationId("cause-1").build();

    OrderPlacedEvent corrected = placed.toBuilder().total(new BigDecimal("61.00")).build();

    assertThat(corrected.id()).isEqualTo(placed.id());
    assertThat(corrected.source()).isEqualTo(placed.source());
    assertThat(corrected.timestamp()).isEqualTo(placed.timestamp());
    assertThat(corrected.correlationId()).isEqualTo(placed.correlationId());
    assertThat(corrected.causationId()).isEqualTo("cause-1");
    assertThat(corrected.data().total()).isEqualByComparingTo("61.00");
    assertThat(corrected.data().note()).contains("leave at the door");
    assertThat(corrected.data().items()).isEqualTo(placed.data().items());
    assertThat(placed.toBuilder().build()).isEqualTo(placed);
  }

  @Test
  void toBuilderKeepsTheSourceAMessageWasReadWith() {
    OrderPlacedEvent elsewhere =
        OrderPlacedEvent.fromJson(orderPlaced().build().toJson().replace("\"order-service\"", "\"/eu/orders\""));
    assertThat(elsewhere.source()).isEqualTo("/eu/orders");
    assertThat(elsewhere.toBuilder().priority(1).build().source()).isEqualTo("/eu/orders");
    assertThat(orderPlaced().build().source()).isEqualTo(OrderPlacedEvent.SOURCE);
  }

  @Test
  void withersCopyThePayloadWithOneFieldChanged() {
    OrderPlacedData data = (OrderPlacedData) orderPlaced().build().data();
    OrderPlacedData changed = data.withPriority(9).withCoupon("SPRING");
    assertThat(changed.priority()).isEqualTo(9);
    assertThat(changed.coupon()).isEqualTo("SPRING");
    assertThat(changed.orderId()).isEqualTo(data.orderId());
    assertThat(data.priority()).isEqualTo(3);
    assertThat(changed.withPriority(3).withCoupon(null)).isEqualTo(data);
  }

  @Test
  void sensitiveValuesAreHiddenFromToStringButNotFromTheMessage() {
    CardChargedEvent charged =
        CardChargedEvent.builder()
            .orderId("ord-1")
            .cardNumber("4111111111111111")
            .amount(new BigDecimal("64.48"))
            .holder("Alice")
            .build();
    assertThat(charged.data().toString())
        .isEqualTo("CardChargedData[orderId=ord-1, cardNumber=***, amount=64.48, holder=***]");
    assertThat(charged.toString()).contains("data=CardChargedData[orderId=ord-1, cardNumber=***").doesNotContain("4111");
    assertThat(charged.toJson()).contains("\"cardNumber\":\"4111111111111111\"", "\"holder\":\"Alice\"");
    assertThat(CardChargedEvent.fromJson(charged.toJson())).isEqualTo(charged);
    assertThat(charged.data().cardNumber()).isEqualTo("4111111111111111");
  }
}
