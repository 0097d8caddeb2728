package io.github.quotekit.internal.attribute;

import com.google.common.collect.ImmutableSet;
import io.github.quotekit.internal.nlp.Doc;
import io.github.quotekit.internal.nlp.Sentence;
import io.github.quotekit.internal.nlp.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code Asked whether the plan would pass, Holt said ...}, {@code When asked about the vote,
 * ...}, {@code She was asked why she left}: the question put to someone, as news reports it
 * without the one who asked (or with the agent of "asked by a reporter", who then speaks). The
 * question is the clause after "asked", opened by a question word, "whether", "if", "about" or
 * "to", up to the comma that ends the phrase.
 */
final class QuestionRule implements ReportedSpeechRule {
  private static final ImmutableSet<String> OPENERS =
      ImmutableSet.of("whether", "if", "why", "what", "how", "who", "whom", "whose", "when",
          "where", "which", "about");
  private static final ImmutableSet<String> LEADS = ImmutableSet.of("when", "after", "once", "if");
  /** How far after "asked" the question may begin ("asked at a forum on Monday about ..."). */
  private static final int REACH = 8;

  @Override
  public List<Clause> find(Article a, int sentence) {
    Doc doc = a.doc;
    Sentence s = doc.sentences().get(sentence);
    List<Clause> out = new ArrayList<>();
    for (int v = s.firstToken(); v < s.endToken(); v++) {
      Token t = doc.token(v);
      if (!t.lemma().equals("ask") || a.insideQuotation(t)) {
        continue;
      }
      boolean reduced = reducedPassive(a, s, v);
      // "was asked", and "was then asked", which the tagger may read as a past tense
      boolean passive = t.tag().matches("VBN|VBD")
          && (v > s.firstToken() && doc.token(v - 1).lemma().equals("be")
              || v - 1 > s.firstToken() && doc.token(v - 2).lemma().equals("be")
                  && (doc.token(v - 1).tag().startsWith("RB")
                      || doc.token(v - 1).word().equalsIgnoreCase("first")));
      if (activeAsk(doc, v) && !reduced && !passive) {
        Clause asked = askedQuestion(a, s, v);
        if (asked != null) {
          out.add(asked);
          continue;
        }
      }
      if (!t.tag().equals("VBN") && !reduced && !passive) {
        continue;
      }
      boolean opening = v == s.firstToken()
          || v > s.firstToken() && LEADS.contains(lower(doc.token(v - 1)));
      if (!opening && !passive && !reduced) {
        continue;
      }
      int agent = -1;
      int first = -1;
      for (int k = v + 1; k < s.endToken() && k <= v + REACH; k++) {
        Token w = doc.token(k);
        if (w.word().equals(",") || a.insideQuotation(w)) {
          break;
        }
        boolean infinitive = lower(w).equals("to") && k + 1 < s.endToken()
            && doc.token(k + 1).tag().equals("VB");
        if (OPENERS.contains(lower(w)) || infinitive) {
          first = k;
          break;
        }
        if (lower(w).equals("by") || agent >= 0 && Mentions.isNominal(w)) {
          agent = k; // "asked by a reporter": the last word of the agent's noun phrase
        }
      }
      if (first < 0) {
        continue;
      }
      int end = opening ? openingQuestionEnd(a, s, first) : -1;
      int[] content = ReportingVerbRule.trimLoose(doc, first,
          end >= 0 ? end : questionEnd(a, s, first, false));
      if (content == null || content[1] - content[0] < 1) {
        continue;
      }
      Mention m = agent >= 0 && !lower(doc.token(agent)).equals("by") ? Mentions.of(a, agent, v) : null;
      out.add(new Clause(doc.token(content[0]).start(), doc.token(content[1]).end(),
          new Cue(t.start(), t.end(), v, m, "question")));
    }
    return out;
  }

  /**
   * {@code X, asked about the deaths, said ...}: "asked" set off after a noun, with the question
   * right after it, in a sentence whose report is another verb's. The one named was asked; who
   * asked is not said.
   */
  static boolean reducedPassive(Article a, Sentence s, int v) {
    Doc doc = a.doc;
    if (v - 2 < s.firstToken() || v + 1 >= s.endToken() || !doc.token(v - 1).word().equals(",")
        || !Mentions.isNominal(doc.token(v - 2)) || !OPENERS.contains(lower(doc.token(v + 1)))) {
      return false;
    }
    for (int k = s.firstToken(); k < s.endToken(); k++) {
      Token t = doc.token(k);
      if (k != v && t.tag().matches("VBD|VBZ|VBP") && Lexicon.isQuoteCue(t)
          && !a.insideQuotation(t)) {
        return true;
      }
    }
    return false;
  }

