package io.github.quotekit.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.quotekit.ArticleQuotes;
import io.github.quotekit.Quote;
import io.github.quotekit.QuoteExtractor;
import io.github.quotekit.QuoteJson;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code quotekit extract}: quotes of .txt articles or JSON Lines {id, text} files. */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    description = "Prints the quotes of each article.")
final class ExtractCommand implements Callable<Integer> {
  enum Format {
    table,
    jsonl
  }

  @Spec CommandSpec spec;

  @ParentCommand QuotekitCommand parent;

  @Option(
      names = "--format",
      defaultValue = "table",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format;

  @Parameters(
      arity = "1..*",
      paramLabel = "FILE",
      description = "A .txt article, or a .jsonl file of {\"id\", \"text\"} objects.")
  List<Path> files;

  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** One article to read: its id and text, or why it could not be read. */
  private record Input(String id, String text, String error) {}

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<Input> inputs = new ArrayList<>();
    for (Path f : files) {
      try {
        inputs.addAll(read(f));
      } catch (IOException | IllegalArgumentException e) {
        err.println("quotekit: " + f + ": " + e.getMessage());
        return 2;
      }
    }
    QuoteExtractor extractor = parent.extractor();
    int failed = 0;
    for (Input in : inputs) {
      if (in.error() != null) {
        err.println("quotekit: " + in.id() + ": " + in.error());
        failed++;
        continue;
      }
      ArticleQuotes result = ArticleQuotes.of(in.id(), in.text(), extractor.extract(in.text()));
      if (format == Format.jsonl) {
        out.println(QuoteJson.write(result));
      } else {
        printTable(out, result);
      }
    }
    out.flush();
    return failed == 0 ? 0 : 1;
  }

  private static List<Input> read(Path f) throws IOException {
    if (!f.getFileName().toString().endsWith(".jsonl")) {
      String name = f.getFileName().toString();
      String id = name.endsWith(".txt") ? name.substring(0, name.length() - 4) : name;
      return List.of(new Input(id, Files.readString(f, StandardCharsets.UTF_8), null));
    }
    List<Input> inputs = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank()) {
          continue;
        }
        String where = f + ":" + n;
        try {
          JsonNode o = MAPPER.readTree(line);
          JsonNode text = o.get("text");
          String id = o.path("id").asText(where);
          if (text == null || !text.isTextual()) {
            inputs.add(new Input(id, null, "line " + n + " has no \"text\" string"));
          } else {
            inputs.add(new Input(id, text.asText(), null));
          }
        } catch (IOException e) {
          inputs.add(new Input(where, null, "line " + n + " is not JSON"));
        }
      }
    }
    return inputs;
  }

  private static void printTable(PrintWriter out, ArticleQuotes a) {
    out.printf("== %s: %d quotes%n", a.id(), a.quotes().size());
    for (Quote q : a.quotes()) {
      String text = q.text().replaceAll("\\s+", " ");
      if (text.length() > 100) {
        text = text.substring(0, 99) + "\u2026";
      }
      out.printf(
          "%-26s %-8s %-12s %s%n",
          q.speakerName().orElse("-"),
          q.kind().jsonName(),
          q.cue().map(c -> c.text().replaceAll("\\s+", " ")).orElse("-"),
          text);
    }
  }
}
