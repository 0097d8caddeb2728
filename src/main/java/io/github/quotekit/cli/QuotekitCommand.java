package io.github.quotekit.cli;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.Suppliers;
import io.github.quotekit.Mode;
import io.github.quotekit.QuoteExtractor;
import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * {@code quotekit}: the command line's entry point. Build it with {@link #commandLine(Supplier)},
 * which sets up the one-line messages for bad usage and the exit codes.
 */
@Command(
    name = "quotekit",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Finds who said what in news articles: quotations, their speakers and cues.",
    subcommands = {ExtractCommand.class, EvaluateCommand.class},
    synopsisSubcommandLabel = "COMMAND",
    commandListHeading = "%nCommands:%n",
    footerHeading = "%nExamples:%n",
    footer = {
      "  quotekit extract story.txt                  # a table of its quotes",
      "  quotekit extract --format jsonl corpus/ > quotes.jsonl",
      "  curl -s https://example.com/story.html | quotekit extract --format json",
      "",
      "Run 'quotekit extract --help' for the inputs, formats and exit codes."
    })
public final class QuotekitCommand implements Callable<Integer> {
  /** Exit code: every article done. */
  static final int OK = 0;

  /** Exit code: some articles failed, each reported. */
  static final int ARTICLES_FAILED = 1;

  /** Exit code: bad usage or unreadable input. */
  static final int BAD_INPUT = 2;

  @Spec CommandSpec spec;

  private final Supplier<QuoteExtractor> extractors;
  private final BooleanSupplier terminal;

  /** A command that builds its extractor, in the chosen mode, when a subcommand first needs it. */
  public QuotekitCommand() {
    this(() -> null);
    this.ownExtractor = Suppliers.memoize(() -> QuoteExtractor.builder().mode(mode).build());
  }

  private Supplier<QuoteExtractor> ownExtractor;

  @Option(
      names = "--mode",
      scope = ScopeType.INHERIT,
      defaultValue = "ACCURATE",
      description =
          "Analysis: ACCURATE (names and the dependency parse) or FAST (tags only, several times"
              + " faster, a little less accurate on reported speech). Default: ${DEFAULT-VALUE}.")
  Mode mode = Mode.ACCURATE;

  /** A command that uses the given extractor, as tests that share one do. */
  public QuotekitCommand(Supplier<QuoteExtractor> extractors) {
    this(extractors, () -> System.console() != null);
  }

  /**
   * A command that uses the given extractor and is told whether it runs at a terminal (and so draws
   * a progress bar).
   */
  QuotekitCommand(Supplier<QuoteExtractor> extractors, BooleanSupplier terminal) {
    this.extractors = checkNotNull(extractors, "extractors");
    this.terminal = checkNotNull(terminal, "terminal");
  }

  @Option(
      names = {"-v", "--verbose"},
      scope = ScopeType.INHERIT,
      description = "Log what quotekit and CoreNLP do (model loading, timings, stack traces).")
  void setVerbose(boolean verbose) {
    if (verbose) {
      // slf4j-simple reads these when the first logger is made: after parsing, before loading.
      System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "info");
      System.setProperty("org.slf4j.simpleLogger.log.io.github.quotekit", "debug");
    }
  }

  QuoteExtractor extractor() {
    return ownExtractor != null ? ownExtractor.get() : extractors.get();
  }

  boolean terminal() {
    return terminal.getAsBoolean();
  }

  /** Without a command: the usage, on standard error, as bad usage. */
  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return BAD_INPUT;
  }

  /**
   * The command line for {@code command}: bad usage gives a one-line message and a hint on standard
   * error and exit code 2, an unexpected failure a one-line message and exit code 1.
   */
  public static CommandLine commandLine(QuotekitCommand command) {
    CommandLine cl = new CommandLine(command);
    cl.setCaseInsensitiveEnumValuesAllowed(true); // --mode fast, --format JSONL
    cl.setParameterExceptionHandler(
        (ParameterException e, String[] args) -> {
          CommandLine c = e.getCommandLine();
          PrintWriter err = c.getErr();
          err.println("quotekit: " + e.getMessage().replaceAll("\\s+", " "));
          UnmatchedArgumentException.printSuggestions(e, err);
          err.println(
              "Run '" + c.getCommandSpec().qualifiedName() + " --help' for more information.");
          err.flush();
          return BAD_INPUT;
        });
    cl.setExecutionExceptionHandler(
        (Exception e, CommandLine c, CommandLine.ParseResult parsed) -> {
          c.getErr().println("quotekit: unexpected failure: " + e);
          c.getErr().flush();
          LoggerFactory.getLogger(QuotekitCommand.class).debug("unexpected failure", e);
          return ARTICLES_FAILED;
        });
    return cl;
  }

  /** A command line for {@code new QuotekitCommand(extractors)}. */
  public static CommandLine commandLine(Supplier<QuoteExtractor> extractors) {
    return commandLine(new QuotekitCommand(extractors));
  }

  public static void main(String[] args) {
    CommandLine cl = commandLine(new QuotekitCommand());
    // Records are UTF-8 whatever the platform's default; messages too, to match. Standard output
    // is written unwrapped, as System.out would hide a closed pipe (quotekit ... | head).
    cl.setOut(
        new PrintWriter(
            new BufferedWriter(
                new OutputStreamWriter(
                    new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8)),
            true));
    cl.setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
    System.exit(cl.execute(args));
  }
}
