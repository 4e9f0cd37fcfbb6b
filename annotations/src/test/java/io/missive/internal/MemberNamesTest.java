package io.missive.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.io.SerializedString;
import io.missive.MessageJson;
import io.missive.json.JsonObject;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** How a generated reader numbers the members it meets. */
class MemberNamesTest {

  private static final MemberNames NAMES =
      MemberNames.of(new SerializedString("orderId"), new SerializedString("total"), new SerializedString("amount"));

  @Test
  void namesInTheExpectedOrderOutOfOrderUnknownAndTheEnd() throws IOException {
    String json = "{\"orderId\":\"o-1\",\"amount\":2,\"x\":{\"orderId\":1},\"total\":3}";
    assertThat(positions(json, NAMES, new int[] {0, 1, 1, -1, -1}))
        .containsExactly(0, 2, MemberNames.OTHER, 1, MemberNames.END);
  }

  @Test
  void aParserOverATreeGivesTheSamePositions() throws IOException {
    String json = "{\"orderId\":\"o-1\",\"amount\":2,\"x\":[1],\"total\":3}";
    List<Integer> fromText = positions(json, NAMES, new int[] {0, 1, -1, -1, -1});
    try (JsonParser tree = new TreeParser(JsonObject.parse(json))) {
      assertThat(positions(tree, NAMES, new int[] {0, 1, -1, -1, -1})).isEqualTo(fromText);
    }
  }

  /** Above eight names they are found through a map: the same positions as by a scan. */
  @Property(tries = 200)
  void everyNameIsFoundAtItsPositionWhateverIsExpected(
      @ForAll @IntRange(min = 1, max = 40) int count, @ForAll @IntRange(min = -1, max = 39) int expected)
      throws IOException {
    SerializedString[] names =
        IntStream.range(0, count).mapToObj(i -> new SerializedString("m" + i)).toArray(SerializedString[]::new);
    MemberNames table = MemberNames.of(names);
    int guess = Math.min(expected, count - 1);
    for (int i = 0; i < count; i++) {
      try (JsonParser parser = MessageJson.factory().createParser("{\"m" + i + "\":0,\"m" + count + "\":0}")) {
        parser.nextToken();
        assertThat(table.next(parser, guess)).isEqualTo(i);
        parser.nextToken();
        assertThat(table.next(parser, guess)).isEqualTo(MemberNames.OTHER);
        parser.nextToken();
        assertThat(table.next(parser, guess)).isEqualTo(MemberNames.END);
      }
    }
  }

  private static List<Integer> positions(String json, MemberNames names, int[] expected) throws IOException {
    try (JsonParser parser = MessageJson.factory().createParser(json)) {
      return positions(parser, names, expected);
    }
  }

  /** The position of each member, expecting {@code expected[k]} for the k-th; values are skipped. */
  private static List<Integer> positions(JsonParser parser, MemberNames names, int[] expected) throws IOException {
    parser.nextToken();
    List<Integer> positions = new ArrayList<>();
    for (int k = 0; ; k++) {
      int position = names.next(parser, expected[k]);
      positions.add(position);
      if (position == MemberNames.END) {
        return positions;
      }
      parser.nextToken();
      parser.skipChildren();
    }
  }
}
