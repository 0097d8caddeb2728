package io.github.quotekit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.common.collect.ImmutableList;
import io.github.quotekit.Quote;
import io.github.quotekit.QuoteKind;
import io.github.quotekit.Span;
import io.github.quotekit.Speaker;
import io.github.quotekit.SpeakerType;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** The output formats on hand-made quotes, without the models. */
class ArticleWriterTest {
  private static final String TEXT =
      "\"Line one,\nline \"two\", done,\" said Zoë Ångström-Whitfield-Barrington.";

  private static Outcome outcome() {
    Quote q =
        new Quote(
            Span.of(TEXT, 0, 29),
            QuoteKind.DIRECT,
            Optional.of(
                new Speaker(
                    "Zoë Ångström-Whitfield-Barrington", SpeakerType.PERSON, Optional.empty())),
            Optional.of(Span.of(TEXT, 30, 34)),
            Span.of(TEXT, 0, TEXT.length()),
            0.9);
    return new Outcome(Input.of("z", "z.txt", TEXT), ImmutableList.of(q), null);
  }

  private static String write(ArticleWriter.Format format, Outcome... outcomes) throws IOException {
    StringWriter out = new StringWriter();
    ArticleWriter w = format.open(out);
    for (Outcome o : outcomes) {
      w.write(o);
    }
    w.finish();
    return out.toString();
  }

  @Test
  void csvQuotesLineBreaksQuotesAndCommas() throws IOException {
    String csv = write(ArticleWriter.Format.csv, outcome());
    List<CSVRecord> rows = CSVFormat.RFC4180.parse(new StringReader(csv)).getRecords();
    assertEquals(List.of(ArticleWriter.Csv.HEADER), rows.get(0).toList());
    assertEquals(
        List.of(
            "z",
            "Zoë Ångström-Whitfield-Barrington",
            "direct",
            TEXT.substring(0, 29),
            "said",
            TEXT,
            "0",
            "29",
            ""),
        rows.get(1).toList());
  }

  @Test
  void tableCellsAreOneLineAndCut() throws IOException {
    String table = write(ArticleWriter.Format.table, outcome());
    assertEquals(
        "== z: 1 quote\n"
            + "speaker                       kind      cue   quote\n"
            + "Zoë Ångström-Whitfield-Barr…  direct    said  \"Line one, line \"two\", done,\"\n",
        table);
  }

  @Test
  void cellsNeverSplitASurrogatePair() {
    assertEquals("ab\u2026", ArticleWriter.Table.cell("ab\uD83D\uDE00cd", 4));
    assertEquals("a b", ArticleWriter.Table.cell(" a\n\t b ", 10));
  }

  @Test
  void jsonIsAnIndentedArray() throws IOException {
    String json = write(ArticleWriter.Format.json, outcome(), outcome());
    assertEquals('[', json.charAt(0));
    assertEquals("\n  {\n    \"id\": \"z\",", json.substring(1, json.indexOf(',') + 1));
    assertEquals("]\n", json.substring(json.length() - 2));
  }

  @Test
  void jsonLinesAreOneRecordALine() throws IOException {
    String jsonl = write(ArticleWriter.Format.jsonl, outcome(), outcome());
    assertEquals(2, jsonl.split("\n").length);
    assertEquals('\n', jsonl.charAt(jsonl.length() - 1));
  }
}
