package io.github.quotekit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hostile and degenerate articles, each under a timeout fitted to its size: some ten times what it
 * takes on this two-core machine when it is busy, so that a return of the quadratic behaviour once
 * found (minutes for 100 KB) fails the test rather than slowing the suite. The models load before,
 * outside the timeouts. The records must still index the text exactly.
 */
class PathologicalInputTest {
  private static final String QUOTE =
      "\"We will rebuild the harbour wall,\" Mayor Lena Okafor said.";

  @BeforeAll
  static void loadTheModels() {
    SharedExtractor.get();
  }

  @Test
  @Timeout(value = 5, unit = TimeUnit.SECONDS)
  void tenThousandUnmatchedQuotationMarksInARunOnParagraph() {
    String text = QUOTE + "\n\n" + "He said \"and \u201cthen ".repeat(5_000) + "\n\n" + QUOTE;
    List<Quote> quotes = SharedExtractor.get().extract(text);
    RecordChecks.assertValid(text, quotes);
    assertEquals(QUOTE.indexOf(',') + 2, quotes.get(0).span().end(), "the first quote: " + quotes);
  }

  @Test
  @Timeout(value = 5, unit = TimeUnit.SECONDS)
  void tenThousandQuotationMarksInOneRunWithoutSpaces() {
    // CoreNLP's tokenizer alone took minutes on runs like this: the analyzer cuts them.
    String text = QUOTE + "\na" + "\"".repeat(10_000) + "\n" + QUOTE;
    List<Quote> quotes = SharedExtractor.get().extract(text);
    RecordChecks.assertValid(text, quotes);
    assertEquals("\"We will rebuild the harbour wall,\"", quotes.get(quotes.size() - 1).text());
  }

  @Test
  @Timeout(value = 30, unit = TimeUnit.SECONDS)
  void aThousandParagraphsEachReopeningAQuoteThatNeverCloses() {
    // News style runs an open quote on into the next paragraph that reopens it.
    String text = "\u201cThe works go on, and on.\n".repeat(1_000);
    RecordChecks.assertValid(text, SharedExtractor.get().extract(text));
  }

  @Test
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void aRunOnSentenceOfThousandsOfQuotesIsNotCopiedIntoEachRecord() {
    String text = "\"We will go on and on,\" ".repeat(8_000);
    List<Quote> quotes = SharedExtractor.get().extract(text);
    RecordChecks.assertValid(text, quotes); // each context within 400 characters of its quote
    assertTrue(quotes.size() >= 1_000, quotes.size() + " quotes");
  }

