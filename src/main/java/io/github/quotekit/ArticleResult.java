package io.github.quotekit;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.Optional;

/**
 * What {@link QuoteExtractor#extractAll} made of one article of a batch: its quotes, or the error
 * that stopped it. Immutable and thread-safe when the caller's article is.
 *
 * @param <T> the caller's article type, handed back untouched
 * @param index the article's position in the batch, counted from 0
 * @param article the article as the caller gave it
 * @param quotes its quotes in text order, as {@link QuoteExtractor#extract(String)} gives them;
 *     empty when the article failed
 * @param error why the article failed, or empty when it did not
 */
public record ArticleResult<T>(
    long index, T article, ImmutableList<Quote> quotes, Optional<Throwable> error) {

  public ArticleResult {
    checkArgument(index >= 0, "index must be non-negative, was %s", index);
    checkNotNull(article, "article");
    checkNotNull(quotes, "quotes");
    checkNotNull(error, "error");
    checkArgument(error.isEmpty() || quotes.isEmpty(), "a failed article has no quotes");
  }

  /** Whether the article failed, that is whether {@link #error()} is present. */
  public boolean failed() {
    return error.isPresent();
  }
}
