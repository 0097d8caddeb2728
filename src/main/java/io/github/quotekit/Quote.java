package io.github.quotekit;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;

/**
 * One quotation found in an article. Every span indexes the text given to {@link
 * QuoteExtractor#extract(String)}. Immutable and thread-safe.
 *
 * @param span the quoted content: for a direct quote the quotation with its marks, for mixed and
 *     indirect quotes the reported clause
 * @param kind direct, mixed or indirect
 * @param speaker who said it, when the article tells
 * @param cue the reporting verb or phrase ("said", "according to", ":"), when there is one
 * @param context the sentences that show the quote in place with its attribution, at most 400
 *     characters of them either side of the quote, cue and mention; contains {@code span}
 * @param confidence how sure the extractor is of the record, from 0 to 1
 */
public record Quote(
    Span span,
    QuoteKind kind,
    Optional<Speaker> speaker,
    Optional<Span> cue,
    Span context,
    double confidence) {

  public Quote {
    checkNotNull(span, "span");
    checkNotNull(kind, "kind");
    checkNotNull(speaker, "speaker");
    checkNotNull(cue, "cue");
    checkNotNull(context, "context");
    checkArgument(
        context.contains(span), "context %s must contain the quote span %s", context, span);
    checkArgument(
        confidence >= 0 && confidence <= 1, "confidence must lie in [0, 1], was %s", confidence);
  }

  /** The quoted text, {@code span().text()}. */
  public String text() {
    return span.text();
  }

  /** The speaker's canonical name, or empty. */
  public Optional<String> speakerName() {
    return speaker.map(Speaker::name);
  }
}
