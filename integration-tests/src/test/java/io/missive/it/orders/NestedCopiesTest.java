package io.missive.it.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NestedCopiesTest {

  @Test
  void innerCollectionsAreCopiedToo() {
    List<String> batch = new ArrayList<>(List.of("a", "b"));
    List<String> room = new ArrayList<>(List.of("sofa"));
    List<String> notes = new ArrayList<>(List.of("fragile"));
    Map<String, List<String>> rooms = new HashMap<>(Map.of("living", room));
    ShipmentPlanned data =
        ShipmentPlannedEvent.builder()
            .batches(new ArrayList<>(List.of(batch)))
            .itemsByRoom(rooms)
            .notes(notes)
            .build()
            .data();

    batch.add("c");
    room.add("lamp");
    notes.add("heavy");

    assertThat(data.batches()).containsExactly(List.of("a", "b"));
    assertThat(data.itemsByRoom()).containsExactly(Map.entry("living", List.of("sofa")));
    assertThat(data.notes()).contains(List.of("fragile"));
    assertThatThrownBy(() -> data.batches().get(0).add("x")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> data.itemsByRoom().get("living").add("x"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> data.notes().orElseThrow().add("x")).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void nullInsideAnInnerCollectionIsNamed() {
    assertThatThrownBy(
            () ->
                new ShipmentPlannedData(
                    List.of(Arrays.asList("a", null)), Map.of(), Optional.empty()))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("ShipmentPlanned.batches[*][1] must not be null");
    assertThatThrownBy(() -> new ShipmentPlannedData(List.of(), Map.of(), null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("ShipmentPlanned.notes must not be null");
  }

  @Test
  void equalityIsByValueAtEveryLevel() {
    ShipmentPlannedData a = new ShipmentPlannedData(List.of(List.of("a")), Map.of("r", List.of("x")), Optional.of(List.of("n")));
    ShipmentPlannedData b =
        new ShipmentPlannedData(
            new ArrayList<>(List.of(new ArrayList<>(List.of("a")))),
            new HashMap<>(Map.of("r", new ArrayList<>(List.of("x")))),
            Optional.of(new ArrayList<>(List.of("n"))));
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
  }
}
