package io.missive.it.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PayloadTest {

  @Test
  void collectionsAreCopiedSoTheCallerCannotChangeTheMessage() {
    List<LineItem> items = new ArrayList<>(EnvelopeTest.ITEMS);
    Set<String> tags = new LinkedHashSet<>(List.of("b", "a"));
    Map<String, String> attributes = new HashMap<>(Map.of("k", "v"));
    OrderPlacedEvent event = EnvelopeTest.orderPlaced().items(items).tags(tags).attributes(attributes).build();

    items.clear();
    tags.add("c");
    attributes.put("k2", "v2");

    assertThat(event.data().items()).hasSize(2);
    assertThat(event.data().tags()).containsExactly("b", "a");
    assertThat(event.data().attributes()).containsOnlyKeys("k");
  }

  @Test
  void collectionsCannotBeChangedThroughTheMessage() {
    OrderPlaced data = EnvelopeTest.orderPlaced().build().data();
    assertThatThrownBy(() -> data.items().add(new LineItem("p", 1, BigDecimal.ONE)))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> data.tags().add("x")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> data.attributes().put("x", "y"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void setsKeepTheirOrder() {
    Set<String> tags = new LinkedHashSet<>(List.of("z", "a", "m", "b"));
    assertThat(EnvelopeTest.orderPlaced().tags(tags).build().data().tags()).containsExactly("z", "a", "m", "b");
  }

  @Test
  void nullElementsAreRejectedNamingTheFieldAndPosition() {
    List<LineItem> items = Arrays.asList(EnvelopeTest.ITEMS.get(0), null);
    assertThatThrownBy(() -> EnvelopeTest.orderPlaced().items(items).build())
        .isInstanceOf(NullPointerException.class)
        .hasMessage("OrderPlaced.items[1] must not be null");
    Map<String, String> attributes = new HashMap<>();
    attributes.put("channel", null);
    assertThatThrownBy(() -> EnvelopeTest.orderPlaced().attributes(attributes).build())
        .isInstanceOf(NullPointerException.class)
        .hasMessage("OrderPlaced.attributes[channel] must not be null");
    Set<String> tags = new LinkedHashSet<>(Arrays.asList("a", null));
    assertThatThrownBy(() -> EnvelopeTest.orderPlaced().tags(tags).build())
        .isInstanceOf(NullPointerException.class)
        .hasMessage("OrderPlaced.tags must not contain null");
  }

  @Test
  void payloadIsARecordThatImplementsTheInterface() {
    OrderPlaced data = EnvelopeTest.orderPlaced().build().data();
    assertThat(data).isInstanceOf(OrderPlacedData.class);
    assertThat(OrderPlacedData.class.isRecord()).isTrue();
    assertThat(data.toString()).startsWith("OrderPlacedData[customerId=cust-456, orderId=ord-123, items=[LineItem[");
    assertThat(data)
        .isEqualTo(
            new OrderPlacedData(
                "cust-456",
                "ord-123",
                EnvelopeTest.ITEMS,
                new BigDecimal("59.98"),
                Set.of("gift"),
                Map.of("channel", "web"),
                Optional.empty(),
                3,
                null));
  }
}
