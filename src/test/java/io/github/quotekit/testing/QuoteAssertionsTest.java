package io.github.quotekit.testing;

import static io.github.quotekit.testing.QuoteAssertions.assertQuote;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.quotekit.Quote;
import io.github.quotekit.QuoteExtractor;
import io.github.quotekit.QuoteKind;
import io.github.quotekit.SharedExtractor;
import io.github.quotekit.Span;
import io.github.quotekit.Speaker;
import io.github.quotekit.SpeakerType;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class QuoteAssertionsTest {
  private static final String TEXT =
      "\"We will rebuild the harbour wall,\" Mayor Lena Okafor said. Critics said it was late.";

  /** The quotes of TEXT, written out, so that these tests need no models. */
  private static final List<Quote> QUOTES =
      List.of(
          new Quote(
              Span.of(TEXT, 0, 35),
              QuoteKind.DIRECT,
              Optional.of(
                  new Speaker(
                      "Lena Okafor", SpeakerType.PERSON, Optional.of(Span.of(TEXT, 42, 53)))),
              Optional.of(Span.of(TEXT, 54, 58)),
              Span.of(TEXT, 0, 59),
              0.95),
          new Quote(
              Span.of(TEXT, 73, 84),
              QuoteKind.INDIRECT,
              Optional.empty(),
              Optional.of(Span.of(TEXT, 68, 72)),
              Span.of(TEXT, 60, 85),
              0.5));

  @Test
  void returnsTheQuoteBySpeakerThatHoldsEveryWord() {
    Quote q = assertQuote(QUOTES, "Lena Okafor", "rebuild", "harbour wall");
    assertEquals(QUOTES.get(0), q);
  }

  @Test
  void comparesSpeakerAndWordsIgnoringCase() {
    assertEquals(QUOTES.get(0), assertQuote(QUOTES, "lena okafor", "HARBOUR"));
  }

  @Test
  void noWordsMeansAnyQuoteByTheSpeaker() {
    assertEquals(QUOTES.get(0), assertQuote(QUOTES, "Lena Okafor"));
  }

  @Test
  void failureListsEveryQuoteFound() {
    AssertionError e =
        assertThrows(AssertionError.class, () -> assertQuote(QUOTES, "Lena Okafor", "bridge"));
    assertEquals(
        "expected a quote by Lena Okafor containing \"bridge\", but found 2 quotes:\n"
            + "  Lena Okafor [direct, cue \"said\"] \"We will rebuild the harbour wall,\"\n"
            + "  (no speaker) [indirect, cue \"said\"] it was late",
        e.getMessage());
  }

  @Test
  void failureReadsAsTheReadmeShows() {
    AssertionError e =
        assertThrows(
            AssertionError.class, () -> assertQuote(QUOTES.subList(0, 1), "Lena Okafor", "bridge"));
    assertEquals(
        "expected a quote by Lena Okafor containing \"bridge\", but found 1 quote:\n"
            + "  Lena Okafor [direct, cue \"said\"] \"We will rebuild the harbour wall,\"",
        e.getMessage());
  }

  @Test
  void failureSaysSoWhenThereAreNoQuotes() {
    AssertionError e = assertThrows(AssertionError.class, () -> assertQuote(List.of(), "Ana"));
    assertEquals("expected a quote by Ana, but found no quotes", e.getMessage());
  }

  @Test
  void nullArgumentsAreNamed() {
    assertEquals(
        "speaker",
        assertThrows(NullPointerException.class, () -> assertQuote(QUOTES, null)).getMessage());
    assertEquals(
        "words[1]",
        assertThrows(NullPointerException.class, () -> assertQuote(QUOTES, "Ana", "a", null))
            .getMessage());
    assertEquals(
        "extractor",
        assertThrows(
                NullPointerException.class, () -> assertQuote((QuoteExtractor) null, TEXT, "Ana"))
            .getMessage());
  }

  @Test
  void extractsTheTextWithTheGivenExtractor() {
    Quote q = assertQuote(SharedExtractor.get(), TEXT, "Lena Okafor", "harbour wall");
    assertEquals(QuoteKind.DIRECT, q.kind());
    assertThrows(AssertionError.class, () -> assertQuote(SharedExtractor.get(), TEXT, "Tom Reyes"));
  }
}
