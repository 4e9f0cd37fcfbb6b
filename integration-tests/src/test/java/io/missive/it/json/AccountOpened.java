package io.missive.it.json;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import io.missive.DomainEvent;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A bank-account domain as Jackson users write it: value objects ({@link Iban}, {@link Bic}), names
 * and aliases, enums named by {@code @JsonProperty} or by a {@code @JsonValue} code with a default for
 * constants a newer producer adds, and members left out by {@code @JsonInclude}.
 */
@DomainEvent(source = "/accounts")
public interface AccountOpened {
  Iban iban();

  Bic bic();

  @JsonProperty("account_holder")
  @JsonAlias({"holder", "owner"})
  String holder();

  Kind kind();

  Tier tier();

  Optional<Iban> linked();

  List<Iban> payees();

  Map<String, Bic> correspondents();

  Limit limit();

  @Nullable
  @JsonInclude(JsonInclude.Include.NON_NULL)
  String nickname();

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  List<String> tags();

  @JsonInclude(JsonInclude.Include.NON_ABSENT)
  Optional<String> note();

  /** Left out when null or when its code is empty, as Jackson asks the value object's value. */
  @Nullable
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  Branch branch();

  /** A branch code, which may be empty (an online-only account). */
  final class Branch {
    private final String code;

    private Branch(String code) {
      this.code = code;
    }

    @com.fasterxml.jackson.annotation.JsonCreator
    public static Branch of(String code) {
      return new Branch(code);
    }

    @JsonValue
    public String code() {
      return code;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Branch branch && branch.code.equals(code);
    }

    @Override
    public int hashCode() {
      return code.hashCode();
    }
  }

  /**
   * The kind of account, named in JSON by {@code @JsonProperty}, read by the names older producers
   * wrote too ({@code @JsonAlias}); unknown kinds read as OTHER.
   */
  enum Kind {
    @JsonProperty("checking")
    @JsonAlias({"current", "CHECKING"})
    CHECKING,
    @JsonProperty("savings")
    @JsonAlias("deposit")
    SAVINGS,
    @JsonProperty("other")
    @JsonEnumDefaultValue
    OTHER
  }

  /** A pricing tier written as its code; an unknown code fails. */
  enum Tier {
    BASIC("B"),
    PREMIUM("P");

    private final String code;

    Tier(String code) {
      this.code = code;
    }

    @JsonValue
    public String code() {
      return code;
    }
  }

  /** A daily limit, its amount named in snake case. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Limit(
      @JsonProperty("per_day") BigDecimal perDay,
      Currency currency,
      @JsonAlias("bank") @Nullable Bic issuer) {}
}