  @Test
  @Timeout(value = 5, unit = TimeUnit.SECONDS)
  void aFiveMegabyteArticleIsRefusedAtOnceNamingTheLimit() {
    String text = (QUOTE + " ").repeat(5 * 1024 * 1024 / (QUOTE.length() + 1) + 1);
    assertTrue(text.length() >= 5 * 1024 * 1024);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> SharedExtractor.get().extract(text));
    assertTrue(e.getMessage().contains("maxArticleLength"), e.getMessage());
    String limit = "(" + QuoteExtractor.DEFAULT_MAX_ARTICLE_LENGTH + ")";
    assertTrue(e.getMessage().contains(limit), e.getMessage());
    assertTrue(e.getMessage().contains(Integer.toString(text.length())), e.getMessage());
  }

  @Test
  @Timeout(value = 5, unit = TimeUnit.SECONDS)
  void oneHundredKilobyteSentence() {
    // Words, commas, quotation marks and reporting verbs, and never a sentence end.
    Random random = new Random(7);
    String[] words = {"the", "mayor", "said", "\"we", "will,\"", "harbour", "Okafor", "told", "a,"};
    StringBuilder text = new StringBuilder(QUOTE).append(' ');
    while (text.length() < 100 * 1024) {
      text.append(words[random.nextInt(words.length)]).append(' ');
    }
    List<Quote> quotes = SharedExtractor.get().extract(text.toString());
    RecordChecks.assertValid(text.toString(), quotes);
  }

  @Test
  @Timeout(value = 5, unit = TimeUnit.SECONDS)
  void quotesNestedTenDeep() {
    StringBuilder open = new StringBuilder();
    StringBuilder close = new StringBuilder();
    String[][] marks = {{"\u201c", "\u201d"}, {"\u2018", "\u2019"}, {"\"", "\""}, {"'", "'"}};
    for (int depth = 0; depth < 10; depth++) {
      String[] m = marks[depth % marks.length];
      open.append(m[0]).append("level ").append(depth).append(" says ");
      close.insert(0, " ends " + depth + m[1]);
    }
    String text = "Lena Okafor said: " + open + "the core" + close + ".\n\n" + QUOTE;
    List<Quote> quotes = SharedExtractor.get().extract(text);
    RecordChecks.assertValid(text, quotes);
    assertTrue(
        quotes.stream().anyMatch(q -> q.span().start() == text.indexOf('\u201c')),
        "the outermost quotation is read whole: " + quotes);
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3})
  @Timeout(value = 30, unit = TimeUnit.SECONDS)
  void randomBytesDecodedAsUtf8(long seed) {
    byte[] bytes = new byte[16 * 1024];
    new Random(seed).nextBytes(bytes);
    String text = new String(bytes, StandardCharsets.UTF_8);
    RecordChecks.assertValid(text, SharedExtractor.get().extract(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {" \n", ""})
  @Timeout(value = 5, unit = TimeUnit.SECONDS)
  void onlyPunctuationGivesNoQuotes(String spacing) {
    String punctuation = "\"'\u201c\u201d\u2018\u2019.,;:!?-\u2014()[]{}/\\|*&%$#@";
    Random random = new Random(11);
    StringBuilder text = new StringBuilder();
    while (text.length() < 100_000) {
      text.append(punctuation.charAt(random.nextInt(punctuation.length())));
      if (!spacing.isEmpty() && random.nextInt(8) == 0) {
        text.append(spacing.charAt(random.nextInt(spacing.length())));
      }
    }
    assertEquals(List.of(), SharedExtractor.get().extract(text.toString()));
  }

  @Test
  @Timeout(value = 15, unit = TimeUnit.SECONDS)
  void rightToLeftTextKeepsOffsetsIntact() {
    String hebrew =
        "\u05e8\u05d0\u05e9 \u05d4\u05e2\u05d9\u05e8 \u05d0\u05de\u05e8\u05d4: "
            + "\"\u05e0\u05d1\u05e0\u05d4 \u05de\u05d7\u05d3\u05e9 \u05d0\u05ea "
            + "\u05d4\u05d7\u05d5\u05de\u05d4.\"";
    String arabic =
        "\u202b\u0642\u0627\u0644 \u0627\u0644\u0639\u0645\u062f\u0629"
            + " \u00ab\u0633\u0646\u0639\u064a\u062f \u0628\u0646\u0627\u0621"
            + " \u0627\u0644\u062c\u062f\u0627\u0631\u00bb\u200f.\u202c";
    String mixed = "\u2067" + hebrew + "\u2069 " + QUOTE;
    String text = (hebrew + "\n\n" + arabic + "\n\n" + mixed + "\n\n").repeat(20);
    List<Quote> quotes = SharedExtractor.get().extract(text);
    RecordChecks.assertValid(text, quotes);
    int english = text.indexOf(QUOTE);
    assertTrue(
        quotes.stream().anyMatch(q -> q.span().start() == english && q.speakerName().isPresent()),
        "the English quote after right-to-left text is found where it is: " + quotes);
  }

  @Test
  @Timeout(value = 5, unit = TimeUnit.SECONDS)
  void charactersOutsideTheBasicPlaneKeepUtf16Offsets() {
    String quote =
        "\"We will rebuild \uD83C\uDFD7\uFE0F the harbour wall \uD83C\uDF0A\uD83D\uDC4D,\"";
    String text =
        "\uD83D\uDCF0"
            + " \uD835\uDC07\uD835\uDC1E\uD835\uDC1A\uD835\uDC1D" // a headline in
            + "\uD835\uDC25\uD835\uDC22\uD835\uDC27\uD835\uDC1E\n\n" // mathematical bold
            + "\uD83D\uDE00\uD83D\uDE00 "
            + quote
            + " Mayor Lena Okafor \uD83D\uDC69\u200D\uD83D\uDCBC said on Tuesday.\n\n"
            + "\u201cIt is \uD801\uDC00\uD801\uDC01 done,\u201d she said. \uD83C\uDF89";
    List<Quote> quotes = SharedExtractor.get().extract(text);
    RecordChecks.assertValid(text, quotes);
    Quote first = quotes.get(0);
    assertEquals(text.indexOf(quote), first.span().start());
    assertEquals(quote, first.text());
    assertEquals("Lena Okafor", first.speakerName().orElseThrow());
    assertEquals("said", first.cue().orElseThrow().text());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "She left. \"The mayor spoke saying",
        "\"The mayor spoke, saying",
        "Crowds came.\n\n\u201cIn the end the dockers marched, saying"
      })
  @Timeout(value = 5, unit = TimeUnit.SECONDS)
  void anArticleThatStopsAtAParticipleInsideAnOpenQuotation(String text) {
    // The subject search skipped the open quotation to its close, and so past the article's end.
    RecordChecks.extractTwiceAndCheck(text);
  }
}
