package io.github.quotekit.internal.attribute;

import com.google.common.collect.ImmutableSet;
import io.github.quotekit.SpeakerType;
import io.github.quotekit.internal.detect.Quotation;
import io.github.quotekit.internal.nlp.Doc;
import io.github.quotekit.internal.nlp.Token;
import java.util.Optional;

/**
 * {@code X said: "Q"}, {@code X said, "Q"}, {@code X told reporters "Q"}: the cue stands before the
 * quotation in its sentence. After a colon or comma the cue may be a few words back ("said in a
 * statement:"); without one it must stand right before the quotation with no other verb between,
 * so that reported speech holding a quoted phrase stays mixed.
 */
final class CueThenQuoteRule implements DirectQuoteRule {
  private static final int MAX_AFTER_PUNCTUATION = 14;
  private static final int MAX_BARE = 4;
  /** Verbs whose object, not subject, holds the feeling: "the vote worried X". */
  private static final ImmutableSet<String> EXPERIENCER_OBJECT = ImmutableSet.of("worry",
      "concern", "surprise", "alarm", "trouble", "frustrate", "anger", "delight", "please",
      "disappoint", "puzzle", "baffle", "shock", "stun", "encourage", "impress", "dismay",
      "bother");
  /** Common nouns for people who speak as a group or by role. */
  private static final ImmutableSet<String> PEOPLE = ImmutableSet.of("people", "official",
      "critic", "resident", "expert", "voter", "lawmaker", "analyst", "observer", "supporter",
      "opponent", "worker", "member", "family", "parent", "student", "teacher", "doctor",
      "spokesman", "spokeswoman", "spokesperson", "man", "woman", "source", "aide", "executive",
      "economist", "lawyer", "activist", "leader", "politician", "author", "researcher");

