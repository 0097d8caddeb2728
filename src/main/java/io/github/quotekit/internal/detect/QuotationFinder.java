package io.github.quotekit.internal.detect;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import io.github.quotekit.internal.layout.Block;
import io.github.quotekit.internal.layout.Layout;

/**
 * Finds quotations by their marks, block by block. Curly quotes say which way they face; a
 * straight double quote opens after white space, an opening bracket or dash, or at a block's
 * start, and closes otherwise. Single quotes inside a double-quoted stretch belong to it. A block
 * that opens a quotation and leaves it open continues it into the next block when that block
 * starts with an opening mark, as news style runs a quote over paragraphs. Where no double quote
 * appears in a block, paired single quotes (as British and headline style use) are taken instead.
 * Runs in time linear in the text.
 */
public final class QuotationFinder {

  private QuotationFinder() {}

  public static ImmutableList<Quotation> find(Layout layout) {
    String t = layout.normalized();
    List<Quotation> doubles = new ArrayList<>();
    java.util.Set<Integer> withDouble = new java.util.HashSet<>();
    findDouble(layout, doubles, withDouble);
    List<Quotation> singles = findSingle(layout);
    // British style quotes in single marks and nests double ones inside: when more quotations of
    // three words or more stand in single marks than in double ones outside them, single marks
    // are the quotation marks, and double ones count only outside them.
    boolean british = longOutside(t, singles, doubles) > longOutside(t, doubles, singles);
    List<Quotation> all = new ArrayList<>();
    // Even then a single-mark quotation that crosses a double one's edge is not one.
    List<Quotation> kept = singles.stream()
        .filter(q -> british ? doubles.stream().noneMatch(o -> crosses(q, o))
            : blocksOf(layout, q).stream().noneMatch(withDouble::contains))
        .toList();
    for (Quotation q : doubles) {
      if (!british || kept.stream().noneMatch(o -> overlap(o, q))) {
        all.add(q);
      }
    }
    all.addAll(kept);
    all.sort(java.util.Comparator.comparingInt(Quotation::start));
    return ImmutableList.copyOf(all);
  }

  /**
   * How many of {@code qs} hold three words or more and neither lie inside nor cross any of
   * {@code others} (they may hold them).
   */
  private static int longOutside(String t, List<Quotation> qs, List<Quotation> others) {
    int n = 0;
    for (Quotation q : qs) {
      boolean inside = others.stream().anyMatch(o -> overlap(o, q)
          && !(q.start() <= o.start() && o.end() <= q.end()));
      if (!inside && t.substring(q.start(), q.end()).strip().split("\\s+").length >= 3) {
        n++;
      }
    }
    return n;
  }

  /** Whether {@code a} overlaps {@code b} without holding it. */
  private static boolean crosses(Quotation a, Quotation b) {
    return overlap(a, b) && !(a.start() <= b.start() && b.end() <= a.end());
  }

  private static boolean overlap(Quotation a, Quotation b) {
    return a.start() < b.end() && b.start() < a.end();
  }

  /** The indexes of the blocks quotation {@code q} touches. */
  private static List<Integer> blocksOf(Layout layout, Quotation q) {
    List<Integer> out = new ArrayList<>();
    for (int bi = 0; bi < layout.blocks().size(); bi++) {
      Block b = layout.blocks().get(bi);
      if (b.start() < q.end() && q.start() < b.end()) {
        out.add(bi);
      }
    }
    return out;
  }

