package io.github.quotekit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Help, version, verbosity and the progress bar. */
class CommandLineTest {
  private static final String ANA = "\"We won, and we won well,\" said Ana Ribeiro.";

  @TempDir Path dir;

  @Test
  void helpListsTheCommandsWithExamples() {
    Cli.Run r = Cli.run("--help");
    assertEquals(0, r.code(), r.toString());
    assertTrue(r.out().startsWith("Usage: quotekit [-hvV] [--mode=<mode>] COMMAND"), r.out());
    assertTrue(r.out().contains("Commands:\n  extract"), r.out());
    assertTrue(r.out().contains("\n  evaluate"), r.out());
    assertTrue(r.out().contains("Examples:\n  quotekit extract "), r.out());
  }

  @Test
  void extractHelpTellsInputsFormatsExitCodesAndExamples() {
    Cli.Run r = Cli.run("extract", "--help");
    assertEquals(0, r.code(), r.toString());
    for (String s :
        new String[] {
          "[PATH...]",
          "--format=FORMAT",
          "table, json, jsonl, csv",
          "--output=FILE",
          "--threads=N",
          "--verbose",
          "Exit codes:",
          "Examples:",
          ".html"
        }) {
      assertTrue(r.out().contains(s), s + " in\n" + r.out());
    }
  }

  @Test
  void optionValuesIgnoreCase() throws IOException {
    Path in = dir.resolve("a.txt");
    Files.writeString(in, ANA);
    Cli.Run r = Cli.run("--mode", "fast", "extract", "--format", "JSONL", in.toString());
    assertEquals(0, r.code(), r.toString());
    assertTrue(r.out().contains("\"speaker\":\"Ana Ribeiro\""), r.out());
  }

  @Test
  void versionNamesQuotekitAndCoreNlp() {
    Cli.Run r = Cli.run("--version");
    assertEquals(0, r.code(), r.toString());
    assertTrue(
        r.out()
            .matches("(?s)quotekit \\d+\\.\\d+\\.\\d+.*\nStanford CoreNLP 4\\.5\\.\\d+, Java .*"),
        r.out());
  }

  @Test
  void verboseRaisesTheLogLevelBeforeAnythingLogs() {
    String key = "org.slf4j.simpleLogger.defaultLogLevel";
    String before = System.getProperty(key);
    try {
      System.clearProperty(key);
      Cli.run("extract", "--help");
      assertEquals(null, System.getProperty(key));
      Cli.run("--verbose", "extract", "--help");
      assertEquals("info", System.getProperty(key));
      System.clearProperty(key);
      Cli.run("extract", "-v", "--help");
      assertEquals("info", System.getProperty(key));
    } finally {
      if (before == null) {
        System.clearProperty(key);
      } else {
        System.setProperty(key, before);
      }
      System.clearProperty("org.slf4j.simpleLogger.log.io.github.quotekit");
    }
  }

  @Test
  void aTerminalGetsAProgressBarOnStandardError() throws IOException {
    Files.writeString(dir.resolve("a.txt"), ANA);
    Files.writeString(dir.resolve("b.txt"), ANA);
    Cli.Run r =
        Cli.atTerminal("extract", "-o", dir.resolve("out.jsonl").toString(), dir.toString());
    assertEquals(0, r.code(), r.toString());
    assertTrue(
        r.err().startsWith("\r[--------------------]  0/2 articles  loading models"), r.err());
    assertTrue(r.err().contains("\r[####################]  2/2 articles"), r.err());
    assertTrue(r.err().matches("(?s).*\r +\r2 articles in \\d+s.*\n"), r.err());
  }

  @Test
  void elsewhereStandardErrorStaysQuiet() throws IOException {
    Files.writeString(dir.resolve("a.txt"), ANA);
    Files.writeString(dir.resolve("b.txt"), ANA);
    Cli.Run r = Cli.run("extract", dir.toString());
    assertEquals(0, r.code(), r.toString());
    assertEquals("", r.err());
  }
}
