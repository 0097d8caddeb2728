package io.github.quotekit.internal.attribute;

import com.google.common.collect.ImmutableSet;
import io.github.quotekit.internal.detect.Quotation;
import io.github.quotekit.internal.nlp.Doc;
import io.github.quotekit.internal.nlp.Token;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code "Q," X said}, {@code "Q," said X}, {@code "Q," X told Y}, {@code "Q," according to X}: the
 * cue follows the quotation in the same sentence, before any other quotation.
 */
final class QuoteThenCueRule implements DirectQuoteRule {
  private static final int MAX_TOKENS = 24;
  private static final ImmutableSet<String> BARE_SUBJECT_PRONOUNS =
      ImmutableSet.of("he", "she", "they", "i", "we");
  private static final ImmutableSet<String> AUXILIARIES = ImmutableSet.of("be", "have", "do");

  @Override
  public Optional<Cue> attribute(Quotation q, Article a) {
    Doc doc = a.doc;
    int close = doc.tokenBefore(q.end());
    int k = doc.tokenFrom(q.end());
    // 'Members who think "the pier is safe are mistaken," she said.': a quotation spliced into the
    // writer's clause is still the words of the one a bare closing cue names.
    if (!q.closed() || close < 0 || k >= doc.tokens().size()
        || a.embedded(q) && !(a.lastInside(q) == ',' && onlyCue(doc, k) && !spokenBefore(a, q))) {
      return Optional.empty();
    }
    if (isDash(doc.token(k).word())) {
      Optional<Cue> byline = DashNameRule.after(a, k);
      if (byline.isPresent()) {
        return byline;
      }
    }
    // A comma inside the closing mark, or a question or exclamation mark ("Why?" she asked), says
    // the sentence goes on, whatever the splitter thought.
    char last = a.lastInside(q);
    boolean continues = last == ',' || last == '?' || last == '!' || last == '\u2014'
        || Character.isLowerCase(a.charFrom(q.end()));
    // "Q." Holt said.: a full stop where a comma belongs, then a sentence that is only a cue
    boolean cueSentence = !continues && onlyCue(doc, k);
    if (doc.token(k).sentence() != doc.token(close).sentence() && !continues && !cueSentence
        || a.blockAt(doc.token(k).start()) != a.blockAt(q.end() - 1)) {
      return Optional.empty();
    }
    int sentence = doc.token(k).sentence();
    for (int j = k; j < doc.tokens().size() && j < k + MAX_TOKENS; j++) {
      Token t = doc.token(j);
      if (t.sentence() != sentence && (!continues || t.sentence() > sentence + 1)) {
        break;
      }
      Quotation inner = a.quotationAt(t.start());
      if (inner != null && !a.isLabel(inner)) {
        break; // the next quotation: its cue is its own
      }
      if (j == k && t.tag().equals("CC")) {
        break; // '"Q," and posted a photo': the writer goes on with the subject's next act
      }
      if (t.word().equalsIgnoreCase("according")
          && j + 1 < doc.tokens().size()
          && doc.token(j + 1).word().equalsIgnoreCase("to")) {
        return AccordingToRule.cueAt(a, j);
      }
      int name = j == k && !Lexicon.isQuoteCue(t) ? invertedName(doc, j) : -1;
      if (name >= 0) {
        // "Q?" retorted Holt: any verb between the quotation and a name that follows it
        Mention m = Mentions.of(a, name, j);
        return m == null ? Optional.empty()
            : Optional.of(new Cue(t.start(), t.end(), j, m, "quote-then-cue"));
      }
      int[] bare = j == k && continues ? subjectThenVerb(doc, k) : null;
      if (bare != null) {
        // "Q," she deadpanned.: a subject and a verb that end the sentence after the quotation
        Mention m = Mentions.of(a, bare[0], bare[1]);
        Token v = doc.token(bare[1]);
        return m == null ? Optional.empty()
            : Optional.of(new Cue(v.start(), v.end(), bare[1], m, "quote-then-cue"));
      }
      int[] misread = j == k && continues ? cueReadAsNoun(doc, k) : null;
      if (misread != null) {
        // "Q," the councillors state in the letter.: the tagger took the verb for a noun
        Mention m = Mentions.byWordOrder(a, misread[0]);
        Token v = doc.token(misread[1]);
        return m == null ? Optional.empty()
            : Optional.of(new Cue(v.start(), v.end(), misread[1], m, "quote-then-cue"));
      }
      if (Lexicon.isQuoteCue(t) && t.tag().equals("VBG") && !nominalBetween(doc, k, j)) {
        break; // "Q," promising the members ...: a participle's object is no speaker
      }
      if (Lexicon.isQuoteCue(t)) {
        int subject = subjectAfter(doc, j, q.end());
        int lead = leadingName(doc, k, j);
        if (lead >= 0 && (subject < 0 || !Mentions.isPersonName(doc, doc.token(subject)))) {
          // "Q," Ana Ruiz, the expert who founded the site, tweeted.: a misparse of the long
          // apposition hides the name, which opens the attribution
          subject = lead;
        }
        if (subject < 0) {
          return Optional.empty();
        }
        Mention m = Mentions.of(a, subject, j);
        return Optional.of(new Cue(t.start(), t.end(), j, m, "quote-then-cue"));
      }
      if (t.word().equals(".") || t.word().equals(";")) {
        break;
      }
    }
    return Optional.empty();
  }

