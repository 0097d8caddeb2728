package io.github.quotekit.internal.attribute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Bare titles ("the president") read against the titles an article gives its people. */
class NamesTest {

  private static Object[] w(String word, String tag, String ner) {
    return new Object[] {word, tag, ner, -1, "dep"};
  }

  private static Object[] name(String word) {
    return w(word, "NNP", "PERSON");
  }

  @Test
  void aTitleAfterAPrepositionIsStillTheTitle() {
    // "under" opens a phrase; it does not make Weber the "under president".
    Article a = HandBuiltArticle.of(
        name("Ana"), name("Ruiz"), w("served", "VBD", "O"), w("under", "IN", "O"),
        w("President", "NNP", "O"), name("Karl"), name("Weber"), w("and", "CC", "O"),
        w("the", "DT", "O"), w("president", "NN", "O"), w("agreed", "VBD", "O"));
    assertEquals("Karl Weber", a.names.byTitle(a.doc.tokens(), 8, 9));
  }

  @Test
  void theRankOfATitleIsPartOfIt() {
    Article a = HandBuiltArticle.of(
        w("Vice", "NNP", "O"), w("President", "NNP", "O"), name("Karl"), name("Weber"),
        w("met", "VBD", "O"), w("the", "DT", "O"), w("president", "NN", "O"), w("and", "CC", "O"),
        w("the", "DT", "O"), w("vice", "NN", "O"), w("president", "NN", "O"));
    assertNull(a.names.byTitle(a.doc.tokens(), 5, 6));
    assertEquals("Karl Weber", a.names.byTitle(a.doc.tokens(), 8, 10));
  }

  @Test
  void aPartyContradictsOnlyAPartyTheHolderWasGiven() {
    Article a = HandBuiltArticle.of(
        w("Republican", "NNP", "O"), w("Governor", "NNP", "O"), name("Ana"), name("Ruiz"),
        w("and", "CC", "O"), w("Mayor", "NNP", "O"), name("Karl"), name("Weber"),
        w(",", ",", "O"), w("a", "DT", "O"), w("Democrat", "NNP", "O"), w(",", ",", "O"),
        w("met", "VBD", "O"), w("the", "DT", "O"), w("Democratic", "JJ", "O"),
        w("governor", "NN", "O"), w("and", "CC", "O"), w("the", "DT", "O"),
        w("Democratic", "JJ", "O"), w("mayor", "NN", "O"));
    assertNull(a.names.byTitle(a.doc.tokens(), 13, 15));
    // Weber's party stands outside his title's phrase: the mayor was given none.
    assertEquals("Karl Weber", a.names.byTitle(a.doc.tokens(), 17, 19));
  }

  @Test
  void aSurnameFindsTheNameTheRecogniserMissed() {
    // One run tagged an organisation, with a title inside; one left untagged.
    Article a = HandBuiltArticle.of(
        w("Harbour", "NNP", "ORGANIZATION"), w("Court", "NNP", "ORGANIZATION"),
        w("Justice", "NNP", "ORGANIZATION"), w("Frank", "NNP", "ORGANIZATION"),
        w("Lindqvist", "NNP", "ORGANIZATION"), w("met", "VBD", "O"), w("Mark", "NNP", "O"),
        w("Delaney", "NNP", "O"), w(".", ".", "O"), name("Ana"), name("Ruiz"),
        w("came", "VBD", "O"), w("too", "RB", "O"));
    assertEquals("Frank Lindqvist", a.names.canonical(List.of("Lindqvist")));
    assertEquals("Mark Delaney", a.names.canonical(List.of("Delaney")));
    // A run that does not open with a first name is no one's name.
    assertEquals("Court", a.names.canonical(List.of("Court")));
  }

  @Test
  void aSuffixIsNotTheSurname() {
    Article a = HandBuiltArticle.of(
        name("Karl"), name("F."), name("Weber"), name("Jr."), w("spoke", "VBD", "O"),
        w("first", "RB", "O"));
    assertEquals("Karl F. Weber Jr.", a.names.canonical(List.of("Weber")));
    assertEquals("Karl F. Weber Jr.", a.names.canonical(List.of("Karl", "Jr.")));
    // With the name also given without it, the suffix names someone else: the father.
    a = HandBuiltArticle.of(
        name("Karl"), name("Weber"), w("met", "VBD", "O"), name("Karl"), name("Weber"),
        name("Sr."), w("today", "NN", "O"));
    assertEquals("Karl Weber", a.names.canonical(List.of("Weber")));
  }
}
