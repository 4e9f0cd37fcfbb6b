package io.missive.it.json;

import io.missive.DomainEvent;
import io.missive.Upcast;
import io.missive.json.JsonArray;
import io.missive.json.JsonObject;
import java.math.BigDecimal;
import java.util.List;

/** An event at version 3 that reads versions 1 and 2 through a chain of upcasters. */
@DomainEvent(source = "/scales", version = 3)
public interface ParcelWeighed {
  String parcelId();

  BigDecimal weightKg();

  List<Piece> pieces();

  String scale();

  /** One piece of the parcel; a quantity below 1 is rejected. */
  record Piece(String label, int quantity) {
    public Piece {
      if (quantity < 1) {
        throw new IllegalArgumentException("quantity must be at least 1, was " + quantity);
      }
    }
  }

  /**
   * Version 1 weighed in grams:
   *
   * <pre>{"parcelId": "p-1", "weightGrams": 1200, "pieces": [{"label": "box", "qty": 2}]}</pre>
   */
  @Upcast(from = 1)
  static void gramsBecameKilograms(JsonObject data) {
    BigDecimal grams = data.getNumber("weightGrams");
    data.remove("weightGrams");
    // Not movePointLeft(3): on 1E+1000000 it would write out a million digits.
    data.put("weightKg", grams.scaleByPowerOfTen(-3));
  }

  /**
   * Version 2 had no scale, and its pieces counted in {@code qty}:
   *
   * <pre>{"parcelId": "p-1", "weightKg": 1.200, "pieces": [{"label": "box", "qty": 2}]}</pre>
   */
  @Upcast(from = 2)
  static JsonObject scaleRecordedAndQtyRenamed(JsonObject data) {
    JsonArray pieces = data.getArray("pieces");
    for (JsonObject piece : pieces.objects()) {
      piece.rename("qty", "quantity");
    }
    return data.put("scale", "unknown");
  }
}
