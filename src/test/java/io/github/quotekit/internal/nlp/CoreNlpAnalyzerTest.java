package io.github.quotekit.internal.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
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

  @Test
  void aSurnameTheArticleHasGivenInFullIsThatPersonWhereverItStands() {
    CoreMap first = sentence("Adviser/NN/O Al/NNP/PERSON From/IN/PERSON spoke/VBD/O ./././O");
    CoreMap second = sentence("From/IN/O said/VBD/O that/IN/O ,/,/O from/IN/O Monday/NNP/O "
        + "on/IN/O ,/,/O the/DT/O From/IN/O plan/NN/O");
    CoreMap third = sentence("The/DT/O From/NNP/O campaign/NN/O asked/VBD/O ,/,/O and/CC/O "
        + "From/IN/O left/VBD/O");
    CoreMap fourth = sentence("From/IN/O Monday/NNP/O on/IN/O");
    // The recogniser skipped the second sentence: its words have no label yet.
    second.get(CoreAnnotations.TokensAnnotation.class).forEach(l -> l.setNER(null));
    boolean[] named = {true, false, true, true};
    CoreNlpAnalyzer.knownSurnames(List.of(first, second, third, fourth), named);
    assertTrue(named[1], "a sentence given a name counts as named");
    assertEquals("NNP/PERSON VBD/O", labels(second, 0, 2), "opening a sentence, before a verb");
    assertEquals("IN/O", labels(second, 4, 5), "a lower-case word is not the name");
    assertEquals("NNP/PERSON", labels(second, 9, 10), "a capital past the first word");
    assertEquals("NNP/O", labels(third, 1, 2), "a proper noun is left as the recogniser read it");
    assertEquals("NNP/PERSON", labels(third, 6, 7));
    assertEquals("IN/O", labels(fourth, 0, 1), "opening a sentence, not before a verb");
  }

  private static CoreMap sentence(String tagged) {
    List<CoreLabel> labels = new ArrayList<>();
    for (String item : tagged.split(" ")) {
      String[] p = item.split("/");
      CoreLabel l = new CoreLabel();
      l.setWord(p[0]);
      l.setValue(p[0]);
      l.setTag(p[1]);
      l.setNER(p[2]);
      labels.add(l);
    }
    CoreMap s = new ArrayCoreMap();
    s.set(CoreAnnotations.TokensAnnotation.class, labels);
    return s;
  }

  private static String labels(CoreMap s, int from, int to) {
    List<String> out = new ArrayList<>();
    for (CoreLabel l : s.get(CoreAnnotations.TokensAnnotation.class).subList(from, to)) {
      out.add(l.tag() + "/" + l.ner());
    }
    return String.join(" ", out);
  }
}
