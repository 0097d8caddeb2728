package io.github.quotekit.internal.layout;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds an article's paragraphs. Text with a line per paragraph keeps its line breaks. Text
 * hard-wrapped at a fixed width, as wire copy often is, has its lines joined: a line ends a
 * paragraph only when the next line's first word would have fitted on it and that next line begins
 * a sentence. Lines with no letter or digit (a lone "|") are blanked. Offsets never move.
 */
public final class TextLayout {
  private static final Pattern DATELINE =
      Pattern.compile(
          "(?i)^\\s*(\\d{1,4}[/.-]\\d{1,2}[/.-]\\d{1,4}(\\s+\\d{1,2}:\\d{2}(\\s*[ap]\\.?m\\.?)?)?"
              + "|\\d{1,2}:\\d{2}(\\s*[ap]\\.?m\\.?)?"
              + "|(mon|tues|wednes|thurs|fri|satur|sun)day,?\\s+.*\\d{4}"
              + "|(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+\\d{1,2},?\\s+\\d{4}.*"
              + "|\\d{1,2}\\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+\\d{4}.*"
              + "|(updated|published|posted)\\b.*)\\s*$");

  /**
   * A dateline that opens a paragraph, before a dash set off by spaces: "LONDON, March 4 (Reuters)
   * - ", "KYIV, Ukraine (AP) \u2014 ", "WASHINGTON -- ". The place is in capitals.
   */
  private static final String PLACE_AND_DASH =
      "\\p{Lu}[\\p{Lu}.'\u2019-]+(?: \\p{Lu}[\\p{Lu}.'\u2019-]*){0,3}"
          + "(?:, \\p{Lu}[\\p{L}.'\u2019]*(?: \\p{Lu}[\\p{L}.'\u2019]*){0,2})?"
          + "(?:, (?:\\p{Lu}\\p{L}{2,8}\\.? \\d{1,2}|\\d{1,2} \\p{Lu}\\p{L}{2,8}))?"
          + "(?: \\([\\p{L} .'&-]{1,30}\\))? (?:--|[-\u2013\u2014])";
  private static final Pattern INLINE_DATELINE = Pattern.compile(PLACE_AND_DASH + " (?=\\S)");
  /** Such a dateline as a block of its own, once split from its paragraph. */
  private static final Pattern DATELINE_ALONE = Pattern.compile(PLACE_AND_DASH);

  /** A line without end punctuation ends a paragraph only when shorter than this share of the width. */
  private static final double SHORT_LINE = 0.6;

  private static final int MIN_WRAPPED_LINES = 6;

  private TextLayout() {}

  public static Layout analyze(String text) {
    char[] out = text.toCharArray();
    for (int i = 0; i < out.length; i++) {
      char c = out[i];
      if (c == '\n') {
        continue;
      }
      if (c == '\r') {
        // A lone CR ends a line; one before LF is only padding.
        out[i] = (i + 1 < out.length && out[i + 1] == '\n') ? ' ' : '\n';
      } else if (c == '\u00ad') {
        // A soft hyphen is invisible: inside a word it marks where the word may break, next to a
        // space it is noise that would glue itself to the next word ("Doug \u00adAndres").
        boolean inWord = i > 0 && i + 1 < out.length
            && Character.isLetter(text.charAt(i - 1)) && Character.isLetter(text.charAt(i + 1));
        out[i] = inWord ? '-' : ' ';
      } else if (Character.isISOControl(c)
          || Character.isSpaceChar(c)
          || Character.getType(c) == Character.FORMAT) {
        // Invisible format characters (zero-width spaces, byte order marks, the direction marks
        // that web copy puts before a quotation mark) separate words as a space would.
        out[i] = ' ';
      }
    }
    List<int[]> lines = lines(out);
    // Blank out stray lines: nothing in them a reader would read.
    for (int[] l : lines) {
      if (!hasLetterOrDigit(out, l[0], l[1])) {
        for (int i = l[0]; i < l[1]; i++) {
          out[i] = ' ';
        }
      }
    }
    List<int[]> content = new ArrayList<>();
    for (int[] l : lines) {
      if (hasLetterOrDigit(out, l[0], l[1])) {
        content.add(l);
      }
    }
    int width = wrapWidth(out, content);
    if (width > 0) {
      for (int k = 0; k + 1 < lines.size(); k++) {
        int[] a = lines.get(k);
        int[] b = lines.get(k + 1);
        if (!hasLetterOrDigit(out, a[0], a[1]) || !hasLetterOrDigit(out, b[0], b[1])) {
          continue;
        }
        if (!endsParagraph(out, a, b, width)) {
          out[a[1]] = ' ';
        }
      }
    }
    splitInlineDatelines(out);
    String normalized = new String(out);
    return new Layout(normalized, blocks(normalized));
  }

  /**
   * Ends the line after a dateline that opens a paragraph ("LONDON, March 4 (Reuters) - Pellbrook
   * said ..."), so that the place and the agency are a block of their own, not words of the first
   * sentence: a parser reads "LONDON" as the subject of "said".
   */
  private static void splitInlineDatelines(char[] out) {
    String t = new String(out);
    var m = INLINE_DATELINE.matcher(t);
    for (int i = 0; i < out.length; i++) {
      if (out[i] == ' ' || i > 0 && out[i - 1] != '\n') {
        continue;
      }
      m.region(i, Math.min(out.length, i + 90));
      if (m.lookingAt() && !asideOpener(t, i, m.end())) {
        out[m.end() - 1] = '\n';
      }
    }
  }

