package io.missive.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.missive.json.JsonArray;
import io.missive.json.JsonObject;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** What the readers build and walk trees with: members by position, and a tree's root path. */
class TreeMembersTest {

  private static final TreeMembers MEMBERS = TreeMembers.get();

  @Test
  void membersByPositionAreThoseOfTheObjectInOrder() {
    JsonObject object = new JsonObject();
    MEMBERS.put(object, "a", BigDecimal.ONE);
    MEMBERS.put(object, "b", "x");
    MEMBERS.put(object, "a", Boolean.TRUE);
    assertThat(object.toString()).isEqualTo("{\"a\":true,\"b\":\"x\"}");
    assertThat(MEMBERS.name(object, 1)).isEqualTo("b");
    assertThat(MEMBERS.value(object, 0)).isEqualTo(Boolean.TRUE);
  }

  @Test
  void aRootsMembersHavePathsThatStartAtItsName() {
    JsonObject data = JsonObject.parse("{\"items\":[{\"qty\":\"two\"}]}");
    MEMBERS.root(data, "data");
    assertThatThrownBy(() -> data.getArray("items").getObject(0).getInt("qty"))
        .hasMessage("Cannot read message JSON at data.items[0].qty: expected a number, found a string");
    JsonArray list = new JsonArray().add("x");
    MEMBERS.root(list, "odd name");
    assertThatThrownBy(() -> list.getObject(0))
        .hasMessage("Cannot read message JSON at [\"odd name\"][0]: expected an object, found a string");
  }

  @Test
  void onlyJsonObjectInstallsThem() {
    assertThatThrownBy(() -> TreeMembers.install(MEMBERS))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("JsonObject's members are installed already");
  }
}