  @Override
  public Optional<Cue> attribute(Quotation q, Article a) {
    Doc doc = a.doc;
    int open = doc.tokenFrom(q.start());
    int p = doc.tokenBefore(q.start());
    char before = a.charBefore(q.start());
    // "The Times reports:" may end the paragraph before the quotation it introduces.
    if (p < 0 || open >= doc.tokens().size()
        || a.blockAt(doc.token(p).start()) != a.blockAt(q.start()) && before != ':') {
      return Optional.empty();
    }
    boolean punctuated = before == ':' || before == ',' || before == '\u2014';
    if (!punctuated && a.isLabel(q)) {
      return Optional.empty(); // his "Plan B": a label, not a quotation
    }
    if (!punctuated && a.afterPrepositionOrPossessive(q) && a.isTitle(q)) {
      return Optional.empty(); // said on Channel 4's "Face the Port.": a programme, not its words
    }
    // said "Q" in America, including ...: reported speech, mixed. But after a comma or colon the
    // quotation is whole when a comma closes it ("said, "Q," prompting laughter") or only when and
    // where it was said follows.
    if (continuesClause(a, q) && !(punctuated
        && (a.lastInside(q) == ',' && !anotherQuotationJoined(a, q) && !a.isTitle(q)
            || adjunctAfter(a, q)))) {
      return Optional.empty();
    }
    int limit = punctuated ? MAX_AFTER_PUNCTUATION : MAX_BARE;
    int sentence = doc.token(p).sentence();
    for (int j = p; j >= 0 && j > p - limit; j--) {
      Token t = doc.token(j);
      if (t.sentence() != sentence && !(punctuated && j == p)) {
        break;
      }
      if (t.word().equals(".") || t.word().equals(";") || a.quotationAt(t.start()) != null) {
        break;
      }
      if (!t.isVerb() && !Lexicon.isQuoteCue(t)) {
        continue;
      }
      if (before == ':' && t.rel().equals("root") && t.tag().matches("VBD|VBZ|VBP")
          && !Lexicon.isQuoteCue(t) && j < p - 2) {
        // "When Holt said the port would sue, Ruiz fired back at once: "Q"": a cue before the
        // sentence's own verb stands in a clause of its own; the colon follows the main clause.
        break;
      }
      if (t.tag().equals("VBN") && t.rel().equals("amod") && j + 1 < p && j > 0
          && doc.token(j + 1).isNoun() && doc.token(j - 1).tag().matches("DT|PRP\\$|JJ")) {
        continue; // "told the Gazette in a prepared note, "Q"": a participle before its noun
      }
      if ((before == ':' || before == ',') && doc.token(p).word().equals(String.valueOf(before))
          && (j == p - 1 || j == p - 2 && isParticle(doc.token(p - 1)))) {
        Optional<Cue> any = verbBeforeColon(a, j, before == ',');
        if (any.isPresent()) {
          return any;
        }
      }
      if (!Lexicon.isQuoteCue(t)) {
        if (!punctuated) {
          return Optional.empty(); // "said the plan was "dead"": the quote sits in a clause
        }
        continue;
      }
      if (!punctuated && j < p && SpeechActRule.NAMING_AS.contains(t.lemma())
          && (t.tag().matches("VBD|VBZ|VBP")
              || t.isVerb() && Mentions.subjectOf(doc, j) >= 0)) { // "calling X "Y"" too
        // "called the ferry queues "shameful"": the quotation says what the object is, a
        // mixed quote with the object, for the reported-speech rules.
        return Optional.empty();
      }
      if (!punctuated && j < p - 1 && doc.token(p).word().equalsIgnoreCase("as")
          && Lexicon.NAMING_VERBS.contains(t.lemma()) && doc.child(j, "obj") > j) {
        return Optional.empty(); // "described the council as "a relic"": the same, with "as"
      }
      if (!punctuated && j < p && doc.token(p).rel().startsWith("nsubj")
          && Mentions.isNominal(doc.token(p)) && opensInLowerCase(a, q)) {
        // "said Ruiz "never once missed a sailing"": the quotation goes on from a subject
        // outside it, so the reported clause, subject and all, is one mixed quote.
        return Optional.empty();
      }
      if (!punctuated && j < p && opensInLowerCase(a, q) && subjectBetween(doc, j, p)) {
        // "argue that Weber should "lead by example."": the same, with the clause's modal
        return Optional.empty();
      }
      if (t.lemma().equals("put it") && (before == ',' || before == ':')) {
        // "As X, the union's chief, put it: "Q"": read by word order, as the parse often makes
        // the chief the subject and "As X" a phrase of its own
        Optional<Cue> as = asPutIt(a, p);
        if (as.isPresent()) {
          return as;
        }
      }
      if (before == ':' && EXPERIENCER_OBJECT.contains(t.lemma()) && doc.child(j, "obj") > j) {
        // "The numbers worried Sen. Ortega, a Democrat: "Q"": the one worried speaks
        Optional<Cue> named = nameBeforeColon(a, q, p);
        if (named.isPresent()) {
          return named;
        }
      }
      int subject = namedAfter(doc, j, p);
      if (subject < 0) {
        subject = Mentions.subjectOf(doc, j);
      }
      if (subject < 0) {
        subject = Mentions.surfaceSubject(doc, j); // "Said Ellis:" is tagged and parsed as a name
      }
      if (subject < 0) {
        break; // "Ruiz went on to say:": the sentence's own subject, as for a verb before a colon
      }
      if (before == ',' && (opensSubordinateClause(doc, j, p) || tensedVerbBetween(doc, j, p))
          && reportsThrough(doc, j, open)) {
        // "said that if the plan fails, "we will try again"", "said the flooding was not the
        // builders' fault, "not even close"": the quotation ends a reported clause that begins
        // before it, a mixed quote for the reported-speech rules.
        return Optional.empty();
      }
      Mention m = Mentions.of(a, subject, j);
      return Optional.of(new Cue(t.start(), t.end(), j, m, "cue-then-quote"));
    }
    if (before == ',') {
      Optional<Cue> as = asPutIt(a, p);
      return as.isPresent() ? as : personBeforeColon(a, q, p);
    }
    if (before == ':') {
      Optional<Cue> as = asPutIt(a, p); // "As X, the union's chief, put it: "Q""
      if (as.isPresent()) {
        return as;
      }
      Optional<Cue> noun = speechNounBefore(a, p);
      if (noun.isPresent()) {
        return noun;
      }
      Optional<Cue> person = personBeforeColon(a, q, p);
      if (person.isPresent()) {
        return person;
      }
      Optional<Cue> owner = ownerBeforeColon(a, q, p);
      return owner.isPresent() ? owner : nameBeforeColon(a, q, p);
    }
    return Optional.empty();
  }

