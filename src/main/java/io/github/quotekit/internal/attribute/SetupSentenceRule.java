package io.github.quotekit.internal.attribute;

import io.github.quotekit.internal.detect.Quotation;
import io.github.quotekit.internal.layout.Block;
import io.github.quotekit.internal.layout.BlockKind;
import io.github.quotekit.internal.nlp.Doc;
import io.github.quotekit.internal.nlp.Sentence;
import io.github.quotekit.internal.nlp.Token;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code Holt named the ferry fares as the reason. "Nobody can pay them."}: a quotation that is a
 * sentence of its own, with no cue, right after a sentence of the same paragraph whose subject is
 * a person's name, is that person's; so is a quote paragraph right after a one-sentence paragraph
 * that announces the person's speech ("Holt continued his remarks."). The quotation gets a
 * speaker but no cue.
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
    // A title quoted in the setup ("On "Face the Port," ...") is no quotation of its own.
    if (a.blockAt(p.start()) != a.blockAt(q.start()) && !announcesSpeech(a, p, q)
        || a.quotationsIn(p.start(), p.end()).stream().anyMatch(t -> !a.isTitle(t))) {
      return Optional.empty();
    }
    int subject = openingPerson(doc, p);
    if (subject < 0) {
      subject = mainSubjectPerson(doc, p);
    }
    if (subject < 0) {
      return Optional.empty();
    }
    Mention m = Mentions.of(a, subject, -1);
    return m == null ? Optional.empty() : Optional.of(new Cue(-1, -1, -1, m, "setup-sentence"));
  }

  /**
   * Whether sentence {@code p} is a paragraph of its own, right before the quotation's, that
   * announces speech: its main verb is a verb of speaking, or takes what is said as its object
   * ("Holt continued his remarks.", "Ruiz issued a statement."), and is not negated ("Holt did not
   * say why."). The quote paragraph after it is then the speech.
   */
  private static boolean announcesSpeech(Article a, Sentence p, Quotation q) {
    Block mine = a.blockAt(q.start());
    Block before = a.blockAt(p.start());
    Doc doc = a.doc;
    if (mine == null || before == null || before.index() != mine.index() - 1
        || mine.kind() != BlockKind.PARAGRAPH || before.kind() != BlockKind.PARAGRAPH
        || doc.tokenFrom(before.start()) != p.firstToken()) {
      return false;
    }
    int verb = -1;
    for (int k = p.firstToken(); k < p.endToken(); k++) {
      Token t = doc.token(k);
      if (t.word().equalsIgnoreCase("not") || t.word().equalsIgnoreCase("n't")
          || t.word().equalsIgnoreCase("never")) {
        return false;
      }
      boolean finite = t.tag().matches("VBD|VBZ|VBP");
      // The parse's main verb; without a parse, the first verb in a tense.
      if (verb < 0 && finite && (!p.parsed() || t.head() < 0)) {
        verb = k;
      }
    }
    if (verb < 0) {
      return false;
    }
    if (Lexicon.isQuoteCueLemma(doc.token(verb).lemma())) {
      return true;
    }
    int object = doc.child(verb, "obj");
    return object >= 0 && Lexicon.SPEECH_NOUNS.contains(
        doc.token(object).word().toLowerCase(Locale.ROOT));
  }

  /**
   * The subject of the sentence's main verb in its parse, when it is a person's name and the
   * verb is in the past or present tense ("On Sunday, Sen. Ana Ruiz named ..."); or -1.
   */
  private static int mainSubjectPerson(Doc doc, Sentence p) {
    if (!p.parsed()) {
      return -1;
    }
    for (int k = p.firstToken(); k < p.endToken(); k++) {
      Token t = doc.token(k);
      if (t.head() < 0 && t.tag().matches("VBD|VBZ|VBP")) {
        int subject = doc.child(k, "nsubj");
        return subject >= 0 && subject < k && doc.token(subject).ner().equals("PERSON")
            ? subject : -1;
      }
    }
    return -1;
  }

  /**
   * The person the sentence opens with, its subject by news word order: a name (after titles)
   * followed by a verb, a comma or a bracket; the last token of the name, or -1. A pronoun is
   * not taken: resolving it gains nothing here and, without names, goes wrong.
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
    // "Sen. Ana Ruiz (D-Vt.), who ...": a party and a state in brackets may follow the name
    return next.isVerb() || next.word().equals(",") || next.tag().equals("MD")
        || next.tag().equals("-LRB-") ? k : -1;
  }
}
