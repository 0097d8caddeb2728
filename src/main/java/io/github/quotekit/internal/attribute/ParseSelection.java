package io.github.quotekit.internal.attribute;

import io.github.quotekit.internal.detect.Quotation;
import io.github.quotekit.internal.nlp.CoreNlpAnalyzer.ParsePlan;
import io.github.quotekit.internal.nlp.CoreNlpAnalyzer.TaggedSentence;
import io.github.quotekit.internal.nlp.CoreNlpAnalyzer.TaggedSentence;
import java.util.List;

/**
 * Where the rules need the dependency parse, which is most of the analysis cost. A sentence is
 * parsed when, outside long quotations, it holds a quotation mark, a reporting or belief verb, a
 * verb of judging with "as" after it ("sees X as Y"), "according to", a quoting verb ("asked")
 * and itself touches a quotation, or a dash next to a quotation; other sentences are only
 * searched for names. Inside a quotation that stands on its own and runs six words or more, the
 * words are parsed as one placeholder: no rule reads them, and who said them is decided by the
 * words around.
 */
public final class ParseSelection {
  private static final int MIN_ELIDED_WORDS = 6;
  /** How far after a verb of judging or portraying its "as" may stand: past a short object. */
  private static final int SEEING_AS_REACH = 8;

  private ParseSelection() {}

  /** The parse plan for an article whose quotations are {@code quotations}. */
  public static ParsePlan plan(String text, List<Quotation> quotations) {
    return new ParsePlan() {
      @Override
      public boolean[] keep(TaggedSentence s) {
        return keepFor(text, quotations, s);
      }

      @Override
      public boolean[] untagged(int[] starts, int[] ends) {
        return elided(text, quotations, starts, ends);
      }
    };
  }

  /**
   * The tokens inside long quotations that stand on their own: no rule reads their tags either, so
   * the tagger too reads them as one placeholder word. Null when there are none.
   */
  private static boolean[] elided(String text, List<Quotation> quotations, int[] starts, int[] ends) {
    int n = starts.length;
    boolean[] out = null;
    int qi = 0;
    for (int i = 0; i < n; i++) {
      while (qi < quotations.size() && quotations.get(qi).end() <= starts[i]) {
        qi++;
      }
      Quotation q = qi < quotations.size() ? quotations.get(qi) : null;
      if (q != null && q.start() < starts[i] && ends[i] < q.end() && elidable(text, q)) {
        if (out == null) {
          out = new boolean[n];
        }
        out[i] = true;
      }
    }
    return out;
  }

  private static boolean[] keepFor(String text, List<Quotation> quotations, TaggedSentence s) {
    {
      int n = s.words().size();
      boolean[] keep = new boolean[n];
      boolean relevant = false;
      boolean besideQuotation =
          n > 0 && besideQuotation(text, quotations, s.starts()[0], s.ends()[n - 1]);
      int qi = 0;
      for (int i = 0; i < n; i++) {
        int start = s.starts()[i];
        while (qi < quotations.size() && quotations.get(qi).end() <= start) {
          qi++;
        }
        Quotation q = qi < quotations.size() ? quotations.get(qi) : null;
        boolean inside = q != null && q.start() < start && s.ends()[i] < q.end();
        keep[i] = !(inside && elidable(text, q));
        String next = i + 1 < n ? s.words().get(i + 1) : null;
        String then = i + 2 < n ? s.words().get(i + 2) : null;
        if (keep[i] && !inside && (triggers(s.words().get(i), s.lemmas().get(i), next, then)
            || seeingAs(s, i))) {
          relevant = true;
        }
        if (keep[i] && !inside && besideQuotation && Lexicon.isQuoteCueLemma(s.lemmas().get(i))) {
          relevant = true; // "Why?" she asked: a cue for the quotation just before or after
        }
        if (!inside && isDash(s.words().get(i)) && nextToQuotation(text, quotations, qi, i, s)) {
          relevant = true; // "Q." -- Maria Lopez, or said -- "Q."
        }
        if (q != null && (q.start() == start || q.end() == s.ends()[i])) {
          relevant = true; // a quotation opens or closes here
        }
      }
      return relevant ? keep : null;
    }
  }

