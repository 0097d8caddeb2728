package io.github.quotekit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.ImmutableList;
import io.github.quotekit.ArticleResult;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.slf4j.helpers.NOPLogger;

/**
 * Exit codes 0, 1 and 2, and their messages: one line each, naming the file and line; every article
 * still yields its record.
 */
class ExitCodesTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String ANA = "\"We won, and we won well,\" said Ana Ribeiro.";

  @TempDir Path dir;

  private Path write(String name, byte[] content) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    Files.write(p, content);
    return p;
  }

  private Path write(String name, String content) throws IOException {
    return write(name, content.getBytes(StandardCharsets.UTF_8));
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

  private static void assertOneLineMessages(Cli.Run r, int count) {
    String[] lines = r.err().split("\n");
    assertEquals(count, lines.length, r.toString());
    for (String line : lines) {
      assertTrue(line.startsWith("quotekit: "), line);
    }
  }

  @Test
  void anArticleOverTheLengthLimitIsAFailedRecordAndTheOthersRun() throws IOException {
    Path big = dir.resolve("big.txt");
    Files.writeString(big, "He said the plan was good. ".repeat(8_000)); // 216,000 characters
    Path small = dir.resolve("small.txt");
    Files.writeString(small, "\"We won,\" said Ana Ribeiro.");
    Cli.Run r = Cli.run("extract", "--format", "jsonl", big.toString(), small.toString());
    assertEquals(1, r.code(), r.toString());
    assertTrue(r.err().contains("big.txt") && r.err().contains("maxArticleLength"), r.err());
    String[] lines = r.lines();
    assertEquals(2, lines.length, r.out());
    assertTrue(lines[0].contains("\"error\""), lines[0]);
    assertTrue(lines[1].contains("Ana Ribeiro"), lines[1]);
  }

  @Test
  void allArticlesDoneIsZero() throws IOException {
    Cli.Run r = Cli.run("extract", write("a.txt", ANA).toString());
    assertEquals(0, r.code(), r.toString());
    assertEquals("", r.err());
  }

  @Test
  void invalidJsonOnALineIsReportedByFileAndLineAndTheRestStillRun() throws IOException {
    Path in =
        write(
            "in.jsonl",
            "{\"id\":\"a\",\"text\":\"\\\"Fine,\\\" said Ana Ribeiro.\"}\n{not json\n\n"
                + "{\"id\":\"c\",\"text\":\"\\\"The bridge opens in May,\\\" said Bo Li.\"}\n");
    Cli.Run r = Cli.run("extract", "-f", "jsonl", in.toString());
    assertEquals(1, r.code(), r.toString());
    assertOneLineMessages(r, 1);
    assertTrue(r.err().startsWith("quotekit: " + in + ":2: invalid JSON: "), r.err());
    List<JsonNode> records = records(r.out());
    assertEquals(3, records.size(), "one record per article, the bad one too");
    assertEquals(in + ":2", records.get(1).get("id").asText());
    assertTrue(records.get(1).get("error").asText().contains(":2: invalid JSON"));
    assertFalse(records.get(1).has("quotes"), "a failed article has an error, not quotes");
    assertEquals("c", records.get(2).get("id").asText());
    assertEquals(1, records.get(2).get("quotes").size());
  }

  @Test
  void invalidUtf8OnALineIsReportedByFileAndLine() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.writeBytes("{\"id\":\"a\",\"text\":\"caf".getBytes(StandardCharsets.UTF_8));
    bytes.write(0xE9); // Latin-1 é
    bytes.writeBytes("\"}\n".getBytes(StandardCharsets.UTF_8));
    bytes.writeBytes(
        ("{\"id\":\"b\",\"text\":" + JSON.valueToTree(ANA) + "}\n")
            .getBytes(StandardCharsets.UTF_8));
    Path in = write("in.jsonl", bytes.toByteArray());
    Cli.Run r = Cli.run("extract", "-f", "jsonl", in.toString());
    assertEquals(1, r.code(), r.toString());
    assertEquals("quotekit: " + in + ":1: invalid UTF-8\n", r.err());
    assertEquals(2, records(r.out()).size());
  }

  @Test
  void invalidUtf8InATextFileNamesItsLineAndOtherFilesStillRun() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.writeBytes("First line.\nSecond caf".getBytes(StandardCharsets.UTF_8));
    bytes.write(0xE9);
    bytes.writeBytes(" line.\n".getBytes(StandardCharsets.UTF_8));
    Path bad = write("bad.txt", bytes.toByteArray());
    Cli.Run r =
        Cli.run("extract", "-f", "jsonl", bad.toString(), write("good.txt", ANA).toString());
    assertEquals(1, r.code(), r.toString());
    assertEquals("quotekit: " + bad + ":2: invalid UTF-8\n", r.err());
    List<JsonNode> records = records(r.out());
    assertEquals("bad", records.get(0).get("id").asText());
    assertTrue(records.get(0).has("error"));
    assertEquals(1, records.get(1).get("quotes").size());
  }

  @Test
  void aRecordWithoutTextFailsAndKeepsItsFields() throws IOException {
    Path in = write("in.jsonl", "{\"id\":\"a\",\"body\":\"wrong field\"}\n");
    Cli.Run r = Cli.run("extract", "-f", "jsonl", in.toString());
    assertEquals(1, r.code(), r.toString());
    assertEquals("quotekit: " + in + ":1: no \"text\" string\n", r.err());
    JsonNode a = records(r.out()).get(0);
    assertEquals("a", a.get("id").asText());
    assertEquals("wrong field", a.get("body").asText());
  }

  @Test
  void aFailedArticleIsAnErrorRowInCsvAndAHeadingInTheTable() throws IOException {
    Path in = write("in.jsonl", "[1]\n");
    Cli.Run csv = Cli.run("extract", "-f", "csv", in.toString());
    assertEquals(1, csv.code(), csv.toString());
    assertTrue(csv.out().contains(in + ":1,,,,,,,," + in + ":1: not a JSON object"), csv.out());
    Cli.Run table = Cli.run("extract", "-f", "table", in.toString());
    assertEquals("== " + in + ":1: failed: " + in + ":1: not a JSON object\n", table.out());
  }

  @Test
  void anExtractionFailureBecomesAnErrorRecordNamingTheArticle() {
    Input in = Input.of("a", "dir/a.txt", "text");
    Outcome o =
        ExtractCommand.outcome(
            new ArticleResult<>(
                0, in, ImmutableList.of(), Optional.of(new IllegalStateException("parser\nbroke"))),
            NOPLogger.NOP_LOGGER);
    assertEquals(
        "dir/a.txt: extraction failed: java.lang.IllegalStateException: parser broke", o.error());
    assertEquals("a", o.toJson().get("id").asText());
    assertEquals(o.error(), o.toJson().get("error").asText());
  }

  @Test
  void aMissingFileIsTwoAndTheOtherInputsStillRun() throws IOException {
    Path missing = dir.resolve("nope.txt");
    Cli.Run r =
        Cli.run("extract", "-f", "jsonl", missing.toString(), write("a.txt", ANA).toString());
    assertEquals(2, r.code(), r.toString());
    assertEquals("quotekit: " + missing + ": no such file or directory\n", r.err());
    assertEquals(1, records(r.out()).size());
  }

  @Test
  void aDirectoryWithoutArticlesIsTwo() throws IOException {
    Path empty = Files.createDirectories(dir.resolve("empty"));
    write("empty/notes.md", "no articles here");
    Cli.Run r = Cli.run("extract", empty.toString());
    assertEquals(2, r.code(), r.toString());
    assertEquals(
        "quotekit: " + empty + ": no .txt, .html or .jsonl files in this directory\n", r.err());
    assertEquals("", r.out());
  }

  @Test
  void anUnwritableOutputIsTwo() throws IOException {
    Path out = dir.resolve("no/such/dir/out.jsonl");
    Cli.Run r = Cli.run("extract", "-o", out.toString(), write("a.txt", ANA).toString());
    assertEquals(2, r.code(), r.toString());
    assertOneLineMessages(r, 1);
    assertTrue(r.err().contains(out.toString()), r.err());
  }

  @Test
  void theOutputFileIsNeverReadAsInput() throws IOException {
    write("a.txt", ANA);
    Path out = write("out.jsonl", "{\"id\":\"old\",\"text\":\"old output\"}\n");
    Cli.Run r = Cli.run("extract", "-f", "jsonl", "-o", out.toString(), dir.toString());
    assertEquals(0, r.code(), r.toString());
    assertEquals(1, records(Files.readString(out)).size());
    Cli.Run same = Cli.run("extract", "-o", out.toString(), out.toString());
    assertEquals(2, same.code(), same.toString());
    assertTrue(same.err().contains("is also the output file"), same.err());
  }

  static Stream<List<String>> badUsage() {
    return Stream.of(
        List.of("extract", "--formt", "json"),
        List.of("extract", "--format", "xml"),
        List.of("extract", "--threads", "0"),
        List.of("extract", "--threads", "many"),
        List.of("extrakt"),
        List.of());
  }

  @ParameterizedTest
  @MethodSource("badUsage")
  void badUsageIsTwoWithAOneLineMessage(List<String> args) {
    Cli.Run r = Cli.run(args.toArray(String[]::new));
    assertEquals(2, r.code(), r.toString());
    assertEquals("", r.out());
    String first = r.err().lines().findFirst().orElse("");
    assertTrue(first.startsWith("quotekit: ") || first.startsWith("Usage: quotekit"), r.err());
  }
}