  /**
   * Whether a bare word in capitals before a dash at [{@code from}, {@code end}) opens an aside
   * rather than a dateline: "NATO - the alliance - met." closes the aside with a second dash in
   * the same sentence. A place with a region, date or agency is a dateline.
   */
  private static boolean asideOpener(String t, int from, int end) {
    String head = t.substring(from, end);
    if (head.contains(",") || head.contains("(")) {
      return false;
    }
    String dash = head.strip().substring(head.strip().lastIndexOf(' ') + 1);
    int stop = t.indexOf(". ", end);
    int line = t.indexOf('\n', end);
    int last = Math.min(stop < 0 ? t.length() : stop, line < 0 ? t.length() : line);
    return t.substring(end, last).contains(" " + dash + " ");
  }

  /** [start, end) of each line, end at its newline (or the text's end). */
  private static List<int[]> lines(char[] t) {
    List<int[]> lines = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= t.length; i++) {
      if (i == t.length || t[i] == '\n') {
        lines.add(new int[] {start, i});
        start = i + 1;
      }
    }
    return lines;
  }

  private static boolean hasLetterOrDigit(char[] t, int from, int to) {
    for (int i = from; i < to; i++) {
      if (Character.isLetterOrDigit(t[i])) {
        return true;
      }
    }
    return false;
  }

  private static int trimmedLength(char[] t, int[] line) {
    int s = line[0];
    int e = line[1];
    while (e > s && t[e - 1] == ' ') {
      e--;
    }
    return e - s;
  }

  /**
   * The width text was wrapped at, or 0 when it is not hard-wrapped: enough lines, no line longer
   * than a terminal's, and most lines filling most of the width.
   */
  static int wrapWidth(char[] t, List<int[]> content) {
    if (content.size() < MIN_WRAPPED_LINES) {
      return 0;
    }
    // Wrapped lines mostly break mid-sentence; a line per paragraph mostly ends one.
    int open = 0;
    for (int[] l : content) {
      open += endsSentence(t, l) ? 0 : 1;
    }
    if (open < 0.4 * content.size()) {
      return 0;
    }
    int[] lengths = content.stream().mapToInt(l -> trimmedLength(t, l)).sorted().toArray();
    // The 90th percentile, so that one overlong line does not set the width.
    int width = lengths[(int) Math.floor(0.9 * (lengths.length - 1))];
    if (width > 120 || width < 30) {
      return 0;
    }
    int full = 0;
    for (int len : lengths) {
      if (len >= 0.75 * width) {
        full++;
      }
    }
    return full * 2 >= lengths.length ? lengths[lengths.length - 1] : 0;
  }

  private static boolean endsParagraph(char[] t, int[] a, int[] b, int width) {
    int s = b[0];
    while (s < b[1] && t[s] == ' ') {
      s++;
    }
    if (s > b[0]) {
      return true; // an indented line starts a paragraph
    }
    if (!beginsSentence(t[s])) {
      return false;
    }
    int aLength = trimmedLength(t, a);
    if (!endsSentence(t, a)) {
      // Only a headline, dateline or title stops well short without end punctuation.
      return aLength < SHORT_LINE * width;
    }
    int w = s;
    while (w < b[1] && t[w] != ' ') {
      w++;
    }
    // A paragraph's last line leaves room for the next line's first word; a full line does not.
    return aLength + 1 + (w - s) <= width;
  }

  private static boolean endsSentence(char[] t, int[] line) {
    int e = line[0] + trimmedLength(t, line) - 1;
    while (e > line[0] && isQuoteMark(t[e])) {
      e--;
    }
    return t[e] == '.' || t[e] == '?' || t[e] == '!';
  }

  private static boolean isQuoteMark(char c) {
    return c == '"' || c == '\'' || c == '\u201d' || c == '\u2019' || c == ')';
  }

  private static boolean beginsSentence(char c) {
    return Character.isUpperCase(c)
        || Character.isDigit(c)
        || c == '"'
        || c == '\u201c'
        || c == '\''
        || c == '\u2018'
        || c == '\u2014'
        || c == '-'
        || c == '\u2022'
        || c == '(';
  }

  private static ImmutableList<Block> blocks(String n) {
    ImmutableList.Builder<Block> blocks = ImmutableList.builder();
    int index = 0;
    boolean sawParagraph = false;
    int start = 0;
    for (int i = 0; i <= n.length(); i++) {
      if (i == n.length() || n.charAt(i) == '\n') {
        int s = start;
        int e = i;
        while (s < e && n.charAt(s) == ' ') {
          s++;
        }
        while (e > s && n.charAt(e - 1) == ' ') {
          e--;
        }
        if (e > s) {
          BlockKind kind = kindOf(n.substring(s, e), index == 0, sawParagraph);
          sawParagraph |= kind == BlockKind.PARAGRAPH;
          blocks.add(new Block(index++, s, e, kind));
        }
        start = i + 1;
      }
    }
    return blocks.build();
  }

  private static BlockKind kindOf(String block, boolean first, boolean afterParagraph) {
    if (DATELINE.matcher(block).matches() || DATELINE_ALONE.matcher(block).matches()) {
      return BlockKind.DATELINE;
    }
    int e = block.length() - 1;
    while (e > 0 && "\"'\u201d\u2019)".indexOf(block.charAt(e)) >= 0) {
      e--;
    }
    boolean ended = ".?!:;,".indexOf(block.charAt(e)) >= 0;
    int words = block.split("\\s+").length;
    if (!ended && words <= 25) {
      return first || !afterParagraph ? BlockKind.HEADLINE : BlockKind.HEADING;
    }
    return BlockKind.PARAGRAPH;
  }
}
