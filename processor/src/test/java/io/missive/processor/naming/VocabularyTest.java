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
      boolean pairs = section.equals("@read-verbs") || section.equals("@read-phrasal-verbs");
      String words = pairs ? line.substring(0, line.lastIndexOf(' ')) : line;
      if (pairs) {
        assertThat(line.substring(line.lastIndexOf(' ') + 1)).as(line).isIn("Get", "Find", "List");
      }
      for (String word : pairs ? List.of(words) : List.of(words.split(" "))) {
        assertThat(word).as(section).matches("[a-z]+( [a-z]+)?");
        if (!seen.add(word)) {
          repeated.add(section + " " + word);
        }
      }
    }
    assertThat(repeated).isEmpty();
  }

  @Test
  void readsSetsListsAndPairs() {
    assertThat(vocabulary.technicalSubjects()).contains("row", "cache", "table").doesNotContain("order");
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