  /**
   * {@code The drop does not surprise pollster Dana Whitfield: "Q"}, {@code That is the view of
   * economist Ron Alvarez, 58: "Q"}, {@code Just ask Mayor Ann Cole: "Q"}: no one in the sentence
   * says anything, and it ends, before the colon, with the one person it names (an apposition may
   * follow the name). The quotation that ends the sentence is that person's.
   */
  private static Optional<Cue> nameBeforeColon(Article a, Quotation q, int colon) {
    Doc doc = a.doc;
    Token c = doc.token(colon);
    if (!c.word().equals(":") || !wholeSentences(a, q) || !endsSentence(a, q) || a.isTitle(q)) {
      return Optional.empty();
    }
    var s = doc.sentenceOf(c);
    int end = colon - 1;
    if (end >= s.firstToken() && !doc.token(end).ner().equals("PERSON")) {
      // ", 61:", ", a Democrat:": an apposition of a few words, without a verb or name
      int k = end;
      while (k > s.firstToken() && k > colon - 8 && !doc.token(k).word().equals(",")) {
        Token t = doc.token(k);
        if (t.isVerb() || t.ner().equals("PERSON") || t.isPunctuation()) {
          return Optional.empty();
        }
        k--;
      }
      end = doc.token(k).word().equals(",") ? k - 1 : -1;
    }
    if (end < s.firstToken() || !doc.token(end).ner().equals("PERSON")) {
      return Optional.empty();
    }
    int start = end;
    while (start > s.firstToken() && doc.token(start - 1).ner().equals("PERSON")) {
      start--;
    }
    Token name = doc.token(end);
    if (name.baseRel().equals("nsubj") || name.rel().equals("conj")
        || start > s.firstToken() && doc.token(start - 1).lemma().matches("and|or|&")) {
      return Optional.empty(); // the subject, or one of a list
    }
    // Only the one whose view it is ("the view of X", "A lesson from X:"), the one asked ("Just
    // ask X"), the one a
    // feeling is put in ("does not surprise X"), or the one the sentence says someone is: not
    // one pressed, greeted or addressed ("Pressure is growing on X:", "Heckles greeted X:").
    int before = start - 1;
    while (before >= s.firstToken() && !namesRole(doc.token(before))
        && doc.token(before).tag().matches("NNP?S?|JJ|HYPH")
        && !doc.token(before).ner().equals("PERSON")) {
      before--; // past the title: "Republican pollster"
    }
    if (before < s.firstToken() || !namesRole(doc.token(before))) {
      return Optional.empty();
    }
    for (int k = s.firstToken(); k < colon; k++) {
      Token t = doc.token(k);
      if (k < start && (t.ner().equals("PERSON") || t.isPronoun()
              && t.word().toLowerCase(java.util.Locale.ROOT).matches("he|she|i|we|they"))
          || t.isVerb() && Lexicon.isQuoteCue(t) && !EXPERIENCER_OBJECT.contains(t.lemma())
          || k < start && t.baseRel().equals("nsubj") && couldSpeak(t)
          || a.quotationAt(t.start()) != null) {
        return Optional.empty(); // someone else the quotation could be, or a cue of its own
      }
    }
    Mention m = Mentions.of(a, end, -1);
    return m == null
        ? Optional.empty()
        : Optional.of(new Cue(c.start(), c.end(), -1, m, "cue-then-quote"));
  }

