package io.missive.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class CopiesTest {

  @Property
  void listCopyEqualsTheOriginalAndIsDetached(@ForAll List<String> original) {
    List<String> source = new ArrayList<>(original);
    List<String> copy = Copies.list(source, "T.f");
    source.add("changed");
    assertThat(copy).isEqualTo(original);
  }

  @Property
  void mapCopyKeepsOrder(@ForAll Map<String, Integer> original) {
    LinkedHashMap<String, Integer> ordered = new LinkedHashMap<>(original);
    assertThat(Copies.map(ordered, "T.f").keySet()).containsExactlyElementsOf(ordered.keySet());
  }

  @Test
  void copiesAreUnmodifiable() {
    assertThatThrownBy(() -> Copies.list(List.of("a"), "T.f").add("b"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> Copies.set(Set.of("a"), "T.f").add("b"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> Copies.map(Map.of("a", 1), "T.f").put("b", 2))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void aListMadeByListOfIsKeptAsItIs() {
    List<String> immutable = List.of("a", "b");
    assertThat(Copies.list(immutable, "T.f")).isSameAs(immutable);
    List<String> mutable = new ArrayList<>(immutable);
    List<String> copy = Copies.list(mutable, "T.f");
    mutable.set(0, "changed");
    assertThat(copy).containsExactly("a", "b");
  }

  @Test
  void nullsAreNamed() {
    assertThatThrownBy(() -> Copies.list(null, "T.items")).hasMessage("T.items must not be null");
    assertThatThrownBy(() -> Copies.list(Arrays.asList("a", null), "T.items"))
        .hasMessage("T.items[1] must not be null");
    // Stream.toList() makes an unmodifiable list that may hold nulls: it is copied and checked.
    assertThatThrownBy(() -> Copies.list(Stream.of("a", "b", null).toList(), "T.items"))
        .hasMessage("T.items[2] must not be null");
    Map<String, Integer> nullKey = new LinkedHashMap<>();
    nullKey.put(null, 1);
    assertThatThrownBy(() -> Copies.map(nullKey, "T.m")).hasMessage("T.m must not contain a null key");
  }
}
