package io.github.quotekit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.quotekit.ArticleQuotes;
import io.github.quotekit.QuoteJson;
import io.github.quotekit.SharedExtractor;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ExtractCommandTest {
  @TempDir Path dir;

  private record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = new CommandLine(new QuotekitCommand(SharedExtractor.supplier()));
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int code = cl.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void jsonlInputGivesOneRecordPerArticle() throws IOException {
    Path in = dir.resolve("in.jsonl");
    Files.writeString(
        in,
        "{\"id\":\"a\",\"text\":\"\\\"We won,\\\" said Ana Ribeiro.\",\"other\":1}\n"
            + "\n"
            + "{\"id\":\"b\",\"text\":\"Nothing was said here.\"}\n");
    Run r = run("extract", "--format", "jsonl", in.toString());
    assertEquals(0, r.code(), r.err());
    String[] lines = r.out().split("\n");
    assertEquals(2, lines.length, r.out());
    ArticleQuotes a = QuoteJson.read(lines[0]);
    assertEquals("a", a.id());
    assertEquals("Ana Ribeiro", a.quotes().get(0).speakerName().orElseThrow());
    assertEquals(0, QuoteJson.read(lines[1]).quotes().size());
  }

  @Test
  void textFileGivesATable() throws IOException {
    Path in = dir.resolve("story.txt");
    Files.writeString(in, "\"We won,\" said Ana Ribeiro.");
    Run r = run("extract", in.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("== story: 1 quotes"), r.out());
    assertTrue(r.out().contains("Ana Ribeiro"), r.out());
  }

  @Test
  void badLineIsReportedAndTheRestStillRuns() throws IOException {
    Path in = dir.resolve("in.jsonl");
    Files.writeString(in, "{not json\n{\"id\":\"b\",\"text\":\"\\\"Fine,\\\" she said.\"}\n");
    Run r = run("extract", "--format", "jsonl", in.toString());
    assertEquals(1, r.code());
    assertTrue(r.err().contains("line 1"), r.err());
    assertEquals(1, r.out().split("\n").length, r.out());
  }

  @Test
  void missingFileIsBadUsage() {
    Run r = run("extract", dir.resolve("nope.txt").toString());
    assertEquals(2, r.code());
    assertTrue(r.err().contains("nope.txt"), r.err());
  }
}
