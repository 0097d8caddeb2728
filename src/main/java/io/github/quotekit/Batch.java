package io.github.quotekit;

import com.google.common.collect.ImmutableList;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The engine behind {@link QuoteExtractor#extractAll}: pulls articles from the caller's stream on
 * the consumer's thread, keeps a bounded window of them in flight on worker threads, and hands the
 * results back in input order. The window bounds memory however long the stream is.
 */
final class Batch<T> implements Iterator<ArticleResult<T>>, AutoCloseable {
  /** Articles in flight per thread: enough to keep every thread busy behind a slow article. */
  private static final int WINDOW_PER_THREAD = 4;

  private static final AtomicInteger POOLS = new AtomicInteger();

  private final Function<String, ImmutableList<Quote>> extract;
  private final Stream<T> articles;
  private final Iterator<T> source;
  private final Function<? super T, String> textOf;
  private final ExecutorService pool; // null: one thread, the caller's own
  private final int window;
  private final ArrayDeque<Future<ArticleResult<T>>> inFlight = new ArrayDeque<>();
  private long next;

  private Batch(
      Function<String, ImmutableList<Quote>> extract,
      Stream<T> articles,
      Function<? super T, String> textOf,
      int threads) {
    this.extract = extract;
    this.articles = articles;
    this.source = articles.iterator();
    this.textOf = textOf;
    this.pool = threads == 1 ? null : newPool(threads);
    this.window = threads == 1 ? 1 : threads * WINDOW_PER_THREAD;
  }

  static <T> Stream<ArticleResult<T>> stream(
      Function<String, ImmutableList<Quote>> extract,
      Stream<T> articles,
      Function<? super T, String> textOf,
      int threads) {
    Batch<T> batch = new Batch<>(extract, articles, textOf, threads);
    return StreamSupport.stream(
            Spliterators.spliteratorUnknownSize(batch, Spliterator.ORDERED | Spliterator.NONNULL),
            false)
        .onClose(batch::close);
  }

  private static ExecutorService newPool(int threads) {
    int pool = POOLS.incrementAndGet();
    AtomicInteger n = new AtomicInteger();
    ThreadPoolExecutor executor =
        new ThreadPoolExecutor(
            threads,
            threads,
            10,
            TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(),
            r -> {
              Thread t = new Thread(r, "quotekit-batch-" + pool + "-" + n.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    // Idle threads end by themselves, so a stream dropped without close() leaks none.
    executor.allowCoreThreadTimeOut(true);
    return executor;
  }

  @Override
  public boolean hasNext() {
    while (inFlight.size() < window && source.hasNext()) {
      T article = source.next();
      long index = next++;
      if (article == null) {
        throw new NullPointerException("articles holds null at index " + index);
      }
      if (pool == null) {
        // One thread: run lazily, in next(), on the caller's thread.
        inFlight.add(new FutureTask<>(() -> run(index, article)));
      } else {
        inFlight.add(pool.submit(() -> run(index, article)));
      }
    }
    if (inFlight.isEmpty() && pool != null) {
      pool.shutdown();
    }
    return !inFlight.isEmpty();
  }

  @Override
  public ArticleResult<T> next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    Future<ArticleResult<T>> head = inFlight.poll();
    if (head instanceof FutureTask<ArticleResult<T>> task && pool == null) {
      task.run();
    }
    try {
      return head.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      close();
      CancellationException c = new CancellationException("interrupted while extracting");
      c.initCause(e);
      throw c;
    } catch (ExecutionException e) {
      // run() turns every article's failure into a result; what is left is fatal
      // (OutOfMemoryError).
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  private ArticleResult<T> run(long index, T article) {
    try {
      String text = textOf.apply(article);
      return new ArticleResult<>(index, article, extract.apply(text), Optional.empty());
    } catch (RuntimeException | StackOverflowError e) {
      return new ArticleResult<>(index, article, ImmutableList.of(), Optional.of(e));
    }
  }

  @Override
  public void close() {
    if (pool != null) {
      pool.shutdownNow();
    }
    inFlight.clear();
    articles.close();
  }
}