  /**
   * {@code Her message to the council: "Q"}, {@code The mayor's verdict: "Q"}: a sentence of no
   * verb, before the colon, that is whose words these are: a possessive and a noun of speech.
   * The possessor is the speaker.
   */
  private static Optional<Cue> ownerBeforeColon(Article a, Quotation q, int colon) {
    Doc doc = a.doc;
    var s = doc.sentenceOf(doc.token(colon));
    int first = s.firstToken();
    if (!doc.token(colon).word().equals(":") || colon - first > 8 || colon - first < 2
        || !wholeSentences(a, q)) {
      return Optional.empty();
    }
    int noun = -1;
    for (int k = first; k < colon; k++) {
      Token t = doc.token(k);
      if (t.isVerb() || t.tag().equals("MD")) {
        return Optional.empty();
      }
      if (noun < 0 && t.isNoun() && OWNED_WORDS.contains(t.lemma().toLowerCase(java.util.Locale.ROOT))) {
        noun = k;
      }
    }
    if (noun <= first) {
      return Optional.empty();
    }
    Token before = doc.token(noun - 1);
    if (before.tag().equals("PRP$") && noun - 1 == first
        && before.word().toLowerCase(java.util.Locale.ROOT).matches("his|her|their")) {
      SpeakerType type = before.word().equalsIgnoreCase("their") ? SpeakerType.GROUP
          : SpeakerType.PERSON;
      Mention m = new Mention(before.start(), before.end(), noun - 1, type, null, true);
      return Optional.of(new Cue(doc.token(colon).start(), doc.token(colon).end(), -1, m,
          "cue-then-quote"));
    }
    if (before.tag().equals("POS") && noun - 2 >= first && doc.token(noun - 2).isNoun()) {
      Mention m = Mentions.of(a, noun - 2, -1);
      return m == null ? Optional.empty() : Optional.of(new Cue(doc.token(colon).start(),
          doc.token(colon).end(), -1, m, "cue-then-quote"));
    }
    return Optional.empty();
  }

  /** Nouns for what someone said, owned: "her message", "the mayor's verdict". */
  private static final ImmutableSet<String> OWNED_WORDS = ImmutableSet.of("message", "verdict",
      "response", "reply", "answer", "advice", "warning", "reaction", "view", "take", "retort",
      "prediction", "conclusion", "explanation", "assessment", "plea", "promise", "comment");

  /** Whether {@code t} makes the name after it the one whose words follow a colon. */
  private static boolean namesRole(Token t) {
    String w = t.word().toLowerCase(java.util.Locale.ROOT);
    return w.equals("of") || w.equals("from") || t.lemma().matches("ask|be")
        || EXPERIENCER_OBJECT.contains(t.lemma());
  }

  /** Whether subject {@code t} names someone who may speak: a body, an office, people. */
  private static boolean couldSpeak(Token t) {
    String lemma = t.lemma().toLowerCase(java.util.Locale.ROOT);
    return t.ner().matches("PERSON|ORGANIZATION|TITLE") || t.isPronoun() && !lemma.equals("it")
        || Lexicon.ORGANISATION_NOUNS.contains(lemma) || Names.isTitle(lemma)
        || PEOPLE.contains(lemma);
  }

  /**
   * {@code As X put it, "Q"}, {@code As X noted in December, "Q"}: a sentence that opens with "as",
   * a subject and a verb with only adjuncts after it, up to the comma (token {@code comma}) before
   * the quotation. The verb is the cue, whatever it is.
   */
  private static Optional<Cue> asPutIt(Article a, int comma) {
    Doc doc = a.doc;
    var s = doc.sentenceOf(doc.token(comma));
    int first = s.firstToken();
    if (!doc.token(first).word().equalsIgnoreCase("as") || comma - first > 16) {
      return Optional.empty();
    }
    int verb = -1;
    for (int k = first + 1; k < comma; k++) {
      Token t = doc.token(k);
      if (t.isVerb() || t.tag().equals("MD")) {
        if (verb >= 0 && !t.tag().equals("VBN") && !t.tag().equals("VB")) {
          return Optional.empty(); // a clause after the verb: "As the vote neared, X said ..."
        }
        if (verb < 0 && !t.tag().equals("MD")) {
          verb = k;
        }
      }
    }
    if (verb < 0 || verb == first + 1) {
      return Optional.empty();
    }
    int subject = Mentions.surfaceSubject(doc, verb);
    if (subject <= first || subject >= verb) {
      return Optional.empty();
    }
    Mention m = Mentions.of(a, subject, verb);
    Token v = doc.token(verb);
    return m == null ? Optional.empty() : Optional.of(new Cue(v.start(), v.end(), verb, m, "cue-then-quote"));
  }

