package io.github.quotekit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class QuoteJsonTest {
  private static final String TEXT = "\"We will win,\" Ana Ribeiro said.";

  private static ArticleQuotes sample() {
    Span quote = Span.of(TEXT, 0, 14);
    Speaker speaker =
        new Speaker("Ana Ribeiro", SpeakerType.PERSON, Optional.of(Span.of(TEXT, 15, 26)));
    Quote q =
        new Quote(
            quote,
            QuoteKind.DIRECT,
            Optional.of(speaker),
            Optional.of(Span.of(TEXT, 27, 31)),
            Span.of(TEXT, 0, TEXT.length()),
            0.95);
    return ArticleQuotes.of("a1", TEXT, ImmutableList.of(q));
  }

  @Test
  void writesTheRecordFormat() {
    String line = QuoteJson.write(sample());
    assertTrue(line.startsWith("{\"id\":\"a1\",\"text\":"), line);
    assertTrue(line.contains("\"kind\":\"direct\""), line);
    assertTrue(line.contains("\"speaker\":\"Ana Ribeiro\""), line);
    assertTrue(line.contains("\"speakerMention\":{\"text\":\"Ana Ribeiro\",\"start\":15,\"end\":26}"), line);
    assertTrue(line.contains("\"cue\":{\"text\":\"said\",\"start\":27,\"end\":31}"), line);
    assertTrue(!line.contains("\n"));
  }

  @Test
  void readsBackWhatItWrites() {
    ArticleQuotes a = sample();
    assertEquals(a, QuoteJson.read(QuoteJson.write(a)));
  }

  @Test
  void readsGoldThatGivesOnlyAMention() {
    String gold =
        "{\"id\":\"g\",\"text\":\"It failed, a source said.\",\"quotes\":[{\"text\":\"It failed\","
            + "\"start\":0,\"end\":9,\"kind\":\"indirect\",\"speaker\":null,"
            + "\"speakerMention\":{\"text\":\"a source\",\"start\":11,\"end\":19},"
            + "\"cue\":{\"text\":\"said\",\"start\":20,\"end\":24}}]}";
    ArticleQuotes a = QuoteJson.read(gold);
    Quote q = a.quotes().get(0);
    assertEquals(QuoteKind.INDIRECT, q.kind());
    assertEquals("a source", q.speakerName().orElseThrow());
    assertEquals(SpeakerType.UNKNOWN, q.speaker().orElseThrow().type());
    assertEquals(q.span(), q.context());
  }

  @Test
  void rejectsOffsetsOutsideTheText() {
    String bad = "{\"id\":\"x\",\"text\":\"abc\",\"quotes\":[{\"start\":1,\"end\":9}]}";
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> QuoteJson.read(bad));
    assertTrue(e.getMessage().contains("outside"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> QuoteJson.read("{not json"));
    assertThrows(IllegalArgumentException.class, () -> QuoteJson.read("{\"id\":\"x\"}"));
  }
}
