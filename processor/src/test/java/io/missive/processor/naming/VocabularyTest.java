package io.missive.processor.naming;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The hand-maintained word lists: well formed, and read as the rules expect. */
class VocabularyTest {

  private final Vocabulary vocabulary = Vocabulary.standard();

  @Test
  void everyWordIsLowercaseLettersAndNoSectionRepeatsOne() throws Exception {
    String text;
    try (InputStream in = Vocabulary.class.getResourceAsStream(Vocabulary.RESOURCE)) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    String section = null;
    Set<String> seen = new HashSet<>();
    List<String> repeated = new ArrayList<>();
    for (String line : text.split("\n")) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      if (line.startsWith("@")) {
        section = line;
        seen.clear();
        continue;
      }
      boolean pairs =
          section.equals("@read-verbs") || section.equals("@read-phrasal-verbs") || section.equals("@misspellings");
      boolean phrases = section.equals("@compound-prepositions");
      String words = pairs ? line.substring(0, line.lastIndexOf(' ')) : line;
      if (pairs) {
        String value = line.substring(line.lastIndexOf(' ') + 1);
        if (section.equals("@misspellings")) {
          assertThat(value).as(line).matches("[a-z]+").isNotEqualTo(words);
        } else {
          assertThat(value).as(line).isIn("Get", "Find", "List");
        }
      }
      for (String word : pairs || phrases ? List.of(words) : List.of(words.split(" "))) {
        assertThat(word).as(section).matches(phrases ? "[a-z]+( [a-z]+)+" : "[a-z]+( [a-z]+)?");
        if (!seen.add(word)) {
          repeated.add(section + " " + word);
        }
      }
    }
    assertThat(repeated).isEmpty();
  }

  @Test
  void readsSetsListsAndPairs() {
    assertThat(vocabulary.technicalSubjects()).contains("row", "cache", "index").doesNotContain("order", "table");
    assertThat(vocabulary.ambiguousSubjects()).contains("table", "schema", "repository", "entity");
    assertThat(vocabulary.storageOnlyVerbs()).contains("truncate", "persist").doesNotContain("create", "delete");
    assertThat(vocabulary.compoundPrepositions()).contains(List.of("due", "to"), List.of("on", "behalf", "of"));
    assertThat(vocabulary.misspellings()).containsEntry("payed", "paid").containsEntry("layed", "laid");
    assertThat(vocabulary.complementVerbs()).contains("mark", "notify", "alert");
    assertThat(vocabulary.readVerbs()).containsEntry("fetch", "Get").containsEntry("browse", "List");
    assertThat(vocabulary.readPhrasalVerbs()).containsEntry("look up", "Find").hasSize(8);
    assertThat(vocabulary.particles()).startsWith("up", "down", "in", "out").hasSize(10);
    assertThat(vocabulary.verbPrefixes()).containsExactly("un", "re", "de", "dis", "pre", "over", "mis");
    assertThat(vocabulary.actionNounEndings()).startsWith("tion", "sion", "ment").endsWith("ry", "y");
    assertThat(vocabulary.isParticle("up")).isTrue();
    assertThat(vocabulary.isParticle("to")).isFalse();
  }

  @Test
  void rejectsAFileWithoutEverySection() {
    assertThatThrownBy(() -> Vocabulary.parse("@particles\nup down\n"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("missing sections");
    assertThatThrownBy(() -> Vocabulary.parse("@nouns\nrow\n"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("@nouns");
    assertThatThrownBy(() -> Vocabulary.parse("row\n"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("before the first section");
  }
}
