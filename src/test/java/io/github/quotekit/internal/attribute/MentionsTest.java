package io.github.quotekit.internal.attribute;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.quotekit.SpeakerType;
import org.junit.jupiter.api.Test;

/** Speaker mentions read from tags and parses given by hand, as the models sometimes give them. */
class MentionsTest {

  @Test
  void aPersonAfterATitleInsideAnOrganisationTaggedRunIsThePerson() {
    // The recogniser tagged the whole run an organisation.
    Article a = HandBuiltArticle.of(
        new Object[] {"Brookline", "NNP", "ORGANIZATION", 2, "compound"},
        new Object[] {"Superior", "NNP", "ORGANIZATION", 2, "compound"},
        new Object[] {"Court", "NNP", "ORGANIZATION", 5, "compound"},
        new Object[] {"Justice", "NNP", "ORGANIZATION", 5, "compound"},
        new Object[] {"Frank", "NNP", "ORGANIZATION", 5, "compound"},
        new Object[] {"Olsen", "NNP", "ORGANIZATION", 6, "nsubj"},
        new Object[] {"said", "VBD", "O", -1, "root"},
        new Object[] {"no", "DT", "O", 6, "obj"},
        new Object[] {".", ".", "O", 6, "punct"});
    Mention m = Mentions.of(a, 5, 6);
    assertEquals("Frank Olsen", m.name());
    assertEquals(SpeakerType.PERSON, m.type());
  }

  @Test
  void aTitleTheParseMadeTheHeadGivesWayToTheNameAfterIt() {
    // "Devine" was tagged an adjective on "Mr.", which the parse made the subject's head.
    Article a = HandBuiltArticle.of(
        new Object[] {"Tad", "NNP", "PERSON", 2, "nsubj"},
        new Object[] {"Devine", "NNP", "PERSON", 0, "flat"},
        new Object[] {"spoke", "VBD", "O", -1, "root"},
        new Object[] {"and", "CC", "O", 6, "cc"},
        new Object[] {"Mr.", "NNP", "O", 6, "nsubj"},
        new Object[] {"Devine", "JJ", "PERSON", 4, "amod"},
        new Object[] {"acknowledged", "VBD", "O", 2, "conj"},
        new Object[] {"it", "PRP", "O", 6, "obj"},
        new Object[] {".", ".", "O", 2, "punct"});
    Mention m = Mentions.of(a, 4, 6);
    assertEquals("Tad Devine", m.name());
    assertEquals(SpeakerType.PERSON, m.type());
  }

  @Test
  void aSurnameThatLooksLikeAVerbStaysInTheNameOutsideAHeadline() {
    // "Brands" is no headline's verb (as in "X Brands Y A Liar"): the article's name for the
    // speaker is "Ana Brands", and the later "Brands" is short for it.
    Article a = HandBuiltArticle.of(
        new Object[] {"Ana", "NNP", "PERSON", 1, "compound"},
        new Object[] {"Brands", "NNP", "PERSON", 2, "nsubj"},
        new Object[] {"runs", "VBZ", "O", -1, "root"},
        new Object[] {"the", "DT", "O", 4, "det"},
        new Object[] {"port", "NN", "O", 2, "obj"},
        new Object[] {";", ":", "O", 2, "punct"},
        new Object[] {"Brands", "NNP", "PERSON", 7, "nsubj"},
        new Object[] {"said", "VBD", "O", 2, "parataxis"},
        new Object[] {"no", "DT", "O", 7, "obj"},
        new Object[] {".", ".", "O", 2, "punct"});
    assertEquals("Ana Brands", Mentions.of(a, 6, 7).name());
  }

  @Test
  void aHeadlinesVerbBetweenTwoNamesEndsTheFirst() {
    Article a = HandBuiltArticle.of(
        new Object[] {"Chris", "NNP", "PERSON", 1, "compound"},
        new Object[] {"Dalton", "NNP", "PERSON", 2, "nsubj"},
        new Object[] {"Brands", "NNP", "PERSON", -1, "root"},
        new Object[] {"Karl", "NNP", "PERSON", 4, "compound"},
        new Object[] {"Weber", "NNP", "PERSON", 2, "obj"},
        new Object[] {"Liar", "NNP", "O", 2, "xcomp"});
    assertEquals("Chris Dalton", Mentions.of(a, 1, 2).name());
  }

