package io.github.quotekit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.quotekit.ArticleQuotes;
import io.github.quotekit.Quote;
import io.github.quotekit.QuoteJson;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code quotekit extract}, in-process: every output format and every kind of input. */
class ExtractCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String ANA = "\"We won, and we won well,\" said Ana Ribeiro.";
  private static final String BO = "\"The bridge will open in May,\" Bo Lindqvist told reporters.";

  @TempDir Path dir;

  private Path write(String name, String content) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, content, StandardCharsets.UTF_8);
    return p;
  }

  private static String jsonl(String... fieldsOfEachLine) {
    return String.join("\n", fieldsOfEachLine) + "\n";
  }

  private static String record(String id, String text) {
    return "{\"id\":" + JSON.valueToTree(id) + ",\"text\":" + JSON.valueToTree(text) + "}";
  }

  private static List<JsonNode> records(String out) throws IOException {
    List<JsonNode> records = new ArrayList<>();
    for (String line : out.split("\n")) {
      if (!line.isEmpty()) {
        records.add(JSON.readTree(line));
      }
    }
    return records;
  }

  private static List<String> ids(List<JsonNode> records) {
    return records.stream().map(r -> r.get("id").asText()).toList();
  }

  @Test
  void oneArticleGivesATableByDefault() throws IOException {
    Cli.Run r = Cli.run("extract", write("story.txt", ANA).toString());
    assertEquals(0, r.code(), r.toString());
    String[] lines = r.lines();
    assertEquals("== story: 1 quote", lines[0]);
    assertTrue(lines[1].matches("speaker\\s+kind\\s+cue\\s+quote"), lines[1]);
    assertTrue(
        lines[2].matches("Ana Ribeiro\\s+direct\\s+said\\s+\"We won, and we won well,\""),
        lines[2]);
    assertEquals("", r.err());
  }

  @Test
  void moreArticlesGiveJsonLinesByDefault() throws IOException {
    write("a.txt", ANA);
    write("b.txt", BO);
    Cli.Run r = Cli.run("extract", dir.toString());
    assertEquals(0, r.code(), r.toString());
    assertEquals(List.of("a", "b"), ids(records(r.out())));
  }

  @Test
  void jsonIsOneArrayOfRecords() throws IOException {
    Cli.Run r =
        Cli.run(
            "extract",
            "--format",
            "json",
            write("a.txt", ANA).toString(),
            write("b.txt", BO).toString());
    assertEquals(0, r.code(), r.toString());
    JsonNode array = JSON.readTree(r.out());
    assertTrue(array.isArray(), r.out());
    assertEquals(2, array.size());
    ArticleQuotes b = QuoteJson.fromTree(array.get(1));
    assertEquals("b", b.id());
    assertEquals("Bo Lindqvist", b.quotes().get(0).speakerName().orElseThrow());
  }

  @Test
  void jsonOfNoArticlesIsAnEmptyArray() throws IOException {
    Cli.Run r = Cli.withStdin(new byte[0], "extract", "--format", "json");
    assertEquals(0, r.code(), r.toString());
    assertEquals(0, JSON.readTree(r.out()).size(), r.out());
  }

  @Test
  void jsonlRecordsReadBackInTheRecordFormat() throws IOException {
    Cli.Run r = Cli.run("extract", "-f", "jsonl", write("a.txt", ANA).toString());
    assertEquals(0, r.code(), r.toString());
    assertEquals(1, r.lines().length);
    ArticleQuotes a = QuoteJson.read(r.lines()[0]);
    assertEquals(ANA, a.text());
    Quote q = a.quotes().get(0);
    assertEquals("\"We won, and we won well,\"", ANA.substring(q.span().start(), q.span().end()));
    assertEquals("Ana Ribeiro", q.speakerName().orElseThrow());
  }

  @Test
  void csvIsOneQuoteARowQuotedByRfc4180() throws IOException {
    write(
        "in.jsonl", jsonl(record("a", ANA), record("none", "Nothing was said."), record("b", BO)));
    Cli.Run r = Cli.run("extract", "--format", "csv", dir.resolve("in.jsonl").toString());
    assertEquals(0, r.code(), r.toString());
    assertTrue(r.out().contains("\r\n"), "RFC 4180 ends records with CRLF");
    List<CSVRecord> rows =
        CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .get()
            .parse(new StringReader(r.out()))
            .getRecords();
    assertEquals(2, rows.size(), r.out());
    CSVRecord a = rows.get(0);
    assertEquals("a", a.get("article_id"));
    assertEquals("Ana Ribeiro", a.get("speaker"));
    assertEquals("direct", a.get("kind"));
    assertEquals("\"We won, and we won well,\"", a.get("quote")); // commas and quotes survive
    assertEquals("said", a.get("cue"));
    assertEquals(ANA, a.get("context"));
    assertEquals("0", a.get("start"));
    assertEquals("26", a.get("end"));
    assertEquals("", a.get("error"));
    assertEquals("told", rows.get(1).get("cue"));
  }

  @Test
  void outputOptionWritesTheFileInstead() throws IOException {
    Path out = dir.resolve("out.jsonl");
    Cli.Run r =
        Cli.run("extract", "-o", out.toString(), "-f", "jsonl", write("a.txt", ANA).toString());
    assertEquals(0, r.code(), r.toString());
    assertEquals("", r.out());
    assertEquals("a", records(Files.readString(out)).get(0).get("id").asText());
  }

  @Test
  void aDirectoryIsReadRecursivelyInPathOrder() throws IOException {
    write("b.txt", BO);
    write("a/x.html", "<article><p>" + ANA + "</p></article>");
    write("a/y.jsonl", jsonl(record("y1", ANA), record("y2", BO)));
    write("a/notes.md", "not an article");
    write(".hidden/z.txt", ANA);
    write(".skip.txt", ANA);
    Cli.Run r = Cli.run("extract", dir.toString());
    assertEquals(0, r.code(), r.toString());
    assertEquals(List.of("a/x", "y1", "y2", "b"), ids(records(r.out())));
  }

  @Test
  void htmlGivesItsArticleTextAndOffsetsIndexIt() throws IOException {
    Path page =
        write(
            "page.html",
            "<html><body><nav><p>Home</p></nav><article><h1>Vote</h1><p>The council met.</p>"
                + "<p>\"We won, and we <b>won</b> well,\"\n   said Ana Ribeiro.</p></article>"
                + "<footer><p>\"Subscribe,\" we said.</p></footer></body></html>");
    Cli.Run r = Cli.run("extract", "-f", "json", page.toString());
    assertEquals(0, r.code(), r.toString());
    JsonNode a = JSON.readTree(r.out()).get(0);
    String text = a.get("text").asText();
    assertEquals("Vote\n\nThe council met.\n\n" + ANA, text);
    JsonNode q = a.get("quotes").get(0);
    assertEquals(
        q.get("text").asText(), text.substring(q.get("start").asInt(), q.get("end").asInt()));
    assertEquals(1, a.get("quotes").size());
  }

  @Test
  void jsonLinesPassOtherFieldsThroughButNotQuotes() throws IOException {
    write(
        "in.jsonl",
        jsonl(
            "{\"id\":7,\"url\":\"https://example.com/a\",\"text\":"
                + JSON.valueToTree(ANA)
                + ",\"quotes\":[\"stale\"],\"error\":\"stale\",\"tags\":[\"x\"]}"));
    Cli.Run r = Cli.run("extract", "-f", "jsonl", dir.resolve("in.jsonl").toString());
    assertEquals(0, r.code(), r.toString());
    JsonNode a = records(r.out()).get(0);
    List<String> fields = new ArrayList<>();
    a.fieldNames().forEachRemaining(fields::add);
    assertEquals(List.of("id", "text", "url", "tags", "quotes"), fields);
    assertTrue(a.get("id").isInt(), "the id stays a number");
    assertEquals("https://example.com/a", a.get("url").asText());
    assertEquals("Ana Ribeiro", a.get("quotes").get(0).get("speaker").asText());
  }

  @Test
  void aRecordWithoutAnIdIsNamedByFileAndLine() throws IOException {
    Path in = write("in.jsonl", jsonl("{\"text\":" + JSON.valueToTree(ANA) + "}"));
    Cli.Run r = Cli.run("extract", "-f", "jsonl", in.toString());
    assertEquals(in + ":1", records(r.out()).get(0).get("id").asText());
  }

  @Test
  void standardInputIsReadForADashOrNoPath() {
    byte[] text = ANA.getBytes(StandardCharsets.UTF_8);
    for (Cli.Run r : List.of(Cli.withStdin(text, "extract", "-"), Cli.withStdin(text, "extract"))) {
      assertEquals(0, r.code(), r.toString());
      assertEquals("== stdin: 1 quote", r.lines()[0]);
    }
  }

  @Test
  void standardInputThatStartsWithABraceIsJsonLines() throws IOException {
    byte[] in = jsonl(record("a", ANA), record("b", BO)).getBytes(StandardCharsets.UTF_8);
    Cli.Run r = Cli.withStdin(in, "extract");
    assertEquals(0, r.code(), r.toString());
    assertEquals(List.of("a", "b"), ids(records(r.out())));
  }

  @Test
  void standardInputThatStartsWithAnAngleBracketIsHtml() throws IOException {
    byte[] in = ("\n<!doctype html><p>" + ANA + "</p>").getBytes(StandardCharsets.UTF_8);
    Cli.Run r = Cli.withStdin(in, "extract", "-f", "jsonl", "-");
    assertEquals(0, r.code(), r.toString());
    assertEquals(ANA, records(r.out()).get(0).get("text").asText());
  }

  @Test
  void filesAndStandardInputMixInTheirOrder() throws IOException {
    Cli.Run r =
        Cli.withStdin(
            BO.getBytes(StandardCharsets.UTF_8), "extract", write("a.txt", ANA).toString(), "-");
    assertEquals(List.of("a", "stdin"), ids(records(r.out())));
  }

  @Test
  void threadsKeepTheInputOrder() throws IOException {
    List<String> lines = new ArrayList<>();
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      lines.add(record("r" + i, i % 2 == 0 ? ANA : BO + " " + "More words here. ".repeat(i * 5)));
      expected.add("r" + i);
    }
    Path in = write("in.jsonl", jsonl(lines.toArray(String[]::new)));
    Cli.Run r = Cli.run("extract", "--threads", "3", in.toString());
    assertEquals(0, r.code(), r.toString());
    List<JsonNode> records = records(r.out());
    assertEquals(expected, ids(records));
    for (Iterator<JsonNode> it = records.iterator(); it.hasNext(); ) {
      assertEquals(1, it.next().get("quotes").size());
    }
  }
}