  /**
   * "Holt said, when asked whether ...", "Asked about the vote, Holt said": a bare participle of
   * "ask", opening its sentence or after "when", "after", "once" or "if", says what the subject
   * was asked; the one who asked is not named.
   */
  static boolean putToTheSubject(Doc doc, Sentence s, int v) {
    Token t = doc.token(v);
    return t.lemma().equals("ask") && t.tag().equals("VBN") && doc.child(v, "aux") < 0
        && (v == s.firstToken() || LEADS.contains(lower(doc.token(v - 1))));
  }

  /**
   * Whether "ask" at {@code v} is active in a parsed sentence ("asked", "has asked", "will ask",
   * "is asking"), so that its subject is the one who asks; not "was asked" or a bare "Asked
   * whether ...".
   */
  static boolean activeAsk(Doc doc, int v) {
    Token t = doc.token(v);
    if (!t.lemma().equals("ask") || !t.isVerb() || !doc.sentenceOf(t).parsed()) {
      return false;
    }
    return !t.tag().equals("VBN")
        || doc.child(v, "aux:pass") < 0 && doc.child(v, "aux") >= 0;
  }

  /**
   * "Ana Holt asked the minister whether the port would close": the one who asks is the subject,
   * and the question runs from its opening word to the end of the clause.
   */
  static Clause askedQuestion(Article a, Sentence s, int v) {
    Doc doc = a.doc;
    int subject = Mentions.subjectOf(doc, v);
    if (subject < 0 || subject > v) {
      return null;
    }
    int first = -1;
    for (int k = v + 1; k < s.endToken() && k <= v + REACH; k++) {
      Token w = doc.token(k);
      if (w.isPunctuation() || w.isVerb() || a.insideQuotation(w)) {
        return null;
      }
      String word = lower(w);
      if (word.equals("whether") || word.equals("if") || w.tag().startsWith("W")) {
        first = k;
        break;
      }
    }
    if (first < 0) {
      return null;
    }
    int[] content = ReportingVerbRule.trimLoose(doc, first, questionEnd(a, s, first, true));
    Mention m = Mentions.of(a, subject, v);
    if (content == null || content[1] - content[0] < 2 || m == null) {
      return null;
    }
    Token t = doc.token(v);
    return new Clause(doc.token(content[0]).start(), doc.token(content[1]).end(),
        new Cue(t.start(), t.end(), v, m, "question"));
  }

  /**
   * The last token of a question opened at {@code first}: before the next comma or semicolon (or
   * quotation, when {@code beforeQuotation}), else the sentence's last.
   */
  private static int questionEnd(Article a, Sentence s, int first, boolean beforeQuotation) {
    for (int k = first + 1; k < s.endToken(); k++) {
      Token t = a.doc.token(k);
      if (t.word().equals(",") || t.word().equals(";")
          || beforeQuotation && a.insideQuotation(t)) {
        return k - 1;
      }
    }
    return s.endToken() - 1;
  }

  /**
   * "Asked whether the mayor, who backs the levy, would resign, Holt said ...": a question that
   * opens the sentence runs to the comma or dash after which the main clause's subject and verb
   * follow, past the commas of asides inside it. Returns its last token, or -1 when no comma or
   * dash is followed by a subject and its verb.
   */
  private static int openingQuestionEnd(Article a, Sentence s, int first) {
    Doc doc = a.doc;
    int last = s.endToken() - 1;
    for (int k = first + 1; k < last; k++) {
      Token t = doc.token(k);
      if (t.word().equals(";")) {
        return -1;
      }
      if (a.insideQuotation(t)) {
        continue; // "how she would rank the "old guard"": quoted words inside the question
      }
      boolean mark = t.word().equals(",") || ReportingVerbRule.isDash(doc, k);
      if (mark && !doc.token(k + 1).tag().matches("WP|WDT|WRB")
          && ReportingVerbRule.subjectAndVerb(doc, k + 1, last)) {
        return k - 1;
      }
    }
    return -1;
  }

  private static String lower(Token t) {
    return t.word().toLowerCase(Locale.ROOT);
  }
}
