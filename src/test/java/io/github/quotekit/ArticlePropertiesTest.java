package io.github.quotekit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * Property-based: whatever an article looks like, corpus articles with quotation marks, line breaks
 * and words inserted, deleted and swapped, or articles put together from news-shaped fragments and
 * noise, extraction throws nothing, every record indexes the text exactly, and a second run gives
 * the same records. 160 tries a run (some 20 seconds), new ones each run; jqwik prints the seed of
 * a failure and replays it first next time.
 */
class ArticlePropertiesTest {
  private static final List<String> ARTICLES = corpus();
  private static final List<String> WORDS = words(ARTICLES);
  private static final List<String> QUOTE_MARKS =
      List.of(
          "\"", "\u201c", "\u201d", "'", "\u2018", "\u2019", "\u201e", "\u00ab", "\u00bb", "''");
  private static final List<String> LINE_BREAKS = List.of("\n", "\n\n", "\r\n", "\r", "\n \n");

  @Property(tries = 100)
  void mutatedCorpusArticlesGiveValidRepeatableRecords(@ForAll("mutatedArticles") String text) {
    RecordChecks.extractTwiceAndCheck(text);
  }

  @Property(tries = 60)
  void generatedArticlesGiveValidRepeatableRecords(@ForAll("generatedArticles") String text) {
    RecordChecks.extractTwiceAndCheck(text);
  }

  @Provide
  Arbitrary<String> mutatedArticles() {
    Arbitrary<Edit> edit =
        Combinators.combine(
                Arbitraries.of(Op.class),
                Arbitraries.of(Unit.class),
                Arbitraries.doubles().between(0, true, 1, false),
                Arbitraries.doubles().between(0, true, 1, false),
                Arbitraries.integers().between(0, 100_000))
            .as(Edit::new);
    return Combinators.combine(Arbitraries.of(ARTICLES), edit.list().ofMinSize(1).ofMaxSize(25))
        .as(
            (article, edits) -> {
              String text = article;
              for (Edit e : edits) {
                text = e.apply(text);
              }
              return text;
            });
  }

  @Provide
  @SuppressWarnings("unchecked") // frequencyOf's generic varargs
  Arbitrary<String> generatedArticles() {
    Arbitrary<String> fragment =
        Arbitraries.frequencyOf(
            Tuple.of(12, Arbitraries.of(WORDS)),
            Tuple.of(
                3,
                Arbitraries.of(
                    "Lena Okafor",
                    "Mr. Bo",
                    "the mayor",
                    "she",
                    "they",
                    "Dr. Ana Ribeiro-Silva",
                    "the ministry",
                    "O'Neill")),
            Tuple.of(
                3,
                Arbitraries.of(
                    "said", "told reporters", "according to", ":", "added", "said,", "saying")),
            Tuple.of(4, Arbitraries.of(QUOTE_MARKS)),
            Tuple.of(3, Arbitraries.of(",", ".", "?", "!", "\u2014", "...", "(", ")", ";", "-")),
            Tuple.of(2, Arbitraries.of(LINE_BREAKS)),
            Tuple.of(
                1,
                Arbitraries.of(
                    "\uD83D\uDE00",
                    "\u05e9\u05dc\u05d5\u05dd",
                    "\u200f",
                    "\u0000",
                    "\t",
                    "\u200b",
                    "\ufeff",
                    "e\u0301",
                    "\uD835\uDC00",
                    "|",
                    "\u00a0")),
            Tuple.of(1, Arbitraries.strings().ofMaxLength(12)));
    Arbitrary<String> joint = Arbitraries.of(" ", " ", " ", " ", " ", " ", "", "", "\n");
    return Combinators.combine(fragment, joint)
        .as(String::concat)
        .list()
        .ofMaxSize(400)
        .map(parts -> String.join("", parts));
  }

  enum Op {
    INSERT,
    DELETE,
    SWAP
  }

  enum Unit {
    QUOTE_MARK(Pattern.compile("[\"'\u201c\u201d\u2018\u2019\u201e\u00ab\u00bb]")),
    LINE_BREAK(Pattern.compile("\r?\n|\r")),
    WORD(Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'\u2019.-]*"));

    final Pattern pattern;

    Unit(Pattern pattern) {
      this.pattern = pattern;
    }
  }

  /** One edit: where it falls is a fraction of the text or of the units of its kind. */
  record Edit(Op op, Unit unit, double at, double other, int pick) {
    String apply(String text) {
      if (op == Op.INSERT) {
        int i = (int) (at * text.length());
        String s =
            switch (unit) {
              case QUOTE_MARK -> QUOTE_MARKS.get(pick % QUOTE_MARKS.size());
              case LINE_BREAK -> LINE_BREAKS.get(pick % LINE_BREAKS.size());
              case WORD -> " " + WORDS.get(pick % WORDS.size());
            };
        return text.substring(0, i) + s + text.substring(i);
      }
      List<int[]> units = new ArrayList<>();
      Matcher m = unit.pattern.matcher(text);
      while (m.find()) {
        units.add(new int[] {m.start(), m.end()});
      }
      if (units.isEmpty()) {
        return text;
      }
      int[] a = units.get((int) (at * units.size()));
      if (op == Op.DELETE) {
        return text.substring(0, a[0]) + text.substring(a[1]);
      }
      int[] b = units.get((int) (other * units.size()));
      if (a[0] > b[0]) {
        int[] t = a;
        a = b;
        b = t;
      }
      if (a[0] == b[0]) {
        return text;
      }
      return text.substring(0, a[0])
          + text.substring(b[0], b[1])
          + text.substring(a[1], b[0])
          + text.substring(a[0], a[1])
          + text.substring(b[1]);
    }
  }

  private static List<String> corpus() {
    try (Stream<Path> files = Files.list(Path.of("corpus"))) {
      List<String> texts = new ArrayList<>();
      for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        texts.add(Files.readString(f, StandardCharsets.UTF_8));
      }
      return List.copyOf(texts);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> words(List<String> articles) {
    TreeSet<String> words = new TreeSet<>();
    for (String a : articles) {
      Matcher m = Unit.WORD.pattern.matcher(a);
      while (m.find()) {
        words.add(m.group());
      }
    }
    return List.copyOf(words);
  }
}
