package io.github.quotekit.internal.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.quotekit.internal.layout.TextLayout;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class QuotationFinderTest {
  private static List<String> find(String text) {
    return QuotationFinder.find(TextLayout.analyze(text)).stream()
        .map(q -> text.substring(q.start(), q.end()))
        .toList();
  }

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("straight quotes", "\"We will win,\" she said.", List.of("\"We will win,\"")),
        Arguments.of(
            "curly quotes", "\u201cWe will win,\u201d she said.", List.of("\u201cWe will win,\u201d")),
        Arguments.of(
            "interrupted quote gives two",
            "\"A is true,\" he said. \"B is too.\"",
            List.of("\"A is true,\"", "\"B is too.\"")),
        Arguments.of(
            "an opening mark typed for a closing one after punctuation",
            "\u201cIt is unusual,\u201c said Lena Okafor. \u201cIt is hard.\u201d",
            List.of("\u201cIt is unusual,\u201c", "\u201cIt is hard.\u201d")),
        Arguments.of(
            "single quotes nested in double",
            "\"He told me 'never again,' and meant it,\" she said.",
            List.of("\"He told me 'never again,' and meant it,\"")),
        Arguments.of(
            "a nested quote closing just before the double one",
            "\"People say, 'It is over,'\" said Ana Ruiz. \"The term 'outreach,' \" he added.",
            List.of("\"People say, 'It is over,'\"", "\"The term 'outreach,' \"")),
        Arguments.of(
            "two apostrophes as the double quote, archive style",
            "''Hopefully,'' the mayor said, ''it works.''",
            List.of("''Hopefully,''", "''it works.''")),
        Arguments.of("apostrophes are not quotes", "It's Zelenskiy's plan, isn't it?", List.of()),
        Arguments.of(
            "single quotes alone, headline style",
            "'We will rebuild,' says mayor",
            List.of("'We will rebuild,'")),
        Arguments.of(
            "British style: single marks outside, double ones nested",
            "\u2018They call it a \u201creview of services\u201d,\u2019 Derek Oakley said. "
                + "\u2018It\u2019s a cut, plain and simple.\u2019",
            List.of("\u2018They call it a \u201creview of services\u201d,\u2019",
                "\u2018It\u2019s a cut, plain and simple.\u2019")),
        Arguments.of(
            "British style, straight marks",
            "Mrs Lane added: 'A woman told me to \"consider other options\". What options?'",
            List.of("'A woman told me to \"consider other options\". What options?'")),
        Arguments.of(
            "a plural's possessive inside single marks",
            "\u2018It was the fans\u2019 day, not ours,\u2019 said Leon Marsh.",
            List.of("\u2018It was the fans\u2019 day, not ours,\u2019")),
        Arguments.of(
            "a quotation in single marks over two paragraphs",
            "Mayor Lucinda Farrow said: \u2018For fifty years this land has been forgotten.\n\n"
                + "\u2018That ends today.\u2019",
            List.of("\u2018For fifty years this land has been forgotten.\n\n"
                + "\u2018That ends today.\u2019")),
        Arguments.of(
            "a word in single marks left open does not run on into the next paragraph",
            "''The rule was that staff would be 'released' onto the market,'' Ruiz said.\n\n"
                + "'Good years on the night shift.'",
            List.of("''The rule was that staff would be 'released' onto the market,''",
                "'Good years on the night shift.'")),
        Arguments.of(
            "a single-quoted title beside double-quoted quotations stays apart",
            "\"We will win this,\" she said of the 'Save Our Pier' drive. \"It matters a lot.\"",
            List.of("\"We will win this,\"", "\"It matters a lot.\"")),
        Arguments.of(
            "quote in the middle of a sentence",
            "He said the plan was \"dead on arrival\" and would go.",
            List.of("\"dead on arrival\"")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void findsQuotations(String name, String text, List<String> expected) {
    assertEquals(expected, find(text));
  }

  @Test
  void followsAQuoteOverParagraphs() {
    String text =
        "\"The first part runs on.\n\n\"The second part ends it,\" she said.\n\nNo quote here.";
    assertEquals(List.of("\"The first part runs on.\n\n\"The second part ends it,\""), find(text));
  }

  @Test
  void followsAnArchiveStyleQuoteOverParagraphs() {
    String text = "''The first part runs on.\n\n''The second part ends it,'' she said.";
    assertEquals(List.of(text.substring(0, text.indexOf(" she"))), find(text));
  }

  @Test
  void doesNotJoinAStraightMarkToACurlyParagraph() {
    // A stray straight mark left open does not run into the next paragraph's curly quotation.
    String text = "\"Kim was asleep.\n\n\u201cHere he is,\u201d she said.";
    assertEquals(List.of("\"Kim was asleep.", "\u201cHere he is,\u201d"), find(text));
  }

  @Test
  void aTranscriptTurnsOpeningMarkQuotesNothing() {
    String text = "\"MORA: We will cut taxes.\n\n\"KELLY: For whom? \"Everyone\" is vague.";
    assertEquals(List.of("\"Everyone\""), find(text));
  }

  @Test
  void endsAQuoteNeverClosedWithItsParagraph() {
    String text = "\"This never closes\n\nThe next paragraph is narrative.";
    List<Quotation> qs = QuotationFinder.find(TextLayout.analyze(text));
    assertEquals(1, qs.size());
    assertFalse(qs.get(0).closed());
    assertEquals("\"This never closes", text.substring(qs.get(0).start(), qs.get(0).end()));
  }

  @Test
  void survivesThousandsOfUnmatchedMarks() {
    String text = "\"".repeat(10_001) + " end";
    List<Quotation> qs = QuotationFinder.find(TextLayout.analyze(text));
    for (Quotation q : qs) {
      assertFalse(q.start() < 0 || q.end() > text.length());
    }
  }
}
