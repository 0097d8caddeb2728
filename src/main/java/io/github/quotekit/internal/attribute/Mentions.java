package io.github.quotekit.internal.attribute;

import com.google.common.collect.ImmutableSet;
import io.github.quotekit.SpeakerType;
import io.github.quotekit.internal.nlp.Doc;
import io.github.quotekit.internal.nlp.Sentence;
import io.github.quotekit.internal.nlp.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns the subject of a reporting verb into a speaker mention: the person's name without title,
 * the organisation or group as the article names it, or a pronoun left for later resolution.
 */
final class Mentions {
  private static final ImmutableSet<String> NOUN_PHRASE_RELATIONS =
      ImmutableSet.of(
          "det", "det:predet", "compound", "amod", "nmod:poss", "nummod", "flat", "conj", "cc",
          "punct", "compound:prt", "flat:foreign");

  private static final ImmutableSet<String> SUBJECT_PRONOUNS =
      ImmutableSet.of("he", "she", "they", "we", "i");

  /** Verbs whose passive passes its subject to the act it reports: "was heard saying". */
  private static final ImmutableSet<String> SEEN_OR_REPORTED =
      ImmutableSet.of(
          "see", "hear", "show", "catch", "film", "record", "overhear", "tape", "videotape",
          "photograph", "quote", "report", "say");

  private Mentions() {}

  /** The subject of reporting verb {@code v}, looking up through -ing and coordinated clauses. */
  static int subjectOf(Doc doc, int v) {
    if (!doc.sentenceOf(doc.token(v)).parsed()) {
      return surfaceSubject(doc, v);
    }
    int main = adjunctParticipleSubject(doc, v);
    if (main >= 0) {
      return personShown(doc, main);
    }
    int resumed = subjectPastAside(doc, v);
    if (resumed >= 0) {
      return resumed;
    }
    int shared = sharedWithTheMainVerb(doc, v);
    if (shared >= 0) {
      return shared;
    }
    int verb = v;
    boolean coordinated = false;
    boolean controlled = false;
    for (int depth = 0; depth < 4 && verb >= 0; depth++) {
      int found = -1;
      for (int c : doc.children(verb)) {
        String rel = doc.token(c).rel();
        // "X was greeted at the pier and quipped": a coordinated verb shares a passive's subject,
        // unless the passive is itself reported ("said the plan was drawn up by Y and said").
        boolean passive = coordinated && rel.equals("nsubj:pass")
            && !doc.token(verb).baseRel().equals("ccomp");
        // "X is seen preaching", "X was heard saying", "X is said to have called": the subject of
        // a passive of seeing or reporting does what its open complement says (not "X is
        // expected to reveal", a forecast).
        passive |= controlled && rel.equals("nsubj:pass");
        // "It is not, and Holt says ...", parsed as a passive of "says": a verb in the present
        // tense, or in the past without a passive auxiliary, is active whatever the parse says.
        passive |= rel.equals("nsubj:pass") && c < verb
            && (doc.token(verb).tag().matches("VBZ|VBP")
                || doc.token(verb).tag().equals("VBD") && doc.child(verb, "aux:pass") < 0);
        if ((rel.equals("nsubj") || rel.equals("nsubj:outer") || passive)
            && !isTimeWord(doc.token(c))) {
          // Of two subjects before the verb ("Exports fell 4 percent, the ministry said"), the
          // parse has misread a fronted clause: the one next to the verb is its subject.
          if (found < 0 || c < verb) {
            found = c;
          }
        }
      }
      if (found >= 0 && misreadInfinitiveSubject(doc, verb, found)) {
        found = -1;
      }
      // "new support from mothers who have lost sons and said ...": a speech verb in another
      // tense than the verb of a restrictive relative clause is not part of it either (after
      // ", who" the clause may run on: "Lind, who backs her but has doubted ...").
      // A closing quotation mark before "who" sets nothing off ('a "chief auditor" who reports').
      boolean restrictive = found > 0 && doc.token(found).tag().equals("WP")
          && (!doc.token(found - 1).isPunctuation() || doc.token(found - 1).closesQuote());
      boolean relative = found >= 0 && coordinated && (doc.token(found).tag().equals("WDT")
          || restrictive && !sameForm(doc, verb, v));
      if (relative) {
        // "praised the scheme that rescued the ferry and said ...": the parse joined the speech
        // verb to a relative clause about a thing; it goes with the verb above the thing.
        int above = verbAbove(doc, doc.token(verb).head());
        if (above >= 0) {
          verb = above;
          coordinated = false;
          continue;
        }
      }
      // ", saying ..." has no subject of its own: one the parse gives it is a misread noun
      // before the comma ("noted his years as mayor representing the port, saying").
      boolean setOff = verb == v && doc.token(v).tag().equals("VBG") && commaBefore(doc, v) >= 0;
      if (found >= 0 && !(setOff && found < v)) {
        int appositive = speakerInApposition(doc, verb, found);
        if (appositive >= 0) {
          // "CLAUSE ending in a noun, a Chinese official said.": parsed with that noun as the
          // subject and the speaker in apposition to it; by word order the speaker is the phrase
          // right before the verb.
          return appositive;
        }
        return doc.token(v).tag().equals("VBG") ? personShown(doc, found) : found;
      }
      if (found >= 0) {
        int above = subjectAbove(doc, v);
        return above >= 0 ? above : personShown(doc, found);
      }
      if (verb == v) {
        int reduced = reducedRelativeSubject(doc, v);
        if (reduced >= 0) {
          return reduced;
        }
      }
      Token t = doc.token(verb);
      int h = t.head();
      if (h < 0) {
        return -1;
      }
      int asNoun = verb == v ? asPhraseBefore(doc, v) : -1;
      if (asNoun >= 0) {
        return asNoun;
      }
      String rel = t.baseRel();
      if (rel.equals("obl") && t.tag().equals("VB") && hasInfinitiveMark(doc, verb)) {
        rel = "xcomp"; // "going on to claim ...", the infinitive misread as an oblique
      }
      if (!(rel.equals("xcomp")
          || rel.equals("advcl")
          || rel.equals("conj")
          || rel.equals("acl")
          || rel.equals("dep"))) {
        return -1;
      }
      Token head = doc.token(h);
      // "led farmers in the valley to complain": the parse may hang the infinitive as an adverbial
      boolean infinitive = rel.equals("xcomp") || rel.equals("advcl") && infinitive(doc, verb);
      int controller = infinitive ? objectController(doc, h, verb) : -1;
      if (controller >= 0) {
        return personShown(doc, controller);
      }
      // "a clip of Mina Holt asking ...": the noun the participle modifies; not "praised Holt,
      // stating ...", where the comma sets the participle off as the main subject's act.
      boolean apart = t.tag().equals("VBG") && commaBefore(doc, verb) > h;
      if (rel.equals("acl") && !apart
          && (head.ner().equals("PERSON") || head.isPronoun() || head.isProperNoun())) {
        return h;
      }
      int with = doc.child(h, "case");
      if (rel.equals("acl") && t.tag().equals("VBG") && !apart && with >= 0
          && doc.token(with).word().equalsIgnoreCase("with")
          && (head.isNoun() || head.tag().equals("CD"))) {
        // "..., with many marchers chanting ...", "with one of its leaflets asking ...": the
        // noun of the absolute phrase does what the participle says.
        return h;
      }
      int named = verb == v && (rel.equals("acl") || rel.equals("dep"))
          ? nameRightBefore(doc, v) : -1;
      if (named >= 0) {
        // "X said ..., for instance, and Ana Holt vowed to ...": the parse read the verb in the
        // past tense as a participle on a noun, and the name before it as joined to that noun.
        return named;
      }
      if (rel.equals("acl") && apart && head.ner().equals("PERSON") && head.baseRel().equals("obj")
          && head.head() >= 0 && head.head() < h && doc.child(head.head(), "nsubj") < 0
          && Lexicon.isQuoteCue(doc.token(head.head()))) {
        // '"Q," said Ana Ruiz, an economist at a bank, adding that ...', parsed with the name as
        // the object of "said": the name after the cue speaks, and adds.
        return h;
      }
      if (head.isNoun() && rel.equals("acl")) {
        // "issued a statement saying ...": the statement's author is the subject above it.
        h = head.head();
      }
      coordinated = rel.equals("conj");
      // Not when the act is itself passive: in "X was said to have been warned by Y that", Y
      // spoke.
      controlled = (rel.equals("xcomp") || rel.equals("dep") && t.tag().equals("VBG"))
          && head.tag().equals("VBN") && SEEN_OR_REPORTED.contains(head.lemma())
          && doc.child(verb, "aux:pass") < 0;
      if (coordinated && Lexicon.isQuoteCue(t) && head.baseRel().equals("ccomp")
          && head.head() >= 0 && Lexicon.isQuoteCue(doc.token(head.head()))) {
        // "X said the count was not over but added, ...": the parse joined the second cue to the
        // reported clause; it goes with the first cue, whose subject it shares
        h = head.head();
      } else if (coordinated && Lexicon.isReportingLemma(t.lemma()) && doc.child(verb, "ccomp") > verb
          && head.baseRel().equals("ccomp") && !Lexicon.isReportingLemma(head.lemma())
          && head.head() >= 0 && Lexicon.isReportingLemma(doc.token(head.head()).lemma())
          && (verb >= 2 && doc.token(verb - 1).rel().equals("cc")
                  && doc.token(verb - 2).word().equals(",")
              || sameTense(t.tag(), doc.token(head.head()).tag(), finiteTag(doc, h)))) {
        // "The audit found that the city spent $48 million, and concluded that ...": a second
        // report with a clause of its own, set off by ", and" after the first report's clause
        // or in the first report's form where the clause's verb has another ("strategists fear
        // that X has missed ... and warn that"), shares the first report's subject, not that
        // clause's ("found that the pilot ignored alarms and believed that ..." is the pilot's)
        h = head.head();
      } else if (coordinated && t.tag().matches("VBD|VBZ") && head.tag().equals("VB")
          && head.baseRel().equals("ccomp") && head.head() >= 0 && hasModalAux(doc, h)) {
        // "X forecast that trade would recover and praised Y": a verb in the past tense
        // joined to a bare verb under "would" goes with the verb that reports the clause
        h = head.head();
      } else if (coordinated && t.tag().matches("VBD|VBZ") && Lexicon.isQuoteCue(t)
          && doc.child(h, "cop") >= 0 && hasModalAux(doc, h)) {
        // "X said she feared the chance that Y would be mayor and predicted ...": likewise for
        // a predicate under "would" deeper in the clause; the report goes with the reporter.
        int reporter = reporterAbove(doc, h, t.tag());
        if (reporter >= 0) {
          h = reporter;
        }
      }
      verb = h;
    }
    return -1;
  }

