package io.github.quotekit.eval;

import static com.google.common.base.Preconditions.checkNotNull;

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
      return pct(matched, pred);
    }

    public double quoteR() {
      return pct(matched, gold);
    }

    public double quoteF1() {
      return f1(quoteP(), quoteR());
    }

    public double speakerAcc() {
      return pct(speaker, matched);
    }

    public double attrP() {
      return pct(speaker, pred);
    }

    public double attrR() {
      return pct(speaker, gold);
    }

    public double attrF1() {
      return f1(attrP(), attrR());
    }

    private static double pct(int a, int b) {
      return b == 0 ? 0 : 100.0 * a / b;
    }

    private static double f1(double p, double r) {
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
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

  private Scorer() {}

  /** Scores {@code pred} against {@code gold}, pairing articles by id. */
  public static Scores score(List<ArticleQuotes> gold, List<ArticleQuotes> pred) {
    checkNotNull(gold, "gold");
    checkNotNull(pred, "pred");
    Map<String, ArticleQuotes> byId = new HashMap<>();
    for (ArticleQuotes p : pred) {
      byId.put(p.id(), p);
    }
    int[] direct = new int[5];
    int[] all = new int[5];
    int missing = 0;
    for (ArticleQuotes g : gold) {
      ArticleQuotes p = byId.get(g.id());
      if (p == null) {
        missing++;
      }
      List<Quote> pq = p == null ? List.of() : p.quotes();
      add(all, g.text(), g.quotes(), pq);
      add(direct, g.text(), directOnly(g.quotes()), directOnly(pq));
    }
    return new Scores(gold.size(), missing, track(direct), track(all));
  }

  private static Track track(int[] c) {
    return new Track(c[0], c[1], c[2], c[3], c[4]);
  }

  private static List<Quote> directOnly(List<Quote> quotes) {
    return quotes.stream().filter(q -> q.kind() != QuoteKind.INDIRECT).toList();
  }

  private static void add(int[] c, String text, List<Quote> gold, List<Quote> pred) {
    c[0] += gold.size();
    c[1] += pred.size();
    int[][] gs = gold.stream().map(q -> trimmed(text, q.span())).toArray(int[][]::new);
    int[][] ps = pred.stream().map(q -> trimmed(text, q.span())).toArray(int[][]::new);
    List<double[]> cands = new ArrayList<>();
    for (int i = 0; i < gs.length; i++) {
      for (int j = 0; j < ps.length; j++) {
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
  static int[] trimmed(String text, Span span) {
    int s = span.start();
    int e = span.end();
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

  static boolean speakerRight(Quote g, Quote p) {
    Optional<Span> gm = g.speaker().flatMap(sp -> sp.mention());
    Optional<Span> pm = p.speaker().flatMap(sp -> sp.mention());
    String pname = p.speaker().map(sp -> sp.name()).orElse(null);
    // A gold speaker read from a mention-only record carries the mention's words as its name.
    boolean goldNamed = g.speaker().isPresent()
        && !(gm.isPresent() && g.speaker().get().name().equals(gm.get().text().replaceAll("\\s+", " "))
            && g.speaker().get().type() == io.github.quotekit.SpeakerType.UNKNOWN);
    if (g.speaker().isEmpty()) {
      return pname == null;
    }
    if (goldNamed) {
      return samePerson(g.speaker().get().name(), pname);
    }
    if (pm.isPresent() && Math.min(gm.get().end(), pm.get().end()) > Math.max(gm.get().start(), pm.get().start())) {
      return true;
    }
    return samePerson(gm.get().text(), pname);
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
