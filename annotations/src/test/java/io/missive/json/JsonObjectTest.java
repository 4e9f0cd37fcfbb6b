package io.missive.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.missive.MessageFormatException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The tree that upcasters work on. */
class JsonObjectTest {

  @Test
  void parsesAndWritesBackExactly() {
    String json = "{\"a\":1.50,\"b\":[true,null,\"x\",{\"c\":1E+3}],\"d\":{}}";
    JsonObject object = JsonObject.parse(json);
    assertThat(object.toString()).isEqualTo(json);
    assertThat(object.getNumber("a")).isEqualTo(new BigDecimal("1.50"));
    assertThat(object.getArray("b").getObject(3).getNumber("c")).isEqualTo(new BigDecimal("1E+3"));
    assertThat(object.isNull("a")).isFalse();
    assertThat(object.getArray("b").get(1)).isNull();
  }

  @Test
  void renameKeepsThePlaceAndPutAddsAtTheEnd() {
    JsonObject object = JsonObject.parse("{\"a\":1,\"amount\":2,\"c\":3}");
    object.rename("amount", "total").put("currency", "EUR").put("n", 7L).putNull("z");
    assertThat(object.toString()).isEqualTo("{\"a\":1,\"total\":2,\"c\":3,\"currency\":\"EUR\",\"n\":7,\"z\":null}");
    assertThat(object.rename("absent", "x").names()).containsExactly("a", "total", "c", "currency", "n", "z");
    assertThat(object.remove("a")).isEqualTo(BigDecimal.ONE);
    assertThat(object.getInt("c")).isEqualTo(3);
    assertThat(object.getLong("n")).isEqualTo(7L);
  }

  @Test
  void aNullNameIsAnErrorWhateverTheObjectsSize() {
    JsonObject small = JsonObject.parse("{\"a\":1}");
    JsonObject large = new JsonObject();
    for (int i = 0; i < 20; i++) {
      large.put("m" + i, i);
    }
    for (JsonObject object : new JsonObject[] {small, large}) {
      assertThatThrownBy(() -> object.has(null)).isInstanceOf(NullPointerException.class).hasMessage("name");
      assertThatThrownBy(() -> object.get(null)).isInstanceOf(NullPointerException.class).hasMessage("name");
      assertThatThrownBy(() -> object.remove(null)).isInstanceOf(NullPointerException.class).hasMessage("name");
      assertThatThrownBy(() -> object.rename(null, "x")).isInstanceOf(NullPointerException.class).hasMessage("name");
      assertThatThrownBy(() -> object.put(null, "x")).isInstanceOf(NullPointerException.class).hasMessage("name");
    }
    assertThat(large.size()).isEqualTo(20);
  }

  @Test
  void typedGettersFailWithThePathOfTheMember() {
    JsonObject data = new JsonObject();
    data.put("items", new JsonArray().add(new JsonObject().put("qty", "two")));
    // The root of the payload, as a reader holds it.
    new JsonObject().put("data", data);
    assertThatThrownBy(() -> data.getArray("items").getObject(0).getInt("qty"))
        .isInstanceOfSatisfying(
            MessageFormatException.class, e -> assertThat(e.path()).isEqualTo("data.items[0].qty"))
        .hasMessage("Cannot read message JSON at data.items[0].qty: expected a number, found a string");
    assertThatThrownBy(() -> data.getString("missing"))
        .hasMessage("Cannot read message JSON at data.missing: missing");
    assertThatThrownBy(() -> data.getArray("items").getObject(0).put("n", 1.5).getInt("n"))
        .hasMessage("Cannot read message JSON at data.items[0].n: expected an int, found 1.5");
    assertThatThrownBy(() -> data.put("x", Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    assertThat(data.getString("missing", "fallback")).isEqualTo("fallback");
  }

  /** Found by fuzzing: Jackson cannot make a BigDecimal of every number JSON allows. */
  @Test
  void aNumberNoBigDecimalCanHoldIsAMessageFormatExceptionAtItsPath() {
    String huge = "1.21e" + "1".repeat(60);
    assertThatThrownBy(() -> JsonObject.parse("{\"a\":{\"w\":[" + huge + "]}}"))
        .isInstanceOfSatisfying(
            MessageFormatException.class,
            e -> {
              assertThat(e.path()).isEqualTo("a.w[0]");
              assertThat(e.problem())
                  .isEqualTo(
                      "expected a number a BigDecimal can hold (an exponent that fits in an int), found "
                          + huge.substring(0, 57) + "...");
            });
  }

  @Test
  void aMemberNameThatIsNotValidUnicodeIsRefusedAtItsPath() {
    assertThatThrownBy(() -> JsonObject.parse("{\"a\":{\"\\uDFAA\":1}}"))
        .isInstanceOfSatisfying(
            MessageFormatException.class, e -> assertThat(e.path()).isEqualTo("a[\"\\uDFAA\"]"));
  }
}