  /**
   * The last token of a person's name that opens the attribution at token {@code k} and is set
   * off by a comma before the verb at {@code verb}, or -1.
   */
  private static int leadingName(Doc doc, int k, int verb) {
    int j = k;
    while (j < verb && Mentions.isPersonName(doc, doc.token(j))) {
      j++;
    }
    return j > k && j < verb - 1 && doc.token(j).word().equals(",") ? j - 1 : -1;
  }

  /** The verb's subject standing after the quotation: "Q," Zelenskiy wrote. */
  private static int subjectAfter(Doc doc, int verb, int quoteEnd) {
    for (int c : doc.children(verb)) {
      if (doc.token(c).rel().equals("nsubj") && doc.token(c).start() >= quoteEnd) {
        return c;
      }
    }
    int s = Mentions.subjectOf(doc, verb);
    if (s >= 0 && doc.token(s).start() >= quoteEnd) {
      return s;
    }
    s = Mentions.surfaceSubject(doc, verb);
    if (s >= 0 && doc.token(s).start() >= quoteEnd) {
      return s;
    }
    // "said Joseph": the parser may hang the inverted subject off the verb some other way.
    for (int c : doc.children(verb)) {
      Token t = doc.token(c);
      // "said one Republican tied to ...", which the tagger may read as an adjective
      boolean one = t.tag().equals("CD") && t.word().equalsIgnoreCase("one") && c == verb + 1;
      boolean age = Mentions.isAge(doc, c); // "said the 52-year-old"
      if (c > verb && (t.isNoun() || t.isPronoun() || one || age) && !t.rel().startsWith("obl")) {
        return c;
      }
    }
    // "said Skip Rutherford": a first name the tagger read as a verb hides the name from the parse
    int after = verb + 1;
    while (after < doc.tokens().size() && doc.token(after).sentence() == doc.token(verb).sentence()
        && doc.token(after).ner().equals("PERSON")) {
      after++;
    }
    if (after > verb + 2) {
      return after - 1;
    }
    // "Q," Devine declared.: a name the tagger read as an adjective, which the parser left loose
    int first = doc.tokenFrom(quoteEnd);
    for (int i = first; i >= 0 && i < verb && Mentions.isPersonName(doc, doc.token(i)); i++) {
      if (i == verb - 1) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Whether the past or present tense verb at {@code v} is followed by a person's name that ends
   * the sentence or a clause; the name's last token, or -1.
   */
  private static int invertedName(Doc doc, int v) {
    Token verb = doc.token(v);
    // Right after a quotation the tagger may read the verb as a participle ("Q!" beamed X).
    if (!verb.tag().matches("VBD|VBZ|VBN")) {
      return -1;
    }
    int k = v + 1;
    while (k < doc.tokens().size() && Mentions.isPersonName(doc, doc.token(k))
        && doc.token(k).sentence() == verb.sentence()) {
      k++;
    }
    if (k == v + 1 || k >= doc.tokens().size()) {
      return -1;
    }
    String after = doc.token(k).word();
    // "beamed Ana Ruiz of Dover, who ...": where the speaker is from may follow the name
    boolean ends = doc.token(k).sentence() != verb.sentence() || after.equals(".")
        || after.equals(",") || after.equals("of") && k + 1 < doc.tokens().size()
            && doc.token(k + 1).isProperNoun();
    return ends ? k - 1 : -1;
  }

  /**
   * News sets any verb of manner after a quotation ("Q," she deadpanned; "Q," Ana Ruiz surmised):
   * a personal pronoun, a name or an article and a noun at token {@code k}, then a verb in the past
   * or present tense that is not in the word lists, then the sentence's or clause's end or a
   * phrase the verb governs ("riffed on the reply, drawing laughs"; an adverb may stand before or
   * after the verb). The subject's head and the verb, or null.
   */
  private static int[] subjectThenVerb(Doc doc, int k) {
    int sentence = doc.token(k).sentence();
    int head = -1;
    int j = k;
    String first = doc.token(k).word().toLowerCase(Locale.ROOT);
    if (BARE_SUBJECT_PRONOUNS.contains(first)) {
      head = j++;
    } else if (Mentions.isPersonName(doc, doc.token(k))) {
      while (j < doc.tokens().size() && Mentions.isPersonName(doc, doc.token(j))
          && doc.token(j).sentence() == sentence) {
        head = j++;
      }
    } else if (first.equals("the") || first.equals("a") || first.equals("an")) {
      for (j = k + 1; j < doc.tokens().size() && j <= k + 3 && doc.token(j).sentence() == sentence
          && (doc.token(j).isNoun() || doc.token(j).tag().startsWith("JJ")); j++) {
        head = doc.token(j).isNoun() ? j : head;
      }
      if (head != j - 1) {
        return null;
      }
    }
    if (head < 0) {
      return null;
    }
    if (j < doc.tokens().size() && doc.token(j).tag().equals("RB")) {
      j++;
    }
    if (j >= doc.tokens().size() || doc.token(j).sentence() != sentence) {
      return null;
    }
    Token verb = doc.token(j);
    if (!verb.tag().matches("VBD|VBZ|VBP") || Lexicon.isQuoteCue(verb)
        || AUXILIARIES.contains(verb.lemma())) {
      return null;
    }
    int after = j + 1;
    if (after < doc.tokens().size() && CueThenQuoteRule.isParticle(doc.token(after))
        && doc.token(after).sentence() == sentence) {
      after++;
    }
    after = pastManner(doc, pastWhen(doc, after, sentence), sentence);
    boolean ends = after >= doc.tokens().size() || doc.token(after).sentence() != sentence
        || ".,!?;".contains(doc.token(after).word())
        || complementOf(doc, after, j);
    return ends ? new int[] {head, j} : null;
  }

  /**
   * Whether the preposition at {@code p} opens a complement of the verb at {@code verb} ("riffed
   * on the mayor's reply"), not a phrase of a noun or a clause of its own.
   */
  private static boolean complementOf(Doc doc, int p, int verb) {
    int noun = doc.token(p).head();
    return doc.token(p).tag().equals("IN") && noun > p && doc.token(noun).head() == verb;
  }

  /**
   * Whether a verb of speech stands in the quotation's sentence before it ("X said the law was
   * "worth a look," she said"): then the quotation belongs to that report, not the closing cue.
   */
  private static boolean spokenBefore(Article a, Quotation q) {
    Doc doc = a.doc;
    int open = doc.tokenFrom(q.start());
    int first = doc.sentenceOf(doc.token(open)).firstToken();
    for (int j = first; j < open; j++) {
      Token t = doc.token(j);
      if (Lexicon.isQuoteCue(t) || SpeechActRule.isSpeechActLemma(t.lemma())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the sentence at token {@code k} is nothing but a subject and a reporting verb, perhaps
   * with a time: "Holt said.", "She told reporters on Monday." has an object and is not.
   */
  private static boolean onlyCue(Doc doc, int k) {
    int sentence = doc.token(k).sentence();
    int j = k;
    String first = doc.token(k).word().toLowerCase(Locale.ROOT);
    if (BARE_SUBJECT_PRONOUNS.contains(first)) {
      j++;
    } else {
      while (j < doc.tokens().size() && doc.token(j).sentence() == sentence
          && Mentions.isPersonName(doc, doc.token(j)) && doc.token(j).tag().equals("NNP")) {
        j++;
      }
    }
    if (j == k || j >= doc.tokens().size() || doc.token(j).sentence() != sentence) {
      return false;
    }
    Token verb = doc.token(j);
    if (!verb.tag().matches("VBD|VBZ") || !Lexicon.isQuoteCue(verb)) {
      return false;
    }
    int after = pastWhen(doc, j + 1, sentence);
    return after < doc.tokens().size() && doc.token(after).sentence() == sentence
        && doc.token(after).word().equals(".")
        && (after + 1 >= doc.tokens().size() || doc.token(after + 1).sentence() != sentence);
  }

  /** Whether a noun or pronoun stands in tokens {@code from} (inclusive) to {@code to}. */
  private static boolean nominalBetween(Doc doc, int from, int to) {
    for (int i = from; i < to; i++) {
      if (Mentions.isNominal(doc.token(i))) {
        return true;
      }
    }
    return false;
  }

  /** Forms of reporting verbs that the tagger reads as nouns after a noun: "the editorial read". */
  private static final ImmutableSet<String> CUES_READ_AS_NOUNS = ImmutableSet.of(
      "state", "states", "read", "reads", "note", "notes", "say", "says", "claim", "claims",
      "report", "reports", "write", "writes", "tweet", "tweets", "argue", "argues");

  /**
   * "the" or "a" at token {@code k}, one to three nouns and adjectives (with {@code phrase}, also
   * an "in", "of" or "on" phrase: "a caption in the guide reads"), then a reporting verb that the
   * tagger read as the last noun ("the editorial read", "the councillors state"), then the
   * sentence's end, a comma or a preposition. The subject's head and the verb, or null.
   */
  private static int[] cueReadAsNoun(Doc doc, int k) {
    int[] plain = cueReadAsNoun(doc, k, false);
    return plain != null ? plain : cueReadAsNoun(doc, k, true);
  }

  private static int[] cueReadAsNoun(Doc doc, int k, boolean phrase) {
    boolean name = Mentions.isPersonName(doc, doc.token(k)) && doc.token(k).tag().equals("NNP");
    if (!doc.token(k).word().matches("(?i)the|an?") && !name) {
      return null;
    }
    int sentence = doc.token(k).sentence();
    int j = k + 1;
    int head = -1;
    // "Q," Okafor notes.: a name then the verb, read as a plural noun
    int reach = k + (phrase ? 8 : 4);
    while (j < doc.tokens().size() && j <= reach && doc.token(j).sentence() == sentence
        && (name ? Mentions.isPersonName(doc, doc.token(j - 1))
            : doc.token(j).isNoun() || doc.token(j).tag().matches("JJ.*|HYPH")
                || phrase && ofTheThing(doc, j, head))) {
      if (phrase && head < 0 && doc.token(j).tag().equals("IN")) {
        head = j - 1; // "a sign on the gate reads": the sign, not the gate
      }
      j++;
    }
    int verb = j - 1;
    if (verb < k + (name ? 1 : 2) || doc.token(verb).isVerb()
        || !CUES_READ_AS_NOUNS.contains(doc.token(verb).word().toLowerCase(Locale.ROOT))
        || phrase && (head < 0 || !nounBetween(doc, head + 2, verb))) {
      return null; // the phrase's own noun must stand before the verb: not "a series of reports"
    }
    boolean ends = j >= doc.tokens().size() || doc.token(j).sentence() != sentence
        || ".,!?;".contains(doc.token(j).word()) || doc.token(j).tag().equals("IN");
    return ends ? new int[] {head >= 0 ? head : verb - 1, verb} : null;
  }

  /** Whether a noun stands in tokens {@code [from, to)}. */
  private static boolean nounBetween(Doc doc, int from, int to) {
    for (int i = from; i < to; i++) {
      if (doc.token(i).isNoun()) {
        return true;
      }
    }
    return false;
  }

  /** A first "in", "of" or "on" after a noun, or "the" or "a" right after it. */
  private static boolean ofTheThing(Doc doc, int j, int head) {
    Token t = doc.token(j);
    Token before = doc.token(j - 1);
    return head < 0 && t.word().matches("(?i)in|of|on") && before.isNoun()
        || head == j - 2 && t.word().matches("(?i)the|an?");
  }

  /**
   * Past a time phrase at token {@code k} ("on Tuesday", "last week", "in March"), or {@code k}.
   */
  private static int pastWhen(Doc doc, int k, int sentence) {
    int j = k;
    if (j < doc.tokens().size() && doc.token(j).tag().equals("IN")) {
      j++;
    }
    int words = 0;
    while (j < doc.tokens().size() && doc.token(j).sentence() == sentence && words < 3
        && (Mentions.isTimeWord(doc.token(j)) || doc.token(j).tag().matches("DT|JJ"))) {
      j++;
      words++;
    }
    return words > 0 && Mentions.isTimeWord(doc.token(j - 1)) ? j : k;
  }

  /**
   * Past a manner phrase at token {@code k} ("with a laugh", "with a wry smile"): "with", up to
   * two determiners or adjectives and a noun. The index after it, or {@code k}.
   */
  private static int pastManner(Doc doc, int k, int sentence) {
    if (k >= doc.tokens().size() || !doc.token(k).word().equalsIgnoreCase("with")) {
      return k;
    }
    int j = k + 1;
    while (j < doc.tokens().size() && j <= k + 2 && doc.token(j).sentence() == sentence
        && doc.token(j).tag().matches("DT|JJ|PRP\\$")) {
      j++;
    }
    return j < doc.tokens().size() && doc.token(j).sentence() == sentence
        && doc.token(j).tag().matches("NNS?") ? j + 1 : k;
  }

  private static boolean isDash(String w) {
    return w.equals("\u2015") || w.equals("\u2014") || w.equals("\u2013") || w.equals("-")
        || w.equals("--");
  }
}
