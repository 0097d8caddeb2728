package io.github.quotekit.internal.nlp;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Which tokens open and close quotations. */
class TokenTest {

  private static Token token(String word, String tag) {
    return new Token(0, 0, 0, word.length(), word, word, tag, "O", -1, "");
  }

  @Test
  void twoApostrophesTaggedAsAnOpeningMarkOpenAndDoNotClose() {
    Token opening = token("''", "``");
    assertTrue(opening.opensQuote());
    assertFalse(opening.closesQuote());
  }

  @Test
  void twoApostrophesTaggedAsAClosingMarkClose() {
    Token closing = token("''", "''");
    assertFalse(closing.opensQuote());
    assertTrue(closing.closesQuote());
  }

  @Test
  void doubleAndCurlyMarksKeepTheirSides() {
    assertTrue(token("\u201c", "``").opensQuote());
    assertTrue(token("\u201d", "''").closesQuote());
    assertFalse(token("\u201d", "''").opensQuote());
  }
}
