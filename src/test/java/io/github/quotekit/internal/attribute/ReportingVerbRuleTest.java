package io.github.quotekit.internal.attribute;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Reported clauses read from tags and parses given by hand, as the models sometimes give them. */
class ReportingVerbRuleTest {

  @Test
  void anAsClauseWhoseVerbIsTaggedAParticipleStillHasItsSubjectSpeak() {
    // "reported" after its subject came tagged VBN, as if it were "as reported by".
    Article a = HandBuiltArticle.of(
        new Object[] {"Last", "JJ", "O", 1, "amod"},
        new Object[] {"week", "NN", "O", 10, "obl:tmod"},
        new Object[] {",", ",", "O", 10, "punct"},
        new Object[] {"as", "IN", "O", 6, "mark"},
        new Object[] {"Harbour", "NNP", "ORGANIZATION", 5, "compound"},
        new Object[] {"Radio", "NNP", "ORGANIZATION", 6, "nsubj"},
        new Object[] {"reported", "VBN", "O", 10, "advcl", "report"},
        new Object[] {",", ",", "O", 10, "punct"},
        new Object[] {"Holt", "NNP", "PERSON", 10, "nsubj"},
        new Object[] {"was", "VBD", "O", 10, "aux", "be"},
        new Object[] {"leaving", "VBG", "O", -1, "root", "leave"},
        new Object[] {"the", "DT", "O", 12, "det"},
        new Object[] {"port", "NN", "O", 10, "obj"},
        new Object[] {".", ".", "O", 10, "punct"});
    List<ReportedSpeechRule.Clause> found = new ReportingVerbRule().find(a, 0);
    assertEquals(1, found.size(), found.toString());
    ReportedSpeechRule.Clause c = found.get(0);
    assertEquals("Holt was leaving the port", a.text.substring(c.start(), c.end()));
    assertEquals("Harbour Radio", c.cue().mention().name());
  }

  @Test
  void aQuotationThatTheParseSplitStaysInTheClause() {
    // The parse hung the quotation's second word, and all after it, on "said".
    Article a = HandBuiltArticle.of(
        new Object[] {"Ana", "NNP", "PERSON", 1, "compound"},
        new Object[] {"Ruiz", "NNP", "PERSON", 2, "nsubj"},
        new Object[] {"said", "VBD", "O", -1, "root", "say"},
        new Object[] {"dock", "NN", "O", 4, "compound"},
        new Object[] {"crews", "NNS", "O", 7, "nsubj"},
        new Object[] {"were", "VBD", "O", 7, "cop", "be"},
        new Object[] {"\u201c", "``", "O", 7, "punct"},
        new Object[] {"stirred", "JJ", "O", 2, "ccomp"},
        new Object[] {"and", "CC", "O", 9, "cc"},
        new Object[] {"mobilized", "VBD", "O", 2, "conj", "mobilize"},
        new Object[] {"\u201d", "''", "O", 9, "punct"},
        new Object[] {"by", "IN", "O", 13, "case"},
        new Object[] {"the", "DT", "O", 13, "det"},
        new Object[] {"closures", "NNS", "O", 9, "obl", "closure"},
        new Object[] {".", ".", "O", 2, "punct"});
    List<ReportedSpeechRule.Clause> found = new ReportingVerbRule().find(a, 0);
    assertEquals(1, found.size(), found.toString());
    ReportedSpeechRule.Clause c = found.get(0);
    assertEquals("dock crews were \u201c stirred and mobilized \u201d by the closures",
        a.text.substring(c.start(), c.end()));
  }
}