  /**
   * {@code She smiled: "Q"}, {@code X climbed up and bellowed: "Q"}, {@code X shot back, "Q"}: a
   * verb in the past or present tense right before the colon or comma (a particle may stand
   * between), not in the word lists, whose subject is a person (a personal pronoun or a name). The
   * verb is the cue. Before a comma the sentence must not open with a subordinator: "When X
   * arrived, "Q"" sets a scene.
   */
  private static Optional<Cue> verbBeforeColon(Article a, int v, boolean comma) {
    Doc doc = a.doc;
    Token t = doc.token(v);
    if (comma && ReportingVerbRule.SUBORDINATORS.contains(
        doc.token(doc.sentenceOf(t).firstToken()).word().toLowerCase(java.util.Locale.ROOT))) {
      return Optional.empty();
    }
    // The tagger often reads a second past tense after "and" as a participle.
    boolean tensed = t.tag().matches("VBD|VBZ|VBP") || t.tag().equals("VBN")
        && t.rel().equals("conj") && t.head() >= 0 && doc.token(t.head()).tag().matches("VBD|VBZ");
    if (!tensed || Lexicon.isQuoteCue(t)
        || t.lemma().matches("be|have|do")) {
      return Optional.empty();
    }
    int subject = personSubject(doc, v, "he|she|they|i|we");
    if (subject < 0) {
      return Optional.empty();
    }
    Mention m = Mentions.of(a, subject, v);
    return m == null
        ? Optional.empty()
        : Optional.of(new Cue(t.start(), t.end(), v, m, "cue-then-quote"));
  }

  /**
   * {@code Holt later took the blame: "Q"}: a sentence whose main verb has a person
   * for its subject (a name or a personal pronoun) introduces, with a colon, a quotation that
   * ends the sentence. The colon is the cue. So does one that says how the person is ({@code Holt
   * was blunt: "Q"}), after a colon only. After a comma ({@code Holt confessed her doubts to the
   * donors, "Q."}) the quotation must be whole sentences and the sentence must not open with a
   * subordinator ("When Holt arrived, "Q."" sets a scene).
   */
  private static Optional<Cue> personBeforeColon(Article a, Quotation q, int colon) {
    Doc doc = a.doc;
    Token c = doc.token(colon);
    boolean comma = c.word().equals(",");
    // After a colon a quotation closed by a comma is whole ("...: "Q," referencing the ...").
    if (!c.word().equals(":") && !(comma && wholeSentences(a, q) && !a.isTitle(q))
        || continuesClause(a, q) && !(c.word().equals(":") && a.lastInside(q) == ',')) {
      return Optional.empty();
    }
    var s = doc.sentenceOf(c);
    if (comma && (ReportingVerbRule.SUBORDINATORS.contains(
        doc.token(s.firstToken()).word().toLowerCase(java.util.Locale.ROOT))
        || !endsSentence(a, q))) {
      return Optional.empty();
    }
    int root = -1;
    for (int k = s.firstToken(); k < colon; k++) {
      Token t = doc.token(k);
      if (t.head() < 0 && (t.isVerb()
          || !comma && t.tag().startsWith("JJ") && doc.child(k, "cop") >= 0
              && doc.child(k, "obl") < 0 && doc.child(k, "xcomp") < 0
              && doc.child(k, "ccomp") < 0)) {
        // not "X was unhappy with the headline:", the words after the colon the headline's
        root = k;
      }
    }
    if (root < 0 || a.insideQuotation(doc.token(root))) {
      return Optional.empty();
    }
    int subject = personSubject(doc, root, "he|she|i|we");
    if (subject < 0) {
      return Optional.empty();
    }
    Mention m = Mentions.of(a, subject, root);
    return m == null
        ? Optional.empty()
        : Optional.of(new Cue(c.start(), c.end(), -1, m, "cue-then-quote"));
  }

  /**
   * The subject of verb {@code v} when it stands before the verb and is a person: a name, or a
   * pronoun that {@code pronouns} (a pattern of lower-case words) accepts; or -1.
   */
  private static int personSubject(Doc doc, int v, String pronouns) {
    int subject = Mentions.subjectOf(doc, v);
    if (subject < 0 || subject > v) {
      return -1;
    }
    Token s = doc.token(subject);
    boolean person = s.ner().equals("PERSON")
        || s.isPronoun() && s.word().toLowerCase(java.util.Locale.ROOT).matches(pronouns);
    return person ? subject : -1;
  }

