package io.missive.it.orders;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.NotBlank;

/** Properties that hold for any payload values. */
class PayloadPropertiesTest {

  @Property(tries = 200)
  void builderAndRecordAgree(
      @ForAll @NotBlank String orderId,
      @ForAll String customerId,
      @ForAll List<@NotBlank String> productIds,
      @ForAll Set<String> tags,
      @ForAll Map<String, String> attributes,
      @ForAll Optional<String> note,
      @ForAll int priority,
      @ForAll long cents) {
    List<LineItem> items =
        productIds.stream().map(id -> new LineItem(id, id.length(), BigDecimal.valueOf(cents, 2))).toList();
    OrderPlacedData expected =
        new OrderPlacedData(customerId, orderId, items, BigDecimal.valueOf(cents, 2), tags, attributes, note, priority, null);

    OrderPlacedEvent event =
        OrderPlacedEvent.builder()
            .orderId(orderId)
            .customerId(customerId)
            .items(items)
            .total(BigDecimal.valueOf(cents, 2))
            .tags(tags)
            .attributes(attributes)
            .note(note)
            .priority(priority)
            .build();

    assertThat(event.data()).isEqualTo(expected);
    assertThat(OrderPlacedEvent.builder().data(event.data()).id(event.id()).timestamp(event.timestamp()).build())
        .isEqualTo(event);
  }
}
