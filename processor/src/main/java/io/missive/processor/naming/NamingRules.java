package io.missive.processor.naming;

import io.missive.processor.diag.Diagnostic;
import io.missive.processor.model.MessageKind;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Judges the simple name of a message against the naming conventions (see docs/naming.md) and
 * says what to write instead: {@link NameParser} reads the name, then each {@link NameRule} of the
 * message's kind judges it.
 *
 * <p>A pure function of the name: no {@code javax.lang.model} types, immutable, thread-safe. Words
 * are judged with {@link Lexicon}, the WordNet-derived table, and the word lists of {@link
 * Vocabulary}. The diagnostics are at their ids' default severities; {@link
 * io.missive.processor.diag.SeverityPolicy} applies the options and suppressions.
 */
public final class NamingRules {

  private final Lexicon lexicon;
  private final NameParser parser;
  private final Map<MessageKind, List<NameRule>> rules;

  public NamingRules(NamingOptions options) {
    NamingOptions o = options == null ? NamingOptions.defaults() : options;
    Vocabulary vocabulary = Vocabulary.standard();
    this.lexicon = Lexicon.standard().withExtras(o.verbs(), o.pastParticiples());
    this.parser = new NameParser(lexicon, vocabulary, o.queryPrefixes());
    VerbReadings readings = new VerbReadings(lexicon);
    NameRule redundantSuffix = new RedundantSuffixRule();
    NameRule spelling = new SpellingRule(vocabulary);
    Map<MessageKind, List<NameRule>> byKind = new EnumMap<>(MessageKind.class);
    byKind.put(
        MessageKind.EVENT,
        List.of(
            redundantSuffix,
            new EventTenseRule(lexicon, readings),
            new TechnicalEventRule(lexicon, vocabulary, o),
            spelling));
    byKind.put(
        MessageKind.COMMAND, List.of(redundantSuffix, new CommandVerbRule(lexicon, readings, vocabulary), spelling));
    byKind.put(MessageKind.QUERY, List.of(redundantSuffix, new QueryPrefixRule(lexicon, vocabulary, o), spelling));
    this.rules = Map.copyOf(byKind);
  }

  /** The lexicon these rules judge words with (the standard one plus the configured words). */
  public Lexicon lexicon() {
    return lexicon;
  }

  /**
   * The diagnostics for a message of {@code kind} named {@code simpleName}, at their default
   * severities; empty when the name follows the conventions, and for a null kind and a null or
   * empty name.
   */
  public List<Diagnostic> check(MessageKind kind, String simpleName) {
    if (kind == null || simpleName == null || simpleName.isEmpty()) {
      return List.of();
    }
    Optional<ParsedName> name = parser.parse(kind, simpleName);
    if (name.isEmpty()) {
      return List.of();
    }
    List<Diagnostic> found = new ArrayList<>(2);
    for (NameRule rule : rules.get(kind)) {
      found.addAll(rule.check(name.get()));
    }
    return List.copyOf(found);
  }
}
