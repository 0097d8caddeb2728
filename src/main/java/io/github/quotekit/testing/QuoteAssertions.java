package io.github.quotekit.testing;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.quotekit.Quote;
import io.github.quotekit.QuoteExtractor;
import io.github.quotekit.Span;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Assertions for unit tests that pin down the quotes of a known text. Plain Java: a failed
 * assertion throws {@link AssertionError}, which every test framework reports as a failure, and its
 * message lists every quote that was found.
 *
 * <pre>{@code
 * assertQuote(extractor, "\"We will rebuild the harbour wall,\" Mayor Lena Okafor said.",
 *     "Lena Okafor", "harbour wall");
 * }</pre>
 */
public final class QuoteAssertions {
  private QuoteAssertions() {}

  /**
   * Asserts that {@code extractor} finds in {@code text} a quote by {@code speaker} whose text
   * contains each of {@code words}, and returns the first such quote for further checks.
   *
   * @param speaker the speaker's canonical name, as {@link Quote#speakerName()} gives it, compared
   *     ignoring case
   * @param words words or phrases the quote must contain, ignoring case; none means any quote by
   *     {@code speaker}
   * @throws AssertionError if there is no such quote, listing the quotes found
   * @throws NullPointerException if an argument is null
   */
  public static Quote assertQuote(
      QuoteExtractor extractor, String text, String speaker, String... words) {
    checkNotNull(extractor, "extractor");
    checkNotNull(text, "text");
    return assertQuote(extractor.extract(text), speaker, words);
  }

  /**
   * Asserts that {@code quotes}, extracted beforehand, hold a quote by {@code speaker} whose text
   * contains each of {@code words}, and returns the first such quote. As {@link
   * #assertQuote(QuoteExtractor, String, String, String...)}, for a test that checks several quotes
   * of one text.
   */
  public static Quote assertQuote(List<Quote> quotes, String speaker, String... words) {
    checkNotNull(quotes, "quotes");
    checkNotNull(speaker, "speaker");
    checkNotNull(words, "words");
    for (int i = 0; i < words.length; i++) {
      checkNotNull(words[i], "words[%s]", i);
    }
    for (Quote q : quotes) {
      if (q.speakerName().filter(speaker::equalsIgnoreCase).isPresent() && containsAll(q, words)) {
        return q;
      }
    }
    throw new AssertionError(failure(quotes, speaker, words));
  }

  private static boolean containsAll(Quote q, String... words) {
    String text = q.text().toLowerCase(Locale.ROOT);
    for (String w : words) {
      if (!text.contains(w.toLowerCase(Locale.ROOT))) {
        return false;
      }
    }
    return true;
  }

  private static String failure(List<Quote> quotes, String speaker, String... words) {
    StringBuilder m = new StringBuilder("expected a quote by ").append(speaker);
    if (words.length > 0) {
      m.append(" containing ").append(String.join(", ", quoted(words)));
    }
    if (quotes.isEmpty()) {
      return m.append(", but found no quotes").toString();
    }
    m.append(", but found ")
        .append(quotes.size())
        .append(quotes.size() == 1 ? " quote:" : " quotes:");
    for (Quote q : quotes) {
      m.append("\n  ")
          .append(q.speakerName().orElse("(no speaker)"))
          .append(" [")
          .append(q.kind().jsonName())
          .append(q.cue().map(c -> ", cue \"" + oneLine(c) + "\"").orElse(""))
          .append("] ")
          .append(oneLine(q.span()));
    }
    return m.toString();
  }

  private static List<String> quoted(String... words) {
    return Arrays.stream(words).map(w -> "\"" + w + "\"").toList();
  }

  private static String oneLine(Span s) {
    return s.text().replaceAll("\\s+", " ");
  }
}
