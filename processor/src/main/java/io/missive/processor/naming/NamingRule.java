package io.missive.processor.naming;

import io.missive.processor.model.MessageKind;
import io.missive.processor.diag.Severity;
import java.util.Locale;
import java.util.Optional;

/**
 * The naming rules: the name used in options and {@code @SuppressWarnings("missive:<name>")}, the
 * stable diagnostic id, the default severity and the kind of message each one judges.
 */
public enum NamingRule {
  /** An event's name ends in a past participle: OrderPlaced, InvoiceSent, UserSignedUp. */
  EVENT_TENSE("event-tense", "MissiveEventTense", Severity.ERROR, MessageKind.EVENT),
  /** A command's name starts with a verb in its base form: PlaceOrder, CheckOutCart. */
  COMMAND_VERB("command-verb", "MissiveCommandVerb", Severity.ERROR, MessageKind.COMMAND),
  /** A query's name starts with a query prefix: GetOrder, FindCustomer, ListOrders. */
  QUERY_PREFIX("query-prefix", "MissiveQueryPrefix", Severity.ERROR, MessageKind.QUERY),
  /** A query's name does not start with a verb that changes state: CreateOrder, UpdateOrder. */
  QUERY_STATE_CHANGE("query-state-change", "MissiveQueryChangesState", Severity.ERROR, MessageKind.QUERY),
  /** An event's name does not describe a storage operation: RowInserted, CacheInvalidated. */
  TECHNICAL_EVENT("technical-event", "MissiveTechnicalEvent", Severity.WARNING, MessageKind.EVENT),
  /** A name does not end in the suffix its envelope adds: OrderPlacedEvent, PlaceOrderCommand. */
  REDUNDANT_SUFFIX("redundant-suffix", "MissiveRedundantSuffix", Severity.WARNING, null);

  private final String ruleName;
  private final String id;
  private final Severity defaultSeverity;
  private final MessageKind kind;

  NamingRule(String ruleName, String id, Severity defaultSeverity, MessageKind kind) {
    this.ruleName = ruleName;
    this.id = id;
    this.defaultSeverity = defaultSeverity;
    this.kind = kind;
  }

  /** The lowercase-hyphenated name: {@code event-tense}. */
  public String ruleName() {
    return ruleName;
  }

  /** The stable diagnostic id: {@code MissiveEventTense}. */
  public String id() {
    return id;
  }

  public Severity defaultSeverity() {
    return defaultSeverity;
  }

  /**
   * The processor option that sets this rule's severity: {@code missive.naming.eventTense}. javac
   * only accepts option keys made of dot-separated Java identifiers, so the key spells the rule
   * name in camel case.
   */
  public String optionKey() {
    return NamingOptions.PREFIX + "." + camelCase(ruleName);
  }

  static String camelCase(String hyphenated) {
    StringBuilder sb = new StringBuilder(hyphenated.length());
    boolean upper = false;
    for (int i = 0; i < hyphenated.length(); i++) {
      char c = hyphenated.charAt(i);
      if (c == '-') {
        upper = true;
      } else {
        sb.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      }
    }
    return sb.toString();
  }

  /** The {@code @SuppressWarnings} value that turns the rule off for one element. */
  public String suppressionKey() {
    return "missive:" + ruleName;
  }

  /** The kind of message the rule judges; empty when it judges all three. */
  public Optional<MessageKind> kind() {
    return Optional.ofNullable(kind);
  }

  /**
   * The rule with this name ({@code event-tense}, or its option spelling {@code eventTense}),
   * ignoring case and surrounding blanks.
   */
  public static Optional<NamingRule> byName(String name) {
    if (name == null) {
      return Optional.empty();
    }
    String wanted = name.trim().toLowerCase(Locale.ROOT);
    for (NamingRule rule : values()) {
      if (rule.ruleName.equals(wanted) || camelCase(rule.ruleName).toLowerCase(Locale.ROOT).equals(wanted)) {
        return Optional.of(rule);
      }
    }
    return Optional.empty();
  }
}