  /** Quotations in double marks; {@code withDouble} gets the blocks that hold such a mark. */
  private static void findDouble(Layout layout, List<Quotation> out, java.util.Set<Integer> withDouble) {
    String t = layout.normalized();
    int openAt = -1;
    for (int bi = 0; bi < layout.blocks().size(); bi++) {
      Block b = layout.blocks().get(bi);
      int depth = 0;
      boolean anyDouble = false;
      int i = b.start();
      boolean turn = speakerTurn(t, b);
      if (turn) {
        i++; // "PENCE: ...: a transcript turn; its opening mark quotes the whole turn, not words
      }
      if (openAt >= 0) {
        // A quotation left open by the block before: this block must reopen it.
        boolean twoApostrophes = i + 1 < b.end() && t.charAt(i) == '\'' && t.charAt(i + 1) == '\'';
        if (!turn && (isDoubleOpening(t, i) || twoApostrophes)
            && straight(t.charAt(i)) == straight(t.charAt(openAt))) {
          depth = 1;
          i += twoApostrophes ? 2 : 1;
          anyDouble = true;
        } else {
          out.add(new Quotation(openAt, trimEnd(t, layout.blocks().get(bi - 1).end()), false));
          openAt = -1;
        }
      }
      for (; i < b.end(); i++) {
        char c = t.charAt(i);
        // Two apostrophes stand for a straight double quote in some archives' style.
        boolean twoApostrophes = c == '\'' && i + 1 < b.end() && t.charAt(i + 1) == '\'';
        if (!isDouble(c) && !twoApostrophes) {
          continue;
        }
        anyDouble = true;
        int markStart = i;
        if (twoApostrophes) {
          i++;
        }
        boolean opens = c == '\u201c' || c == '\u201e'
            || ((c == '"' || twoApostrophes) && opensHere(t, markStart, b.start())
                && !(depth > 0 && endsWord(t, i + 1, b.end())));
        if (c == '\u201d' && depth == 0 && opensHere(t, i, b.start()) && closesLater(t, i, b.end())) {
          opens = true; // a mis-typed opening mark
        }
        if (c == '\u201c' && depth == 1 && i > b.start() && ",.?!".indexOf(t.charAt(i - 1)) >= 0
            && endsWord(t, i + 1, b.end())) {
          opens = false; // a mis-typed closing mark: "It's unusual,\u201c said ...
        }
        if (opens) {
          if (depth == 0) {
            openAt = markStart;
          }
          depth++;
        } else if (depth > 0) {
          depth--;
          if (depth == 0) {
            out.add(new Quotation(openAt, i + 1, true));
            openAt = -1;
          }
        }
      }
      if (depth == 0) {
        openAt = -1;
      }
      if (anyDouble) {
        withDouble.add(bi);
      }
    }
    if (openAt >= 0) {
      Block last = layout.blocks().get(layout.blocks().size() - 1);
      out.add(new Quotation(openAt, trimEnd(t, last.end()), false));
    }
  }

  /**
   * Quotations in single marks, in every block. Double marks inside them are ignored. A quotation
   * left open at a block's end runs on into the next block when that block opens with a single
   * mark, as a quotation over paragraphs does in British style; otherwise it was no quotation.
   */
  private static List<Quotation> findSingle(Layout layout) {
    String t = layout.normalized();
    List<Quotation> out = new ArrayList<>();
    int open = -1;
    for (int bi = 0; bi < layout.blocks().size(); bi++) {
      Block b = layout.blocks().get(bi);
      int i = b.start();
      if (open >= 0) {
        if (i < b.end() && (t.charAt(i) == '\u2018' || t.charAt(i) == '\'')
            && i + 1 < b.end() && Character.isLetterOrDigit(t.charAt(i + 1))) {
          i++; // the paragraph reopens the quotation
        } else {
          open = -1;
        }
      }
      for (; i < b.end(); i++) {
        char c = t.charAt(i);
        if (c != '\'' && c != '\u2018' && c != '\u2019') {
          continue;
        }
        if (c == '\'' && (i + 1 < b.end() && t.charAt(i + 1) == '\''
            || i > b.start() && t.charAt(i - 1) == '\'')) {
          continue; // two apostrophes stand for a double mark
        }
        boolean letterBefore = i > b.start() && Character.isLetterOrDigit(t.charAt(i - 1));
        boolean letterAfter = i + 1 < b.end() && Character.isLetterOrDigit(t.charAt(i + 1));
        if (letterBefore && letterAfter) {
          continue; // an apostrophe: don't, Zelenskiy's
        }
        if (open < 0) {
          if (c != '\u2019' && !letterBefore && letterAfter && !elision(t, i, b.end())) {
            open = i;
          }
        } else if (!letterAfter && i - open > 3 && t.substring(open, i).contains(" ")
            && !pluralPossessive(t, i, b.end())) {
          out.add(new Quotation(open, i + 1, true));
          open = -1;
        }
      }
      if (open >= 0) {
        int next = bi + 1 < layout.blocks().size() ? layout.blocks().get(bi + 1).start() : -1;
        boolean reopens = next >= 0 && next + 1 < t.length()
            && (t.charAt(next) == '\u2018' || t.charAt(next) == '\'')
            && Character.isLetterOrDigit(t.charAt(next + 1));
        if (reopens && (t.charAt(next) == '\u2018') == (t.charAt(open) == '\u2018')
            && opensQuotation(t, open, b.start())) {
          continue;
        }
        open = -1;
      }
    }
    return out;
  }

  /** Words that follow a closing mark, never a possessive's noun. */
  private static final java.util.Set<String> FUNCTION_WORDS = java.util.Set.of("who", "which",
      "that", "were", "was", "is", "are", "and", "or", "but", "in", "on", "at", "to", "of",
      "for", "with", "from", "by", "as", "have", "has", "had", "will", "would", "could", "can",
      "may", "might", "should", "be", "been", "than", "the", "a", "an", "he", "she", "they", "it",
      "we", "said", "says", "remain", "remained", "if", "when", "while", "into", "over", "after");

