package io.github.quotekit.internal.attribute;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Labels before a colon, read from tags given by hand where the recogniser missed the name. */
class LabelColonRuleTest {

  @Test
  void aSurnameTheRecogniserMissedIsALabelWhenTheArticleNamesThePersonInFull() {
    // "Holt: No toll on the bridge; Ana Holt spoke."
    Article a = HandBuiltArticle.of(
        new Object[] {"Holt", "NNP", "O", -1, "root"},
        new Object[] {":", ":", "O", 0, "punct"},
        new Object[] {"No", "DT", "O", 3, "det"},
        new Object[] {"toll", "NN", "O", 0, "appos"},
        new Object[] {"on", "IN", "O", 6, "case"},
        new Object[] {"the", "DT", "O", 6, "det"},
        new Object[] {"bridge", "NN", "O", 3, "nmod"},
        new Object[] {";", ":", "O", 0, "punct"},
        new Object[] {"Ana", "NNP", "PERSON", 9, "compound"},
        new Object[] {"Holt", "NNP", "PERSON", 10, "nsubj"},
        new Object[] {"spoke", "VBD", "O", 0, "parataxis"},
        new Object[] {".", ".", "O", 0, "punct"});
    List<ReportedSpeechRule.Clause> found = new LabelColonRule().find(a, 0);
    assertEquals(1, found.size(), found.toString());
    assertEquals("Ana Holt", found.get(0).cue().mention().name());
    assertEquals("No toll on the bridge",
        a.text.substring(found.get(0).start(), found.get(0).start() + 21));
  }

  @Test
  void aLoneCapitalisedWordIsNoLabel() {
    Article a = HandBuiltArticle.of(
        new Object[] {"Breaking", "VBG", "O", -1, "root"},
        new Object[] {":", ":", "O", 0, "punct"},
        new Object[] {"Ana", "NNP", "PERSON", 3, "compound"},
        new Object[] {"Holt", "NNP", "PERSON", 4, "nsubj"},
        new Object[] {"resigns", "VBZ", "O", 0, "parataxis"},
        new Object[] {".", ".", "O", 0, "punct"});
    assertEquals(List.of(), new LabelColonRule().find(a, 0));
  }
}
