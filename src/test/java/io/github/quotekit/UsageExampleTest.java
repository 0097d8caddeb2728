package io.github.quotekit;

import static io.github.quotekit.testing.QuoteAssertions.assertQuote;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Keeps the README's usage examples compiling and true. */
class UsageExampleTest {
  @Test
  void readmeExampleRuns() {
    QuoteExtractor extractor = SharedExtractor.get(); // README: QuoteExtractor.builder().build()
    List<String> lines = new ArrayList<>();
    // --- README example, from here ---
    String article = "\"We will rebuild the harbour wall,\" Mayor Lena Okafor said on Tuesday.";
    for (Quote q : extractor.extract(article)) {
      String line = String.format("%s (%s, cue \"%s\"): %s",
          q.speakerName().orElse("unknown"),
          q.kind(),
          q.cue().map(Span::text).orElse(""),
          q.text());
      lines.add(line); // README: System.out.println(line);
    }
    // --- to here ---
    assertEquals(
        List.of("Lena Okafor (DIRECT, cue \"said\"): \"We will rebuild the harbour wall,\""), lines);
  }

  /** README: {@code record Story(String id, String body) {}} */
  record Story(String id, String body) {}

  @Test
  void readmeBatchExampleRuns() {
    QuoteExtractor extractor = SharedExtractor.get();
    List<String> lines = new ArrayList<>();
    // --- README batch example, from here ---
    List<Story> stories = List.of(
        new Story("harbour", "\"We will rebuild the harbour wall,\" Mayor Lena Okafor said."),
        new Story("empty", ""));
    try (Stream<ArticleResult<Story>> results =
        extractor.extractAll(stories.stream(), Story::body, 4)) { // 4 threads, input order
      results.forEach(r -> lines.add( // README: System.out.println(
          r.article().id() + ": " + (r.failed() ? r.error().get() : r.quotes().size() + " quotes")));
    }
    // --- to here ---
    assertEquals(List.of("harbour: 1 quotes", "empty: 0 quotes"), lines);
  }

  // --- README unit test example, from here (README: static final ... = QuoteExtractor.builder().build()) ---
  static final QuoteExtractor EXTRACTOR = SharedExtractor.get(); // build it once for all tests

  @Test
  void theMayorPromisesANewWall() {
    Quote q = assertQuote(EXTRACTOR,
        "\"We will rebuild the harbour wall,\" Mayor Lena Okafor said on Tuesday.",
        "Lena Okafor", "rebuild", "harbour wall");
    assertEquals(QuoteKind.DIRECT, q.kind());
  }
  // --- to here ---
}
