package io.github.quotekit.internal.attribute;

import io.github.quotekit.SpeakerType;
import io.github.quotekit.internal.layout.Block;
import io.github.quotekit.internal.nlp.Doc;
import io.github.quotekit.internal.nlp.Sentence;
import io.github.quotekit.internal.nlp.Token;
import java.util.List;
import java.util.Locale;

/**
 * {@code MORA: Well, look, ...} and {@code Ana Ruiz: Port Workers Fear Cuts ...}: a paragraph or
 * headline that opens with a speaker's label and a colon reports what follows, to the end of the
 * paragraph. The label is a transcript's capitals, a name the tagger knows (person or
 * organisation), a short form of a name the article gives in full ("Lynch:"), or in the
 * headline a source such as "Poll:"; a quotation right after the colon is {@link
 * NameColonRule}'s.
 */
final class LabelColonRule implements ReportedSpeechRule {
  private static final int MAX_LABEL_TOKENS = 4;

  @Override
  public List<Clause> find(Article a, int sentence) {
    Doc doc = a.doc;
    Sentence s = doc.sentences().get(sentence);
    Block b = a.blockAt(s.start());
    if (b == null) {
      return List.of();
    }
    int first = s.firstToken();
    if (first < s.endToken() && doc.token(first).opensQuote()) {
      if (a.quotationAt(doc.token(first).start()) != null) {
        return List.of(); // ""Okafor: your figures are wrong," X tweeted": quoted words
      }
      first++; // a transcript turn a scraped page opens with an unclosed mark
    }
    if (first >= s.endToken() || doc.token(first).start() > b.start() + 1) {
      return List.of(); // the label must open its paragraph
    }
    int colon = first;
    while (colon < s.endToken() && colon < first + MAX_LABEL_TOKENS && !doc.token(colon).word().equals(":")) {
      colon++;
    }
    if (colon >= s.endToken() || !doc.token(colon).word().equals(":") || colon == first
        || !isLabel(a, b, first, colon)) {
      return List.of();
    }
    int contentStart = colon + 1;
    if (contentStart >= doc.tokens().size() || doc.token(contentStart).start() >= b.end()
        || doc.token(contentStart).opensQuote()) {
      return List.of();
    }
    int last = doc.tokenBefore(b.end());
    int[] content = ReportingVerbRule.trimLoose(doc, contentStart, last);
    if (content == null || content[1] - content[0] < 2) {
      return List.of();
    }
    Names.PersonName name = Names.personName(doc.tokens(), first, colon);
    if (name == null) {
      return List.of();
    }
    boolean person = doc.token(colon - 1).ner().equals("PERSON") || allCaps(doc, first, colon)
        || namedElsewhere(a, first, colon);
    Mention m =
        new Mention(
            doc.token(first).start(),
            doc.token(colon - 1).end(),
            colon - 1,
            person ? SpeakerType.PERSON : SpeakerType.ORGANIZATION,
            person ? a.names.canonical(List.copyOf(name.words())) : String.join(" ", name.words()),
            false);
    return List.of(Clause.of(doc, content, colon, m, "label-colon"));
  }

  /**
   * A transcript's capitals (PENCE, MR. TRUMP) in an article where such labels open at least three
   * paragraphs, as speakers take turns (an editor's lone CLARIFICATION: is no speaker), or a name
   * the tagger marks as a person or body.
   */
  private static boolean isLabel(Article a, Block b, int first, int colon) {
    Doc doc = a.doc;
    if (allCaps(doc, first, colon)) {
      return a.transcriptTurns() >= 3 && !editorial(a, first, colon);
    }
    if (namedElsewhere(a, first, colon)) {
      return true; // "Okafor: The port stays public", where the article names Lena Okafor
    }
    Token only = doc.token(first);
    if (b.index() == 0 && colon == first + 1 && Character.isUpperCase(only.word().charAt(0))
        && Lexicon.SOURCE_NOUNS.contains(only.lemma().toLowerCase(Locale.ROOT))
        && !editorial(a, first, colon)) {
      return true; // a headline's "Poll: Mayor leads in three towns"
    }
    for (int k = first; k < colon; k++) {
      String ner = doc.token(k).ner();
      if (!(ner.equals("PERSON") || ner.equals("ORGANIZATION"))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the label is a person's name that the article gives in full elsewhere: capitalised
   * proper nouns whose last word is the surname of a person the article names with more words.
   */
  private static boolean namedElsewhere(Article a, int first, int colon) {
    Doc doc = a.doc;
    List<String> words = new java.util.ArrayList<>();
    for (int k = first; k < colon; k++) {
      Token t = doc.token(k);
      if (!t.tag().startsWith("NNP") || !Character.isUpperCase(t.word().charAt(0))
          || allCaps(doc, k, k + 1)) {
        return false;
      }
      words.add(t.word());
    }
    String full = a.names.canonical(words);
    return full.split(" ").length > words.size();
  }

  static int countTurns(Article a) {
    String t = a.layout.normalized();
    int turns = 0;
    int questions = 0;
    java.util.Map<String, Integer> labels = new java.util.HashMap<>();
    for (Block b : a.layout.blocks()) {
      int i = b.start();
      if (i < b.end() && "\"\u201c".indexOf(t.charAt(i)) >= 0) {
        i++;
      }
      int k = i;
      while (k < b.end() && k < i + 30 && (Character.isUpperCase(t.charAt(k)) || " .'-".indexOf(t.charAt(k)) >= 0)) {
        k++;
      }
      if (k < b.end() && t.charAt(k) == ':') {
        if (k - i >= 2) {
          turns++;
          labels.merge(t.substring(i, k), 1, Integer::sum);
        } else if (k == i + 1 && t.charAt(i) == 'Q') {
          questions++;
        }
      }
    }
    // An interviewer's "Q:" is a turn too, though no speaker's label, once one label answers
    // more than once (headings such as "WHAT'S NEXT:" do not repeat).
    boolean answered = labels.values().stream().anyMatch(n -> n >= 2);
    return answered ? turns + questions : turns;
  }

  /** Labels of the page, not of a speaker: "Q&A:", "UPDATE:", "EDITOR'S NOTE:", "Analysis:". */
  private static final com.google.common.collect.ImmutableSet<String> EDITORIAL =
      com.google.common.collect.ImmutableSet.of("q&a", "update", "updated", "correction",
          "clarification", "note", "editor's note", "editors' note", "exclusive", "breaking",
          "watch", "read more", "related", "photos", "video",
          // a page's kind of article: "Analysis: The 'smart city' promise ..."
          "analysis", "opinion", "commentary", "explainer", "factbox", "fact check", "live",
          "review", "editorial", "perspective", "insight", "interview", "profile");

  private static boolean editorial(Article a, int first, int colon) {
    String label = a.text.substring(a.doc.token(first).start(), a.doc.token(colon - 1).end());
    return EDITORIAL.contains(label.toLowerCase(Locale.ROOT).replace('\u2019', '\''));
  }

  private static boolean allCaps(Doc doc, int first, int colon) {
    int letters = 0;
    for (int k = first; k < colon; k++) {
      String w = doc.token(k).word();
      if (!w.equals(w.toUpperCase(Locale.ROOT))) {
        return false;
      }
      for (char ch : w.toCharArray()) {
        letters += Character.isLetter(ch) ? 1 : 0;
      }
    }
    return letters >= 2;
  }
}
