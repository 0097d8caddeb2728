package io.github.quotekit;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * An article and its quotes: the unit of the JSON Lines record format. Immutable and thread-safe.
 *
 * @param id the article's identifier
 * @param text the article exactly as given to the extractor
 * @param quotes its quotes in text order; every span indexes {@code text}
 */
public record ArticleQuotes(String id, String text, ImmutableList<Quote> quotes) {

  public ArticleQuotes {
    checkNotNull(id, "id");
    checkNotNull(text, "text");
    checkNotNull(quotes, "quotes");
    for (Quote q : quotes) {
      checkArgument(
          q.context().end() <= text.length(), "quote %s lies outside the text", q.span());
    }
  }

  /** The record for {@code quotes} found in {@code text}. */
  public static ArticleQuotes of(String id, String text, List<Quote> quotes) {
    return new ArticleQuotes(id, text, ImmutableList.copyOf(quotes));
  }
}
