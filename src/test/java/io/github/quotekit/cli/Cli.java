package io.github.quotekit.cli;

import io.github.quotekit.SharedExtractor;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs the command line in-process on the shared extractor, its streams captured. */
final class Cli {
  private Cli() {}

  record Run(int code, String out, String err) {
    /** The output's lines, without their line breaks. */
    String[] lines() {
      return out.isEmpty() ? new String[0] : out.split("\n");
    }

    @Override
    public String toString() {
      return "exit code " + code + "\n--- out:\n" + out + "\n--- err:\n" + err;
    }
  }

  static Run run(String... args) {
    return run(false, null, args);
  }

  /** Runs with {@code stdin} (UTF-8) as standard input. */
  static Run withStdin(byte[] stdin, String... args) {
    return run(false, stdin, args);
  }

  /** Runs as if at a terminal, where a progress bar is drawn. */
  static Run atTerminal(String... args) {
    return run(true, null, args);
  }

  private static Run run(boolean terminal, byte[] stdin, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl =
        QuotekitCommand.commandLine(
            new QuotekitCommand(SharedExtractor.supplier(), () -> terminal));
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    InputStream in = System.in;
    if (stdin != null) {
      System.setIn(new ByteArrayInputStream(stdin));
    }
    try {
      int code = cl.execute(args);
      return new Run(code, out.toString(), err.toString());
    } finally {
      System.setIn(in);
    }
  }
}
