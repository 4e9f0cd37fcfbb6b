package io.missive.processor.model;

import java.util.List;

/**
 * How a payload field (or record component) appears in JSON, from the Jackson annotations on it.
 *
 * @param name the member's name: {@code @JsonProperty("...")}, else the accessor's name
 * @param aliases other names read as this member ({@code @JsonAlias}), never written
 * @param include when the member is written ({@code @JsonInclude} on it, else on its type)
 * @param unhonoured the Jackson annotations on it that Missive cannot honour, by simple name (such as
 *     {@code JsonIgnore}, or {@code JsonInclude(NON_DEFAULT)}), in the order written; the rules reject
 *     each
 */
public record JsonMember(String name, List<String> aliases, Include include, List<String> unhonoured) {

  public JsonMember {
    aliases = List.copyOf(aliases);
    unhonoured = List.copyOf(unhonoured);
  }

  /** A member named as its accessor, without aliases, always written. */
  public static JsonMember named(String name) {
    return new JsonMember(name, List.of(), Include.ALWAYS, List.of());
  }

  /** Every name the member is read by: its name, then its aliases. */
  public List<String> readNames() {
    return java.util.stream.Stream.concat(java.util.stream.Stream.of(name), aliases.stream()).distinct().toList();
  }

  /** The {@code @JsonInclude} values Missive honours; the others are compile errors. */
  public enum Include {
    /** Always written, {@code null} and empty values too (Jackson's default). */
    ALWAYS,
    /** Left out when {@code null}; an empty {@code Optional} is still written, as {@code null}. */
    NON_NULL,
    /** Left out when absent: {@code null} or an empty {@code Optional}. */
    NON_ABSENT,
    /** Left out when null, absent, or an empty string, collection, map or array. */
    NON_EMPTY
  }
}