  /** Elisions a single mark opens that are no quotation: 'em, '80s, rock 'n' roll, 'til. */
  private static boolean elision(String t, int i, int end) {
    int w = i + 1;
    while (w < end && Character.isLetterOrDigit(t.charAt(w))) {
      w++;
    }
    String word = t.substring(i + 1, w).toLowerCase(java.util.Locale.ROOT);
    return word.matches("em|n|til|cause|bout|twas|tis|\\d0s|\\d\\ds?");
  }

  /**
   * Whether the single mark at {@code open} stands where a quotation opens, at its block's start or
   * after a colon or comma ("said: 'For fifty years ..."), not before a word inside a sentence.
   */
  private static boolean opensQuotation(String t, int open, int blockStart) {
    int k = open - 1;
    while (k >= blockStart && t.charAt(k) == ' ') {
      k--;
    }
    return k < blockStart || t.charAt(k) == ':' || t.charAt(k) == ',';
  }

  /**
   * Whether the single mark at {@code i} is the apostrophe of a plural's possessive ("the fans'
   * day"): after an "s", before a word in lower case, with a closing mark still to come in the
   * block after punctuation ("... not ours,'").
   */
  private static boolean pluralPossessive(String t, int i, int end) {
    if (t.charAt(i - 1) != 's' || i + 2 >= end || t.charAt(i + 1) != ' '
        || !Character.isLowerCase(t.charAt(i + 2))) {
      return false;
    }
    int w = i + 2;
    while (w < end && Character.isLetter(t.charAt(w))) {
      w++;
    }
    if (FUNCTION_WORDS.contains(t.substring(i + 2, w))) {
      return false; // "bosses were 'fat cats' who ...": a word that owns nothing closes a quote
    }
    for (int k = i + 2; k < end; k++) {
      char c = t.charAt(k);
      if ((c == '\'' || c == '\u2019') && ",.?!".indexOf(t.charAt(k - 1)) >= 0
          && (k + 1 >= end || !Character.isLetterOrDigit(t.charAt(k + 1)))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether what follows a straight mark at {@code i - 1} ends a word: white space, punctuation or
   * the block's end. With a quotation open, such a mark closes it even after a space or a single
   * quote ({@code "... the term 'outreach,' " he said}).
   */
  private static boolean endsWord(String t, int i, int end) {
    if (i >= end) {
      return true;
    }
    char n = t.charAt(i);
    return Character.isWhitespace(n) || ".,;:!?)]\u2014\u2013-".indexOf(n) >= 0;
  }

  /**
   * Whether the block is a transcript turn that a scraped page opened with a quotation mark and never
   * closed: the mark, then a speaker label in capitals and a colon ({@code "PENCE: Well, ...}).
   */
  static boolean speakerTurn(String t, Block b) {
    int i = b.start();
    if (i >= b.end() || !isDoubleOpening(t, i)) {
      return false;
    }
    int k = i + 1;
    int letters = 0;
    while (k < b.end() && k < i + 40) {
      char c = t.charAt(k);
      if (c == ':') {
        return letters >= 2 && k + 1 < b.end() && t.charAt(k + 1) == ' ';
      }
      if (Character.isUpperCase(c)) {
        letters++;
      } else if (!(c == ' ' || c == '.' || c == '\'' || c == '-')) {
        return false;
      }
      k++;
    }
    return false;
  }

  /** Straight marks (" and '') and curly ones do not pair across paragraphs. */
  private static boolean straight(char c) {
    return c == '"' || c == '\'';
  }

  private static boolean isDouble(char c) {
    return c == '"' || c == '\u201c' || c == '\u201d' || c == '\u201e';
  }

  private static boolean isDoubleOpening(String t, int i) {
    char c = t.charAt(i);
    return c == '\u201c' || c == '\u201e' || c == '"';
  }

  /** A straight mark opens at a block's start or after space, a bracket, a dash or a slash. */
  private static boolean opensHere(String t, int i, int blockStart) {
    if (i == blockStart) {
      return true;
    }
    char p = t.charAt(i - 1);
    return p == ' ' || p == '(' || p == '[' || p == '\u2014' || p == '\u2013' || p == '/'
        || p == '\u2018' || p == '\'' || (p == '-' && i >= 2 && t.charAt(i - 2) == ' ');
  }

  private static boolean closesLater(String t, int i, int end) {
    for (int k = i + 1; k < end; k++) {
      char c = t.charAt(k);
      if (c == '\u201d' || c == '"') {
        return true;
      }
      if (c == '\u201c') {
        return false;
      }
    }
    return false;
  }

  private static int trimEnd(String t, int end) {
    while (end > 0 && Character.isWhitespace(t.charAt(end - 1))) {
      end--;
    }
    return end;
  }
}
