package io.github.quotekit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.quotekit.eval.Scorer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The whole corpus against its gold, scored as the reference scorer scores. */
class CorpusGoldenTest {
  static final Path CORPUS = Path.of("corpus");
  private static List<ArticleQuotes> gold;
  private static Scorer.Scores scores;

  static List<ArticleQuotes> readGold() throws IOException {
    List<ArticleQuotes> out = new ArrayList<>();
    for (String line : Files.readAllLines(CORPUS.resolve("gold.jsonl"), StandardCharsets.UTF_8)) {
      if (!line.isBlank()) {
        out.add(QuoteJson.read(line));
      }
    }
    return out;
  }

  @BeforeAll
  static void extractAll() throws IOException {
    gold = readGold();
    List<ArticleQuotes> pred = new ArrayList<>();
    for (ArticleQuotes g : gold) {
      pred.add(ArticleQuotes.of(g.id(), g.text(), SharedExtractor.get().extract(g.text())));
    }
    scores = Scorer.score(gold, pred);
    System.out.print(scores.table());
  }

  @Test
  void everyArticleHasGoldAndEveryGoldHasItsArticle() throws IOException {
    Map<String, String> texts = new TreeMap<>();
    try (Stream<Path> files = Files.list(CORPUS)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".txt")).toList()) {
        String name = f.getFileName().toString();
        texts.put(name.substring(0, name.length() - 4), Files.readString(f, StandardCharsets.UTF_8));
      }
    }
    Map<String, String> goldTexts = new TreeMap<>();
    gold.forEach(g -> goldTexts.put(g.id(), g.text()));
    assertEquals(texts.keySet(), goldTexts.keySet());
    texts.forEach((id, text) -> assertEquals(text, goldTexts.get(id), "text of " + id));
    assertTrue(gold.size() >= 13, "the corpus holds the seed and at least twelve articles");
  }

  @Test
  void directQuotesAreFoundWithTheirSpeakers() {
    Scorer.Track direct = scores.direct();
    assertTrue(direct.quoteF1() >= 95, scores.table());
    assertTrue(direct.attrF1() >= 88, scores.table());
  }

  @Test
  void allQuotesAreFoundWithTheirSpeakers() {
    Scorer.Track all = scores.all();
    assertTrue(all.quoteF1() >= 92, scores.table());
    assertTrue(all.attrF1() >= 85, scores.table());
  }
}
