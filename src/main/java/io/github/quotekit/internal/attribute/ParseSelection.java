package io.github.quotekit.internal.attribute;

import io.github.quotekit.internal.detect.Quotation;
import io.github.quotekit.internal.nlp.CoreNlpAnalyzer.ParsePlan;
import java.util.List;

/**
 * Where the rules need the dependency parse, which is most of the analysis cost. A sentence is
 * parsed when, outside long quotations, it holds a quotation mark, a reporting, belief or quoting
 * verb, "according to" or a byline dash; other sentences are only searched for names. Inside a
 * quotation that stands on its own and runs six words or more, the words are parsed as one
 * placeholder: no rule reads them, and who said them is decided by the words around.
 */
public final class ParseSelection {
  private static final int MIN_ELIDED_WORDS = 6;

  private ParseSelection() {}

  /** The parse plan for an article whose quotations are {@code quotations}. */
  public static ParsePlan plan(String text, List<Quotation> quotations) {
    return s -> {
      int n = s.words().size();
      boolean[] keep = new boolean[n];
      boolean relevant = false;
      int qi = 0;
      for (int i = 0; i < n; i++) {
        int start = s.starts()[i];
        while (qi < quotations.size() && quotations.get(qi).end() <= start) {
          qi++;
        }
        Quotation q = qi < quotations.size() ? quotations.get(qi) : null;
        boolean inside = q != null && q.start() < start && s.ends()[i] < q.end();
        keep[i] = !(inside && elidable(text, q));
        if (keep[i] && !inside && triggers(s.words().get(i), s.lemmas().get(i))) {
          relevant = true;
        }
        if (q != null && (q.start() == start || q.end() == s.ends()[i])) {
          relevant = true; // a quotation opens or closes here
        }
      }
      return relevant ? keep : null;
    };
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

  private static boolean triggers(String word, String lemma) {
    return Lexicon.isReportingLemma(lemma)
        || Lexicon.isQuoteCueLemma(lemma)
        || SpeechActRule.isSpeechActLemma(lemma)
        || word.equalsIgnoreCase("according")
        || isQuoteOrDash(word);
  }

  /** A quotation mark or dash token; an apostrophe inside "'s" or "don't" is neither. */
  private static boolean isQuoteOrDash(String w) {
    if (w.equals("'") || w.equals("''") || w.equals("\u2018") || w.equals("\u2019")
        || w.equals("\u2019\u2019") || w.equals("``")) {
      return true;
    }
    for (int k = 0; k < w.length(); k++) {
      char c = w.charAt(k);
      if (c == '"' || c == '\u201c' || c == '\u201d' || c == '\u2015' || c == '\u2014') {
        return true;
      }
    }
    return false;
  }
}
