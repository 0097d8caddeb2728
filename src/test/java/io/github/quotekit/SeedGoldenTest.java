package io.github.quotekit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.quotekit.eval.Scorer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The seed article: its records pinned line by line, and its score against the gold. */
class SeedGoldenTest {
  private static String text;
  private static List<Quote> quotes;

  @BeforeAll
  static void extract() throws IOException {
    text = Files.readString(Path.of("corpus/seed.txt"), StandardCharsets.UTF_8);
    quotes = SharedExtractor.get().extract(text);
  }

  /** One line a record: start, end, kind, speaker, cue. */
  static String pin(Quote q) {
    return String.join(
        "\t",
        String.valueOf(q.span().start()),
        String.valueOf(q.span().end()),
        q.kind().jsonName(),
        q.speakerName().orElse("-"),
        q.cue().map(c -> c.text()).orElse("-"));
  }

  @Test
  void recordsMatchThePinnedGoldenFile() throws IOException {
    String expected;
    try (InputStream in = SeedGoldenTest.class.getResourceAsStream("/golden/seed.tsv")) {
      expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    StringBuilder actual = new StringBuilder();
    quotes.forEach(q -> actual.append(pin(q)).append('\n'));
    assertEquals(expected, actual.toString());
  }

  @Test
  void everyDirectAndMixedQuoteHasTheRightSpeaker() throws IOException {
    ArticleQuotes gold =
        CorpusGoldenTest.readGold().stream().filter(g -> g.id().equals("seed")).findFirst().orElseThrow();
    Scorer.Scores s = Scorer.score(List.of(gold), List.of(ArticleQuotes.of("seed", text, quotes)));
    assertEquals(100.0, s.direct().attrR(), s.table());
    assertTrue(s.all().speaker() >= 16, s.table());
    // Nothing spurious: at most scare quotes beyond the gold's nineteen.
    assertTrue(s.all().pred() - s.all().matched() <= 1, s.table());
  }
}
