package io.github.quotekit.cli;

import com.google.common.base.Suppliers;
import io.github.quotekit.QuoteExtractor;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code quotekit}: the command line's entry point. */
@Command(
    name = "quotekit",
    mixinStandardHelpOptions = true,
    version = "quotekit 0.1.0",
    description = "Finds who said what in news articles.",
    subcommands = {ExtractCommand.class})
public final class QuotekitCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  private final Supplier<QuoteExtractor> extractors;

  /** A command that builds its extractor when a subcommand first needs it. */
  public QuotekitCommand() {
    this(Suppliers.memoize(() -> QuoteExtractor.builder().build()));
  }

  /** A command that uses the given extractor, as tests that share one do. */
  public QuotekitCommand(Supplier<QuoteExtractor> extractors) {
    this.extractors = extractors;
  }

  QuoteExtractor extractor() {
    return extractors.get();
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
  }

  public static void main(String[] args) {
    System.exit(new CommandLine(new QuotekitCommand()).execute(args));
  }
}
