package io.github.quotekit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The batch API: order, failures as results, bounded look-ahead, threads; most without models. */
@Timeout(60)
class BatchTest {
  private static final Quote QUOTE = quote("\"Yes,\" she said.");

  private static Quote quote(String text) {
    Span all = Span.of(text, 0, text.length());
    return new Quote(all, QuoteKind.DIRECT, Optional.empty(), Optional.empty(), all, 1);
  }

  /** A stand-in extractor: one quote per text, after the text's number of milliseconds. */
  private static ImmutableList<Quote> slowly(String text) {
    try {
      Thread.sleep(Integer.parseInt(text.replaceAll("\\D", "")) % 7);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return ImmutableList.of(QUOTE);
  }

  private static <T> List<ArticleResult<T>> run(
      Function<String, ImmutableList<Quote>> extract,
      Stream<T> articles,
      Function<T, String> text,
      int threads) {
    try (Stream<ArticleResult<T>> results = Batch.stream(extract, articles, text, threads)) {
      return results.toList();
    }
  }

  @Test
  void resultsComeInInputOrderWhateverEachArticleTakes() {
    List<String> articles =
        IntStream.range(0, 200).mapToObj(i -> "a" + new Random(i).nextInt(50)).toList();
    List<ArticleResult<String>> results = run(BatchTest::slowly, articles.stream(), t -> t, 4);
    assertEquals(200, results.size());
    for (int i = 0; i < 200; i++) {
      assertEquals(i, results.get(i).index());
      assertEquals(articles.get(i), results.get(i).article());
      assertEquals(List.of(QUOTE), results.get(i).quotes());
    }
  }

  @Test
  void aFailingArticleBecomesAResultAndTheBatchGoesOn() {
    Function<String, ImmutableList<Quote>> extract =
        t -> {
          if (t.equals("boom")) {
            throw new IllegalStateException("boom");
          } else if (t.equals("deep")) {
            throw new StackOverflowError();
          }
          return ImmutableList.of(QUOTE);
        };
    List<ArticleResult<String>> results =
        run(extract, Stream.of("a", "boom", "b", "deep", "c"), t -> t, 2);
    assertEquals(5, results.size());
    assertFalse(results.get(0).failed());
    assertTrue(results.get(1).failed());
    assertEquals("boom", results.get(1).error().orElseThrow().getMessage());
    assertEquals(List.of(), results.get(1).quotes());
    assertInstanceOf(StackOverflowError.class, results.get(3).error().orElseThrow());
    assertEquals(List.of(QUOTE), results.get(4).quotes());
  }

  @Test
  void aThrowingTextFunctionFailsOnlyItsArticle() {
    List<ArticleResult<Integer>> results =
        run(
            t -> ImmutableList.of(),
            Stream.of(1, 2, 3),
            i -> {
              if (i == 2) {
                throw new IllegalArgumentException("no text for 2");
              }
              return "text";
            },
            1);
    assertEquals(List.of(false, true, false), results.stream().map(ArticleResult::failed).toList());
  }

  @Test
  void pullsArticlesOnlyAFewAheadSoAnEndlessStreamWorks() {
    AtomicInteger pulled = new AtomicInteger();
    Stream<Integer> endless = Stream.iterate(0, i -> i + 1).peek(i -> pulled.incrementAndGet());
    try (Stream<ArticleResult<Integer>> results =
        Batch.stream(t -> ImmutableList.of(), endless, String::valueOf, 2)) {
      assertEquals(10, results.limit(10).count());
    }
    assertTrue(pulled.get() <= 10 + 2 * 4, "pulled " + pulled.get());
  }

  @Test
  void runsArticlesAtOnceOnTheGivenThreads() {
    CountDownLatch allThreeRunning = new CountDownLatch(3);
    Set<String> threads = ConcurrentHashMap.newKeySet();
    Function<String, ImmutableList<Quote>> extract =
        t -> {
          threads.add(Thread.currentThread().getName());
          allThreeRunning.countDown();
          try {
            assertTrue(allThreeRunning.await(20, TimeUnit.SECONDS), "never three at once");
          } catch (InterruptedException e) {
            throw new IllegalStateException(e);
          }
          return ImmutableList.of();
        };
    List<ArticleResult<String>> results = run(extract, Stream.of("a", "b", "c"), t -> t, 3);
    assertTrue(results.stream().noneMatch(ArticleResult::failed), results.toString());
    assertEquals(3, threads.size());
    assertTrue(threads.stream().allMatch(n -> n.startsWith("quotekit-batch-")), threads.toString());
  }

  @Test
  void oneThreadExtractsOnTheCallersThread() {
    Thread caller = Thread.currentThread();
    List<ArticleResult<String>> results =
        run(
            t -> {
              assertEquals(caller, Thread.currentThread());
              return ImmutableList.of();
            },
            Stream.of("a", "b"),
            t -> t,
            1);
    assertTrue(results.stream().noneMatch(ArticleResult::failed), results.toString());
  }

  @Test
  void closingTheResultsClosesTheArticles() {
    AtomicBoolean closed = new AtomicBoolean();
    Stream<String> articles = Stream.of("a", "b", "c").onClose(() -> closed.set(true));
    try (Stream<ArticleResult<String>> results =
        Batch.stream(t -> ImmutableList.of(), articles, t -> t, 2)) {
      results.findFirst();
    }
    assertTrue(closed.get());
  }

  @Test
  void aNullArticleIsABadArgument() {
    NullPointerException e =
        assertThrows(
            NullPointerException.class,
            () -> run(t -> ImmutableList.of(), Stream.of("a", null), t -> t, 1));
    assertTrue(e.getMessage().contains("index 1"), e.getMessage());
  }

  @Test
  void badArgumentsFailFastNamingThem() {
    QuoteExtractor x = SharedExtractor.get();
    assertEquals(
        "articles",
        assertThrows(NullPointerException.class, () -> x.extractAll(null, t -> "", 1))
            .getMessage());
    assertEquals(
        "textOf",
        assertThrows(NullPointerException.class, () -> x.extractAll(Stream.of("a"), null, 1))
            .getMessage());
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> x.extractAll(Stream.of("a"), t -> t, 0));
    assertEquals("threads must be at least 1, was 0", e.getMessage());
  }

