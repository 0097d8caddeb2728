package io.github.quotekit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;

/** What every extraction promises whatever the text: the checks the robustness tests share. */
final class RecordChecks {
  private static final int CONTEXT_MARGIN = 400;

  private RecordChecks() {}

  /**
   * Every span of every record (quote, cue, speaker mention, context) lies inside {@code text},
   * holds exactly the characters it indexes and cuts no surrogate pair; the context holds the quote
   * and reaches at most 400 characters past the quote, cue and mention; the quotes come in text
   * order.
   */
  static void assertValid(String text, List<Quote> quotes) {
    int previous = -1;
    for (Quote q : quotes) {
      assertIndexes(text, q.span(), "quote");
      assertIndexes(text, q.context(), "context");
      q.cue().ifPresent(c -> assertIndexes(text, c, "cue"));
      q.speaker().flatMap(Speaker::mention).ifPresent(m -> assertIndexes(text, m, "mention"));
      assertTrue(q.context().contains(q.span()), "context holds the quote: " + q);
      int lo = q.span().start();
      int hi = q.span().end();
      for (Span s : attribution(q)) {
        lo = Math.min(lo, s.start());
        hi = Math.max(hi, s.end());
      }
      assertTrue(q.context().length() <= hi - lo + 2 * CONTEXT_MARGIN, "context of " + q);
      assertTrue(q.span().start() >= previous, "quotes in text order: " + q);
      previous = q.span().start();
    }
  }

  /** Extracts {@code text} twice: valid records, the same both times. */
  static List<Quote> extractTwiceAndCheck(String text) {
    List<Quote> first = SharedExtractor.get().extract(text);
    assertValid(text, first);
    assertEquals(first, SharedExtractor.get().extract(text), "a second run gives the same records");
    return first;
  }

  private static List<Span> attribution(Quote q) {
    return Stream.concat(q.cue().stream(), q.speaker().flatMap(Speaker::mention).stream()).toList();
  }

  private static void assertIndexes(String text, Span s, String what) {
    assertTrue(
        s.start() >= 0 && s.end() <= text.length(),
        what + " " + s + " outside a text of length " + text.length());
    assertEquals(text.substring(s.start(), s.end()), s.text(), what + " text at " + s);
    assertFalse(cutsPair(text, s.start()), what + " starts inside a surrogate pair: " + s);
    assertFalse(cutsPair(text, s.end()), what + " ends inside a surrogate pair: " + s);
  }

  private static boolean cutsPair(String text, int i) {
    return i > 0
        && i < text.length()
        && Character.isSurrogatePair(text.charAt(i - 1), text.charAt(i));
  }
}
