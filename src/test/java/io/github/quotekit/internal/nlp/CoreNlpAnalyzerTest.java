package io.github.quotekit.internal.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The analyzer's guards against hostile text; the model-loading paths run in the facade tests. */
class CoreNlpAnalyzerTest {

  @Test
  void leavesOrdinaryTextAlone() {
    String text = "\"We will rebuild the wall,\" Mayor Lena Okafor said. https://example.org";
    assertSame(text, CoreNlpAnalyzer.breakLongRuns(text));
  }

  @Test
  void cutsEveryRunWithoutWhiteSpaceIntoPiecesTheTokenizerReadsFast() {
    String text = "a," + "%".repeat(1_000) + " ok " + "\"".repeat(300);
    String cut = CoreNlpAnalyzer.breakLongRuns(text);
    assertEquals(text.length(), cut.length());
    for (String run : cut.split("\\s+")) {
      assertTrue(run.length() <= CoreNlpAnalyzer.MAX_RUN, run.length() + " chars in a run");
    }
    for (int i = 0; i < text.length(); i++) {
      assertTrue(cut.charAt(i) == text.charAt(i) || cut.charAt(i) == ' ', "only spaces are put in");
    }
  }

  @Test
  void neverCutsASurrogatePair() {
    String text = "\uD83C\uDF89".repeat(500);
    String cut = CoreNlpAnalyzer.breakLongRuns(text);
    for (int i = 0; i < cut.length(); i++) {
      if (Character.isHighSurrogate(cut.charAt(i))) {
        assertTrue(Character.isLowSurrogate(cut.charAt(i + 1)), "pair at " + i);
      }
      if (Character.isLowSurrogate(cut.charAt(i))) {
        assertTrue(Character.isHighSurrogate(cut.charAt(i - 1)), "pair at " + (i - 1));
      }
    }
    assertTrue(cut.contains(" "));
  }

  @Test
  void cutsARunOfLoneSurrogates() {
    String cut = CoreNlpAnalyzer.breakLongRuns("\uDF89".repeat(500));
    assertTrue(cut.indexOf(' ') > 0 && cut.indexOf(' ') <= CoreNlpAnalyzer.MAX_RUN);
  }

  @Test
  void writesOnlyOpeningDoubleApostrophesAsBackquotes() {
    String text = "''Jobs,'' she said. ''Nobody did it better.'' It's (''sic'') the players' ''";
    String marked = CoreNlpAnalyzer.openingApostrophes(text);
    assertEquals(
        "``Jobs,'' she said. ``Nobody did it better.'' It's (``sic'') the players' ''", marked);
    assertSame("no marks here", CoreNlpAnalyzer.openingApostrophes("no marks here"));
  }
}
