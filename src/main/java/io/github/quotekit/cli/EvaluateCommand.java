package io.github.quotekit.cli;

import io.github.quotekit.ArticleQuotes;
import io.github.quotekit.QuoteExtractor;
import io.github.quotekit.QuoteJson;
import io.github.quotekit.eval.Scorer;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code quotekit evaluate}: the project's scorer over a gold file. */
@Command(
    name = "evaluate",
    mixinStandardHelpOptions = true,
    description = {
      "Scores quotes against a gold JSON Lines file, as the reference scorer score.py does.",
      "Prints quote precision, recall and F1, speaker accuracy and attribution P/R/F1 on the",
      "direct track (direct and mixed quotes) and on all quotes. Without --pred, runs the",
      "extractor over the gold articles' text first."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  quotekit evaluate --gold corpus/gold.jsonl",
      "  quotekit evaluate --gold gold.jsonl --pred predictions.jsonl"
    })
final class EvaluateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @ParentCommand QuotekitCommand parent;

  @Option(names = "--gold", required = true, paramLabel = "GOLD.jsonl", description = "Gold records.")
  Path gold;

  @Option(names = "--pred", paramLabel = "PRED.jsonl", description = "Predicted records (default: extract them now).")
  Path pred;

  @Option(names = {"-t", "--threads"}, paramLabel = "N", defaultValue = "1",
      description = "Threads for extraction without --pred (default: ${DEFAULT-VALUE}).")
  int threads;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    List<String> goldLines;
    List<String> predLines;
    try {
      goldLines = lines(gold);
      if (pred != null) {
        predLines = lines(pred);
      } else {
        List<ArticleQuotes> articles = new ArrayList<>();
        for (int i = 0; i < goldLines.size(); i++) {
          if (!goldLines.get(i).isBlank()) {
            articles.add(parse(gold, i + 1, goldLines.get(i)));
          }
        }
        QuoteExtractor extractor = parent.extractor();
        predLines =
            extractor
                .extractAll(articles.stream(), ArticleQuotes::text, Math.max(1, threads))
                .map(r -> QuoteJson.write(
                    ArticleQuotes.of(r.article().id(), r.article().text(), r.quotes())))
                .toList();
      }
      PrintWriter out = spec.commandLine().getOut();
      out.print(Scorer.scoreRecords(goldLines, predLines).table());
      out.flush();
      return QuotekitCommand.OK;
    } catch (IOException | IllegalArgumentException e) {
      err.println("quotekit: " + e.getMessage());
      err.flush();
      return QuotekitCommand.BAD_INPUT;
    }
  }

  private static ArticleQuotes parse(Path file, int line, String text) {
    try {
      return QuoteJson.read(text);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(file + ":" + line + ": " + e.getMessage(), e);
    }
  }

  private static List<String> lines(Path file) throws IOException {
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (java.nio.file.NoSuchFileException e) {
      throw new IOException(file + ": no such file", e);
    }
  }
}
