package io.github.quotekit;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.github.quotekit.internal.attribute.Attributor;
import io.github.quotekit.internal.attribute.ParseSelection;
import io.github.quotekit.internal.detect.Quotation;
import io.github.quotekit.internal.detect.QuotationFinder;
import io.github.quotekit.internal.layout.Layout;
import io.github.quotekit.internal.layout.TextLayout;
import io.github.quotekit.internal.nlp.CoreNlpAnalyzer;
import io.github.quotekit.internal.nlp.Doc;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Reads a news article and tells who said what.
 *
 * <p>An article goes through four stages. {@code TextLayout} finds its paragraphs, joining lines
 * that were hard-wrapped, recognising the headline and dateline and dropping stray lines, without
 * moving a single offset. {@code QuotationFinder} pairs the quotation marks, following a quote over
 * sentences and paragraphs. CoreNLP then splits sentences and tags and names them, and parses those
 * that quote or report, reading a long quotation as one word (no coreference, no quote annotator;
 * in {@link Mode#FAST} only tags). Last, the attribution rules, small and run in a fixed order, tie
 * each quotation or reported clause to its cue and speaker, and give each speaker the fullest name
 * the article has for it.
 *
 * <pre>{@code
 * QuoteExtractor extractor = QuoteExtractor.builder().build();
 * for (Quote q : extractor.extract(article)) {
 *   System.out.println(q.speakerName().orElse("?") + ": " + q.text());
 * }
 * }</pre>
 *
 * <p>Building loads the models once (seconds, and about a gigabyte of heap); an extractor is
 * immutable and thread-safe, so share one. An article longer than {@link
 * Builder#maxArticleLength(int)} is refused, which bounds the time and memory one call can take.
 */
public final class QuoteExtractor {
  /**
   * The default {@link Builder#maxArticleLength(int)}: 200,000 characters, some 35,000 words, far
   * longer than any news article.
   */
  public static final int DEFAULT_MAX_ARTICLE_LENGTH = 200_000;

  private final CoreNlpAnalyzer analyzer;
  private final Mode mode;
  private final int maxArticleLength;

  private QuoteExtractor(Builder builder) {
    this.mode = builder.mode;
    this.maxArticleLength = builder.maxArticleLength;
    this.analyzer = new CoreNlpAnalyzer(mode == Mode.ACCURATE);
  }

  /** A builder with every option at its default. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The quotes of {@code text}, in text order. Blank text gives an empty list; messy text
   * (unbalanced quotation marks, control characters) gives what can be read, never an exception.
   *
   * @throws NullPointerException if {@code text} is null
   * @throws IllegalArgumentException if {@code text} is longer than {@link #maxArticleLength()}
   */
  public ImmutableList<Quote> extract(String text) {
    checkNotNull(text, "text");
    checkArgument(
        text.length() <= maxArticleLength,
        "text has %s characters, more than maxArticleLength (%s): split it into articles or build"
            + " the extractor with a larger QuoteExtractor.Builder.maxArticleLength",
        text.length(),
        maxArticleLength);
    if (text.isBlank()) {
      return ImmutableList.of();
    }
    Layout layout = TextLayout.analyze(text);
    ImmutableList<Quotation> quotations = QuotationFinder.find(layout);
    Doc doc = analyzer.analyze(layout.normalized(), ParseSelection.plan(text, quotations));
    return Attributor.attribute(text, layout, doc, quotations);
  }

  /**
   * The quotes of a batch of articles, extracted on {@code threads} threads that share this
   * extractor, streamed back in input order: one result per article, holding the article as given.
   *
   * <pre>{@code
   * try (Stream<ArticleResult<Story>> results =
   *     extractor.extractAll(stories.stream(), Story::body, 8)) {
   *   results.forEach(r -> save(r.article().id(), r.quotes()));
   * }
   * }</pre>
   *
   * <p>The batch streams: articles are pulled from {@code articles} as results are consumed, a few
   * per thread ahead, on the consuming thread (so {@code articles} need not be thread-safe), and
   * memory stays bounded for millions of them. An article whose extraction throws (or whose {@code
   * textOf} throws or returns null) gives a result carrying the error, and the batch goes on.
   * Closing the returned stream (try-with-resources) closes {@code articles} and stops the workers
   * early; idle workers end by themselves in any case.
   *
   * @param articles the articles, in the order their results are wanted (a parallel stream is read
   *     in order too)
   * @param textOf gives the text of an article
   * @param threads how many articles to extract at once, at least 1; 1 extracts on the consuming
   *     thread; more than the machine's processors gains nothing
   * @param <T> the caller's article type
   * @throws NullPointerException if an argument is null, or (when reached) an element of {@code
   *     articles}
   * @throws IllegalArgumentException if {@code threads} is less than 1
   */
  public <T> Stream<ArticleResult<T>> extractAll(
      Stream<T> articles, Function<? super T, String> textOf, int threads) {
    checkNotNull(articles, "articles");
    checkNotNull(textOf, "textOf");
    checkArgument(threads >= 1, "threads must be at least 1, was %s", threads);
    return Batch.stream(this::extract, articles.sequential(), textOf, threads);
  }

  /** The longest text, in UTF-16 characters, that {@link #extract(String)} accepts. */
  public int maxArticleLength() {
    return maxArticleLength;
  }

  /** Configures a {@link QuoteExtractor}. */
  public static final class Builder {
    private Mode mode = Mode.ACCURATE;
    private int maxArticleLength = DEFAULT_MAX_ARTICLE_LENGTH;

    private Builder() {}

    /**
     * How much analysis to run; default {@link Mode#ACCURATE}. {@link Mode#FAST} skips the
     * named-entity recogniser and the dependency parse; {@link Mode} gives each mode's measured
     * cost and accuracy.
     *
     * @throws NullPointerException if {@code mode} is null
     */
    public Builder mode(Mode mode) {
      this.mode = checkNotNull(mode, "mode");
      return this;
    }

    /**
     * The longest text, in UTF-16 characters ({@link String#length()}), the extractor accepts. A
     * longer one is refused with an {@link IllegalArgumentException} that names this option; it is
     * not cut or split, since where an overlong text should be split is for the caller to say.
     * Default {@value QuoteExtractor#DEFAULT_MAX_ARTICLE_LENGTH}. Time and heap per call grow with
     * the length: see the README's Robustness section.
     *
     * @throws IllegalArgumentException if {@code chars} is not positive
     */
    public Builder maxArticleLength(int chars) {
      checkArgument(chars > 0, "maxArticleLength must be positive, was %s", chars);
      this.maxArticleLength = chars;
      return this;
    }

    /** Loads the models and returns the extractor. */
    public QuoteExtractor build() {
      return new QuoteExtractor(this);
    }
  }
}
