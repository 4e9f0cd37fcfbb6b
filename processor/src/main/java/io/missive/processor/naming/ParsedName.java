package io.missive.processor.naming;

import io.missive.processor.model.MessageKind;
import java.util.List;
import java.util.Optional;

/**
 * A message's simple name as {@link NameParser} reads it: the words judged, what was set aside
 * before judging them, and how the words read, as far as the naming rules need to know. Indexes are
 * into {@link #words}. Immutable.
 *
 * <p>A reading is a component of its own, so that a richer grammar can add readings (a preposition
 * of several words such as {@code DueTo}, a subject, verb and object as in {@code
 * CustomerChangedAddress}) without changing the ones the rules read now.
 *
 * @param kind the kind of message the name is of
 * @param name the simple name as written
 * @param words the words judged, as written: without the version and without a redundant suffix
 * @param lowers the same words in lowercase
 * @param version the version set aside at the end, as written ({@code V2}, {@code _v2}, {@code
 *     V1beta1}), to be put back at the end of suggestions; "" when there is none
 * @param redundantSuffix the envelope's suffix at the end of the name, when it is there
 * @param prepositions the indexes of the words that start a prepositional phrase, in order
 * @param particles the indexes of the words that may be the particle of a phrasal verb, in order
 * @param queryPrefix the configured query prefix the name starts with, as written
 * @param verbAtStart a verb in its base form at the start, with its particle
 * @param tail the index of the verb word at the end: the last word, or the one before a final particle
 * @param participleBeforePreposition the index of a past participle, after the first word, that a
 *     prepositional phrase follows, directly or after a particle ({@code Added} in {@code
 *     ItemAddedToCart}); -1 when there is none
 * @param participle the index of the past participle the name ends in: the tail word when it reads as
 *     one, else {@code participleBeforePreposition}; -1 when there is none
 */
record ParsedName(
    MessageKind kind,
    String name,
    List<String> words,
    List<String> lowers,
    String version,
    Optional<RedundantSuffix> redundantSuffix,
    List<Integer> prepositions,
    List<Integer> particles,
    Optional<String> queryPrefix,
    Optional<VerbPhrase> verbAtStart,
    int tail,
    int participleBeforePreposition,
    int participle) {

  /**
   * The envelope's suffix at the end of a name ({@code OrderPlacedEvent}, {@code
   * OrderPlacedEventV2}).
   *
   * @param suffix the suffix, as {@link MessageKind#envelopeSuffix()} spells it
   * @param versionAfter the version written after the suffix, or ""
   * @param withoutSuffix the name up to the suffix
   */
  record RedundantSuffix(String suffix, String versionAfter, String withoutSuffix) {}

  /**
   * A verb in its base form at the start of a name: {@code PlaceOrder} is (place, "", 1), {@code
   * CheckOutCart} (check, "Out", 2), {@code LoginUser} (log, "In", 1).
   *
   * @param base the verb, lowercase
   * @param particle its particle, as written or capitalized; "" when there is none
   * @param restStart the index of the first word after the verb
   */
  record VerbPhrase(String base, String particle, int restStart) {

    boolean hasParticle() {
      return !particle.isEmpty();
    }
  }

  ParsedName {
    words = List.copyOf(words);
    lowers = List.copyOf(lowers);
    prepositions = List.copyOf(prepositions);
    particles = List.copyOf(particles);
  }

  int size() {
    return words.size();
  }

  String word(int i) {
    return words.get(i);
  }

  String lower(int i) {
    return lowers.get(i);
  }

  /** The words {@code from} (inclusive) to {@code to} (exclusive), joined as written. */
  String join(int from, int to) {
    return Words.join(words, from, to);
  }

  boolean isPreposition(int i) {
    return prepositions.contains(i);
  }

  boolean isParticle(int i) {
    return particles.contains(i);
  }

  /** The index of the first preposition after {@code from} (and not the first word), or {@link #size()}. */
  int prepositionAfter(int from) {
    for (int i : prepositions) {
      if (i > from && i >= 1) {
        return i;
      }
    }
    return size();
  }

  /** The particle after the tail word, as written, or "". */
  String trailingParticle() {
    return tail < size() - 1 ? words.get(size() - 1) : "";
  }

  /** The name as judged, with its version but without a redundant suffix, for messages. */
  String shown() {
    return join(0, size()) + version;
  }

  /** A suggestion with the name's version put back; null stays null. */
  String versioned(String suggestion) {
    return suggestion == null ? null : suggestion + version;
  }
}
