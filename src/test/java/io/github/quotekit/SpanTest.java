package io.github.quotekit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SpanTest {
  @Test
  void takesItsTextFromTheSource() {
    Span s = Span.of("He said no.", 3, 7);
    assertEquals("said", s.text());
    assertEquals(4, s.length());
  }

  @Test
  void rejectsSpansOutsideTheText() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Span.of("short", 2, 9));
    assertTrue(e.getMessage().contains("outside"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> new Span(-1, 2, "abc"));
    assertThrows(IllegalArgumentException.class, () -> new Span(3, 2, ""));
    assertThrows(IllegalArgumentException.class, () -> new Span(0, 2, "abc"));
  }

  @Test
  void namesTheNullArgument() {
    NullPointerException e = assertThrows(NullPointerException.class, () -> Span.of(null, 0, 0));
    assertEquals("source", e.getMessage());
  }

  @Test
  void valueSemantics() {
    new EqualsTester()
        .addEqualityGroup(Span.of("abc", 0, 2), new Span(0, 2, "ab"))
        .addEqualityGroup(Span.of("abc", 1, 3))
        .testEquals();
  }

  @Test
  void quoteContextMustHoldTheQuote() {
    String text = "\"Yes,\" she said.";
    Span quote = Span.of(text, 0, 6);
    Span context = Span.of(text, 0, text.length());
    assertThrows(
        IllegalArgumentException.class,
        () -> new Quote(context, QuoteKind.DIRECT, Optional.empty(), Optional.empty(), quote, 0.5));
    assertThrows(
        IllegalArgumentException.class,
        () -> new Quote(quote, QuoteKind.DIRECT, Optional.empty(), Optional.empty(), context, 1.5));
    Quote q = new Quote(quote, QuoteKind.DIRECT, Optional.empty(), Optional.empty(), context, 0.5);
    assertEquals("\"Yes,\"", q.text());
  }

  @Test
  void speakerNameMustNotBeBlank() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new Speaker(" ", SpeakerType.PERSON, Optional.empty()));
  }
}