  /** Whether a noun after the cue {@code j}, up to {@code p}, is the subject of another verb. */
  private static boolean subjectBetween(Doc doc, int j, int p) {
    for (int k = j + 1; k <= p; k++) {
      Token t = doc.token(k);
      if (t.baseRel().equals("nsubj") && t.head() != j && Mentions.isNominal(t)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the first letter inside quotation {@code q} is lower case. */
  private static boolean opensInLowerCase(Article a, Quotation q) {
    String n = a.layout.normalized();
    for (int c = q.start(); c < q.end(); c++) {
      if (Character.isLetterOrDigit(n.charAt(c))) {
        return Character.isLowerCase(n.charAt(c));
      }
    }
    return false;
  }

  /** A verb's particle or an adverb after it: "went on", "shot back". */
  static boolean isParticle(Token t) {
    return t.tag().equals("RP") || t.tag().equals("RB") || t.rel().equals("compound:prt");
  }

  /** Whether the clause cue {@code v} reports runs on into the quotation at token {@code open}. */
  private static boolean reportsThrough(Doc doc, int v, int open) {
    int[] content = ReportingVerbRule.content(doc, doc.sentenceOf(doc.token(v)), v);
    return content != null && content[0] <= open && content[1] > open;
  }

  /**
   * {@code ..., explained Ruiz, "Q"}: a cue at {@code v} with no subject of its own, followed
   * by a name that runs to the punctuation at {@code p} before the quotation; the name's last
   * token, or -1.
   */
  private static int namedAfter(Doc doc, int v, int p) {
    if (p <= v + 1 || !doc.token(v).tag().matches("VBD|VBZ") || doc.child(v, "nsubj") >= 0) {
      return -1; // "Okafor told Lena Lind, "Q"": the name is the one told
    }
    int k = v + 1;
    // "explained radio host Lena Fisk:": what the person is may stand before the name
    while (k < p && k <= v + 4 && !doc.token(k).ner().equals("PERSON")
        && doc.token(k).tag().matches("NNS?|NNP|JJ")) {
      k++;
    }
    if (k >= p) {
      return -1;
    }
    for (; k < p; k++) {
      if (!doc.token(k).ner().equals("PERSON")) {
        return -1;
      }
    }
    return p - 1;
  }

  /** Whether a verb with a tense stands between tokens {@code v} and {@code comma}. */
  private static boolean tensedVerbBetween(Doc doc, int v, int comma) {
    for (int k = v + 1; k < comma; k++) {
      if (doc.token(k).tag().matches("VBD|VBZ|VBP|MD")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the words after cue {@code v} open a subordinate clause ("that if ...", "because
   * ...") that runs to the comma at token {@code comma} before the quotation.
   */
  private static boolean opensSubordinateClause(Doc doc, int v, int comma) {
    int k = v + 1;
    if (k < comma && doc.token(k).word().equalsIgnoreCase("that")) {
      k++;
    }
    return k + 2 < comma && ReportingVerbRule.SUBORDINATORS.contains(
        doc.token(k).word().toLowerCase(java.util.Locale.ROOT));
  }

  /**
   * {@code X issued a statement: "Q"}: before the colon (token {@code p}), a noun for an utterance
   * that is the object of a verb; the verb's subject speaks. The noun is the cue.
   */
  private static Optional<Cue> speechNounBefore(Article a, int p) {
    Doc doc = a.doc;
    int sentence = doc.token(p).sentence();
    int colon = doc.token(p).word().equals(":") ? p : p + 1;
    for (int j = colon - 1; j >= 0 && j > colon - 6; j--) {
      Token t = doc.token(j);
      if (t.sentence() != sentence || t.isVerb() || t.isPunctuation()) {
        break;
      }
      if (!t.isNoun() || !Lexicon.SPEECH_NOUNS.contains(t.word().toLowerCase(java.util.Locale.ROOT))) {
        continue;
      }
      int verb = -1;
      for (int k = j - 1; k >= 0 && k >= j - 8 && doc.token(k).sentence() == sentence; k--) {
        if (doc.token(k).isVerb() && !doc.token(k).tag().equals("VBN")) {
          verb = k;
          break;
        }
      }
      if (verb < 0 || a.insideQuotation(doc.token(verb))) {
        return Optional.empty();
      }
      int subject = Mentions.subjectOf(doc, verb);
      if (subject < 0 || subject > verb) {
        return Optional.empty();
      }
      Mention m = Mentions.of(a, subject, verb);
      return m == null ? Optional.empty() : Optional.of(new Cue(t.start(), t.end(), j, m, "cue-then-quote"));
    }
    return Optional.empty();
  }

  /**
   * Whether the quotation holds whole sentences: it opens with a capital, ends with a full stop,
   * question or exclamation mark inside its marks, and has at least four words, not all in
   * capitals as a title's are.
   */
  private static boolean wholeSentences(Article a, Quotation q) {
    String inner = a.text.substring(q.start(), q.end()).strip();
    int first = 0;
    while (first < inner.length() && !Character.isLetterOrDigit(inner.charAt(first))) {
      first++;
    }
    int last = inner.length() - 1;
    while (last > 0 && !Character.isLetterOrDigit(inner.charAt(last))
        && ".?!".indexOf(inner.charAt(last)) < 0) {
      last--;
    }
    if (!q.closed() || first >= inner.length() || !Character.isUpperCase(inner.charAt(first))
        || ".?!".indexOf(inner.charAt(last)) < 0) {
      return false;
    }
    String[] words = inner.substring(first).split("\\s+");
    // Prose has long words in lower case; a title ("Gone With the Tide.") has none.
    boolean prose = false;
    for (String w : words) {
      prose |= w.length() >= 4 && Character.isLowerCase(w.charAt(0));
    }
    return words.length >= 4 && prose;
  }

  /** Whether nothing but closing punctuation follows the quotation in its sentence. */
  private static boolean endsSentence(Article a, Quotation q) {
    Doc doc = a.doc;
    int next = doc.tokenFrom(q.end());
    int last = doc.tokenBefore(q.end());
    return next >= doc.tokens().size() || doc.token(next).sentence() != doc.token(last).sentence()
        || doc.token(next).isPunctuation() && !doc.token(next).word().equals(",");
  }

  /**
   * Whether the words after the quotation, to the end of its sentence, are only a phrase saying
   * when or where it was said: {@code X said, "Q" in a statement on Friday.} No verb, at most
   * ten words, opening with a preposition of time or place or a time.
   */
  private static boolean adjunctAfter(Article a, Quotation q) {
    Doc doc = a.doc;
    int next = doc.tokenFrom(q.end());
    if (next >= doc.tokens().size()) {
      return false;
    }
    Token first = doc.token(next);
    if (!WHEN_OR_WHERE.contains(first.word().toLowerCase(java.util.Locale.ROOT))
        && !Mentions.isTimeWord(first)) {
      return false;
    }
    int sentence = first.sentence();
    int k = next;
    for (; k < doc.tokens().size() && doc.token(k).sentence() == sentence; k++) {
      Token t = doc.token(k);
      if (t.isVerb() || t.tag().equals("MD") || k - next > 10
          || t.isPunctuation() && !t.word().equals(".") || a.quotationAt(t.start()) != null) {
        return false;
      }
    }
    return true;
  }

  private static final com.google.common.collect.ImmutableSet<String> WHEN_OR_WHERE =
      com.google.common.collect.ImmutableSet.of("on", "at", "in", "during", "before", "after");

  /** {@code "Q1," and "Q2"}: a coordinator after the quotation, then another quotation. */
  private static boolean anotherQuotationJoined(Article a, Quotation q) {
    Doc doc = a.doc;
    int next = doc.tokenFrom(q.end());
    if (next >= doc.tokens().size() || !doc.token(next).tag().equals("CC")) {
      return false;
    }
    for (int k = next + 1; k < doc.tokens().size() && k <= next + 2; k++) {
      if (a.quotationAt(doc.token(k).start()) != null) {
        return true;
      }
    }
    return false;
  }

  /** Whether the sentence goes on after the quotation with words of the same clause. */
  private static boolean continuesClause(Article a, Quotation q) {
    Doc doc = a.doc;
    int next = doc.tokenFrom(q.end());
    int last = doc.tokenBefore(q.end());
    if (!q.closed() || next >= doc.tokens().size() || last < 0
        || doc.token(next).sentence() != doc.token(last).sentence()) {
      return false;
    }
    String w = doc.token(next).word();
    return Character.isLetterOrDigit(w.charAt(0)) && !Lexicon.isQuoteCue(doc.token(next));
  }
}
