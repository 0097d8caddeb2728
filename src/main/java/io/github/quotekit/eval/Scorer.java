package io.github.quotekit.eval;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import io.github.quotekit.ArticleQuotes;
import io.github.quotekit.Quote;
import io.github.quotekit.QuoteKind;
import io.github.quotekit.Span;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Scores predicted quotes against gold the way the project's reference scorer does: quotes paired
 * one to one, best first, when their trimmed spans overlap by at least half of the longer; a
 * speaker right when the names share a surname (or, where gold gives only a mention, when the
 * mentions overlap); figures on the "direct" track (direct and mixed) and on "all". Thread-safe.
 */
public final class Scorer {
  private static final String QUOTE_CHARS = "\"'\u201c\u201d\u2018\u2019\u201e\u00ab\u00bb";
  private static final String TRIM = QUOTE_CHARS + ".,;:!?\u2014\u2013- \t\r\n\u00a0\u2026";
  private static final ImmutableSet<String> PRONOUNS =
      ImmutableSet.of("he", "she", "they", "it", "i", "we", "him", "her", "them", "you", "his",
          "its", "their");
  private static final ImmutableSet<String> SUFFIXES = ImmutableSet.of("jr", "sr", "ii", "iii", "iv");

  /** Counts and figures of one track. Immutable. */
  public record Track(
      int gold, int pred, int matched, int exact, int speaker) {
    public double quoteP() {
      return percent(frac(matched, pred));
    }

    public double quoteR() {
      return percent(frac(matched, gold));
    }

    public double quoteF1() {
      return percent(f1(frac(matched, pred), frac(matched, gold)));
    }

    public double speakerAcc() {
      return matched == 0 ? 0 : round1(100.0 * speaker / matched);
    }

    public double attrP() {
      return percent(frac(speaker, pred));
    }

    public double attrR() {
      return percent(frac(speaker, gold));
    }

    public double attrF1() {
      return percent(f1(frac(speaker, pred), frac(speaker, gold)));
    }

    // The reference scorer's arithmetic, step for step, so that the figures agree to the digit.
    private static double frac(int a, int b) {
      return b == 0 ? 0 : (double) a / b;
    }

    private static double f1(double p, double r) {
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    private static double percent(double f) {
      return round1(100 * f);
    }

    /** Python's round(x, 1): the exact binary value rounded half to even. */
    private static double round1(double x) {
      return new java.math.BigDecimal(x).setScale(1, java.math.RoundingMode.HALF_EVEN).doubleValue();
    }
  }

  /** The figures of a run. Immutable. */
  public record Scores(int articles, int withoutPrediction, Track direct, Track all) {
    /** The table the reference scorer prints. */
    public String table() {
      StringBuilder b = new StringBuilder();
      b.append(String.format(Locale.ROOT, "articles %d (without prediction: %d)%n", articles, withoutPrediction));
      b.append(String.format(Locale.ROOT, "%-7s %6s %6s %7s %7s %7s %6s %7s %6s %6s %6s%n",
          "track", "gold", "pred", "quoteP", "quoteR", "quoteF1", "exact", "spkAcc", "attrP", "attrR", "attrF1"));
      for (Map.Entry<String, Track> e : ImmutableMap.of("direct", direct, "all", all).entrySet()) {
        Track t = e.getValue();
        b.append(String.format(Locale.ROOT, "%-7s %6d %6d %7.1f %7.1f %7.1f %6d %7.1f %6.1f %6.1f %6.1f%n",
            e.getKey(), t.gold(), t.pred(), t.quoteP(), t.quoteR(), t.quoteF1(), t.exact(),
            t.speakerAcc(), t.attrP(), t.attrR(), t.attrF1()));
      }
      return b.toString();
    }
  }

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private Scorer() {}

  /** One quote as the scorer sees it: its span, its track and who said it. */
  private record Scored(
      int start, int end, boolean direct, String speaker, int mentionStart, int mentionEnd,
      String mentionText) {
    boolean hasMention() {
      return mentionText != null;
    }
  }

  private record Article(String id, String text, List<Scored> quotes) {}

  /** Scores {@code pred} against {@code gold}, pairing articles by id. */
  public static Scores score(List<ArticleQuotes> gold, List<ArticleQuotes> pred) {
    checkNotNull(gold, "gold");
    checkNotNull(pred, "pred");
    return scoreArticles(gold.stream().map(Scorer::of).toList(), pred.stream().map(Scorer::of).toList());
  }

  /**
   * Scores JSON Lines records as the reference scorer reads them: a gold quote's {@code speaker}
   * and {@code speakerMention} are taken as given, so that gold naming only a mention is scored by
   * the mention.
   *
   * @throws IllegalArgumentException if a line is not a JSON record
   */
  public static Scores scoreRecords(List<String> goldLines, List<String> predLines) {
    return scoreArticles(read(goldLines), read(predLines));
  }

  private static Article of(ArticleQuotes a) {
    List<Scored> qs = new ArrayList<>();
    for (Quote q : a.quotes()) {
      Optional<Span> m = q.speaker().flatMap(sp -> sp.mention());
      qs.add(new Scored(q.span().start(), q.span().end(), q.kind() != QuoteKind.INDIRECT,
          q.speakerName().orElse(null), m.map(Span::start).orElse(-1), m.map(Span::end).orElse(-1),
          m.map(Span::text).orElse(null)));
    }
    return new Article(a.id(), a.text(), qs);
  }

  private static List<Article> read(List<String> lines) {
    List<Article> out = new ArrayList<>();
    for (String line : lines) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode root;
      try {
        root = MAPPER.readTree(line);
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage(), e);
      }
      List<Scored> qs = new ArrayList<>();
      for (JsonNode q : root.path("quotes")) {
        JsonNode m = q.path("speakerMention");
        boolean hasMention = m.isObject();
        qs.add(new Scored(q.path("start").asInt(), q.path("end").asInt(),
            q.path("kind").asText().equals("direct") || q.path("kind").asText().equals("mixed"),
            q.path("speaker").isTextual() ? q.get("speaker").asText() : null,
            hasMention ? m.path("start").asInt() : -1, hasMention ? m.path("end").asInt() : -1,
            hasMention ? m.path("text").asText() : null));
      }
      out.add(new Article(root.path("id").asText(), root.path("text").asText(""), qs));
    }
    return out;
  }

  private static Scores scoreArticles(List<Article> gold, List<Article> pred) {
    Map<String, Article> byId = new HashMap<>();
    for (Article p : pred) {
      byId.put(p.id(), p);
    }
    int[] direct = new int[5];
    int[] all = new int[5];
    int missing = 0;
    for (Article g : gold) {
      Article p = byId.get(g.id());
      if (p == null) {
        missing++;
      }
      List<Scored> pq = p == null ? List.of() : p.quotes();
      add(all, g.text(), g.quotes(), pq);
      add(direct, g.text(), directOnly(g.quotes()), directOnly(pq));
    }
    return new Scores(gold.size(), missing, track(direct), track(all));
  }

  private static Track track(int[] c) {
    return new Track(c[0], c[1], c[2], c[3], c[4]);
  }

  private static List<Scored> directOnly(List<Scored> quotes) {
    return quotes.stream().filter(Scored::direct).toList();
  }

  private static void add(int[] c, String text, List<Scored> gold, List<Scored> pred) {
    c[0] += gold.size();
    c[1] += pred.size();
    int[][] gs = gold.stream().map(q -> trimmed(text, q.start(), q.end())).toArray(int[][]::new);
    int[][] ps = pred.stream().map(q -> trimmed(text, q.start(), q.end())).toArray(int[][]::new);
    List<double[]> cands = new ArrayList<>();
    for (int i = 0; i < gs.length; i++) {
      for (int j = 0; j < ps.length; j++) {
        if (gs[i] == null || ps[j] == null) {
          continue;
        }
        int ov = Math.min(gs[i][1], ps[j][1]) - Math.max(gs[i][0], ps[j][0]);
        if (ov <= 0) {
          continue;
        }
        double score = (double) ov / Math.max(Math.max(gs[i][1] - gs[i][0], ps[j][1] - ps[j][0]), 1);
        if (score >= 0.5) {
          cands.add(new double[] {score, i, j});
        }
      }
    }
    // Best first; ties as Python sorts tuples in reverse: higher gold index, then higher pred index.
    cands.sort((x, y) -> {
      for (int k = 0; k < 3; k++) {
        int cmp = Double.compare(y[k], x[k]);
        if (cmp != 0) {
          return cmp;
        }
      }
      return 0;
    });
    Set<Integer> usedG = new HashSet<>();
    Set<Integer> usedP = new HashSet<>();
    for (double[] cand : cands) {
      int i = (int) cand[1];
      int j = (int) cand[2];
      if (usedG.contains(i) || usedP.contains(j)) {
        continue;
      }
      usedG.add(i);
      usedP.add(j);
      c[2]++;
      if (Arrays.equals(gs[i], ps[j])) {
        c[3]++;
      }
      if (speakerRight(gold.get(i), pred.get(j))) {
        c[4]++;
      }
    }
  }

  /** The span without surrounding white space, quotation marks, end punctuation or "that ". */
  static int[] trimmed(String text, int start, int end) {
    if (start < 0 || end > text.length() || end <= start) {
      return null;
    }
    int s = start;
    int e = end;
    while (s < e && TRIM.indexOf(text.charAt(s)) >= 0) {
      s++;
    }
    while (e > s && TRIM.indexOf(text.charAt(e - 1)) >= 0) {
      e--;
    }
    if (text.regionMatches(true, s, "that ", 0, 5)) {
      s += 5;
    }
    return new int[] {s, e};
  }

  private static boolean speakerRight(Scored g, Scored p) {
    String pname = p.speaker() != null ? p.speaker() : p.mentionText();
    if (g.speaker() != null) {
      return samePerson(g.speaker(), pname);
    }
    if (!g.hasMention()) {
      return pname == null;
    }
    if (p.hasMention()
        && Math.min(g.mentionEnd(), p.mentionEnd()) > Math.max(g.mentionStart(), p.mentionStart())) {
      return true;
    }
    return samePerson(g.mentionText(), p.speaker());
  }

  static List<String> words(String name) {
    if (name == null) {
      return List.of();
    }
    String n = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
        .toLowerCase(Locale.ROOT).replaceAll("['\u2019]s\\b", "");
    List<String> out = new ArrayList<>();
    for (String w : n.split("[^a-z0-9]+")) {
      if (!w.isEmpty()) {
        out.add(w);
      }
    }
    return out;
  }

  static boolean samePerson(String a, String b) {
    List<String> wa = words(a).stream().filter(w -> !SUFFIXES.contains(w)).toList();
    List<String> wb = words(b).stream().filter(w -> !SUFFIXES.contains(w)).toList();
    if (wa.isEmpty() || wb.isEmpty()) {
      return false;
    }
    if (wa.size() == 1 && PRONOUNS.contains(wa.get(0)) || wb.size() == 1 && PRONOUNS.contains(wb.get(0))) {
      return false;
    }
    return wb.contains(wa.get(wa.size() - 1)) || wa.contains(wb.get(wb.size() - 1));
  }
}