  /**
   * Whether a joined verb tagged {@code joined} is in the form of the outer report ({@code
   * outer}) rather than of the clause's verb ({@code inner}): "fear that X has missed ... and
   * warn", the bare "warn" being no form "has" could govern.
   */
  private static boolean sameTense(String joined, String outer, String inner) {
    boolean asOuter = joined.equals(outer)
        || joined.equals("VB") && outer.equals("VBP") && !inner.equals("MD");
    return asOuter && !joined.equals(inner);
  }

  /** The tag of verb {@code v}'s tensed form: its auxiliary's ("has missed": VBZ) or its own. */
  private static String finiteTag(Doc doc, int v) {
    for (int c : doc.children(v)) {
      Token t = doc.token(c);
      if (c < v && t.baseRel().equals("aux") && t.tag().matches("VBD|VBZ|VBP|MD")) {
        return t.tag();
      }
    }
    return doc.token(v).tag();
  }

  /** The nearest reporting verb above token {@code k} with tag {@code tag}, or -1. */
  private static int reporterAbove(Doc doc, int k, String tag) {
    for (int depth = 0; depth < 8 && k >= 0; depth++) {
      k = doc.token(k).head();
      if (k >= 0 && doc.token(k).tag().equals(tag) && Lexicon.isQuoteCue(doc.token(k))) {
        return k;
      }
    }
    return -1;
  }

  private static boolean hasModalAux(Doc doc, int verb) {
    for (int c : doc.children(verb)) {
      if (doc.token(c).tag().equals("MD")) {
        return true;
      }
    }
    return false;
  }

  /**
   * The head of a noun phrase that the parse set in apposition to the verb's subject although it
   * runs, after a comma, right up to the verb ("..., the old pier, a harbour official said"):
   * a true apposition is closed by a comma before the verb. -1 when there is none.
   */
  private static int speakerInApposition(Doc doc, int v, int subject) {
    if (subject < 0 || subject > v || doc.token(subject).head() != v
        || !Lexicon.isReportingLemma(doc.token(v).lemma())) {
      return -1;
    }
    // The name in apposition may hang on a noun deeper in the subject: "his support for X, Ana
    // Holt, still believes" parsed with Holt in apposition to X; the name next to the verb speaks.
    int end = v - 1;
    while (end > subject && doc.token(end).tag().equals("RB")) {
      end--;
    }
    for (int n : doc.subtree(subject)) {
      if (n < subject) {
        continue;
      }
      for (int c : doc.children(n)) {
        if (!doc.token(c).rel().equals("appos") || c > v) {
          continue;
        }
        int[] sub = doc.subtree(c);
        // Not "Sen. Ana Holt (D-Kent), a supporter of the bid told ...": a description after a
        // person's name, its closing comma left out, describes the speaker. But where a verb
        // stands before the name ("the deal was signed by Holt, a party official said"), the name
        // ends a fronted clause.
        boolean describesName = doc.token(subject).ner().equals("PERSON")
            && !doc.token(c).ner().equals("PERSON") && !doc.token(c).isProperNoun()
            && !verbBefore(doc, subject);
        if (sub[sub.length - 1] == end && sub[0] > subject && !doc.token(end).isPunctuation()
            && doc.token(sub[0] - 1).word().equals(",") && !describesName) {
          return c;
        }
      }
    }
    return -1;
  }

  /** Whether a verb stands between the start of token {@code k}'s sentence and {@code k}. */
  private static boolean verbBefore(Doc doc, int k) {
    int first = doc.sentenceOf(doc.token(k)).firstToken();
    for (int j = first; j < k; j++) {
      if (doc.token(j).isVerb()) {
        return true;
      }
    }
    return false;
  }

  /**
   * "Ana Holt, who said in May the yard would reopen, insisted ...": a tensed verb right after
   * the comma that closes a relative clause on a person's name, given by the parse a subject
   * inside the clause ("the yard") or none, has that person for subject. Returns the name's
   * last token, or -1.
   */
  private static int subjectPastAside(Doc doc, int v) {
    Token verb = doc.token(v);
    if (!verb.tag().matches("VBD|VBZ|VBP")) {
      return -1;
    }
    int start = doc.sentenceOf(verb).firstToken();
    int k = v - 1;
    while (k > start && doc.token(k).tag().startsWith("RB")) {
      k--;
    }
    if (k <= start || !doc.token(k).word().equals(",")) {
      return -1;
    }
    for (int j = k - 1; j > start + 1; j--) {
      Token t = doc.token(j);
      if (t.word().equals(".") || t.word().equals(";")) {
        return -1;
      }
      if (!t.tag().equals("WP") || !doc.token(j - 1).word().equals(",")) {
        continue;
      }
      int noun = j - 2;
      if (!doc.token(noun).ner().equals("PERSON")) {
        return -1; // not "a pilot from Hull, Mass., who ...", nor a thing in a list of clauses
      }
      int subject = -1;
      for (int c : doc.children(v)) {
        if (doc.token(c).baseRel().equals("nsubj")) {
          subject = c;
        }
      }
      return subject < 0 || subject > j && subject < k ? noun : -1;
    }
    return -1;
  }

  /**
   * The person named right before verb {@code v} (its auxiliaries and adverbs between aside),
   * which the parse made a modifier of a noun or left loose. A verb in the past or present tense,
   * or one with an auxiliary ("has pledged"), is no participle, so the name before it is its
   * subject. -1 when the verb is neither, or no person's name or subject pronoun precedes it.
   */
  private static int nameRightBefore(Doc doc, int v) {
    int k = v - 1;
    int sentence = doc.token(v).sentence();
    boolean auxiliary = false;
    while (k >= 0 && doc.token(k).sentence() == sentence
        && (doc.token(k).tag().startsWith("RB") || doc.token(k).head() == v
            && doc.token(k).rel().equals("aux") && !doc.token(k).tag().equals("TO"))) {
      auxiliary |= !doc.token(k).tag().startsWith("RB");
      k--;
    }
    if (!(doc.token(v).tag().matches("VBD|VBZ|VBP") || auxiliary)
        || k < 0 || doc.token(k).sentence() != sentence || doc.token(k).head() == v) {
      return -1;
    }
    Token t = doc.token(k);
    if (doc.child(k, "case") >= 0 || t.baseRel().matches("obj|iobj|obl|nmod")) {
      return -1; // "a panel led by Ana Holt agreed": the name is another word's object
    }
    boolean pronoun = SUBJECT_PRONOUNS.contains(t.word().toLowerCase(Locale.ROOT));
    return t.ner().equals("PERSON") || pronoun ? k : -1;
  }

  /**
   * "... as a number of skippers warned X", "... as Ana Holt, his daughter, attacked X": the
   * parse took "as" for a preposition, its noun for an adjunct of the clause before, and the
   * tensed verb after it for a modifier. The noun after "as" (the verb's head, or a sibling that
   * ends right before the verb) is the subject; -1 otherwise.
   */
  private static int asPhraseBefore(Doc doc, int v) {
    Token verb = doc.token(v);
    if (!verb.tag().matches("VBD|VBZ|VBP") || !verb.baseRel().matches("acl|dep")
        || verb.head() < 0) {
      return -1;
    }
    List<Integer> candidates = new ArrayList<>();
    candidates.add(verb.head());
    for (int c : doc.children(verb.head())) {
      candidates.add(c);
    }
    for (int n : candidates) {
      if (n < 0 || n >= v || !(doc.token(n).isNoun() || doc.token(n).isProperNoun())) {
        continue;
      }
      int as = doc.child(n, "case");
      int clause = doc.token(n).head();
      // "as" after a tensed clause, not the role after a participle ("mentioned by X as ...")
      if (as < 0 || !doc.token(as).word().equalsIgnoreCase("as") || clause < 0
          || !doc.token(clause).tag().matches("VBD|VBZ|VBP")) {
        continue;
      }
      boolean joined = false;
      for (int k = as + 1; k < v; k++) {
        joined |= doc.token(k).tag().equals("CC");
      }
      if (joined) {
        continue; // "as a delegate and in a letter thanked": two phrases, not a subject
      }
      int end = n == verb.head() ? n : doc.subtree(n)[doc.subtree(n).length - 1];
      boolean adjacent = true;
      for (int k = end + 1; k < v; k++) {
        adjacent &= doc.token(k).isPunctuation() || n == verb.head() && doc.dominates(n, k);
      }
      if (adjacent) {
        return n;
      }
    }
    return -1;
  }

