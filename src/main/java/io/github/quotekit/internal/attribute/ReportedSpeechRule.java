package io.github.quotekit.internal.attribute;

import io.github.quotekit.internal.nlp.Doc;
import io.github.quotekit.internal.nlp.Token;
import java.util.List;

/** A rule that finds reported speech (a clause and its cue) in a sentence. */
interface ReportedSpeechRule {
  /** A reported clause: characters {@code [start, end)} and its attribution. */
  record Clause(int start, int end, Cue cue) {
    /** The clause of tokens {@code [content[0], content[1]]}, cued by token {@code cue}. */
    static Clause of(Doc doc, int[] content, int cue, Mention speaker, String rule) {
      Token c = doc.token(cue);
      return spanning(doc, content[0], content[1], new Cue(c.start(), c.end(), cue, speaker, rule));
    }

    /**
     * The clause of tokens {@code [first, last]}, after any dateline that opens it and any time
     * of the telling that the cue left at its front ("told reporters on Monday the vote ...").
     */
    static Clause spanning(Doc doc, int first, int last, Cue cue) {
      int from = afterDateline(doc, first, last);
      if (cue.start() >= 0 && cue.end() <= doc.token(from).start()) {
        from = afterTime(doc, from, last);
      }
      return new Clause(doc.token(from).start(), doc.token(last).end(), cue);
    }
  }

  /**
   * The first token after a time phrase ("on Monday", "last week", "Thursday") that opens the
   * clause at {@code first} after its cue, or {@code first}. Not a time that is the clause's
   * subject or a possessor ("Friday's vote", "Monday was the deadline"), nor one that leaves
   * fewer than three words.
   */
  private static int afterTime(Doc doc, int first, int last) {
    int k = first;
    while (k < last && ReportingVerbRule.TIME_MODIFIERS.contains(doc.token(k).word().toLowerCase(java.util.Locale.ROOT))) {
      k++;
    }
    if (k >= last || !Mentions.isTimeWord(doc.token(k))) {
      return first;
    }
    int next = k + 1;
    if (next <= last && doc.token(next).word().equals(",")) {
      next++;
    }
    if (last - next < 2) {
      return first;
    }
    Token after = doc.token(next);
    if (after.tag().equals("POS") || after.isVerb() || after.tag().equals("MD")
        || doc.token(k).tag().equals("POS")) {
      return first;
    }
    return next;
  }

  /**
   * The first token after a place dateline that opens the sentence at {@code first}
   * ("WASHINGTON \u2014", "KYIV, Ukraine (AP) \u2014"), or {@code first} itself.
   */
  private static int afterDateline(Doc doc, int first, int last) {
    if (first != doc.sentenceOf(doc.token(first)).firstToken()
        || !doc.token(first).word().matches("\\p{Lu}[\\p{Lu}.'-]+")) {
      return first;
    }
    for (int k = first + 1; k < last && k <= first + 8; k++) {
      String w = doc.token(k).word();
      if (w.matches("[\u2014\u2015\u2013-]|--")) {
        return k + 1;
      }
      if (!w.matches("\\p{Lu}[\\p{L}.'-]*|,|[()]|-LRB-|-RRB-")) {
        return first;
      }
    }
    return first;
  }

  List<Clause> find(Article a, int sentence);
}
