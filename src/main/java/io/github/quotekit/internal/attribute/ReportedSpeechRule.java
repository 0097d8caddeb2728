package io.github.quotekit.internal.attribute;

import java.util.List;

/** A rule that finds reported speech (a clause and its cue) in a sentence. */
interface ReportedSpeechRule {
  /** A reported clause: characters {@code [start, end)} and its attribution. */
  record Clause(int start, int end, Cue cue) {}

  List<Clause> find(Article a, int sentence);
}
