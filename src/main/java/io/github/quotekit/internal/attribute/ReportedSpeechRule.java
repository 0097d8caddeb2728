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
      return new Clause(
          doc.token(content[0]).start(),
          doc.token(content[1]).end(),
          new Cue(c.start(), c.end(), cue, speaker, rule));
    }
  }

  List<Clause> find(Article a, int sentence);
}
