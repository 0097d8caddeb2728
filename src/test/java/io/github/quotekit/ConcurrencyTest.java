package io.github.quotekit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.quotekit.internal.layout.Block;
import io.github.quotekit.internal.layout.TextLayout;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** One extractor shared by many threads gives each of them what it gives one thread. */
class ConcurrencyTest {
  private static final int THREADS = 8;
  private static final int EXTRACTIONS = 1_000;

  @Test
  @Timeout(value = 10, unit = TimeUnit.MINUTES)
  void eightThreadsRunningAThousandExtractionsGetTheRecordsOfASequentialRun() throws Exception {
    // The corpus articles, and their paragraphs, to keep a thousand extractions to a minute or so.
    List<String> items = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of("corpus"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        String article = Files.readString(f, StandardCharsets.UTF_8);
        items.add(article);
        for (Block b : TextLayout.analyze(article).blocks()) {
          items.add(article.substring(b.start(), b.end()));
        }
      }
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    QuoteExtractor extractor = SharedExtractor.get();
    Map<String, List<Quote>> sequential = new HashMap<>();
    for (String item : items) {
      sequential.computeIfAbsent(item, extractor::extract);
    }

    Set<Thread> threads = ConcurrentHashMap.newKeySet();
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    List<Future<List<Quote>>> results = new ArrayList<>();
    try {
      for (int i = 0; i < EXTRACTIONS; i++) {
        String item = items.get(i % items.size());
        results.add(
            pool.submit(
                () -> {
                  threads.add(Thread.currentThread());
                  return extractor.extract(item);
                }));
      }
      for (int i = 0; i < EXTRACTIONS; i++) {
        String item = items.get(i % items.size());
        assertEquals(sequential.get(item), results.get(i).get(), "extraction " + i + ": " + item);
      }
    } finally {
      pool.shutdownNow();
    }
    assertEquals(THREADS, threads.size(), "threads that ran extractions");
  }
}
