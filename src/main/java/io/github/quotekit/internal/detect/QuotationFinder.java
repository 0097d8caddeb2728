package io.github.quotekit.internal.detect;

import com.google.common.collect.ImmutableList;
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
    ImmutableList.Builder<Quotation> out = ImmutableList.builder();
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
      if (!anyDouble) {
        findSingle(t, b, out);
      }
    }
    if (openAt >= 0) {
      Block last = layout.blocks().get(layout.blocks().size() - 1);
      out.add(new Quotation(openAt, trimEnd(t, last.end()), false));
    }
    return out.build();
  }

  private static void findSingle(String t, Block b, ImmutableList.Builder<Quotation> out) {
    int open = -1;
    for (int i = b.start(); i < b.end(); i++) {
      char c = t.charAt(i);
      if (c != '\'' && c != '\u2018' && c != '\u2019') {
        continue;
      }
      boolean letterBefore = i > b.start() && Character.isLetterOrDigit(t.charAt(i - 1));
      boolean letterAfter = i + 1 < b.end() && Character.isLetterOrDigit(t.charAt(i + 1));
      if (letterBefore && letterAfter) {
        continue; // an apostrophe: don't, Zelenskiy's
      }
      if (open < 0) {
        if (c != '\u2019' && !letterBefore && letterAfter) {
          open = i;
        }
      } else if (!letterAfter && i - open > 3 && t.substring(open, i).contains(" ")) {
        out.add(new Quotation(open, i + 1, true));
        open = -1;
      }
    }
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
