package io.github.quotekit.internal.attribute;

import io.github.quotekit.internal.nlp.Doc;
import io.github.quotekit.internal.nlp.Sentence;
import io.github.quotekit.internal.nlp.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code According to X, CLAUSE}, {@code CLAUSE, according to X} and {@code A, according to X,
 * B}: the source is the noun phrase after "according to"; the reported clause is the rest of the
 * sentence, before or after it (when the attribution stands inside the sentence, the part that
 * holds the main clause's verb).
 */
final class AccordingToRule implements ReportedSpeechRule {
  /** The rule name its cues carry. */
  static final String RULE = "according-to";

  @Override
  public List<Clause> find(Article a, int sentence) {
    Doc doc = a.doc;
    Sentence s = doc.sentences().get(sentence);
    List<Clause> out = new ArrayList<>();
    for (int j = s.firstToken(); j + 1 < s.endToken(); j++) {
      if (!isAccordingTo(doc, j) || a.insideQuotation(doc.token(j))) {
        continue;
      }
      int source = sourceOf(doc, j);
      if (source < 0) {
        continue;
      }
      int[] sub = doc.subtree(source);
      int srcEnd = Math.max(sub[sub.length - 1], j + 1);
      // "The vote was close: according to the tally, CLAUSE": a colon or semicolon before the
      // attribution opens the part of the sentence it belongs to.
      int opening = partOpening(doc, s, j);
      boolean swallowed = false;
      if (srcEnd >= s.endToken() - 2 && onlyPunctuationBetween(doc, opening, j)) {
        // "According to a study by X based on Y, CLAUSE", parsed with the source as the root:
        // the source ends at the comma after which the clause opens.
        int comma = clauseComma(doc, s, j + 2);
        if (comma > 0) {
          srcEnd = comma - 1;
          swallowed = true;
        }
      }
      int first;
      int last;
      if (onlyPunctuationBetween(doc, opening, j)) {
        first = srcEnd + 1;
        // "According to an official, who asked not to be named, CLAUSE": a relative clause on
        // the source that the parse left out of its phrase ends at the comma the clause follows.
        if (first + 1 < s.endToken() && doc.token(first).word().equals(",")
            && doc.token(first + 1).word().matches("(?i)who|whom|whose|which")) {
          int comma = clauseComma(doc, s, first + 2);
          if (comma > 0) {
            first = comma + 1;
          }
        }
        last = s.endToken() - 1;
        while (first < last && doc.token(first).word().equals(",")) {
          first++;
        }
        if (first < last && doc.token(first).tag().matches("MD|VB[DPZ]?")) {
          // "According to X, an analyst at Y, the currency could weaken": the parse hung the
          // clause's subject on the source's apposition; the clause opens after its last comma.
          for (int c = first - 1; c > j + 2; c--) {
            if (doc.token(c).word().equals(",")) {
              if (c + 1 < first && doc.token(c + 1).tag().matches("DT|PRP|NNP?S?|CD|JJ")) {
                first = c + 1;
              }
              break;
            }
          }
        }
        if (first < last && doc.token(first).tag().matches("VBN|VBG")) {
          // "According to the report, released on Monday, prices rose": past the participle
          // phrase on the source, to the clause after its comma.
          for (int c = first + 1; c < last; c++) {
            if (doc.token(c).word().equals(",")) {
              if (ReportingVerbRule.hasFiniteVerb(doc, c + 1, last)) {
                first = c + 1;
              }
              break;
            }
          }
        }
      } else if (continuesAfter(doc, s, opening, j, srcEnd)) {
        first = srcEnd + 2;
        last = ReportingVerbRule.cutTrailingClauses(doc, first, s.endToken() - 1);
      } else {
        first = opening;
        last = j - 1;
      }
      int[] clause = ReportingVerbRule.trimLoose(doc, first, last);
      if (clause == null || clause[1] - clause[0] < 2) {
        continue;
      }
      first = clause[0];
      last = clause[1];
      Mention m = withAuthor(a, source,
          swallowed ? Mentions.byWordOrder(a, source) : Mentions.of(a, source, -1));
      if (m == null) {
        continue;
      }
      Token according = doc.token(j);
      Token to = doc.token(j + 1);
      out.add(Clause.spanning(
          doc, first, last, new Cue(according.start(), to.end(), -1, m, RULE)));
    }
    return out;
  }

  /** The attribution at "according" (token {@code j}) used as a direct quotation's cue. */
  static Optional<Cue> cueAt(Article a, int j) {
    int source = sourceOf(a.doc, j);
    if (source < 0) {
      return Optional.empty();
    }
    Mention m = withAuthor(a, source, Mentions.of(a, source, -1));
    if (m == null) {
      return Optional.empty();
    }
    return Optional.of(
        new Cue(a.doc.token(j).start(), a.doc.token(j + 1).end(), -1, m, RULE));
  }

  /**
   * "according to a study by the Harbour Institute", "according to a letter from Ana Holt": a
   * document or finding whose author is named after "by" or "from" speaks for that author. The
   * mention runs from the document to the author's name, and the speaker is the author.
   * Otherwise {@code m} as it is.
   */
  private static Mention withAuthor(Article a, int source, Mention m) {
    Doc doc = a.doc;
    if (m == null || !Lexicon.isDocument(doc.token(source).lemma())) {
      return m;
    }
    for (int c : doc.children(source)) {
      Token author = doc.token(c);
      int marker = doc.child(c, "case");
      if (c > source && author.baseRel().equals("nmod") && author.isProperNoun()
          && author.ner().matches("PERSON|ORGANIZATION") && marker == source + 1
          && doc.token(marker).word().matches("(?i)by|from")) {
        Mention named = Mentions.of(a, c, -1);
        if (named == null || named.name() == null) {
          return m;
        }
        return new Mention(
            m.start(), named.end(), named.head(), named.type(), named.name(), false);
      }
    }
    return m;
  }

  /**
   * "At the centre of it, according to Ana Holt, was a quarrel", "A week later, according to
   * Holt, the board resigned": set between commas inside a sentence whose main clause goes on
   * after it, the attribution reports what follows. It does when the part after holds a finite
   * verb and either opens with one or the part before has none of its own.
   */
  private static boolean continuesAfter(Doc doc, Sentence s, int opening, int j, int srcEnd) {
    int comma = srcEnd + 1;
    if (j - 1 <= opening || !doc.token(j - 1).word().equals(",")
        || comma + 2 >= s.endToken() || !doc.token(comma).word().equals(",")
        || !ReportingVerbRule.hasFiniteVerb(doc, comma + 1, s.endToken() - 1)) {
      return false;
    }
    // "..., because, according to X, the papers would ...": a subordinator or coordinator right
    // before the attribution opens the clause it reports.
    String opener = doc.token(j - 2).word().toLowerCase(java.util.Locale.ROOT);
    return doc.token(comma + 1).tag().matches("VBD|VBZ|VBP|MD")
        || ReportingVerbRule.SUBORDINATORS.contains(opener) || doc.token(j - 2).tag().equals("CC")
        || !ReportingVerbRule.hasFiniteVerb(doc, opening, j - 2);
  }

  /**
   * The first token of the part of the sentence that "according" at {@code j} stands in: after
   * the last colon or semicolon before it, outside quotation marks, else the sentence's first.
   */
  private static int partOpening(Doc doc, Sentence s, int j) {
    boolean quoted = false;
    int opening = s.firstToken();
    for (int k = s.firstToken(); k < j; k++) {
      Token t = doc.token(k);
      if (t.opensQuote() && !t.closesQuote() || t.tag().equals("``")) {
        quoted = true;
      } else if (t.closesQuote() || t.tag().equals("''")) {
        quoted = false;
      } else if (!quoted && (t.word().equals(":") || t.word().equals(";"))) {
        opening = k + 1;
      }
    }
    return opening;
  }

  static boolean isAccordingTo(Doc doc, int j) {
    return doc.token(j).word().equalsIgnoreCase("according")
        && j + 1 < doc.tokens().size()
        && doc.token(j + 1).word().equalsIgnoreCase("to");
  }

  /**
   * The head of the noun phrase after "according to": by the parse, else the next noun that no
   * other noun follows, read on to the end of a body's name ("the Institute for Coastal Studies").
   */
  private static int sourceOf(Doc doc, int j) {
    int h = doc.token(j).head();
    if (h > j + 1 && doc.token(h).sentence() == doc.token(j).sentence()) {
      return h;
    }
    int reach = j + 8;
    for (int k = j + 2; k < doc.tokens().size() && k < reach; k++) {
      Token t = doc.token(k);
      if (t.sentence() != doc.token(j).sentence() || t.isPunctuation()) {
        break;
      }
      if (nameGoesOn(doc, k)) {
        reach = k + 8; // "the Centre for Tidal Research and Planning": to the name's end
      } else if (t.isNoun() && (k + 1 >= doc.tokens().size() || !doc.token(k + 1).isNoun())) {
        return k;
      }
    }
    return -1;
  }

  /**
   * Whether the capitalised word at {@code k} is followed by "of", "for" or "to" and another
   * capitalised word, past a "the": "the Institute for Coastal Studies" goes on after "Institute".
   */
  private static boolean nameGoesOn(Doc doc, int k) {
    int n = doc.tokens().size();
    if (k + 2 >= n || !Character.isUpperCase(doc.token(k).word().charAt(0))
        || !doc.token(k + 1).word().matches("of|for|to")) {
      return false;
    }
    int next = doc.token(k + 2).word().equals("the") && k + 3 < n ? k + 3 : k + 2;
    return doc.token(next).isProperNoun() && Character.isUpperCase(doc.token(next).word().charAt(0))
        && doc.token(next).sentence() == doc.token(k).sentence();
  }

  /**
   * The first comma at or after token {@code from} that a clause follows: the words up to the
   * next comma hold a finite verb or open with a subordinator. Commas of a list ("X's friends,
   * aides and allies") are passed over. -1 when there is none.
   */
  static int clauseComma(Doc doc, Sentence s, int from) {
    for (int k = from; k + 1 < s.endToken(); k++) {
      if (!doc.token(k).word().equals(",")) {
        continue;
      }
      int next = k + 1;
      while (next < s.endToken() && !doc.token(next).word().equals(",")) {
        next++;
      }
      String opening = doc.token(k + 1).word().toLowerCase(java.util.Locale.ROOT);
      if (ReportingVerbRule.SUBORDINATORS.contains(opening)
          || ReportingVerbRule.hasFiniteVerb(doc, k + 1, next - 1)) {
        return k;
      }
    }
    return -1;
  }

  /** Only punctuation or a coordinator ("But according to X, ...") before token {@code to}. */
  private static boolean onlyPunctuationBetween(Doc doc, int from, int to) {
    for (int k = from; k < to; k++) {
      if (!doc.token(k).isPunctuation() && !doc.token(k).tag().equals("CC")) {
        return false;
      }
    }
    return true;
  }
}
