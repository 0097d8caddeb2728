package io.github.quotekit.internal.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextLayoutTest {
  private static final String WRAPPED =
      String.join(
          "\n",
          "Council approves harbour plan",
          "4/3/2026 9:15",
          "The city council on Tuesday approved a plan to rebuild the old",
          "harbour wall, ending a dispute that had stalled the project for",
          "nearly two years and divided the waterfront businesses.",
          "Mayor Lena Okafor said the vote showed the council could still",
          "act together when it mattered to the people who live here.",
          "\"We listened, and we changed the plan,\" she told reporters",
          "after the meeting.",
          "|");

  private static List<String> blocks(Layout l) {
    return l.blocks().stream().map(b -> l.normalized().substring(b.start(), b.end())).toList();
  }

  @Test
  void joinsHardWrappedLinesIntoParagraphs() {
    Layout l = TextLayout.analyze(WRAPPED);
    List<String> blocks = blocks(l);
    assertEquals(5, blocks.size(), blocks.toString());
    assertEquals(
        "The city council on Tuesday approved a plan to rebuild the old harbour wall, ending a"
            + " dispute that had stalled the project for nearly two years and divided the waterfront"
            + " businesses.",
        blocks.get(2));
    assertEquals(
        "\"We listened, and we changed the plan,\" she told reporters after the meeting.",
        blocks.get(4));
  }

  @Test
  void recognisesHeadlineAndDateline() {
    Layout l = TextLayout.analyze(WRAPPED);
    assertEquals(BlockKind.HEADLINE, l.blocks().get(0).kind());
    assertEquals(BlockKind.DATELINE, l.blocks().get(1).kind());
    assertEquals(BlockKind.PARAGRAPH, l.blocks().get(2).kind());
  }

  @Test
  void softHyphensNeitherGlueNorSplitWords() {
    String text = "Mayor Karl \u00adWeber backed the har\u00adbour plan.";
    Layout l = TextLayout.analyze(text);
    assertEquals("Mayor Karl  Weber backed the har-bour plan.", l.normalized());
  }

  @Test
  void invisibleFormatCharactersSeparateWordsAsSpacesDo() {
    String text = "\u202a\u201dWe sail,\u201d she\u200b said.\ufeff";
    assertEquals(" \u201dWe sail,\u201d she  said. ", TextLayout.analyze(text).normalized());
  }

  @Test
  void neverMovesAnOffset() {
    Layout l = TextLayout.analyze(WRAPPED);
    assertEquals(WRAPPED.length(), l.normalized().length());
    for (int i = 0; i < WRAPPED.length(); i++) {
      char c = WRAPPED.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        assertEquals(c, l.normalized().charAt(i), "at " + i);
      }
    }
  }

  @Test
  void dropsStrayLines() {
    Layout l = TextLayout.analyze(WRAPPED);
    assertEquals(-1, l.normalized().indexOf('|'));
    assertEquals("after the meeting.", blocks(l).get(4).substring(blocks(l).get(4).length() - 18));
  }

  @Test
  void keepsOneParagraphPerLineWhenNotWrapped() {
    String text =
        "Short headline\n\nA first paragraph that runs long enough to be running text, as most do."
            + "\n\nA second one.\n\nA third one, also short.";
    List<String> blocks = blocks(TextLayout.analyze(text));
    assertEquals(4, blocks.size(), blocks.toString());
    assertEquals("A second one.", blocks.get(2));
  }

  @Test
  void turnsControlCharactersAndNonBreakingSpacesIntoSpaces() {
    Layout l = TextLayout.analyze("He\u0007 said\u00a0no.\r\nShe agreed.");
    assertEquals("He  said no. \nShe agreed.", l.normalized());
    assertEquals(2, l.blocks().size());
  }

  @Test
  void emptyTextHasNoBlocks() {
    assertEquals(0, TextLayout.analyze("").blocks().size());
    assertEquals(0, TextLayout.analyze(" \n\n |\n").blocks().size());
  }

  @Test
  void splitsADatelineThatOpensAParagraphIntoABlockOfItsOwn() {
    Layout l = TextLayout.analyze("LONDON, March 4 (Wire) - Pellbrook said on Tuesday it would "
        + "close 40 stores.\n\nKYIV, Ukraine (AP) \u2014 Talks resumed.\n\nThe vote - held on "
        + "Monday - passed.\n\nNATO - the alliance - met.");
    assertEquals(List.of("LONDON, March 4 (Wire) -",
        "Pellbrook said on Tuesday it would close 40 stores.", "KYIV, Ukraine (AP) \u2014",
        "Talks resumed.", "The vote - held on Monday - passed.", "NATO - the alliance - met."),
        blocks(l));
    assertEquals(BlockKind.DATELINE, l.blocks().get(0).kind());
    assertEquals(BlockKind.PARAGRAPH, l.blocks().get(1).kind());
  }
}
