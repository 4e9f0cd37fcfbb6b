package io.missive.processor.naming;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.dictionary.Dictionary;
import org.junit.jupiter.api.Test;

/**
 * The committed lexicon table is exactly what {@link LexiconGenerator} makes from WordNet now, and
 * it agrees with extjwnl's own morphology on the forms the rules depend on. Loading WordNet takes a
 * few seconds; the processor never does it.
 */
class LexiconTableTest {

  @Test
  void theCommittedTableIsTheOneGeneratedFromWordNet() throws Exception {
    String generated = LexiconGenerator.generate();
    String committed;
    try (InputStream in = LexiconTable.class.getResourceAsStream(LexiconTable.RESOURCE)) {
      committed = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
    }
    if (!committed.equals(generated)) {
      List<String> want = generated.lines().toList();
      List<String> have = committed.lines().toList();
      int i = 0;
      while (i < Math.min(want.size(), have.size()) && want.get(i).equals(have.get(i))) {
        i++;
      }
      throw new AssertionError(
          "The committed "
              + LexiconTable.RESOURCE
              + " differs from WordNet's at line "
              + (i + 1)
              + ": committed '"
              + (i < have.size() ? have.get(i) : "<end>")
              + "', generated '"
              + (i < want.size() ? want.get(i) : "<end>")
              + "'. Regenerate it with LexiconGenerator (see its Javadoc).");
    }
  }

  @Test
  void agreesWithExtjwnlMorphology() throws Exception {
    Dictionary dictionary = Dictionary.getDefaultResourceInstance();
    try {
      Lexicon lexicon = Lexicon.standard();
      for (String[] pair :
          new String[][] {
            {"placed", "place"}, {"sent", "send"}, {"withdrawn", "withdraw"}, {"paid", "pay"},
            {"built", "build"}, {"begun", "begin"}, {"shipped", "ship"}, {"carried", "carry"}
          }) {
        List<String> wordnet =
            dictionary.getMorphologicalProcessor().lookupAllBaseForms(POS.VERB, pair[0]);
        assertThat(wordnet).as(pair[0]).contains(pair[1]);
        assertThat(lexicon.basesOfParticiple(pair[0])).as(pair[0]).contains(pair[1]);
      }
      // extjwnl alone would take "feed" for a form of the verb "fee"; the table does not.
      assertThat(dictionary.getMorphologicalProcessor().lookupAllBaseForms(POS.VERB, "feed")).contains("fee");
      assertThat(lexicon.isPastParticiple("feed")).isFalse();
    } finally {
      dictionary.close();
    }
  }
}
