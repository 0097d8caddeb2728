package io.github.quotekit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The longest article an extractor reads, and what it says of a longer one. */
class MaxArticleLengthTest {
  private static final int LIMIT = QuoteExtractor.DEFAULT_MAX_ARTICLE_LENGTH;

  @ParameterizedTest
  @ValueSource(ints = {0, -1, Integer.MIN_VALUE})
  void builderRefusesANonPositiveLimitNamingTheOption(int chars) {
    QuoteExtractor.Builder builder = QuoteExtractor.builder();
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> builder.maxArticleLength(chars));
    assertEquals("maxArticleLength must be positive, was " + chars, e.getMessage());
  }

  @Test
  void theDefaultLimitIsTwoHundredThousandCharacters() {
    assertEquals(200_000, LIMIT);
    assertEquals(LIMIT, SharedExtractor.get().maxArticleLength());
  }

  @BeforeAll
  static void loadTheModels() {
    SharedExtractor.get();
  }

  @Test
  @Timeout(value = 15, unit = TimeUnit.SECONDS)
  void anArticleOfExactlyTheLimitIsRead() throws IOException {
    String seed = Files.readString(Path.of("corpus/seed.txt"), StandardCharsets.UTF_8);
    String padded = seed + " ".repeat(LIMIT - seed.length());
    assertEquals(LIMIT, padded.length());
    assertEquals(SharedExtractor.get().extract(seed), SharedExtractor.get().extract(padded));
  }

  @Test
  void oneCharacterOverTheLimitIsRefusedNamingTheLimit() {
    String said = "\"Too long,\" she said. ";
    String text = said + "x".repeat(LIMIT + 1 - said.length());
    assertEquals(LIMIT + 1, text.length());
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> SharedExtractor.get().extract(text));
    assertEquals(
        "text has "
            + text.length()
            + " characters, more than maxArticleLength ("
            + LIMIT
            + "): split it into articles or build the extractor with a larger"
            + " QuoteExtractor.Builder.maxArticleLength",
        e.getMessage());
  }
}
