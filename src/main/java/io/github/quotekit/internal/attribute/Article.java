package io.github.quotekit.internal.attribute;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import io.github.quotekit.internal.detect.Quotation;
import io.github.quotekit.internal.layout.Block;
import io.github.quotekit.internal.layout.BlockKind;
import io.github.quotekit.internal.layout.Layout;
import io.github.quotekit.internal.nlp.Doc;
import io.github.quotekit.internal.nlp.Sentence;
import io.github.quotekit.internal.nlp.Token;

/** Everything the rules may look at for one article. */
final class Article {
  final String text;
  final Layout layout;
  final Doc doc;
  final ImmutableList<Quotation> quotations;
  final Names names;
  /** Paragraphs that open with a transcript's speaker label, counted once when first asked. */
  private int transcriptTurns = -1;

  Article(String text, Layout layout, Doc doc, ImmutableList<Quotation> quotations) {
    this.text = text;
    this.layout = layout;
    this.doc = doc;
    this.quotations = quotations;
    this.names = Names.of(doc);
  }

  Token token(int i) {
    return doc.token(i);
  }

  /** The quotation covering character {@code c}, or null. Quotations are sorted and disjoint. */
  Quotation quotationAt(int c) {
    int lo = 0;
    int hi = quotations.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      Quotation q = quotations.get(mid);
      if (c < q.start()) {
        hi = mid - 1;
      } else if (c >= q.end()) {
        lo = mid + 1;
      } else {
        return q;
      }
    }
    return null;
  }

  /**
   * {@code called him a "liar," a "bully" and "unfit"}: the quotations listed after the one ending
   * at token {@code quoteEnd}, joined by commas, "and" or "or" and an article, are the same report.
   * Returns the last token of the list's last quotation ({@code quoteEnd} if none follows, or if a
   * verb follows the list).
   */
  int quotedListEnd(int quoteEnd) {
    int end = doc.sentenceOf(doc.token(quoteEnd)).endToken();
    int last = quoteEnd;
    int k = last + 1;
    while (k < end) {
      int joiners = 0;
      while (k < end && joiners < 3 && isListJoiner(doc.token(k))) {
        k++;
        joiners++;
      }
      // The comma may stand inside the closing mark: "a "crank," "unfit" and "sad"".
      boolean commaInside = doc.token(last - 1).word().equals(",");
      if (joiners == 0 && !commaInside || k >= end || !doc.token(k).opensQuote()) {
        break;
      }
      Quotation next = quotationAt(doc.token(k).start());
      if (next == null || next.start() != doc.token(k).start()) {
        break;
      }
      last = doc.tokenBefore(next.end());
      k = last + 1;
    }
    for (int j = last + 1; j < end; j++) {
      if (doc.token(j).isVerb() || doc.token(j).tag().equals("MD")) {
        return quoteEnd; // '..., and "we will fight it," Holt said': a quotation with its own cue
      }
    }
    return last;
  }

  private static boolean isListJoiner(Token t) {
    String w = t.word().toLowerCase(java.util.Locale.ROOT);
    return w.equals(",") || w.equals("and") || w.equals("or") || w.equals("a") || w.equals("an")
        || w.equals("the");
  }

  /** The quotations overlapping {@code [start, end)}, in order. */
  List<Quotation> quotationsIn(int start, int end) {
    int lo = 0;
    int hi = quotations.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (quotations.get(mid).end() <= start) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    List<Quotation> out = new ArrayList<>();
    for (int i = lo; i < quotations.size() && quotations.get(i).start() < end; i++) {
      out.add(quotations.get(i));
    }
    return out;
  }

  boolean insideQuotation(Token t) {
    Quotation q = quotationAt(t.start());
    return q != null && q.start() < t.start() && t.end() < q.end();
  }

  Block blockAt(int c) {
    return layout.blockAt(c);
  }

  /** The char just before {@code c} that is not white space, or 0. */
  char charBefore(int c) {
    int i = c - 1;
    while (i >= 0 && Character.isWhitespace(layout.normalized().charAt(i))) {
      i--;
    }
    return i < 0 ? 0 : layout.normalized().charAt(i);
  }

  /**
   * The last char inside quotation {@code q} that is not white space, before its closing mark
   * of one or two chars ({@code "}, {@code ''}): the comma or question mark that ends the words.
   */
  char lastInside(Quotation q) {
    String n = layout.normalized();
    int i = q.end() - 1;
    for (int marks = 0; marks < 2 && i > q.start() && isClosingMark(n.charAt(i)); marks++) {
      i--;
    }
    return charBefore(i + 1);
  }

  private static boolean isClosingMark(char c) {
    return c == '"' || c == '\'' || c == '\u201d' || c == '\u2019' || c == '\u00bb';
  }

  /** The char at or after {@code c} that is not white space, or 0. */
  char charFrom(int c) {
    int i = c;
    String n = layout.normalized();
    while (i < n.length() && Character.isWhitespace(n.charAt(i))) {
      i++;
    }
    return i >= n.length() ? 0 : n.charAt(i);
  }

  /** Whether the quotation opens inside a clause rather than at its start: said it was "dead". */
  boolean embedded(Quotation q) {
    Block b = blockAt(q.start());
    return (b == null || b.start() < q.start()) && Character.isLetterOrDigit(charBefore(q.start()));
  }

  /** The quotation's words: its text without the opening and closing marks, trimmed. */
  private String inner(Quotation q) {
    return layout.normalized().substring(q.start() + 1, Math.max(q.start() + 1, q.end() - 1)).trim();
  }

  /** Whether the quotation is a short label (two words or fewer, no punctuation inside). */
  boolean isLabel(Quotation q) {
    String inner = inner(q);
    if (inner.isEmpty()) {
      return true;
    }
    char last = inner.charAt(inner.length() - 1);
    return inner.split("\\s+").length <= 2 && ".,!?".indexOf(last) < 0;
  }

  /**
   * Whether the quotation is a title in title case ("Morning in the Harbour", "Tales of the Port"):
   * two to eight words, the first and every word of four letters or more but a preposition
   * capitalised, no end punctuation but a comma (or a full stop after a preposition or a
   * possessive: on Channel 4's "Face the Port."). A show, a book or a slogan named, not words
   * someone said.
   */
  boolean isTitle(Quotation q) {
    return isTitle(q, afterPrepositionOrPossessive(q));
  }

  /** As {@link #isTitle(Quotation)}; {@code stopAllowed}: a full stop may end the title. */
  boolean isTitle(Quotation q, boolean stopAllowed) {
    if (!q.closed()) {
      return false;
    }
    String inner = inner(q);
    if (inner.endsWith(",") || inner.endsWith(".") && stopAllowed) {
      inner = inner.substring(0, inner.length() - 1); // said on Channel 4's "Face the Port."
    }
    String[] words = inner.split("\\s+");
    if (words.length < 2 || words.length > 8 || inner.isEmpty()
        || ".!?".indexOf(inner.charAt(inner.length() - 1)) >= 0) {
      return false;
    }
    for (int i = 0; i < words.length; i++) {
      String w = words[i];
      // Style books leave prepositions in lower case: "This Week with Ana Ruiz".
      boolean mustCap = i == 0 || w.length() >= 4 && !LOWER_IN_TITLES.contains(w);
      if (mustCap && !Character.isUpperCase(w.codePointAt(0))) {
        return false;
      }
    }
    return true;
  }

  private static final com.google.common.collect.ImmutableSet<String> LOWER_IN_TITLES =
      com.google.common.collect.ImmutableSet.of("with", "from", "into", "over", "upon");

  private static final java.util.regex.Pattern PREPOSITION_OR_POSSESSIVE =
      java.util.regex.Pattern.compile("(?i)(?:^|.*\\s)(on|in|at|from|to|with|of|\\S+['\u2019]s)$");

  /** Whether the word before the quotation is a preposition or a possessive: on "X", TV4's "X". */
  boolean afterPrepositionOrPossessive(Quotation q) {
    String before = layout.normalized().substring(Math.max(0, q.start() - 40), q.start()).trim();
    return PREPOSITION_OR_POSSESSIVE.matcher(before).matches();
  }

  /** How many paragraphs open with a speaker label in capitals and a colon ({@code PENCE: ...}). */
  int transcriptTurns() {
    if (transcriptTurns < 0) {
      transcriptTurns = LabelColonRule.countTurns(this);
    }
    return transcriptTurns;
  }
}