  @Test
  void aTitleInsideAPersonTaggedRunIsNotPartOfTheName() {
    Article a = HandBuiltArticle.of(
        new Object[] {"Appeals", "NNP", "PERSON", 2, "compound"},
        new Object[] {"Court", "NNP", "PERSON", 2, "compound"},
        new Object[] {"Judge", "NNP", "PERSON", 4, "compound"},
        new Object[] {"Mina", "NNP", "PERSON", 4, "compound"},
        new Object[] {"Varga", "NNP", "PERSON", 5, "nsubj"},
        new Object[] {"said", "VBD", "O", -1, "root"},
        new Object[] {"no", "DT", "O", 5, "obj"},
        new Object[] {".", ".", "O", 5, "punct"});
    assertEquals("Mina Varga", Mentions.of(a, 4, 5).name());
  }

  @Test
  void aConjunctSpeakerLeavesOutItsAnd() {
    // "Ana Holt and harbour pilots said": the parse gave "pilots" as the verb's subject.
    Article a = HandBuiltArticle.of(
        new Object[] {"Ana", "NNP", "PERSON", 1, "compound"},
        new Object[] {"Holt", "NNP", "PERSON", 5, "nsubj"},
        new Object[] {"and", "CC", "O", 4, "cc"},
        new Object[] {"harbour", "NN", "O", 4, "compound"},
        new Object[] {"pilots", "NNS", "O", 5, "nsubj"},
        new Object[] {"said", "VBD", "O", -1, "root"},
        new Object[] {"no", "DT", "O", 5, "obj"},
        new Object[] {".", ".", "O", 5, "punct"});
    Mention m = Mentions.of(a, 4, 5);
    assertEquals("harbour pilots", m.name());
  }
  @Test
  void aQuotationMarkBeforeWhoLeavesTheRelativeClauseRestrictive() {
    // 'Holt proposed naming a "chief inspector" who reports directly, and called for ...': the
    // parse joined "called" to the relative clause; in another tense it is Holt's, as after a
    // bare noun. The closing mark before "who" sets nothing off.
    Article a = HandBuiltArticle.of(
        new Object[] {"Holt", "NNP", "PERSON", 1, "nsubj"},
        new Object[] {"proposed", "VBD", "O", -1, "root", "propose"},
        new Object[] {"naming", "VBG", "O", 1, "xcomp", "name"},
        new Object[] {"a", "DT", "O", 6, "det"},
        new Object[] {"\"", "``", "O", 6, "punct"},
        new Object[] {"chief", "JJ", "O", 6, "amod"},
        new Object[] {"inspector", "NN", "O", 2, "obj"},
        new Object[] {"\"", "''", "O", 6, "punct"},
        new Object[] {"who", "WP", "O", 9, "nsubj"},
        new Object[] {"reports", "VBZ", "O", 6, "acl:relcl", "report"},
        new Object[] {"directly", "RB", "O", 9, "advmod"},
        new Object[] {",", ",", "O", 13, "punct"},
        new Object[] {"and", "CC", "O", 13, "cc"},
        new Object[] {"called", "VBD", "O", 9, "conj", "call"},
        new Object[] {"for", "IN", "O", 15, "mark"},
        new Object[] {"doubling", "VBG", "O", 13, "advcl", "double"},
        new Object[] {"inspections", "NNS", "O", 15, "obj"},
        new Object[] {".", ".", "O", 1, "punct"});
    assertEquals(0, Mentions.subjectOf(a.doc, 13));
  }

  @Test
  void aBodysNameWithAVerbInItIsWholeWhenTheParseBreaksItUp() {
    // The parse made "Committee" the subject of "Protect" and the name's last word the subject
    // of "said".
    Article a = HandBuiltArticle.of(
        new Object[] {"The", "DT", "O", 1, "det"},
        new Object[] {"Committee", "NNP", "ORGANIZATION", 3, "nsubj"},
        new Object[] {"to", "TO", "O", 3, "mark"},
        new Object[] {"Protect", "VB", "O", -1, "root"},
        new Object[] {"Skippers", "NNS", "O", 5, "nsubj"},
        new Object[] {"said", "VBD", "O", 3, "ccomp"},
        new Object[] {"no", "DT", "O", 5, "obj"},
        new Object[] {".", ".", "O", 3, "punct"});
    Mention m = Mentions.of(a, 4, 5);
    assertEquals("the Committee to Protect Skippers", m.name());
    assertEquals(SpeakerType.ORGANIZATION, m.type());
  }

  @Test
  void aDocumentThatSpeaksIsNoPerson() {
    Article a = HandBuiltArticle.of(
        new Object[] {"The", "DT", "O", 1, "det"},
        new Object[] {"report", "NN", "O", 2, "nsubj"},
        new Object[] {"said", "VBD", "O", -1, "root"},
        new Object[] {"no", "DT", "O", 2, "obj"},
        new Object[] {".", ".", "O", 2, "punct"});
    assertEquals(SpeakerType.ORGANIZATION, Mentions.of(a, 1, 2).type());
  }
}