  /** The first verb at or above token {@code k}, through at most four nouns; or -1. */
  /**
   * Whether verbs {@code a} and {@code b} share their form: the same tag, and an auxiliary on both
   * or on neither ("have lost" and "said" do not).
   */
  private static boolean sameForm(Doc doc, int a, int b) {
    return doc.token(a).tag().equals(doc.token(b).tag())
        && (doc.child(a, "aux") >= 0) == (doc.child(b, "aux") >= 0);
  }

  private static int verbAbove(Doc doc, int k) {
    for (int depth = 0; k >= 0 && depth < 5; depth++, k = doc.token(k).head()) {
      if (doc.token(k).isVerb()) {
        return k;
      }
      if (!doc.token(k).isNoun()) {
        return -1;
      }
    }
    return -1;
  }

  /** Whether {@code verb} has an infinitive "to" as its marker. */
  private static boolean hasInfinitiveMark(Doc doc, int verb) {
    for (int c : doc.children(verb)) {
      if (doc.token(c).rel().equals("mark") && doc.token(c).tag().equals("TO")) {
        return true;
      }
    }
    return false;
  }

  /**
   * "used the floods as a stick to repeat ...": a
   * "to" infinitive has no subject of its own but after "for" ("for voters to say"); a thing the
   * parse gives it is a misread noun before it, and the speaker is the subject above.
   */
  private static boolean misreadInfinitiveSubject(Doc doc, int verb, int subject) {
    if (!doc.token(verb).tag().equals("VB") || subject > verb
        || !doc.token(verb).baseRel().equals("advcl")) {
      return false;
    }
    if (!hasInfinitiveMark(doc, verb)) {
      return false;
    }
    for (int c : doc.children(verb)) {
      Token m = doc.token(c);
      if (m.rel().equals("mark") && m.word().equalsIgnoreCase("for")) {
        return false;
      }
    }
    int f = doc.subtree(subject)[0];
    if (f > 0 && doc.token(f - 1).word().equalsIgnoreCase("for")) {
      return false;
    }
    if (f > 0 && doc.token(f - 1).tag().matches("IN|TO")) {
      return true; // "Ruiz took to Facebook to accuse ...": a preposition's object, not a subject
    }
    Token t = doc.token(subject);
    return !t.isPronoun() && !t.ner().equals("PERSON") && !t.isProperNoun();
  }

  /**
   * "The ruling led the mayor to warn that ...": after a verb of causing, an infinitive that
   * follows the verb's object takes that object as its subject. After verbs that are requests
   * themselves ("urged voters to reject"), the requester stays the source; or -1.
   */
  private static int objectController(Doc doc, int head, int infinitive) {
    if (!CAUSATIVES.contains(doc.token(head).lemma().toLowerCase(Locale.ROOT))) {
      return -1;
    }
    int o = doc.child(head, "obj");
    if (o < 0 || o > infinitive || o < head || doc.token(infinitive).tag().equals("VBG")) {
      return -1;
    }
    Token t = doc.token(o);
    return t.isNoun() || t.isPronoun() ? o : -1;
  }

  private static final ImmutableSet<String> CAUSATIVES =
      ImmutableSet.of("lead", "prompt", "cause", "force", "spur", "provoke", "drive", "compel",
          "inspire", "move");

  /**
   * "X repeated the claim last week, saying ...", parsed with the participle as a modifier of a
   * noun after it: a participle set off by a comma from a main clause before it is the main
   * clause's subject's act. The subject of the sentence's root, when the root is a verb before the
   * comma; or -1.
   */
  static int mainSubjectBefore(Doc doc, Sentence s, int v) {
    int comma = v - 1;
    if (comma <= s.firstToken() || !doc.token(comma).word().equals(",")) {
      return -1;
    }
    for (int r = s.firstToken(); r < comma; r++) {
      Token t = doc.token(r);
      if (t.head() < 0 && t.rel().equals("root")) {
        int subject = t.isVerb() ? doc.child(r, "nsubj") : -1;
        return subject >= 0 && subject < r && !isTimeWord(doc.token(subject)) ? subject : -1;
      }
    }
    return -1;
  }

  /**
   * "Claiming the review was unfair, Holt said ...", "Saying the toll was too high, Holt voted
   * against it": a participle that opens the sentence is the act of the main clause's subject,
   * after the last comma that a subject and its tensed verb follow (not "Arguing that when prices
   * rise, shoppers stay home, Holt ...", a comma inside the participle's clause). Whatever the
   * parse made of it, returns that comma and the subject's last token, or null. Not a participle
   * after another word ("Later, speaking ...").
   */
  static int[] openingParticiple(Doc doc, Sentence s, int v) {
    int first = s.firstToken();
    while (first < v && doc.token(first).tag().equals("CC")) {
      first++; // "But saying ..."
    }
    if (v != first || !doc.token(v).tag().equals("VBG")) {
      return null;
    }
    int[] found = null;
    for (int c = v + 2; c + 2 < s.endToken(); c++) {
      Token t = doc.token(c);
      if (t.opensQuote() || t.word().matches("[;:]")) {
        return found;
      }
      if (!t.word().equals(",")) {
        continue;
      }
      int j = c + 1;
      while (j < s.endToken() && j <= c + 6 && doc.token(j).tag()
          .matches("DT|PRP\\$|JJ.*|NN.*|POS|CD") && !doc.token(j).word().equals(",")) {
        j++;
      }
      if (doc.token(c + 1).tag().equals("PRP") && !doc.token(c + 1).word().matches("(?i)it|you")) {
        j = c + 2; // "..., she said"
      }
      if (j > c + 1 && j < s.endToken() && doc.token(j).tag().matches("VBD|VBZ|VBP|MD")
          && (doc.token(j - 1).isNoun() || doc.token(j - 1).tag().equals("PRP"))) {
        found = new int[] {c, j - 1};
      }
    }
    return found;
  }

  /** The name right before "who" at {@code h}, past a comma: its PERSON token, or -1. */
  private static int nameBefore(Doc doc, int h) {
    int k = h - 1;
    int first = doc.sentenceOf(doc.token(h)).firstToken();
    if (k > first && doc.token(k).word().equals(",")) {
      k--;
    }
    if (k < first || !doc.token(k).ner().equals("PERSON")) {
      return -1;
    }
    int h2 = doc.token(k).head();
    // "Govs. Ana Holt and Karl Weber, who say ...": a plural verb speaks for all the names, which
    // the first heads; after "..., and Karl Weber, who joked" the last name is the one meant.
    return doc.token(k).rel().equals("conj") && h2 >= 0 && doc.token(h2).ner().equals("PERSON")
        && plural(doc, doc.token(h).head()) ? h2 : k;
  }

  /** Whether verb {@code v} or its auxiliary is in the plural present ("say", "are saying"). */
  private static boolean plural(Doc doc, int v) {
    if (v < 0) {
      return false;
    }
    if (doc.token(v).tag().equals("VBP")) {
      return true;
    }
    for (int c : doc.children(v)) {
      if (doc.token(c).baseRel().equals("aux") && doc.token(c).tag().equals("VBP")
          || doc.token(c).word().equalsIgnoreCase("were")) {
        return true;
      }
    }
    return false;
  }

  /** The subject of the clause above participle {@code v} (its head's subject), or -1. */
  private static int subjectAbove(Doc doc, int v) {
    int h = doc.token(v).head();
    if (h < 0 || !doc.token(v).baseRel().matches("advcl|conj|xcomp|dep")) {
      return -1;
    }
    int s = doc.child(h, "nsubj");
    return s >= 0 && s < v ? s : -1;
  }

