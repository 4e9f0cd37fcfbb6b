package io.missive.processor.naming;

import io.missive.processor.diag.Severity;

/**
 * One broken naming rule.
 *
 * @param rule the rule's name, as in {@code @SuppressWarnings("missive:<rule>")}: {@code event-tense} (its option is {@link NamingRule#optionKey()})
 * @param id the stable diagnostic id, such as {@code MissiveEventTense}
 * @param severity {@link Severity#ERROR} or {@link Severity#WARNING}, never {@link Severity#OFF}
 * @param message the full text to report: {@code "[" + id + "] "}, what is wrong, one sentence of
 *     why, and what to write instead
 * @param suggestion the simple name to use instead, or null when there is none to offer
 */
public record NamingFinding(String rule, String id, Severity severity, String message, String suggestion) {}
