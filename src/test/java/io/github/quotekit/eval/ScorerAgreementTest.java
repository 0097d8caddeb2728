package io.github.quotekit.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The Java scorer agrees with the reference scorer, score.py: on a fixed prediction file for the
 * corpus, against the table score.py printed for it, and live against score.py where the shared
 * evaluation folder is beside the project.
 */
class ScorerAgreementTest {
  private static final Path GOLD = Path.of("corpus/gold.jsonl");
  private static final Path PRED = Path.of("src/test/resources/eval/corpus-pred.jsonl");
  private static final Path SCORE_PY = Path.of("../shared/eval/score.py");

  private static String javaTable() throws IOException {
    List<String> gold = Files.readAllLines(GOLD, StandardCharsets.UTF_8);
    List<String> pred = Files.readAllLines(PRED, StandardCharsets.UTF_8);
    return Scorer.scoreRecords(gold, pred).table();
  }

  @Test
  void printsTheTableScorePyPrintedForTheCorpus() throws IOException {
    String expected;
    try (InputStream in = ScorerAgreementTest.class.getResourceAsStream("/eval/corpus-score.txt")) {
      expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertEquals(expected, javaTable());
  }

  @Test
  void agreesWithScorePyRunNow() throws Exception {
    assumeTrue(Files.exists(SCORE_PY), "score.py is not beside the project");
    Process p;
    try {
      p = new ProcessBuilder("python3", SCORE_PY.toString(), GOLD.toString(), PRED.toString())
          .redirectErrorStream(true)
          .start();
    } catch (IOException e) {
      assumeTrue(false, "no python3: " + e.getMessage());
      return;
    }
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assumeTrue(p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0, out);
    assertEquals(out, javaTable());
  }
}
