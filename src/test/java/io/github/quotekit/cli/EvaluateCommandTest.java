package io.github.quotekit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class EvaluateCommandTest {
  private static String expectedTable() throws IOException {
    try (InputStream in = EvaluateCommandTest.class.getResourceAsStream("/eval/corpus-score.txt")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void printsTheReferenceScorersTableForGivenPredictions() throws IOException {
    Cli.Run r =
        Cli.run("evaluate", "--gold", "corpus/gold.jsonl", "--pred",
            "src/test/resources/eval/corpus-pred.jsonl");
    assertEquals(0, r.code(), r.toString());
    assertEquals(expectedTable(), r.out());
  }

  @Test
  void withoutPredictionsExtractsTheGoldArticles() {
    Cli.Run r = Cli.run("evaluate", "--gold", "corpus/gold.jsonl");
    assertEquals(0, r.code(), r.toString());
    assertTrue(r.out().startsWith("articles 17 (without prediction: 0)"), r.out());
    assertTrue(r.out().contains("\ndirect     109"), r.out());
  }

  @Test
  void aMissingGoldFileIsBadInput() {
    Cli.Run r = Cli.run("evaluate", "--gold", "no/such/gold.jsonl");
    assertEquals(2, r.code(), r.toString());
    assertTrue(r.err().contains("no/such/gold.jsonl"), r.err());
  }
}
