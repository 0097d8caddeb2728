package io.github.quotekit.internal.attribute;

import com.google.common.collect.ImmutableSet;
import io.github.quotekit.internal.nlp.Doc;
import io.github.quotekit.internal.nlp.Sentence;
import io.github.quotekit.internal.nlp.Token;
import java.util.List;
import java.util.Locale;

/**
 * {@code In a poll released Monday, CLAUSE} and {@code CLAUSE, in the survey}: what a poll or a
 * study shows, told the way news tells a finding without a verb ("the latest poll shows ..."). The
 * source is the study's noun phrase after "in"; the reported clause is the rest of the sentence.
 * Read by word order, so it needs no parse. Not when the clause reports someone's words itself
 * ("In a statement, the mayor said ..."): that report is the quote.
 */
final class InStudyRule implements ReportedSpeechRule {
  static final String RULE = "in-study";
  /** What counts voters or findings, so that what stands in it is its finding. */
  private static final ImmutableSet<String> STUDIES =
      ImmutableSet.of("poll", "survey", "study", "analysis", "report");
  /** Words that make a study that closes a sentence a particular one ("the latest poll"). */
  private static final ImmutableSet<String> PARTICULAR =
      ImmutableSet.of("latest", "new", "recent", "newest");
  private static final int MAX_PHRASE = 12;
  private static final int MIN_CLAUSE = 3;

  @Override
  public List<Clause> find(Article a, int sentence) {
    Doc doc = a.doc;
    Sentence s = doc.sentences().get(sentence);
    int first = s.firstToken();
    while (first < s.endToken() && (doc.token(first).isPunctuation()
        || doc.token(first).tag().equals("CC"))) {
      first++;
    }
    int last = s.endToken() - 1;
    while (last > first && doc.token(last).isPunctuation()) {
      last--;
    }
    if (last - first < MIN_CLAUSE + 2) {
      return List.of();
    }
    Clause fronted = fronted(a, s, first);
    if (fronted != null) {
      return List.of(fronted);
    }
    Clause closing = closing(a, s, first, last);
    return closing == null ? List.of() : List.of(closing);
  }

  /** "In a poll released Monday, CLAUSE": the clause after the comma that ends the phrase. */
  private static Clause fronted(Article a, Sentence s, int in) {
    Doc doc = a.doc;
    if (!isIn(doc, in)) {
      return null;
    }
    int study = studyAfter(doc, s, in);
    if (study < 0) {
      return null;
    }
    int comma = AccordingToRule.clauseComma(doc, s, study + 1);
    if (comma < 0 || comma - in > MAX_PHRASE) {
      return null;
    }
    int first = comma + 1;
    return clause(a, study, in, first,
        ReportingVerbRule.cutTrailingClauses(doc, first, s.endToken() - 1));
  }

  /**
   * "CLAUSE, in the survey" or "CLAUSE in the latest poll": the study closes the sentence, set off
   * by a comma or named as a particular one; the clause is what comes before.
   */
  private static Clause closing(Article a, Sentence s, int first, int last) {
    Doc doc = a.doc;
    for (int in = last - 1; in > first + MIN_CLAUSE && last - in <= MAX_PHRASE; in--) {
      if (!isIn(doc, in)) {
        continue;
      }
      int study = studyAfter(doc, s, in);
      if (study < 0 || !closesSentence(doc, study, last)) {
        return null;
      }
      boolean setOff = doc.token(in - 1).word().equals(",");
      if (!setOff && !particular(doc, in + 1, study)) {
        return null;
      }
      return clause(a, study, in, first, in - 1);
    }
    return null;
  }

  private static Clause clause(Article a, int study, int in, int first, int last) {
    Doc doc = a.doc;
    int[] c = ReportingVerbRule.trimLoose(doc, first, last);
    if (c == null || c[1] - c[0] + 1 < MIN_CLAUSE || !ReportingVerbRule.hasFiniteVerb(doc, c[0], c[1])
        || reportsItself(doc, c[0], c[1]) || a.insideQuotation(doc.token(in))) {
      return null;
    }
    Mention m = Mentions.byWordOrder(a, study);
    if (m == null) {
      return null;
    }
    Token t = doc.token(in);
    return Clause.spanning(doc, c[0], c[1], new Cue(t.start(), t.end(), -1, m, RULE));
  }

  private static boolean isIn(Doc doc, int k) {
    return doc.token(k).word().equalsIgnoreCase("in") && doc.token(k).tag().equals("IN");
  }

  /**
   * The study noun heading the phrase after "in" at token {@code in}: the first noun past its
   * modifiers (determiners, adjectives, names, numbers), when it is a study and no other noun
   * follows it in the same run. -1 otherwise.
   */
  private static int studyAfter(Doc doc, Sentence s, int in) {
    for (int k = in + 1; k < s.endToken() && k - in <= MAX_PHRASE; k++) {
      Token t = doc.token(k);
      boolean modifier = t.tag().matches("DT|PRP\\$|JJ.*|CD|NNP.*|POS|HYPH|RB.*|VBN")
          || t.word().matches("[-/]");
      if (t.tag().matches("NNS?")) {
        boolean runGoesOn = k + 1 < s.endToken() && doc.token(k + 1).tag().matches("NNS?");
        if (runGoesOn) {
          continue; // "a Quinnipiac poll result": the last noun heads it
        }
        return STUDIES.contains(t.lemma()) ? k : -1;
      }
      if (!modifier) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * Whether nothing follows the study to the sentence's end but a participle phrase ("the survey,
   * taken in May").
   */
  private static boolean closesSentence(Doc doc, int study, int last) {
    if (study == last) {
      return true;
    }
    Token next = doc.token(study + 1);
    if (next.word().equals(",")) {
      next = doc.token(Math.min(study + 2, last));
    }
    return next.tag().equals("VBN") && !ReportingVerbRule.hasFiniteVerb(doc, study + 1, last);
  }

  /** Whether the phrase before the study names a particular one: "the latest", "a CNN poll". */
  private static boolean particular(Doc doc, int from, int study) {
    for (int k = from; k < study; k++) {
      Token t = doc.token(k);
      if (t.isProperNoun() || t.tag().equals("CD")
          || PARTICULAR.contains(t.word().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the clause has a verb of saying or believing of its own ("60 percent said they ...",
   * "most voters think ..."): that verb's report is the quote.
   */
  private static boolean reportsItself(Doc doc, int first, int last) {
    for (int k = first; k <= last; k++) {
      Token t = doc.token(k);
      if (t.isVerb() && (Lexicon.isReportingLemma(t.lemma()) || Lexicon.isQuoteCue(t))) {
        return true;
      }
    }
    return false;
  }
}