  /**
   * "X rejected the rumour that the board would quit, adding ...": a participle set off by a comma
   * belongs to the clause that governs the clause the parse hung it from, not to a complement or
   * relative clause: the subject, before the participle, of the nearest clause above it that is
   * a main, coordinated or adverbial clause; or -1.
   */
  private static int adjunctParticipleSubject(Doc doc, int v) {
    int comma = commaBefore(doc, v);
    // "said the plan had failed before claiming ...": a participle after a subordinator is set off
    // from the clause before it as one after a comma is
    boolean subordinated = v > 1 && doc.token(v - 1).tag().equals("IN")
        && PARTICIPLE_SUBORDINATORS.contains(doc.token(v - 1).word().toLowerCase(Locale.ROOT));
    if (!doc.token(v).tag().equals("VBG") || (comma < 1 && !subordinated)
        || comma >= 1 && Lexicon.isQuoteCue(doc.token(comma - 1))) {
      return -1; // "..., X added, saying": the cue just before is the participle's
    }
    boolean skipped = false;
    for (int h = doc.token(v).head(), depth = 0; h >= 0 && depth < 8; h = doc.token(h).head(),
        depth++) {
      String rel = doc.token(h).rel(); // a relative clause ("acl:relcl") is no complement
      boolean embedded = rel.equals("ccomp") || rel.equals("acl") || rel.equals("csubj")
          || rel.equals("xcomp") || infinitive(doc, h);
      int subject = -1;
      for (int c : doc.children(h)) {
        Token t = doc.token(c);
        if (t.rel().equals("nsubj") && c < v && !isTimeWord(t)) {
          subject = c;
        }
      }
      if (subject >= 0 && !embedded) {
        // Only a subject found past a complement changes the reading; otherwise the usual search.
        return skipped ? subject : -1;
      }
      skipped |= subject >= 0 || embedded;
    }
    return -1;
  }

  private static final com.google.common.collect.ImmutableSet<String> PARTICIPLE_SUBORDINATORS =
      com.google.common.collect.ImmutableSet.of("before", "after", "while", "without", "since");

  /**
   * The comma that sets off the word at {@code v}, right before it or inside a closing quotation
   * mark before it ('called it "corrupt," noting'), or -1.
   */
  private static int commaBefore(Doc doc, int v) {
    int k = v - 1;
    if (k > 0 && doc.token(k).closesQuote()) {
      k--;
    }
    return k >= 0 && doc.token(k).word().equals(",") ? k : -1;
  }

  /** "pressed for Weber to quit": a "to" infinitive, whose subject is not the sentence's. */
  private static boolean infinitive(Doc doc, int h) {
    return doc.token(h).tag().equals("VB") && h > 0 && doc.token(h - 1).tag().equals("TO");
  }

  /**
   * "footage of Lena Okafor asking ...": a participle's subject that is a common noun holding a
   * person ("of" a name) stands for that person; otherwise {@code subject} itself.
   */
  private static int personShown(Doc doc, int subject) {
    Token t = doc.token(subject);
    if (!t.isNoun() || t.isProperNoun() || !t.ner().equals("O")) {
      return subject;
    }
    for (int c : doc.children(subject)) {
      Token n = doc.token(c);
      if (n.rel().equals("nmod") && n.ner().equals("PERSON") && c > subject
          && doc.token(subject + 1).word().equalsIgnoreCase("of")) {
        return c;
      }
    }
    return subject;
  }

  /**
   * The subject by word order alone, for a sentence without a parse: the noun phrase just before
   * the verb (past auxiliaries and adverbs), else the one just after it ("said Joseph"), else, when
   * a comma stands before the verb ("X, a Y, said"), the sentence's first noun phrase.
   */
  static int surfaceSubject(Doc doc, int v) {
    Sentence s = doc.sentenceOf(doc.token(v));
    int k = v - 1;
    if (doc.token(v).tag().equals("VBG") && k >= s.firstToken()
        && (doc.token(k).ner().equals("PERSON") || doc.token(k).tag().equals("NNP"))
        && !isTimeWord(doc.token(k))) {
      return k; // "a clip of Mina Holt asking ...": the name the participle modifies
    }
    if (doc.token(v).tag().equals("VBG") && k > s.firstToken()
        && Lexicon.SPEECH_NOUNS.contains(doc.token(k).word().toLowerCase(Locale.ROOT))) {
      // "put out a statement calling ...": the statement's author, the subject of the verb before
      for (int j = k - 1; j >= s.firstToken() && j >= k - 5; j--) {
        if (doc.token(j).isVerb()) {
          return surfaceSubject(doc, j);
        }
      }
    }
    if (doc.token(v).tag().equals("VBG") && k > s.firstToken()) {
      // "Trump spoke in Florida on Friday, saying ...", "Trump sent tweets early Friday saying
      // ...": the participle's subject is the clause's.
      int c = clauseSubject(doc, s, v);
      if (c >= 0 || doc.token(k).word().equals(",")) {
        return c;
      }
    }
    while (k >= s.firstToken() && isAuxiliaryOrAdverb(doc.token(k))) {
      k--;
    }
    if (k > s.firstToken() && doc.token(k).word().equalsIgnoreCase("and")
        && doc.token(v).tag().matches("VBD|VBZ") && Lexicon.isQuoteCue(doc.token(v))) {
      // "Wilson praised the plan and said ...": a reporting verb joined to the clause's first
      // verb shares its subject, a name or a pronoun
      int c = clauseSubject(doc, s, k);
      if (c >= 0 && (doc.token(c).isProperNoun() || doc.token(c).tag().equals("PRP"))) {
        return c;
      }
    }
    if (k > s.firstToken() && doc.token(k).word().equals(")")) {
      // "Rep. Ana Ruiz (D-Ore.) said": past the bracket to the name before it
      while (k > s.firstToken() && !doc.token(k).word().equals("(")) {
        k--;
      }
      k--;
    }
    if (k > s.firstToken() && doc.token(k).word().equals(",") && doc.token(k - 1).tag().equals("CD")
        && k - 2 > s.firstToken() && doc.token(k - 2).word().equals(",")) {
      k -= 3; // "Quina Jones, 25, said": past the age
    }
    if (k - 2 >= s.firstToken() && doc.token(k).tag().equals("CD")
        && doc.token(k - 1).word().equalsIgnoreCase("of") && isNominal(doc.token(k - 2))) {
      k -= 2; // "the mother of two replied": the noun before the count
    }
    if (k >= s.firstToken() && isNominal(doc.token(k))) {
      return headBeforePreposition(doc, s, k);
    }
    // "made the case that ...", "made it clear": the words after a verb of several are its own.
    boolean phrase = doc.token(v).lemma().startsWith("make ");
    for (int j = v + 1; j < s.endToken() && j <= v + 4 && !phrase; j++) {
      Token t = doc.token(j);
      if (k > s.firstToken() && doc.token(k).word().equals(",")
          && !doc.token(k - 1).closesQuote()) {
        break; // "X, who ..., said the strike ...": not "\"Q\", said X"; the subject is before
      }
      if (j + 2 < s.endToken() && isAge(doc, j + 2)) {
        return j + 2; // "said the 71-year-old"
      }
      if (isNominal(t) && !isTimeWord(t)) {
        while (j + 1 < s.endToken() && doc.token(j + 1).isProperNoun()) {
          j++;
        }
        return j;
      }
      if (!s.parsed() && t.word().equalsIgnoreCase("one") && j + 1 < s.endToken()
          && Character.isUpperCase(doc.token(j + 1).word().charAt(0))
          && doc.token(j + 1).tag().startsWith("JJ")) {
        return j + 1; // "said one Republican engaged in ...", the noun read as an adjective
      }
      if (!(t.tag().equals("DT") || t.tag().startsWith("JJ") || t.tag().equals("PRP$")
          || t.tag().equals("CD") || t.tag().equals("VBN") || t.tag().equals("HYPH"))) {
        break; // "said one source", "said 2012 winner Mina Holt", "said retired pilot Ana Ruiz"
      }
    }
    if (k > s.firstToken() && doc.token(k).word().equals(",")) {
      // "as Ana Ruiz, contradicting Weber, said": the name before a participle set off by commas
      for (int open = k - 2; open > s.firstToken() && open >= k - 10; open--) {
        if (doc.token(open).word().equals(",")) {
          Token before = doc.token(open - 1);
          if (doc.token(open + 1).tag().matches("VBG|VBN")
              && (before.isProperNoun() || before.ner().equals("PERSON"))) {
            return open - 1;
          }
          break;
        }
      }
    }
    if (k >= s.firstToken() && doc.token(k).word().equals(",")) {
      int from = s.firstToken();
      if (doc.token(from).tag().equals("IN") && !doc.token(from).word().equalsIgnoreCase("as")) {
        // "After the storm, Mina Holt, a planner, called ...": past the fronted phrase (not
        // "As Ana Ruiz, the chair, put it:", whose name is the subject)
        int comma = from;
        while (comma < k && !doc.token(comma).word().equals(",")) {
          comma++;
        }
        from = comma < k ? comma + 1 : from;
      }
      for (int j = from; j < k; j++) {
        if (isNominal(doc.token(j))) {
          while (j + 1 < k && (doc.token(j + 1).isNoun() || doc.token(j + 1).tag().equals("HYPH"))) {
            j++;
          }
          return j;
        }
        if (doc.token(j).isVerb()) {
          break;
        }
      }
    }
    return -1;
  }

