package io.github.quotekit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.lang.ref.WeakReference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The README's memory bound: the heaviest articles of the longest length the extractor accepts run
 * in the documented heap, and an extraction leaves nothing behind. The bound itself is checked in a
 * JVM of its own, which loads the models once more (a minute), so only on request: {@code ./mvnw -B
 * test -Dtest=HeapBoundTest -Dquotekit.heapBound=600m}.
 */
class HeapBoundTest {
  /** The heaviest articles known, per character: each as long as the default limit allows. */
  static String heavyArticle(String kind, int length) throws IOException {
    String unit =
        switch (kind) {
          // one token in two, a sentence in four: the most analysis per character
          case "short-sentences" -> "Go! ";
          // a quote with cue and speaker in every fourteen characters
          case "short-quotes" -> "\"Go,\" I said. ";
          // a hundred reported clauses nested in each sentence, in Greek (two bytes a char)
          case "nested-reports" ->
              "\u0391\u03bb said \u0392\u03bf said ".repeat(49) + "it rains.\n";
          case "prose" -> corpus();
          default -> throw new IllegalArgumentException(kind);
        };
    String text = unit.repeat(length / unit.length() + 1);
    return text.substring(0, length);
  }

  static final List<String> KINDS =
      List.of("short-sentences", "short-quotes", "nested-reports", "prose");

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS) // the models may load first
  void anExtractionKeepsNoHoldOfTheTextOrItsRecords() throws InterruptedException {
    String text = new String(heavyArticleUnchecked().toCharArray());
    List<Quote> records = SharedExtractor.get().extract(text);
    assertTrue(records.size() > 1_000, records.size() + " quotes");
    WeakReference<String> textRef = new WeakReference<>(text);
    WeakReference<List<Quote>> recordsRef = new WeakReference<>(records);
    text = null;
    records = null;
    for (int i = 0; i < 20 && (textRef.get() != null || recordsRef.get() != null); i++) {
      System.gc();
      Thread.sleep(50);
    }
    assertNull(textRef.get(), "the text is still held");
    assertNull(recordsRef.get(), "the records are still held");
  }

  @Test
  @EnabledIfSystemProperty(named = "quotekit.heapBound", matches = "\\d+[mMgG]")
  @Timeout(value = 15, unit = TimeUnit.MINUTES)
  void theHeaviestArticlesOfTheLongestLengthRunInTheDocumentedHeap()
      throws IOException, InterruptedException {
    String heap = System.getProperty("quotekit.heapBound");
    String classpath =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx" + heap);
    command.add("-cp");
    command.add(classpath);
    command.add(HeapBoundTest.class.getName());
    command.addAll(KINDS);
    File log = File.createTempFile("heap-bound", ".log");
    Process child =
        new ProcessBuilder(command)
            .directory(new File(System.getProperty("user.dir")))
            .redirectErrorStream(true)
            .redirectOutput(log)
            .start();
    assertTrue(child.waitFor(14, TimeUnit.MINUTES), "the child JVM finished");
    String output = Files.readString(log.toPath(), StandardCharsets.UTF_8);
    output.lines().filter(l -> l.startsWith("ok ")).forEach(System.out::println);
    assertEquals(0, child.exitValue(), "with -Xmx" + heap + ":\n" + output);
  }

  /** Run in a JVM of its own: extracts each kind of heavy article at the default limit. */
  public static void main(String[] kinds) throws IOException {
    QuoteExtractor extractor = QuoteExtractor.builder().build();
    for (String kind : kinds) {
      String text = heavyArticle(kind, extractor.maxArticleLength());
      long start = System.nanoTime();
      int quotes = extractor.extract(text).size();
      System.out.printf(
          "ok %s: %,d characters, %,d quotes, %.1f s%n",
          kind, text.length(), quotes, (System.nanoTime() - start) / 1e9);
    }
  }

  private static String heavyArticleUnchecked() {
    try {
      return heavyArticle("short-quotes", 20_000);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static String corpus() throws IOException {
    StringBuilder all = new StringBuilder();
    try (Stream<Path> files = Files.list(Path.of("corpus"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        all.append(Files.readString(f, StandardCharsets.UTF_8)).append("\n\n");
      }
    }
    return all.toString();
  }
}