  private static boolean elidable(String text, Quotation q) {
    int b = q.start() - 1;
    while (b >= 0 && Character.isWhitespace(text.charAt(b))) {
      b--;
    }
    if (b >= 0 && Character.isLetterOrDigit(text.charAt(b))) {
      return false; // inside a clause: mixed speech, whose words the rules read
    }
    return text.substring(q.start(), q.end()).trim().split("\\s+").length >= MIN_ELIDED_WORDS;
  }

  /**
   * Verbs that report through a clause or by a speech act ("accused"), "according to" and quotation
   * marks. A verb that only cues a quotation ("asked", "continued") matters only inside or beside a
   * quotation's sentence.
   */
  private static boolean triggers(String word, String lemma, String next, String then) {
    return Lexicon.isReportingLemma(lemma)
        || Lexicon.REPORTING_VERBS.contains(lemma)
        || Lexicon.BELIEF_ADJECTIVES.contains(word.toLowerCase(java.util.Locale.ROOT))
            && "that".equalsIgnoreCase(next)
        || SpeechActRule.triggers(lemma, next, then)
        || word.equalsIgnoreCase("according")
        || isQuote(word);
  }

  /** "sees the new levy as a threat": a verb of judging with "as" a few words after it. */
  private static boolean seeingAs(TaggedSentence s, int i) {
    if (!SpeechActRule.SEEING_AS.contains(s.lemmas().get(i))) {
      return false;
    }
    if (s.lemmas().get(i).equals("consider")) {
      return true; // "considers the levy a threat": no "as" needed
    }
    for (int k = i + 2; k < s.words().size() && k <= i + SEEING_AS_REACH; k++) {
      if (s.words().get(k).equalsIgnoreCase("as")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether dash token {@code i} stands right after the quotation before {@code quotations[qi]}
   * or right before {@code quotations[qi]}: elsewhere a dash is only punctuation to the rules.
   */
  private static boolean nextToQuotation(
      String text, List<Quotation> quotations, int qi, int i, TaggedSentence s) {
    int b = s.starts()[i];
    while (b > 0 && Character.isWhitespace(text.charAt(b - 1))) {
      b--;
    }
    if (qi > 0 && quotations.get(qi - 1).end() == b) {
      return true;
    }
    int e = s.ends()[i];
    while (e < text.length() && Character.isWhitespace(text.charAt(e))) {
      e++;
    }
    return qi < quotations.size() && quotations.get(qi).start() == e;
  }

  /** Whether a quotation ends just before {@code start} or starts just after {@code end}. */
  private static boolean besideQuotation(
      String text, List<Quotation> quotations, int start, int end) {
    int b = start;
    while (b > 0 && Character.isWhitespace(text.charAt(b - 1))) {
      b--;
    }
    int e = end;
    while (e < text.length() && Character.isWhitespace(text.charAt(e))) {
      e++;
    }
    for (Quotation q : quotations) {
      if (q.end() == b || q.start() == e) {
        return true;
      }
    }
    return false;
  }

  private static boolean isDash(String w) {
    return w.indexOf('\u2015') >= 0 || w.indexOf('\u2014') >= 0;
  }

  /** A quotation mark token; an apostrophe inside "'s" or "don't" is not one. */
  private static boolean isQuote(String w) {
    if (w.equals("'") || w.equals("''") || w.equals("\u2018") || w.equals("\u2019")
        || w.equals("\u2019\u2019") || w.equals("``")) {
      return true;
    }
    for (int k = 0; k < w.length(); k++) {
      char c = w.charAt(k);
      if (c == '"' || c == '\u201c' || c == '\u201d') {
        return true;
      }
    }
    return false;
  }
}