  @Test
  void nullTextFromTheFunctionFailsThatArticle() {
    List<ArticleResult<String>> results;
    try (Stream<ArticleResult<String>> s =
        SharedExtractor.get().extractAll(Stream.of("x"), t -> null, 1)) {
      results = s.toList();
    }
    assertEquals("text", results.get(0).error().orElseThrow().getMessage());
  }

  @Test
  void manyThreadsGiveWhatOneByOneGives() {
    QuoteExtractor x = SharedExtractor.get();
    List<String> texts =
        Stream.of(
                "city-budget-vote",
                "factory-layoffs",
                "ferry-emissions-deal",
                "airport-noise-complaints")
            .map(n -> read(Path.of("corpus", n + ".txt")))
            .toList();
    List<ImmutableList<Quote>> parallel;
    try (Stream<ArticleResult<String>> results = x.extractAll(texts.stream(), t -> t, 3)) {
      parallel = results.map(ArticleResult::quotes).toList();
    }
    assertEquals(texts.stream().map(x::extract).toList(), parallel);
  }

  private static String read(Path p) {
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void aResultIsEitherQuotesOrAnError() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new ArticleResult<>(
                0, "a", ImmutableList.of(QUOTE), Optional.of(new RuntimeException())));
    assertThrows(
        IllegalArgumentException.class,
        () -> new ArticleResult<>(-1, "a", ImmutableList.of(), Optional.empty()));
    assertEquals(
        "article",
        assertThrows(
                NullPointerException.class,
                () -> new ArticleResult<>(0, null, ImmutableList.of(), Optional.empty()))
            .getMessage());
  }
}
