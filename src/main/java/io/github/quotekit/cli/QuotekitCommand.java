package io.github.quotekit.cli;

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

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
  }

  public static void main(String[] args) {
    System.exit(new CommandLine(new QuotekitCommand()).execute(args));
  }
}
