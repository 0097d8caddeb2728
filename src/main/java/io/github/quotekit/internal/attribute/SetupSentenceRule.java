package io.github.quotekit.internal.attribute;

import io.github.quotekit.internal.detect.Quotation;
import io.github.quotekit.internal.nlp.Doc;
import io.github.quotekit.internal.nlp.Sentence;
import io.github.quotekit.internal.nlp.Token;
import java.util.Optional;

/**
 * {@code Holt named the ferry fares as the reason. "Nobody can pay them."}: a quotation that is a
 * sentence of its own, with no cue, right after a sentence of the same paragraph whose subject is
 * a person's name, is that person's. The quotation gets a speaker but no cue.
 */
final class SetupSentenceRule implements DirectQuoteRule {

  @Override
  public Optional<Cue> attribute(Quotation q, Article a) {
    Doc doc = a.doc;
    int open = doc.tokenFrom(q.start());
    if (open >= doc.tokens().size()) {
      return Optional.empty();
    }
    Sentence s = doc.sentenceOf(doc.token(open));
    if (s.firstToken() != open || s.index() == 0) {
      return Optional.empty();
    }
    for (int k = doc.tokenFrom(q.end()); k < s.endToken(); k++) {
      if (!doc.token(k).isPunctuation()) {
        return Optional.empty(); // the sentence goes on: a cue or more words after the quotation
      }
    }
    Sentence p = doc.sentences().get(s.index() - 1);
    if (a.blockAt(p.start()) != a.blockAt(q.start()) || !a.quotationsIn(p.start(), p.end()).isEmpty()) {
      return Optional.empty();
    }
    int subject = openingPerson(doc, p);
    if (subject < 0) {
      return Optional.empty();
    }
    Mention m = Mentions.of(a, subject, -1);
    return m == null ? Optional.empty() : Optional.of(new Cue(-1, -1, -1, m, "setup-sentence"));
  }

  /**
   * The person the sentence opens with, its subject by news word order: a name (after titles)
   * followed by a verb or by a comma; the last token of the name, or -1. A pronoun is not taken:
   * resolving it gains nothing here and, without names, goes wrong.
   */
  private static int openingPerson(Doc doc, Sentence p) {
    int k = p.firstToken();
    for (int j = k; j < p.endToken() && j < p.firstToken() + 6; j++) {
      if (doc.token(j).tag().equals("POS")) {
        k = j + 1; // "Harbour College's Ana Ruiz agreed.": past the owner in the possessive
        break;
      }
      if (!doc.token(j).isProperNoun()) {
        break;
      }
    }
    int titles = k + 3;
    while (k < p.endToken() && k < titles && !doc.token(k).ner().equals("PERSON")
        && doc.token(k).isProperNoun()) {
      k++; // titles: "Sen.", "Gov."
    }
    if (k >= p.endToken() || !doc.token(k).ner().equals("PERSON")) {
      return -1;
    }
    while (k + 1 < p.endToken() && doc.token(k + 1).ner().equals("PERSON")) {
      k++;
    }
    if (k + 1 >= p.endToken()) {
      return -1;
    }
    Token next = doc.token(k + 1);
    return next.isVerb() || next.word().equals(",") || next.tag().equals("MD") ? k : -1;
  }
}
