package io.missive.it.json;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.missive.DomainEvent;
import java.util.List;

/**
 * A card replaced for a reason whose constants were renamed over time: each is read by the names
 * older producers wrote ({@code @JsonAlias}) and written by its current one. No constant is the
 * default, so a string none of them has fails, as it fails for Jackson.
 */
@DomainEvent(source = "/cards")
public interface CardReplaced {
  String card();

  Reason reason();

  List<Reason> earlier();

  enum Reason {
    /** Written as its name; read by two older ones too. */
    @JsonAlias({"lost", "LOST_CARD"})
    LOST,
    /** Written as "stolen"; read by its name and an older one too. */
    @JsonProperty("stolen")
    @JsonAlias({"STOLEN", "theft"})
    STOLEN,
    EXPIRED
  }
}