  /** The subject of the clause that ends before {@code end}: its first noun phrase's head. */
  private static int clauseSubject(Doc doc, Sentence s, int end) {
    int j = s.firstToken();
    if (doc.token(j).opensQuote()) {
      // ""Q," Holt tells the crowd before asking them": the clause starts after the quotation
      j++; // a straight mark may read as closing too: the search starts after the opening one
      while (j < end && !doc.token(j).closesQuote()) {
        j++;
      }
      j++;
    }
    // Past the end when the quotation never closes: the guard keeps the search inside the text.
    if (j < end && doc.token(j).tag().equals("IN")) {
      // "In Florida on Friday, Trump said ...": past the fronted phrase
      while (j < end && !doc.token(j).word().equals(",")) {
        j++;
      }
      j++;
    }
    for (; j < end; j++) {
      Token t = doc.token(j);
      if (isNominal(t) && !isTimeWord(t)) {
        while (j + 1 < end && doc.token(j + 1).isNoun()) {
          j++;
        }
        return j;
      }
      if (t.isVerb() || t.isPunctuation()) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * "one source on the panel said", "dockers walking along the quay chanted": the head
   * before the prepositional phrase (or the participle that opens it), not its object.
   */
  private static int headBeforePreposition(Doc doc, Sentence s, int k) {
    int start = phraseStart(doc, k);
    if (start - 2 >= s.firstToken() && doc.token(start - 1).tag().equals("IN")
        && OF_LIKE.contains(doc.token(start - 1).word().toLowerCase(Locale.ROOT))
        && doc.token(start - 2).isNoun() && !doc.token(start - 2).isProperNoun()) {
      return start - 2;
    }
    if (start - 3 >= s.firstToken() && doc.token(start - 1).tag().equals("IN")
        && doc.token(start - 2).tag().matches("VBG|VBN") && doc.token(start - 3).isNoun()) {
      return start - 3; // "Dockers walking along the quay chanted": the dockers
    }
    return k;
  }

  private static final com.google.common.collect.ImmutableSet<String> OF_LIKE =
      com.google.common.collect.ImmutableSet.of("on", "at", "in", "for", "with", "from");

  private static final com.google.common.collect.ImmutableSet<String> TIME_WORDS =
      com.google.common.collect.ImmutableSet.of(
          "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
          "yesterday", "tonight", "tomorrow", "morning", "afternoon", "evening", "night", "week",
          "month", "year", "january", "february", "march", "april", "may", "june", "july",
          "august", "september", "october", "november", "december", "weekend");

  /**
   * "People briefed on the talks said ...": the parse read the noun and its participle as a
   * clause that is the verb's subject. The noun is the speaker; -1 when there is no such clause.
   */
  private static int reducedRelativeSubject(Doc doc, int v) {
    for (int c : doc.children(v)) {
      Token ct = doc.token(c);
      int noun = doc.child(c, "nsubj");
      if (ct.rel().equals("csubj") && c < v && ct.tag().matches("VBD|VBN") && noun == c - 1
          && doc.token(noun).tag().matches("NNS?") && doc.child(c, "mark") < 0) {
        return noun;
      }
    }
    return -1;
  }

  static boolean isTimeWord(Token t) {
    String lower = t.word().toLowerCase(Locale.ROOT);
    // "USA TODAY reported", "USA Today said": "today" tagged as a proper noun names a paper;
    // "Theresa May said": a month's name that the recogniser reads as a person's is a name
    return TIME_WORDS.contains(lower) && !(lower.equals("today") && t.tag().equals("NNP"))
        && !t.ner().equals("PERSON");
  }

  private static boolean isAuxiliaryOrAdverb(Token t) {
    return t.tag().equals("MD")
        || t.tag().startsWith("RB")
        || t.isVerb() && (t.lemma().equals("be") || t.lemma().equals("have") || t.lemma().equals("do"));
  }

  /**
   * Whether token {@code t} is part of a person's name: tagged so, or, in a sentence the
   * named-entity recogniser did not read (the fast mode), a singular proper noun.
   */
  static boolean isPersonName(Doc doc, Token t) {
    return t.ner().equals("PERSON") || !doc.sentenceOf(t).named() && t.tag().equals("NNP");
  }

  static boolean isNominal(Token t) {
    return t.isNoun() || t.tag().equals("PRP");
  }

  /** The first token of the noun phrase headed by {@code h}, by word order. */
  static int phraseStart(Doc doc, int h) {
    int first = h;
    int sentenceStart = doc.sentenceOf(doc.token(h)).firstToken();
    while (first > sentenceStart) {
      Token p = doc.token(first - 1);
      String tag = p.tag();
      // "the retired harbour master": a participle after a determiner modifies the noun
      // or right after a quotation ("Q," retired ferry captain Ana Ruiz said)
      boolean modifier = tag.matches("VBN|VBG") && first - 2 >= sentenceStart
          && (doc.token(first - 2).tag().matches("DT|PRP\\$")
              || tag.equals("VBN") && doc.token(first - 2).closesQuote());
      boolean joiner = tag.equals("HYPH") && !isDash(doc, first - 1);
      if (p.isNoun() || tag.equals("DT") || tag.startsWith("JJ") || tag.equals("PRP$")
          || tag.equals("POS") || tag.equals("CD") || joiner || modifier) {
        first--;
      } else {
        break;
      }
    }
    return first;
  }

  /**
   * "She paid it down to $3,500 in two winters, but said ...": a tensed verb right after "and" or
   * "but", without a subject of its own, that the parse left as an unlabelled dependent, or
   * joined to a word that is neither verb nor noun (a number), somewhere in the main clause
   * (no verb with its own subject on the way up), shares the main verb's subject. Returns it, or
   * -1.
   */
  private static int sharedWithTheMainVerb(Doc doc, int v) {
    Token t = doc.token(v);
    boolean hanging = t.baseRel().equals("dep")
        || t.baseRel().equals("conj") && t.head() >= 0 && !doc.token(t.head()).isVerb()
            && !doc.token(t.head()).isNoun();
    if (!hanging || !t.tag().matches("VBD|VBZ|VBP") || v < 2
        || !doc.token(v - 1).word().matches("(?i)and|but") || doc.child(v, "nsubj") >= 0) {
      return -1;
    }
    Sentence s = doc.sentenceOf(t);
    for (int k = s.firstToken(); k < v - 1; k++) {
      Token root = doc.token(k);
      if (root.head() < 0) {
        int subject = doc.child(k, "nsubj");
        return root.isVerb() && root.tag().matches("VBD|VBZ|VBP") && subject >= 0 && subject < k
            && root.tag().equals(t.tag()) && hangsFromTheMainClause(doc, t.head(), k)
            ? subject : -1;
      }
    }
    return -1;
  }

  /**
   * Whether the path from token {@code h} up to the root {@code root} passes no verb with a
   * subject of its own: not "hired Weber, who paid it down to $4,000, but said ...", where the
   * number stands in Weber's relative clause.
   */
  private static boolean hangsFromTheMainClause(Doc doc, int h, int root) {
    for (int depth = 0; h >= 0 && h != root && depth < 20; depth++) {
      Token t = doc.token(h);
      if (t.isVerb() && (doc.child(h, "nsubj") >= 0 || doc.child(h, "nsubj:pass") >= 0)) {
        return false;
      }
      h = t.head();
    }
    return h == root;
  }

  /** Whether token {@code k} is a hyphen with space on both sides, a dash, not a joiner. */
  static boolean isDash(Doc doc, int k) {
    Token t = doc.token(k);
    return t.word().equals("-") && k > 0 && k + 1 < doc.tokens().size()
        && doc.token(k - 1).end() < t.start() && t.end() < doc.token(k + 1).start();
  }

  /** The mention headed by token {@code h}, subject of verb {@code verb}; null if none fits. */
  static Mention of(Article a, int h, int verb) {
    Doc doc = a.doc;
    Token t = doc.token(h);
    if (!doc.sentenceOf(t).parsed() && !Lexicon.isPronoun(t.word())) {
      return surfaceMention(a, h);
    }
    String lower = t.word().toLowerCase(Locale.ROOT);
    // The clause "who" opens is the one whose subject it is, not the cue's ("Lind, who has been
    // in office a year, arrived late and acknowledged ...", parsed with the cue hung lower).
    int relative = verb >= 0 && t.head() >= 0 && lower.equals("who") ? t.head() : verb;
    while (relative >= 0 && doc.token(relative).rel().equals("conj")) {
      relative = doc.token(relative).head(); // "whose district voted for it but who said ..."
    }
    if ((lower.equals("who") || lower.equals("that") || lower.equals("which"))
        && relative >= 0
        && (doc.token(relative).rel().equals("acl:relcl")
            || doc.token(relative).rel().equals("dep") && doc.token(relative).head() >= 0
                && doc.token(doc.token(relative).head()).isNoun())) {
      // "Smith, who said ...": the mention is "who", the speaker its antecedent.
      int noun = doc.token(relative).head();
      if (doc.token(noun).rel().equals("appos") && doc.token(noun).head() >= 0) {
        noun = doc.token(noun).head(); // "Ana Ruiz, a port ally who ...": the one named
      }
      int named = lower.equals("who") ? nameBefore(doc, h) : -1;
      if (named >= 0 && !doc.token(noun).ner().equals("PERSON")) {
        noun = named; // "a setback for Holt, who ...", the clause hung on "setback": Holt
      }
      Mention antecedent = of(a, noun, -1);
      if (antecedent == null) {
        return null;
      }
      return new Mention(
          t.start(), t.end(), h, antecedent.type(), antecedent.name(), antecedent.pronoun());
    }
    if (lower.equals("who") && t.tag().equals("WP")) {
      // "Holt, meanwhile, who sits on no board, said ...", misparsed: "who" stands for the name
      // before it (past commas, dashes and adverbs); it never names anyone itself.
      int k = h - 1;
      int first = doc.sentenceOf(t).firstToken();
      while (k > first && (doc.token(k).isPunctuation() || doc.token(k).tag().equals("RB"))) {
        k--;
      }
      int earlier = k > first && doc.token(k).word().matches("(?i)and|but")
          ? earlierWho(doc, first, k) : -1;
      // "Lind, who wants a seat and who shook every hand": the second "who" is the first's
      Mention antecedent = earlier >= 0 ? of(a, earlier, doc.token(earlier).head())
          : k >= first && k < h - 1 && doc.token(k).ner().equals("PERSON") ? of(a, k, -1) : null;
      if (antecedent != null) {
        return new Mention(
            t.start(), t.end(), h, antecedent.type(), antecedent.name(), antecedent.pronoun());
      }
    }
    if (t.tag().equals("PRP") || Lexicon.isPronoun(t.word())) {
      SpeakerType type =
          Lexicon.PERSON_PRONOUNS.contains(lower) || lower.equals("i")
              ? SpeakerType.PERSON
              : SpeakerType.GROUP;
      return new Mention(t.start(), t.end(), h, type, null, true);
    }
    if (t.ner().equals("PERSON")) {
      return personRun(a, h);
    }
    if (isAge(doc, h)) {
      return surfaceMention(a, h); // "said the 52-year-old": a person, as written
    }
    for (Names.PersonName p : a.names.people()) {
      if (p.firstToken() == h && p.endToken() == h + 1 && !t.isProperNoun()) {
        // "Cullinane later said", the surname taken for a common noun: the one named in full
        return new Mention(t.start(), t.end(), h, SpeakerType.PERSON,
            a.names.canonical(p.words()), false);
      }
    }
    // "Trump's Defense Secretary, Pete Hegseth": the name in apposition is the speaker.
    for (int c : doc.children(h)) {
      String rel = doc.token(c).rel();
      if ((rel.equals("appos") || rel.equals("dep") || rel.equals("flat"))
          && doc.token(c).ner().equals("PERSON")
          && c > h) {
        return personRun(a, c);
      }
    }
    int body = t.isProperNoun() ? -1 : bodyInApposition(doc, h);
    if (body >= 0) {
      // "Its largest shareholder, the fund Crestmark Partners, said": the body named beside it.
      return surfaceMention(a, body);
    }
    if (Names.isTitle(t.word()) && Character.isUpperCase(t.word().charAt(0))
        && h + 1 < doc.tokens().size()
        && doc.token(h + 1).ner().equals("PERSON") && doc.token(h + 1).sentence() == t.sentence()) {
      return personRun(a, h + 1); // "Mr. Devine", parsed with the title as head: the name
    }
    int linked = nameBeforeLink(doc, phraseStart(doc, h), h);
    if (linked >= 0 && namesBody(doc.token(linked))) {
      // "the Committee to Protect Journalists said", parsed with "Journalists" as the subject:
      // the body's whole name, by word order
      return surfaceMention(a, h);
    }
    Mention phrase = nounPhrase(a, h);
    int nameEnd = namesBody(t) ? nameAfterLink(doc, h) : -1;
    if (nameEnd >= 0 && (phrase == null || phrase.end() < doc.token(nameEnd).end())
        && nameBeforeLink(doc, phraseStart(doc, nameEnd), nameEnd) == h) {
      return surfaceMention(a, nameEnd); // the same, parsed with "Committee" as a clause's subject
    }
    return phrase;
  }

  /**
   * The head of an organisation's name set off by a comma after the common noun {@code h} ("its
   * largest shareholder, Crestmark Partners," or "..., the investment firm Crestmark Partners,"),
   * or -1.
   */
  private static int bodyInApposition(Doc doc, int h) {
    if (!doc.token(h).tag().equals("NN") && !doc.token(h).word().equalsIgnoreCase("one")) {
      return -1; // "its two largest shareholders, A and B,": more than one
    }
    for (int c : doc.children(h)) {
      if (!doc.token(c).rel().equals("appos") || c <= h + 1
          || !doc.token(doc.subtree(c)[0] - 1).word().equals(",") || doc.child(c, "conj") >= 0) {
        continue;
      }
      if (doc.token(c).isProperNoun() && doc.token(c).ner().equals("ORGANIZATION")) {
        return c;
      }
      for (int d : doc.children(c)) {
        Token dt = doc.token(d);
        if (d > c && dt.rel().matches("dep|appos|flat") && dt.isProperNoun()
            && dt.ner().equals("ORGANIZATION")) {
          return d; // "the investment firm Crestmark Partners"
        }
      }
    }
    return -1;
  }

  /** Whether {@code t} is a capitalised word that heads a body's name. */
  private static boolean namesBody(Token t) {
    return Character.isUpperCase(t.word().charAt(0))
        && (Lexicon.namesABody(t.word()) || t.ner().equals("ORGANIZATION"));
  }

  /**
   * The last token of the capitalised words (and "the", "and", "&amp;", "of", "for" among them)
   * after token {@code h} and "of", "for" or "to", read by word order; -1 when there are none.
   * Whether they go on a body's name is for {@link #nameBeforeLink} to tell.
   */
  private static int nameAfterLink(Doc doc, int h) {
    int sentenceEnd = doc.sentenceOf(doc.token(h)).endToken() - 1;
    if (h + 2 > sentenceEnd || !doc.token(h + 1).word().matches("of|for|to")) {
      return -1;
    }
    int end = -1;
    for (int k = h + 2; k <= sentenceEnd && k <= h + 7; k++) {
      Token t = doc.token(k);
      if (t.isPunctuation() || !Character.isUpperCase(t.word().charAt(0))
          && !t.word().matches("the|and|&|of|for")) {
        break;
      }
      if (Character.isUpperCase(t.word().charAt(0))) {
        end = k;
      }
    }
    return end;
  }

  /** The last "who" in tokens [{@code first}, {@code before}), or -1. */
  private static int earlierWho(Doc doc, int first, int before) {
    for (int k = before - 1; k >= first; k--) {
      if (doc.token(k).word().equalsIgnoreCase("who")) {
        return k;
      }
    }
    return -1;
  }

  /** Whether token {@code h} ends an age used as a noun: "the 52-year-old", split at hyphens. */
  static boolean isAge(Doc doc, int h) {
    return h >= 2 && doc.token(h).word().equalsIgnoreCase("old")
        && doc.token(h - 1).word().equals("-")
        && doc.token(h - 2).word().matches("(?i)years?");
  }

  /** The mention headed by token {@code h}, read by word order whatever the parse says. */
  static Mention byWordOrder(Article a, int h) {
    return surfaceMention(a, h);
  }

  /** A noun phrase found by word order: a name, or an organisation or group as written. */
  private static Mention surfaceMention(Article a, int h) {
    Doc doc = a.doc;
    Token head = doc.token(h);
    if (head.ner().equals("PERSON")) {
      return personRun(a, h);
    }
    int first = phraseStart(doc, h);
    int linked = nameBeforeLink(doc, first, h);
    if (linked >= 0 && Names.isTitle(doc.token(linked).word()) && h - first > 1) {
      linked = -1; // "Secretary of State Ana Ruiz": a name after the title, read as before
    }
    boolean office = Names.officeBefore(doc.tokens(), first) && h > first;
    boolean titled = linked >= 0 && Names.isTitle(doc.token(linked).word());
    if (linked >= 0 && !Lexicon.namesABody(doc.token(linked).word()) && !titled
        && !doc.token(phraseStart(doc, linked)).tag().equals("DT")) {
      return surfaceMention(a, linked); // "Elizabeth Warren of Massachusetts": the one named
    }
    boolean body = linked >= 0; // "the Port of Tacoma", "the Mayor of London": the whole name
    if (body) {
      first = phraseStart(doc, linked); // "the Institute for Coastal Studies": the whole name
    }
    // Titles and other words before a name are not the name: "Defense Secretary Pete Hegseth".
    int nameStart = h;
    while (nameStart > first && doc.token(nameStart - 1).isProperNoun()
        && !Names.isTitle(doc.token(nameStart - 1).word())) {
      nameStart--;
    }
    if (office && nameStart == first) {
      nameStart = Names.afterOffice(doc.tokens(), nameStart, h + 1);
    }
    if (head.isProperNoun() && !body && !Lexicon.ORGANISATION_NOUNS.contains(head.lemma())
        && !head.ner().equals("ORGANIZATION") && !head.ner().equals("LOCATION")) {
      Names.PersonName name = Names.personName(doc.tokens(), nameStart, h + 1);
      if (name != null) {
        return new Mention(doc.token(nameStart).start(), head.end(), h, SpeakerType.PERSON,
            fullName(a, name.words(), nameStart), false);
      }
    }
    String name = a.text.substring(doc.token(first).start(), head.end()).replaceAll("\\s+", " ");
    name = midSentence(name);
    SpeakerType type =
        titled ? SpeakerType.PERSON
            : head.tag().endsWith("S") && !body ? SpeakerType.GROUP
            : body || Lexicon.ORGANISATION_NOUNS.contains(head.lemma()) || head.isProperNoun()
                ? SpeakerType.ORGANIZATION
                : thingType(head);
    String titleHolder = a.names.byTitle(doc.tokens(), first, h);
    if (titleHolder != null && (commonWord(head) || capitalisedTitle(doc, first, h))) {
      name = titleHolder;
      type = SpeakerType.PERSON;
    }
    return new Mention(doc.token(first).start(), head.end(), h, type, name, false);
  }

  /**
   * Whether {@code t} is a common noun, or a word in lower case the tagger took for a proper
   * noun ("the Harbour senator").
   */
  private static boolean commonWord(Token t) {
    return !t.isProperNoun() || Character.isLowerCase(t.word().charAt(0));
  }

  /**
   * Whether tokens [{@code first}, {@code h}] are "the" and a title in capitals, as papers in
   * much of the world set them: "the Premier", "the Chief Minister".
   */
  private static boolean capitalisedTitle(Doc doc, int first, int h) {
    if (h <= first || !doc.token(first).word().equalsIgnoreCase("the")
        || !doc.token(h).ner().matches("O|TITLE")) {
      return false;
    }
    for (int k = first + 1; k <= h; k++) {
      if (!Character.isUpperCase(doc.token(k).word().charAt(0))) {
        return false;
      }
    }
    return true;
  }

  /** The run of PERSON tokens around {@code h}: "Pete Hegseth" in "Defense Secretary Pete Hegseth". */
  private static Mention personRun(Article a, int h) {
    Doc doc = a.doc;
    int s = h;
    int e = h + 1;
    int sentence = doc.token(h).sentence();
    while (s > 0 && doc.token(s - 1).ner().equals("PERSON")
        && doc.token(s - 1).sentence() == sentence && !Names.isHeadlineVerb(doc.tokens(), s - 1)) {
      s--;
    }
    while (e < doc.tokens().size()
        && doc.token(e).ner().equals("PERSON")
        && doc.token(e).sentence() == sentence
        && !Names.isHeadlineVerb(doc.tokens(), e)) {
      e++;
    }
    Names.PersonName name = Names.personName(doc.tokens(), s, e);
    if (name == null) {
      return titleWordSurname(a, s, e, h);
    }
    // Skip a title the tagger took into the name.
    while (s < e - 1 && Names.isTitle(doc.token(s).word())) {
      s++;
    }
    int last = e - 1;
    while (last > s && doc.token(last).isPunctuation() || last > s && doc.token(last).word().endsWith("'s") && doc.token(last).word().length() <= 2) {
      last--;
    }
    return new Mention(
        doc.token(s).start(),
        doc.token(last).end(),
        h,
        SpeakerType.PERSON,
        fullName(a, name.words(), s),
        false);
  }

  /**
   * The article's fullest name for a person named {@code words} from token {@code s}: after
   * "Mr." or "Mrs." and a surname two people share, the one whose first name fits ("Mrs.
   * Okafor" after "Karl Okafor and Lena Okafor" is Lena).
   */
  private static String fullName(Article a, List<String> words, int s) {
    String honorific = s > 0 ? a.doc.token(s - 1).word().toLowerCase(Locale.ROOT) : "";
    boolean male = honorific.matches("mr\\.?");
    boolean female = honorific.matches("(mrs|ms|miss)\\.?");
    return male || female ? PronounResolver.canonicalFitting(a, words, male, female)
        : a.names.canonical(words);
  }

  /**
   * "King says ...": a word that can be a title, standing alone as a name, is a surname when the
   * article gives someone that surname in full ("Steve King").
   */
  private static Mention titleWordSurname(Article a, int s, int e, int h) {
    Doc doc = a.doc;
    if (e - s != 1 || !Names.isTitle(doc.token(s).word())
        || !Character.isUpperCase(doc.token(s).word().charAt(0))) {
      return null;
    }
    String full = a.names.fullSurname(doc.token(s).word());
    return full == null ? null
        : new Mention(doc.token(s).start(), doc.token(s).end(), h, SpeakerType.PERSON, full, false);
  }

  /** Words that stand for a group of people as a subject: "many argue", "some say". */
  private static final ImmutableSet<String> PARTITIVES = ImmutableSet.of(
      "number", "majority", "minority", "plurality", "group", "handful", "couple", "dozen",
      "dozens", "lot");

  /** Round numbers used as nouns of quantity ("hundreds of", "thousands of"). */
  private static final ImmutableSet<String> COUNTS =
      ImmutableSet.of("hundred", "thousand", "million", "score", "ten");

  /** Shares of a group, as poll reports give them: "a third say", "two-thirds oppose". */
  private static final ImmutableSet<String> FRACTIONS = ImmutableSet.of(
      "half", "third", "thirds", "two-thirds", "quarter", "quarters", "three-quarters", "fifth",
      "fifths", "tenth", "tenths");

  private static final com.google.common.collect.ImmutableSet<String> QUANTIFIERS =
      com.google.common.collect.ImmutableSet.of(
          "many", "some", "others", "both", "most", "few", "several", "all", "none");

  /**
   * The group that tokens {@code first} to {@code last} name as written ("those who know the
   * mayor"), for a pronoun the parse left without its description.
   */
  static Mention group(Article a, int first, int last) {
    Doc doc = a.doc;
    int start = doc.token(first).start();
    int end = doc.token(last).end();
    return new Mention(
        start, end, first, SpeakerType.GROUP, midSentence(a.text.substring(start, end)), false);
  }

  /** A group named as written, as it reads mid-sentence: "the council", "those surveyed". */
  private static String midSentence(String name) {
    return name.startsWith("The ") || name.startsWith("Those ")
        ? Character.toLowerCase(name.charAt(0)) + name.substring(1) : name;
  }

  /**
   * Whether {@code c} is a short "of", "for" or "to" phrase right after the common noun {@code h}
   * that names a person or body ("aides to Karl Weber", "a spokesman for the Harbour Board"),
   * without a verb or a comma of its own.
   */
  private static boolean ofSomeoneNamed(Doc doc, int h, int c) {
    Token head = doc.token(h);
    Token ct = doc.token(c);
    if (head.isProperNoun() || !head.isNoun() || !ct.rel().equals("nmod") || c <= h + 1
        || doc.child(c, "case") != h + 1
        || !doc.token(h + 1).word().matches("(?i)of|for|to")
        || !(ct.isProperNoun() || ct.ner().equals("PERSON") || ct.ner().equals("ORGANIZATION"))) {
      return false;
    }
    int[] sub = doc.subtree(c);
    if (sub.length > 6 || sub[0] != h + 1 || sub[sub.length - 1] - sub[0] + 1 != sub.length) {
      return false;
    }
    for (int k : sub) {
      Token t = doc.token(k);
      boolean inName = t.tag().equals("VB") && Character.isUpperCase(t.word().charAt(0))
          && doc.token(k - 1).word().equals("to"); // "for the Committee to Protect Journalists"
      if (t.isVerb() && !inName || t.word().equals(",") || t.opensQuote() || t.closesQuote()) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether {@code c} is the rest of a body's name that {@code h} heads, past "of", "for" or
   * "to": "the Bureau of Harbour Statistics", "the Institute for Coastal Studies". Every word of it
   * after the first linking word is capitalised but "the", "and", "&amp;", "of" and "for".
   */
  private static boolean bodyNameGoesOn(Doc doc, int h, int c) {
    Token head = doc.token(h);
    if (!head.isProperNoun()
        || !(namesBody(head)
            || Names.isTitle(head.word()) && Character.isUpperCase(head.word().charAt(0)))
        || c <= h + 1 || !doc.token(h + 1).word().matches("of|for|to")) {
      return false;
    }
    Token ct = doc.token(c);
    boolean infinitive = ct.rel().startsWith("acl") && c == h + 2 && ct.tag().equals("VB")
        && doc.child(c, "mark") == h + 1; // "the Committee to Protect Journalists"
    if (!infinitive && (!ct.rel().startsWith("nmod") || doc.child(c, "case") != h + 1)) {
      return false;
    }
    int[] sub = doc.subtree(c);
    if (sub.length > 7 || sub[0] != h + 1 || sub[sub.length - 1] - sub[0] + 1 != sub.length) {
      return false;
    }
    return capitalisedName(doc, h + 2, sub[sub.length - 1]);
  }

  /**
   * Whether tokens {@code from}..{@code to} are capitalised words, "the", "and", "&amp;", "of" or
   * "for", at least one of them capitalised.
   */
  private static boolean capitalisedName(Doc doc, int from, int to) {
    boolean named = false;
    for (int k = from; k <= to; k++) {
      String w = doc.token(k).word();
      if (w.matches("the|and|&|of|for")) {
        continue;
      }
      if (!Character.isUpperCase(w.charAt(0)) || doc.token(k).isPunctuation()) {
        return false;
      }
      named = true;
    }
    return named;
  }

  /**
   * Which token heads the name before "of", "for" or "to" when the noun phrase that token {@code first}
   * opens, read by word order, goes on a name: "Institute" in "the Institute for Coastal Studies",
   * "Warren" in "Elizabeth Warren of Massachusetts", "Committee" in "the Committee to Protect
   * Journalists"; -1 when there is none.
   */
  private static int nameBeforeLink(Doc doc, int first, int h) {
    int sentenceStart = doc.sentenceOf(doc.token(h)).firstToken();
    if (first - 3 >= sentenceStart && doc.token(first - 2).word().equals("to")
        && doc.token(first - 1).tag().equals("VB") && capitalisedName(doc, first - 1, h)) {
      first--; // "the Committee to Protect Journalists": a capitalised verb is part of the name
    }
    if (first - 2 < sentenceStart || !doc.token(first - 1).word().matches("of|for|to")
        || !capitalisedName(doc, first, h)) {
      return -1;
    }
    Token before = doc.token(first - 2);
    // A capitalised common noun of a body's name, not the sentence's first word: "the Campaign
    // for ...", tagged as a common noun
    boolean named = before.isProperNoun()
        || before.isNoun() && first - 2 > sentenceStart && Lexicon.namesABody(before.word());
    return named && Character.isUpperCase(before.word().charAt(0)) ? first - 2 : -1;
  }

  /**
   * The first token of the name in "secretary of state Ana Ruiz": a title, "of" and a common
   * noun, then a person's name; or -1.
   */
  private static int titledName(Doc doc, int h, int c) {
    Token ct = doc.token(c);
    if (!ct.rel().equals("nmod") || !ct.ner().equals("PERSON") || c < h + 3
        || !Names.isTitle(doc.token(h).word())
        || !doc.token(h + 1).word().equalsIgnoreCase("of")) {
      return -1;
    }
    int k = c;
    while (k - 1 > h && doc.token(k - 1).ner().equals("PERSON")) {
      k--;
    }
    Token before = doc.token(k - 1);
    return k - 1 == h + 2 && before.isNoun() && !before.isProperNoun() ? k : -1;
  }

  private static Mention nounPhrase(Article a, int h) {
    Doc doc = a.doc;
    Token head = doc.token(h);
    List<Integer> in = new ArrayList<>();
    in.add(h);
    boolean group = false;
    boolean person = false;
    // "those surveyed say", "those who back her say": the pronoun with what describes it
    boolean those = head.word().equalsIgnoreCase("those") && head.tag().equals("DT");
    for (int c : doc.children(h)) {
      Token ct = doc.token(c);
      // "some of the women", "hundreds of dock workers": a quantity is named by whom it counts
      String quantity = head.lemma().toLowerCase(Locale.ROOT);
      if ((PARTITIVES.contains(quantity) || QUANTIFIERS.contains(quantity)
              || COUNTS.contains(quantity)) && c > h && !ct.tag().startsWith("W")
          && ct.rel().equals("nmod") && doc.child(c, "case") == h + 1
          && doc.token(h + 1).word().equalsIgnoreCase("of")) {
        for (int k : doc.subtree(c)) {
          in.add(k); // "a number of skippers", "a majority of riders": who they are
        }
        continue;
      }
      if (those && c > h && ct.rel().startsWith("acl")) {
        // A short description only, and not one that holds a report of its own ("those who said
        // the fares ...").
        int[] sub = doc.subtree(c);
        boolean reports = false;
        for (int k : sub) {
          reports |= doc.token(k).isVerb() && Lexicon.isReportingLemma(doc.token(k).lemma());
        }
        if (sub.length <= 6 && !reports) {
          for (int k : sub) {
            in.add(k);
          }
        }
        continue;
      }
      int titled = titledName(doc, h, c);
      Mention named = titled >= 0 ? personRun(a, titled) : null;
      if (named != null) {
        return named; // "former secretary of state Ana Ruiz": the one named
      }
      if (ofSomeoneNamed(doc, h, c) || bodyNameGoesOn(doc, h, c)) {
        for (int k : doc.subtree(c)) {
          in.add(k); // "a spokesman for Karl Weber", "aides to the Harbour Board": whose
        }
        continue;
      }
      // "Roughly one in six": a number's own modifiers belong to it.
      boolean ofNumber = head.tag().equals("CD")
          && (ct.rel().equals("nmod") || ct.rel().equals("advmod"));
      if (head.tag().equals("CD") && c == h + 1 && ct.rel().matches("dep|amod")
          && ct.tag().matches("JJ|NNP?")) {
        in.add(c); // "one Republican", the noun read as an adjective and not as the head
        continue;
      }
      if (!NOUN_PHRASE_RELATIONS.contains(ct.rel()) && !ofNumber) {
        continue;
      }
      if (ct.rel().equals("conj")) {
        if (!ct.isNoun()) {
          continue;
        }
        group = true;
      }
      for (int k : doc.subtree(c)) {
        in.add(k);
      }
      // "Rubio" read as the head of "Sen. Marco Rubio" names him; a common noun after a name
      // ("the Clinton campaign", "a Trump adviser") is someone else.
      if (ct.ner().equals("PERSON") && ct.rel().startsWith("compound")
          && (head.isProperNoun() || !head.isNoun())) {
        person = true;
      }
    }
    in.sort(Integer::compare);
    // Keep the contiguous stretch around the head.
    int s = in.indexOf(h);
    int e = s;
    while (s > 0 && in.get(s - 1) == in.get(s) - 1) {
      s--;
    }
    while (e + 1 < in.size() && in.get(e + 1) == in.get(e) + 1) {
      e++;
    }
    int first = in.get(s);
    int last = in.get(e);
    for (int k = first + 1; k < h; k++) {
      if (isDash(doc, k)) {
        first = k + 1; // "an old idea - others say": the phrase begins after the dash
      }
    }
    while (first < last
        && (doc.token(first).isPunctuation() || doc.token(first).rel().equals("cc"))) {
      first++; // "and Republicans": the conjunct without its "and"
    }
    while (last > first && doc.token(last).isPunctuation() && !doc.token(last).word().equals("%")) {
      last--; // "47%" keeps its sign
    }
    if (person) {
      return personRun(a, first);
    }
    // "Brookline Superior Court Justice Frank Olsen", all tagged an organisation: a title followed
    // by a given name and a surname names a person.
    for (int k = last - 2; k >= first; k--) {
      if (!Names.isTitle(doc.token(k).word()) || !head.isProperNoun() || k + 1 > h) {
        continue;
      }
      boolean nameAfter = true;
      for (int j = k + 1; j <= last; j++) {
        nameAfter &= doc.token(j).isProperNoun() && !Names.isTitle(doc.token(j).word());
      }
      Names.PersonName titled = nameAfter ? Names.personName(doc.tokens(), k + 1, last + 1) : null;
      if (titled != null) {
        return new Mention(doc.token(k + 1).start(), doc.token(last).end(), h, SpeakerType.PERSON,
            a.names.canonical(titled.words()), false);
      }
      break;
    }
    String text = a.text.substring(doc.token(first).start(), doc.token(last).end());
    String name = text.replaceAll("\\s+", " ");
    name = midSentence(name);
    SpeakerType type;
    String titleHolder = a.names.byTitle(doc.tokens(), first, h);
    if (group) {
      type = SpeakerType.GROUP;
    } else if (head.ner().equals("ORGANIZATION")
        || Lexicon.ORGANISATION_NOUNS.contains(head.lemma())) {
      type = SpeakerType.ORGANIZATION;
    } else if (head.ner().equals("LOCATION") || head.tag().endsWith("S")) {
      type = SpeakerType.GROUP;
    } else if (titleHolder != null && (commonWord(head) || capitalisedTitle(doc, first, h))) {
      type = SpeakerType.PERSON;
      name = titleHolder;
    } else if (head.isProperNoun() && !head.ner().equals("O")) {
      type = SpeakerType.ORGANIZATION;
    } else if (head.isProperNoun()) {
      type = SpeakerType.PERSON;
      name = a.names.canonical(List.of(name.split(" ")));
    } else if (QUANTIFIERS.contains(head.word().toLowerCase(Locale.ROOT))
        || FRACTIONS.contains(head.word().toLowerCase(Locale.ROOT))
        || head.tag().equals("CD") || those && last > h) {
      type = SpeakerType.GROUP; // "many argue", "both think", "one in six say"
    } else if (!head.isNoun()) {
      return null;
    } else {
      type = thingType(head);
    }
    return new Mention(doc.token(first).start(), doc.token(last).end(), h, type, name, false);
  }

  /**
   * The type of a speaker that a singular common noun heads: a person ("the spokesman"), unless
   * the noun names a document or finding, which speaks for a body ("the report", "a poll"), or a
   * town or state that acts as one ("the city said"): an organisation; or a country or a share
   * of people ("the nation", "a majority of riders"): a group.
   */
  private static SpeakerType thingType(Token head) {
    String lemma = head.lemma().toLowerCase(Locale.ROOT);
    if (lemma.matches("country|nation") || PARTITIVES.contains(lemma)) {
      return SpeakerType.GROUP;
    }
    return Lexicon.isDocument(lemma) || Lexicon.SOURCE_NOUNS.contains(lemma)
        ? SpeakerType.ORGANIZATION : SpeakerType.PERSON;
  }
}
