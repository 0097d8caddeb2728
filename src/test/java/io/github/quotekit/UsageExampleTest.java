package io.github.quotekit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Keeps the README's usage example compiling and true. */
class UsageExampleTest {
  @Test
  void readmeExampleRuns() {
    QuoteExtractor extractor = SharedExtractor.get(); // README: QuoteExtractor.builder().build()
    List<String> lines = new ArrayList<>();
    // --- README example, from here ---
    String article = "\"We will rebuild the harbour wall,\" Mayor Lena Okafor said on Tuesday.";
    for (Quote q : extractor.extract(article)) {
      String line = String.format("%s (%s, cue \"%s\"): %s",
          q.speakerName().orElse("unknown"),
          q.kind(),
          q.cue().map(Span::text).orElse(""),
          q.text());
      lines.add(line); // README: System.out.println(line);
    }
    // --- to here ---
    assertEquals(
        List.of("Lena Okafor (DIRECT, cue \"said\"): \"We will rebuild the harbour wall,\""), lines);
  }
}
