package io.github.quotekit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class BadInputTest {

  @Test
  void nullTextNamesTheArgument() {
    NullPointerException e =
        assertThrows(NullPointerException.class, () -> SharedExtractor.get().extract(null));
    assertEquals("text", e.getMessage());
  }

  @Test
  void blankTextGivesNoQuotes() {
    assertEquals(List.of(), SharedExtractor.get().extract(""));
    assertEquals(List.of(), SharedExtractor.get().extract(" \n\t\n "));
  }

  static Stream<String> messy() {
    return Stream.of(
        "\"This quote never closes, he said, and the article goes on.",
        "He said \"one\" \"two\" \"three\" \"four and more\" and then \" stopped.",
        "\u201cCurly open \u201c twice\u201d he said.\u201d\u201d\u201d",
        "!!! ??? ... \"\" '' \u201c\u201d",
        "No sentence here just words without end",
        "Control\u0000chars\u0007 in \"the\u0001 middle\" of text,\u001b she said.",
        "\"A\"\n\n\"B\n\n\"C\n\n\"D,\" she said.",
        "said said said \"said,\" said said.",
        "\uD83D\uDE00 \"Emoji \uD83C\uDF89 inside a quote,\" said Ana Ribeiro \uD83D\uDE00.");
  }

  @ParameterizedTest
  @MethodSource("messy")
  @Timeout(60)
  void messyTextGivesValidRecordsAndNoException(String text) {
    List<Quote> quotes = SharedExtractor.get().extract(text);
    for (Quote q : quotes) {
      assertInside(text, q.span());
      assertInside(text, q.context());
      q.cue().ifPresent(c -> assertInside(text, c));
      q.speaker().flatMap(Speaker::mention).ifPresent(m -> assertInside(text, m));
    }
  }

  private static void assertInside(String text, Span s) {
    assertTrue(s.start() >= 0 && s.end() <= text.length(), s + " outside the text");
    assertEquals(text.substring(s.start(), s.end()), s.text());
  }

  @Test
  void manyUnmatchedQuotationMarksFinishQuickly() {
    String text = "He said \"".repeat(2_000) + ".";
    org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
        Duration.ofSeconds(120), () -> SharedExtractor.get().extract(text));
  }
}
