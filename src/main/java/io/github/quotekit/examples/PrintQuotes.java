package io.github.quotekit.examples;

import io.github.quotekit.Quote;
import io.github.quotekit.QuoteExtractor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Prints who said what in an article (by default the seed article in corpus/) as a table. */
public final class PrintQuotes {
  private PrintQuotes() {}

  public static void main(String[] args) throws IOException {
    Path file = Path.of(args.length > 0 ? args[0] : "corpus/seed.txt");
    String text = Files.readString(file, StandardCharsets.UTF_8);
    QuoteExtractor extractor = QuoteExtractor.builder().build();
    var quotes = extractor.extract(text);
    System.out.printf("%-24s %-8s %-10s %s%n", "speaker", "kind", "cue", "quote");
    for (Quote q : quotes) {
      System.out.printf(
          "%-24s %-8s %-10s %s%n",
          q.speakerName().orElse("-"),
          q.kind().jsonName(),
          q.cue().map(c -> c.text()).orElse("-"),
          oneLine(q.text(), 90));
    }
    System.out.printf("%d quotes in %s%n", quotes.size(), file);
  }

  private static String oneLine(String s, int max) {
    String t = s.replaceAll("\\s+", " ");
    return t.length() <= max ? t : t.substring(0, max - 1) + "\u2026";
  }
}
