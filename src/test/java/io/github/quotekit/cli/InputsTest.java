package io.github.quotekit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.quotekit.cli.Inputs.Kind;
import io.github.quotekit.cli.Inputs.Source;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Resolving paths and reading articles, without the models. */
class InputsTest {
  @TempDir Path dir;
  private final List<String> problems = new ArrayList<>();

  private Path write(String name, String content) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, content, StandardCharsets.UTF_8);
    return p;
  }

  private List<Input> read(List<Source> sources, String stdin) {
    List<Input> inputs = new ArrayList<>();
    try (Inputs.Reader r =
        Inputs.read(
            sources,
            () -> new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
            problems::add)) {
      r.forEachRemaining(inputs::add);
    }
    return inputs;
  }

  @Test
  void noPathMeansStandardInput() {
    assertEquals(List.of(Source.stdin()), Inputs.resolve(List.of(), null, problems::add));
  }

  @Test
  void directoriesGiveTheirArticleFilesSortedWithRelativeIds() throws IOException {
    write("z.txt", "");
    write("a/b.HTML", "");
    write("a/c.htm", "");
    write("a/d.jsonl", "");
    write("a/e.md", "");
    write(".git/f.txt", "");
    List<Source> sources = Inputs.resolve(List.of(dir.toString()), null, problems::add);
    assertEquals(List.of("a/b", "a/c", "a/d", "z"), sources.stream().map(Source::id).toList());
    assertEquals(
        List.of(Kind.HTML, Kind.HTML, Kind.JSONL, Kind.TEXT),
        sources.stream().map(Source::kind).toList());
    assertEquals(List.of(), problems);
  }

  @Test
  void eachUnusablePathIsOneProblemNamingIt() throws IOException {
    Files.createDirectories(dir.resolve("empty"));
    Path ok = write("ok.txt", "");
    List<Source> sources =
        Inputs.resolve(
            List.of(
                dir.resolve("missing.txt").toString(),
                dir.resolve("empty").toString(),
                ok.toString(),
                "-",
                "-"),
            null,
            problems::add);
    assertEquals(List.of("ok", "stdin"), sources.stream().map(Source::id).toList());
    assertEquals(
        List.of(
            dir.resolve("missing.txt") + ": no such file or directory",
            dir.resolve("empty") + ": no .txt, .html or .jsonl files in this directory",
            "-: standard input named twice"),
        problems);
  }

  @Test
  void jsonLinesAreReadOneRecordALineSkippingBlankOnes() throws IOException {
    Path in =
        write(
            "in.jsonl",
            "\uFEFF{\"id\":\"a\",\"text\":\"A.\"}\r\n\r\n"
                + "   \n"
                + "{\"text\":\"B.\",\"n\":1}\n"
                + "{\"id\":\"c\",\"text\":3}");
    List<Input> inputs = read(Inputs.resolve(List.of(in.toString()), null, problems::add), "");
    assertEquals(3, inputs.size());
    assertEquals("a", inputs.get(0).id());
    assertEquals("A.", inputs.get(0).text());
    assertEquals(in + ":4", inputs.get(1).id());
    assertEquals(in + ":4", inputs.get(1).location());
    assertEquals(1, inputs.get(1).fields().get("n").asInt());
    assertNull(inputs.get(2).text());
    assertEquals(in + ":5: no \"text\" string", inputs.get(2).error());
    assertEquals(List.of(), problems);
  }

  @Test
  void standardInputIsToldByItsFirstCharacter() {
    assertEquals(
        "a", read(List.of(Source.stdin()), "  \n{\"id\":\"a\",\"text\":\"A\"}").get(0).id());
    assertEquals("Hi.", read(List.of(Source.stdin()), "<p>Hi.</p>").get(0).text());
    assertEquals(" Said \"x\".", read(List.of(Source.stdin()), " Said \"x\".").get(0).text());
    assertEquals(List.of(), read(List.of(Source.stdin()), " \n"));
  }

  @Test
  void aFileWithAnUnknownExtensionIsToldLikeStandardInput() throws IOException {
    Path in = write("feed", "{\"id\":\"a\",\"text\":\"A\"}\n{\"id\":\"b\",\"text\":\"B\"}\n");
    assertEquals(2, read(Inputs.resolve(List.of(in.toString()), null, problems::add), "").size());
  }

  @Test
  void countsArticlesForTheProgressBar() throws IOException {
    write("a.txt", "");
    write("b.jsonl", "{}\n\n{}\n{}");
    List<Source> files = Inputs.resolve(List.of(dir.toString()), null, problems::add);
    assertEquals(4, Inputs.count(files));
    assertEquals(-1, Inputs.count(List.of(Source.stdin())));
  }

  @Test
  void lineReaderSplitsOnNewlinesAndDropsCarriageReturns() throws IOException {
    byte[] bytes = "a\r\n\nb\nlast".getBytes(StandardCharsets.UTF_8);
    List<String> lines = new ArrayList<>();
    try (LineReader r = new LineReader(new ByteArrayInputStream(bytes))) {
      for (byte[] l = r.next(); l != null; l = r.next()) {
        lines.add(new String(l, StandardCharsets.UTF_8) + "@" + r.number());
      }
    }
    assertEquals(List.of("a@1", "@2", "b@3", "last@4"), lines);
  }

  @Test
  void utf8DecodingReportsTheLineOfTheFirstBadByte() throws Exception {
    assertEquals("caf\u00e9", Utf8.decode("\uFEFFcaf\u00e9".getBytes(StandardCharsets.UTF_8), 1));
    byte[] bad = "a\nb\nc\u00e9".getBytes(StandardCharsets.ISO_8859_1);
    Utf8.MalformedException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            Utf8.MalformedException.class, () -> Utf8.decode(bad, 10));
    assertEquals(12, e.line);
    assertTrue(e.getMessage().contains("line 12"));
  }
}
