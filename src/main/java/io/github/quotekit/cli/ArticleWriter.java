package io.github.quotekit.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.quotekit.Quote;
import io.github.quotekit.Span;
import java.io.IOException;
import java.io.Writer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Writes article outcomes in one output format as they come, in the order they come. */
interface ArticleWriter {
  void write(Outcome o) throws IOException;

  /** Ends the output (a JSON array's bracket) and flushes it; does not close the writer. */
  void finish() throws IOException;

  /** The output formats of {@code quotekit extract --format}. */
  enum Format {
    table,
    json,
    jsonl,
    csv;

    ArticleWriter open(Writer out) throws IOException {
      return switch (this) {
        case table -> new Table(out);
        case json -> new JsonArray(out);
        case jsonl -> new JsonLines(out);
        case csv -> new Csv(out);
      };
    }
  }

  ObjectMapper MAPPER = new ObjectMapper();

  /** One JSON record a line: the FORMAT.md record format. */
  final class JsonLines implements ArticleWriter {
    private final Writer out;

    JsonLines(Writer out) {
      this.out = out;
    }

    @Override
    public void write(Outcome o) throws IOException {
      out.write(MAPPER.writeValueAsString(o.toJson()));
      out.write('\n');
    }

    @Override
    public void finish() throws IOException {
      out.flush();
    }
  }

  /** One JSON array of the records, indented, written record by record. */
  final class JsonArray implements ArticleWriter {
    private final Writer out;
    private final JsonGenerator json;

    JsonArray(Writer out) throws IOException {
      this.out = out;
      this.json =
          MAPPER.getFactory().createGenerator(out).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      DefaultPrettyPrinter pretty =
          new DefaultPrettyPrinter()
              .withSeparators(
                  Separators.createDefaultInstance()
                      .withObjectFieldValueSpacing(Separators.Spacing.AFTER));
      pretty.indentArraysWith(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"));
      pretty.indentObjectsWith(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"));
      json.setPrettyPrinter(pretty);
      json.writeStartArray();
    }

    @Override
    public void write(Outcome o) throws IOException {
      MAPPER.writeTree(json, o.toJson());
    }

    @Override
    public void finish() throws IOException {
      json.writeEndArray();
      json.flush();
      out.write('\n');
      out.flush();
    }
  }

  /**
   * One quote a row, RFC 4180: the article's id, the speaker, the kind, the quote, its cue and
   * context, the quote's offsets, and an error column. A failed article gives one row holding its
   * id and error; an article without quotes gives none.
   */
  final class Csv implements ArticleWriter {
    static final String[] HEADER = {
      "article_id", "speaker", "kind", "quote", "cue", "context", "start", "end", "error"
    };
    private final CSVPrinter csv;

    Csv(Writer out) throws IOException {
      this.csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(HEADER).get());
    }

    @Override
    public void write(Outcome o) throws IOException {
      String id = o.input().id();
      if (o.failed()) {
        csv.printRecord(id, "", "", "", "", "", "", "", o.error());
        return;
      }
      for (Quote q : o.quotes()) {
        csv.printRecord(
            id,
            q.speakerName().orElse(""),
            q.kind().jsonName(),
            q.text(),
            q.cue().map(Span::text).orElse(""),
            q.context().text(),
            q.span().start(),
            q.span().end(),
            "");
      }
    }

    @Override
    public void finish() throws IOException {
      csv.flush();
    }
  }

  /** A table for people at a terminal: a heading for each article, one quote a row. */
  final class Table implements ArticleWriter {
    private static final int SPEAKER_WIDTH = 28;
    private static final int CUE_WIDTH = 16;
    private static final int QUOTE_WIDTH = 100;
    private final Writer out;
    private int articles;

    Table(Writer out) {
      this.out = out;
    }

    @Override
    public void write(Outcome o) throws IOException {
      StringBuilder b = new StringBuilder();
      if (articles++ > 0) {
        b.append('\n');
      }
      b.append("== ").append(o.input().id()).append(": ");
      if (o.failed()) {
        out.write(b.append("failed: ").append(o.error()).append('\n').toString());
        return;
      }
      int n = o.quotes().size();
      b.append(n == 0 ? "no quotes" : n == 1 ? "1 quote" : n + " quotes").append('\n');
      if (n > 0) {
        int speaker = "speaker".length();
        int cue = "cue".length();
        for (Quote q : o.quotes()) {
          speaker = Math.max(speaker, cell(q.speakerName().orElse("-"), SPEAKER_WIDTH).length());
          cue = Math.max(cue, cell(q.cue().map(Span::text).orElse("-"), CUE_WIDTH).length());
        }
        String row = "%-" + speaker + "s  %-8s  %-" + cue + "s  %s\n";
        b.append(String.format(row, "speaker", "kind", "cue", "quote").stripTrailing())
            .append('\n');
        for (Quote q : o.quotes()) {
          b.append(
              String.format(
                  row,
                  cell(q.speakerName().orElse("-"), SPEAKER_WIDTH),
                  q.kind().jsonName(),
                  cell(q.cue().map(Span::text).orElse("-"), CUE_WIDTH),
                  cell(q.text(), QUOTE_WIDTH)));
        }
      }
      out.write(b.toString());
    }

    /** {@code s} on one line, cut to {@code width} with an ellipsis. */
    static String cell(String s, int width) {
      String t = s.replaceAll("\\s+", " ").strip();
      if (t.length() <= width) {
        return t;
      }
      int cut = Character.isHighSurrogate(t.charAt(width - 2)) ? width - 2 : width - 1;
      return t.substring(0, cut) + "\u2026";
    }

    @Override
    public void finish() throws IOException {
      out.flush();
    }
  }
}
