package io.github.quotekit.cli;

import static io.github.quotekit.cli.QuotekitCommand.ARTICLES_FAILED;
import static io.github.quotekit.cli.QuotekitCommand.BAD_INPUT;
import static io.github.quotekit.cli.QuotekitCommand.OK;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Iterators;
import com.google.common.collect.Streams;
import io.github.quotekit.ArticleResult;
import io.github.quotekit.QuoteExtractor;
import io.github.quotekit.cli.ArticleWriter.Format;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code quotekit extract}: the quotes of articles in files, directories or standard input. */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    description = {
      "Finds the quotes of each article: who said what, the reporting verb, and the sentences"
          + " that show it in place.",
      "",
      "Articles come from .txt files (the file is the article; its id is the file's name),"
          + " .html files (the text of <article>, else the page's paragraphs; offsets then index"
          + " that text, which the JSON output carries) and .jsonl files (one {\"id\", \"text\"}"
          + " object a line; other fields pass through to the output, but \"quotes\" is always"
          + " quotekit's own). A directory is read recursively for those files. Standard input"
          + " ('-', or no PATH) is JSON Lines if it starts with '{', HTML if with '<', else text.",
      ""
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every article done",
      "1:some articles failed; each is reported on standard error and has an \"error\" in the"
          + " output",
      "2:bad usage or unreadable input (a missing file, a directory without articles); the other"
          + " inputs are still processed"
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  quotekit extract story.txt",
      "  quotekit extract --format jsonl --threads 8 corpus/ > quotes.jsonl",
      "  quotekit extract --format csv --output quotes.csv articles.jsonl",
      "  curl -s https://example.com/story.html | quotekit extract --format json -"
    })
final class ExtractCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @ParentCommand QuotekitCommand parent;

  @Parameters(
      arity = "0..*",
      paramLabel = "PATH",
      description = ".txt, .html or .jsonl files, directories of them, or '-' for standard input.")
  List<String> paths = new ArrayList<>();

  @Option(
      names = {"-f", "--format"},
      paramLabel = "FORMAT",
      description =
          "${COMPLETION-CANDIDATES}: a table to read, a JSON array of article records, one"
              + " record a line, or one CSV row a quote. Default: table for one article, jsonl"
              + " for more.")
  Format format;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write to FILE (UTF-8) instead of standard output.")
  Path output;

  @Option(
      names = {"-t", "--threads"},
      paramLabel = "N",
      description =
          "Articles to extract at once, sharing one extractor (default: the number of processors,"
              + " ${DEFAULT-VALUE} here). The output keeps the input's order.")
  int threads = Runtime.getRuntime().availableProcessors();

  @Override
  public Integer call() {
    CommandLine cl = spec.commandLine();
    if (threads < 1) {
      throw new ParameterException(cl, "--threads must be at least 1, was " + threads);
    }
    // Made here, not in a static field: --verbose must set the level before the first logger.
    Logger log = LoggerFactory.getLogger(ExtractCommand.class);
    Report report = new Report(cl.getErr());
    Path skip = output == null ? null : output.toAbsolutePath().normalize();
    List<Inputs.Source> sources = Inputs.resolve(paths, skip, report::problem);
    if (sources.isEmpty()) {
      return report.exitCode();
    }
    Writer out;
    try {
      out = output == null ? cl.getOut() : Files.newBufferedWriter(output, StandardCharsets.UTF_8);
    } catch (IOException e) {
      report.problem(output + ": cannot write: " + Inputs.describe(e));
      return report.exitCode();
    }
    long started = System.nanoTime();
    long articles = 0;
    try (Inputs.Reader reader = Inputs.read(sources, () -> System.in, report::problem)) {
      // Reading two articles ahead tells whether there is just one, for the default format.
      List<Input> head = new ArrayList<>();
      while (head.size() < 2 && reader.hasNext()) {
        head.add(reader.next());
      }
      Format f = format != null ? format : head.size() <= 1 ? Format.table : Format.jsonl;
      Iterator<Input> inputs = Iterators.concat(head.iterator(), reader);
      if (parent.terminal()) {
        report.progress = new Progress(cl.getErr(), Inputs.count(sources), System::nanoTime);
        report.progress.draw();
      }
      ArticleWriter writer = f.open(out);
      QuoteExtractor extractor = parent.extractor();
      log.info("extractor ready after {} ms", elapsedMillis(started));
      if (report.progress != null) {
        report.progress.start();
      }
      try (Stream<ArticleResult<Input>> results =
          extractor.extractAll(Streams.stream(inputs), ExtractCommand::textOf, threads)) {
        for (Iterator<ArticleResult<Input>> it = results.iterator(); it.hasNext(); ) {
          Outcome o = outcome(it.next(), log);
          articles++;
          if (o.failed()) {
            report.failure(o.error());
          }
          if (output == null) {
            report.clearProgress(); // the output may share the terminal with the bar
          }
          writer.write(o);
          if (report.progress != null || out instanceof PrintWriter) {
            out.flush(); // at a terminal, before the bar; on a pipe, to notice it closing
          }
          if (out instanceof PrintWriter p && p.checkError()) {
            throw new IOException("the output was closed");
          }
          report.advance();
        }
      }
      writer.finish();
      if (report.progress != null) {
        report.progress.finish();
      }
    } catch (IOException e) {
      report.problem(
          (output == null ? "standard output" : output) + ": cannot write: " + Inputs.describe(e));
    } finally {
      if (output != null) {
        try {
          out.close();
        } catch (IOException e) {
          report.problem(output + ": cannot write: " + Inputs.describe(e));
        }
      }
    }
    log.info(
        "articles: {}, failed: {}, in {} ms", articles, report.failures, elapsedMillis(started));
    return report.exitCode();
  }

  /** The text the extractor reads; an article that could not be read passes as empty text. */
  private static String textOf(Input in) {
    return in.text() == null ? "" : in.text();
  }

  static Outcome outcome(ArticleResult<Input> r, Logger log) {
    Input in = r.article();
    if (in.error() != null) {
      return new Outcome(in, ImmutableList.of(), in.error());
    }
    if (r.error().isPresent()) {
      Throwable t = r.error().get();
      log.debug("{}: extraction failed", in.location(), t);
      String reason = String.valueOf(t).replaceAll("\\s+", " ");
      return new Outcome(in, ImmutableList.of(), in.location() + ": extraction failed: " + reason);
    }
    return new Outcome(in, r.quotes(), null);
  }

  private static long elapsedMillis(long since) {
    return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - since);
  }

  /** Messages on standard error, one line each, kept clear of the progress bar; the exit code. */
  private static final class Report {
    private final PrintWriter err;
    Progress progress;
    int problems;
    int failures;

    Report(PrintWriter err) {
      this.err = err;
    }

    /** A source that could not be used, or output that could not be written: exit code 2. */
    void problem(String message) {
      problems++;
      say(message);
    }

    /** An article that failed: exit code 1. */
    void failure(String message) {
      failures++;
      say(message);
    }

    private void say(String message) {
      clearProgress();
      err.println("quotekit: " + message);
      err.flush();
    }

    void clearProgress() {
      if (progress != null) {
        progress.clear();
      }
    }

    void advance() {
      if (progress != null) {
        progress.advance();
      }
    }

    int exitCode() {
      return problems > 0 ? BAD_INPUT : failures > 0 ? ARTICLES_FAILED : OK;
    }
  }
}
