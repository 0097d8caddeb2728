package io.github.quotekit.internal.attribute;

import com.google.common.collect.ImmutableSet;
import io.github.quotekit.internal.nlp.CoreNlpAnalyzer;
import io.github.quotekit.internal.nlp.Doc;
import io.github.quotekit.internal.nlp.Sentence;
import io.github.quotekit.internal.nlp.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code X said (that) CLAUSE}, {@code CLAUSE, X said}, {@code ..., saying CLAUSE}: a reporting
 * verb and the clause it governs in the dependency parse (its clausal complement, or the clause it
 * is appended to). The speaker is the verb's subject, looked up through "saying" and "and says". A
 * cue that interrupts its sentence ({@code A, X said, B}) reports both halves, as two clauses.
 */
final class ReportingVerbRule implements ReportedSpeechRule {
  private static final int MIN_TOKENS = 3;
  private static final com.google.common.collect.ImmutableSet<String> OBJECT_WORDS =
      com.google.common.collect.ImmutableSet.of(
          "him", "her", "them", "me", "us", "himself", "herself", "themselves", "itself",
          "myself", "ourselves", "so", "nothing", "little", "something", "anything");
  /** Verbs whose first object is the one told, not the start of what was said. */
  private static final com.google.common.collect.ImmutableSet<String> ADDRESSEE_VERBS =
      com.google.common.collect.ImmutableSet.of(
          "tell", "inform", "assure", "notify", "remind", "ask", "warn", "show", "deny");
  /** Verbs that never stand before their subject: what follows them is the one told. */
  private static final com.google.common.collect.ImmutableSet<String> NEVER_INVERTED =
      com.google.common.collect.ImmutableSet.of(
          "tell", "inform", "assure", "notify", "remind", "show");
  /** Words opening a clause after the cue that says when it was said, not what. */
  private static final com.google.common.collect.ImmutableSet<String> WHEN_SAID =
      com.google.common.collect.ImmutableSet.of("as", "when");
  /** Before a participle, words that give the circumstances of the saying, not its content. */
  private static final com.google.common.collect.ImmutableSet<String> CIRCUMSTANCE_WORDS =
      com.google.common.collect.ImmutableSet.of("before", "after");
  /** Participles used as prepositions: they open a phrase of the clause, not the writer's aside. */
  private static final com.google.common.collect.ImmutableSet<String> PREPOSITION_PARTICIPLES =
      com.google.common.collect.ImmutableSet.of(
          "including", "excluding", "regarding", "concerning", "barring", "notwithstanding");
  static final com.google.common.collect.ImmutableSet<String> SUBORDINATORS =
      com.google.common.collect.ImmutableSet.of(
          "because", "if", "when", "before", "after", "while", "until", "since", "as", "although",
          "though", "unless", "whether", "once");

  /** Verbs that follow a quotation only, yet never take a clause: "called that a win". */
  private static final com.google.common.collect.ImmutableSet<String> NO_THAT_CLAUSE =
      com.google.common.collect.ImmutableSet.of(
          "call", "read", "describe", "begin", "continue", "chant", "laugh", "cry");

  /**
   * "X joked that ...", "lamented that ...": a verb that usually follows a quotation reports the
   * clause that a "that" right after it opens.
   */
  private static boolean mannerThat(Doc doc, Sentence s, int v) {
    Token t = doc.token(v);
    return t.isVerb() && Lexicon.QUOTE_ONLY_VERBS.contains(t.lemma())
        && !NO_THAT_CLAUSE.contains(t.lemma())
        && v + 2 < s.endToken() && doc.token(v + 1).word().equalsIgnoreCase("that")
        && doc.token(v + 1).tag().equals("IN");
  }

  /** Verbs of learning whose infinitive names what is sought, not what is held. */
  private static final com.google.common.collect.ImmutableSet<String> LEARNING_VERBS =
      com.google.common.collect.ImmutableSet.of(
          "know", "understand", "determine", "find", "hear", "learn", "decide");

  /**
   * "an inquiry to determine whether ...", "hard to understand why ...", "one way to find ...":
   * the bare infinitive of a verb of learning, right after "to", tells what is sought or needed,
   * not a view anyone holds. Not after "want", "demand" or "ask" ("wants to know who ..."), a
   * question put.
   */
  private static boolean soughtKnowledge(Doc doc, int v) {
    Token t = doc.token(v);
    if (!t.tag().equals("VB") || !LEARNING_VERBS.contains(t.lemma()) || v < 2
        || !doc.token(v - 1).tag().equals("TO") || doc.token(v - 1).sentence() != t.sentence()) {
      return false;
    }
    return !doc.token(v - 2).lemma().matches("want|wish|demand|ask|seek");
  }

  /**
   * "an official, who asked not to be named, ...", "she asked to be identified by her first
   * name": asking for something to be done to oneself, the terms of an interview rather than
   * what the source said.
   */
  static boolean selfRequest(Doc doc, Sentence s, int v) {
    if (!doc.token(v).lemma().matches("ask|request") || !doc.token(v).tag().matches("VBD|VBZ|VBP")) {
      return false;
    }
    int k = v + 1;
    if (k < s.endToken() && doc.token(k).word().equalsIgnoreCase("not")) {
      k++;
    }
    return k + 2 < s.endToken() && doc.token(k).word().equalsIgnoreCase("to")
        && doc.token(k + 1).word().equalsIgnoreCase("be") && doc.token(k + 2).tag().equals("VBN");
  }

  @Override
  public List<Clause> find(Article a, int sentence) {
    Doc doc = a.doc;
    Sentence s = doc.sentences().get(sentence);
    List<Clause> out = new ArrayList<>();
    for (int v = s.firstToken(); v < s.endToken(); v++) {
      Token t = doc.token(v);
      // Without a parse, "The Post reports that" may come tagged as a plural noun.
      boolean verbLike = t.isVerb()
          || !s.parsed() && t.tag().equals("NNS") && v + 1 < s.endToken()
              && doc.token(v + 1).word().equalsIgnoreCase("that");
      if (!(verbLike && (Lexicon.isReportingLemma(t.lemma()) || mannerThat(doc, s, v))
              || beliefAdjective(doc, s, v))
          || a.insideQuotation(t) || SpeechActRule.beforeItsNoun(doc, s, v)
          || soughtKnowledge(doc, v) || selfRequest(doc, s, v)) {
        continue;
      }
      int[] opening = Mentions.openingParticiple(doc, s, v);
      int[] opened = opening == null ? null : trim(doc, v + 1, opening[0] - 1);
      if (opened != null && hasFiniteVerb(doc, opened[0], opened[1])
          && !doc.token(opened[0]).tag().matches("IN|TO|WRB|WP|WDT")
          && !TELLING_VERBS.contains(t.lemma()) && !t.lemma().equals("ask")) {
        // "Claiming the review was unfair, Holt said ...": the clause up to the comma is the
        // main clause's subject's claim. Not "Telling reporters ...", whose object comes first,
        // nor "Explaining why ...", a question.
        Mention m = Mentions.of(a, opening[1], -1);
        if (m != null) {
          out.add(Clause.of(doc, opened, v, m, "reporting-verb"));
        }
        continue;
      }
      int[] halves = s.parsed() ? invertedParenthetical(doc, s, v) : null;
      Mention named = halves == null ? null : Mentions.of(a, halves[4], v);
      if (named != null) {
        // "The problem, says Ana Ruiz, an economist, is that ...": both halves are hers.
        out.add(Clause.of(doc, new int[] {halves[0], halves[1]}, v, named, "reporting-verb"));
        out.add(Clause.of(doc, new int[] {halves[2], halves[3]}, v, named, "reporting-verb"));
        continue;
      }
      int[] content;
      int subject;
      int[] relative = relativeClauseCue(doc, s, v);
      int[] as = relative == null && s.parsed() ? asClause(doc, s, v) : null;
      if (as != null) {
        // "As the Ledger reported, CLAUSE", "CLAUSE, as the governor noted.": the writer's clause
        // is the source's report.
        content = new int[] {as[0], as[1]};
        subject = as[2];
      } else if (relative != null) {
        // "gifts, which he said were linked to contracts": what follows the cue is the report.
        content = relative;
        subject = relative[2];
      } else if (t.rel().equals("mark") && t.head() > v) {
        // The parser often takes ", saying CLAUSE" for a subordinator of CLAUSE: the clause is
        // its head, and the speaker the subject of the verb the clause hangs from.
        int[] sub = doc.subtree(t.head());
        content = trim(doc, v + 1, sub[sub.length - 1]);
        int governor = doc.token(t.head()).head();
        // "X complained that Y is rigid, suggesting ...": a clause reported by another verb is
        // not the participle's owner; the reporter is.
        while (governor >= 0 && doc.token(governor).baseRel().matches("ccomp|csubj")
            && doc.token(governor).head() >= 0) {
          governor = doc.token(governor).head();
        }
        subject = governor >= 0 ? Mentions.subjectOf(doc, governor) : -1;
      } else {
        content = content(doc, s, v);
        subject = heldBelief(doc, s, v) ? doc.child(v, "nsubj:pass") : Mentions.subjectOf(doc, v);
        if (subject < 0 && t.tag().equals("VBG")) {
          subject = Mentions.surfaceSubject(doc, v); // ", saying ..." misparsed
        }
        if (setOffParticiple(doc, s, v) && (subject < 0 || t.baseRel().matches("nsubj|csubj"))) {
          // ", saying ..." parsed as a subject or a modifier: the climb through its heads is
          // meaningless, and the main clause before the comma gives the speaker.
          int main = Mentions.mainSubjectBefore(doc, s, v);
          subject = main >= 0 ? main : subject;
        }
        if (subject < 0 && content != null && content[0] > v && t.tag().matches("VBD|VBZ|VBP")
            && doc.child(v, "nsubj:pass") < 0) {
          // "In a statement defending X, Y's campaign said ...", parsed with the subject in
          // apposition to the name before it: by word order the noun before the verb speaks.
          int surface = Mentions.surfaceSubject(doc, v);
          int before = surface < 0 ? -1 : Mentions.phraseStart(doc, surface) - 1;
          boolean free = surface >= 0 && surface < v && !Mentions.isTimeWord(doc.token(surface))
              && (before < s.firstToken() || doc.token(before).word().equals(",")
                  || doc.token(before).closesQuote()
                  || doc.token(before).word().equalsIgnoreCase("as")); // ", as X, ..., said"
          subject = free ? surface : -1; // not the object of a preposition ("at caucus sites")
        }
        // The subject found by climbing from a verb without its own is the fronted clause's.
        boolean ownSubject = subject >= 0
            && (doc.token(subject).head() == v || !t.rel().equals("dep")
                || !t.tag().matches("VBD|VBZ|VBP"));
        // 'The fair, held every year, "brings us trade," said Holt.': the parse may make the
        // clause's subject the verb's and the name after it the object; by word order the name
        // after "said" is the speaker.
        boolean subjectBefore = ownSubject && subject < v && content == null;
        int inverted = (!ownSubject || subjectBefore) && s.parsed()
            ? invertedSpeaker(doc, s, v) : -1;
        if (ownSubject && inverted >= 0 && (!t.tag().matches("VBD|VBZ")
            || !doc.token(inverted).ner().equals("PERSON")
            || !cueless(doc, invertedFronted(doc, s, v)))) {
          inverted = -1;
        }
        if (inverted >= 0) {
          // "CLAUSE, said Ana Ruiz, ...", parsed with the name as the verb's object.
          subject = inverted;
          content = invertedFronted(doc, s, v);
        } else if (!ownSubject && s.parsed() && t.tag().matches("VBD|VBZ|VBP")) {
          // "CLAUSE, top lawmakers said Friday.", parsed with the speaker in apposition to the
          // clause's last noun and the verb as its modifier: read by word order.
          int surface = Mentions.surfaceSubject(doc, v);
          int[] clause = surface < 0 ? null : frontedBefore(doc, s, surface);
          if (clause != null) {
            subject = surface;
            content = clause;
          }
        } else if (content == null && ownSubject && subject > v && s.parsed()
            && t.rel().matches("dep|parataxis") && t.tag().matches("VBD|VBZ|VBP")
            && doc.token(subject).ner().equals("PERSON")
            && cueless(doc, invertedFronted(doc, s, v))) {
          // "CLAUSE, says political scientist Ana Ruiz in Bergen.", parsed with the name as the
          // subject after its verb: the fronted clause is hers.
          content = invertedFronted(doc, s, v);
        } else if (content == null && subject >= 0 && subject < v && s.parsed()
            && t.tag().matches("VBD|VBZ|VBP") && !hasComplement(doc, v)) {
          // 'A had worked here and was "a colleague," the statement added.', parsed with the
          // verb hanging from the clause it reports: the clause before the speaker is reported.
          content = frontedBefore(doc, s, subject);
        }
      }
      int rootSpeaker = content == null ? -1 : rootBeforeRelative(doc, s, v, subject);
      if (rootSpeaker >= 0) {
        subject = rootSpeaker; // "Some who back the toll argue ...", parsed with no main verb
      }
      if (subject < 0 && content != null && content[0] > v && s.parsed()) {
        // "A deckhand who prayed at the quay and who did not want his name printed said ...": a
        // subject with long relative clauses can leave the parse without a main verb, its root
        // a noun before the cue. That noun is the speaker.
        subject = nounRoot(doc, s, v);
      }
      if (content == null && subject >= 0 && subject < v && s.parsed()) {
        content = shownFinding(doc, s, v, subject);
      }
      if (subject >= 0 && subject < v && doc.token(subject).isVerb()) {
        subject = beforeRelativeClause(doc, s, subject);
      }
      Mention m = subject < 0 ? null : Mentions.of(a, subject, v);
      if (m == null && rootSpeaker >= 0
          && doc.token(rootSpeaker).word().equalsIgnoreCase("those")) {
        m = Mentions.group(a, rootSpeaker, v - 1); // "Those who know Holt say ..."
      }
      int[][] parts = m == null ? null : parenthetical(doc, s, v, subject, doc.tokenFrom(m.start()));
      if (content == null && parts == null) {
        continue;
      }
      if (m == null
          || parts == null
              && subject >= content[0] && subject <= content[1] && !doc.dominates(v, subject)) {
        continue;
      }
      if (parts == null && content[0] < v && opensWithAQuestionPut(doc, s, content[0])) {
        continue; // "Asked whether ..., Holt said no": what she was asked is not what she said
      }
      if (parts == null && content[0] < v && AccordingToRule.isAccordingTo(doc, content[0])
          && !hasFiniteVerb(doc, content[0], Math.min(content[1], v - 1))) {
        continue; // "According to an aide, the board expects ...": the source, not a claim
      }
      int[] head = relative != null && parts == null ? relativeHead(doc, relative[3]) : null;
      if (head != null) {
        out.add(Clause.of(doc, head, v, m, "reporting-verb"));
      }
      if (parts != null) {
        // A cue that interrupts the sentence reports both its halves, as two quotes.
        if (parts[0] != null && !opensWithAQuestionPut(doc, s, parts[0][0])) {
          out.add(Clause.of(doc, parts[0], v, m, "reporting-verb"));
        }
        out.add(Clause.of(doc, parts[1], v, m, "reporting-verb"));
      } else {
        out.add(Clause.of(doc, content, v, m, "reporting-verb"));
      }
    }
    return out;
  }

  /**
   * {@code The spokesman, who asked not to be named, said ...}, parsed with the relative clause's
   * verb {@code k} as the subject of "said": the noun before ", who" that the clause is set off
   * from, or -1.
   */
  private static int beforeRelativeClause(Doc doc, Sentence s, int k) {
    for (int j = k - 1; j > s.firstToken() + 1 && j >= k - 3; j--) {
      Token t = doc.token(j);
      if (t.word().equalsIgnoreCase("who") && doc.token(j - 1).word().equals(",")) {
        // The phrase's head, not the last noun of a phrase after it: "A lawyer for the family,
        // who ...", "A person near the talks, who ...".
        int from = s.firstToken();
        for (int c = j - 2; c > s.firstToken(); c--) {
          if (doc.token(c).word().equals(",")) {
            from = c + 1;
            break;
          }
        }
        int head = j - 2;
        while (doc.token(head).baseRel().matches("nmod|obl|amod|compound")
            && doc.token(head).head() >= from && doc.token(head).head() < head) {
          head = doc.token(head).head();
        }
        return doc.token(head).isNoun() ? head : -1;
      }
    }
    return -1;
  }

  /**
   * Whether the comma at {@code comma} separates items of a list begun between {@code from} and
   * the comma ("demand for pools, gyms and tracks"): the noun after it is a conjunct of a word
   * before it.
   */
  private static boolean listGoesOn(Doc doc, int from, int comma) {
    for (int j = comma + 1; j < doc.tokens().size() && j <= comma + 6; j++) {
      Token t = doc.token(j);
      if (t.rel().equals("conj") && t.head() >= from && t.head() < comma && !t.isVerb()
          && doc.subtree(j)[0] == comma + 1) {
        return true;
      }
    }
    return false;
  }

  /**
   * "The bridge, the mayor said, would open in May", "Even if it fails, she said, the money is
   * raised": the cue stands between two commas inside the sentence it reports. Between the commas
   * are only the speaker, the verb and the verb's own adjuncts ("told reporters on Monday"). Returns
   * the part before and the part after the cue, trimmed, or null. The part after must be a clause;
   * the part before may be any fragment of the reported sentence, as the format splits an
   * interrupted quote in two. The part before is null when it is a subordinate clause and the part
   * after a quotation that opens a sentence of its own.
   */
  static int[][] parenthetical(Doc doc, Sentence s, int v, int subject, int mentionStart) {
    if (subject < 0 || subject > v) {
      return null;
    }
    int open = s.parsed() ? doc.subtree(subject)[0] - 1 : Mentions.phraseStart(doc, subject) - 1;
    if (s.parsed() && mentionStart - 1 > open && mentionStart < v
        && doc.token(mentionStart - 1).word().equals(",")) {
      open = mentionStart - 1; // "The runway, Holt said, ..." parsed with Holt in apposition
    }
    if (open <= s.firstToken() || !doc.token(open).word().equals(",")) {
      return null;
    }
    int close = -1;
    for (int k = v + 1; k < s.endToken() && k <= v + 8; k++) {
      Token t = doc.token(k);
      if (t.word().equals(",")) {
        close = k;
        break;
      }
      // An object ("charged two executives, ...") makes the verb's own clause, except the one
      // told ("told reporters").
      boolean adjunct = s.parsed()
          ? doc.dominates(v, k) && !t.rel().equals("ccomp") && !t.rel().equals("xcomp")
              && !(t.rel().equals("obj") && !ADDRESSEE_VERBS.contains(doc.token(v).lemma()))
          : !t.isVerb() && !t.tag().equals("MD");
      if (!adjunct || t.isPunctuation() || t.word().equalsIgnoreCase("that") || t.opensQuote()) {
        return null;
      }
    }
    if (close < 0 || close + 1 >= s.endToken()) {
      return null;
    }
    for (int k = open + 1; k < v; k++) {
      Token t = doc.token(k);
      if (t.isPunctuation() && !t.word().equals(".") || t.opensQuote() || t.closesQuote()) {
        return null; // "X, a senator who voted no, said": an apposition, not a parenthesis
      }
      // Only the speaker, auxiliaries and adverbs: not "who asked officials to show them".
      boolean speakerOrAuxiliary = s.parsed()
          ? doc.dominates(subject, k)
              || t.head() == v && (t.baseRel().equals("aux") || t.rel().equals("advmod"))
          : !t.tag().startsWith("W") && (!t.isVerb() || t.tag().equals("MD"));
      if (!speakerOrAuxiliary) {
        return null;
      }
    }
    if (doc.token(s.firstToken()).opensQuote() || doc.token(open - 1).closesQuote()) {
      return null; // a direct quotation's cue: "A," she said, "B."
    }
    if (doc.token(open - 1).tag().matches("WDT|WP\\$?")) {
      return null; // "which, he said, is ...": the cue stands inside a relative clause
    }
    int first = s.firstToken();
    for (int k = first + 1; k < open - 1; k++) {
      if (doc.token(k).word().equals(",") && isCoordinator(doc.token(k + 1))) {
        first = k + 2; // "A held, but the rain grew so heavy, she said, that ...": the last clause
      }
    }
    int[] before = trimLoose(doc, first, open - 1);
    int[] after = trimLoose(doc, close + 1, s.endToken() - 1);
    // A quotation that opens the second half may hide its verb from the tagger ("changes" as a
    // noun); then the first half must open a noun phrase or hold a clause, not be the writer's
    // framing ("Speaking to reporters, X said, "Q"").
    // Two words after the cue are enough when they hold the verb ("This plan, he says, is
    // different"): the sentence around the cue is what was said.
    if (before == null || after == null || after[1] - after[0] + 1 < MIN_TOKENS
        && !(after[1] == after[0] + 1 && hasFiniteVerb(doc, after[0], after[1]))) {
      return null;
    }
    if (WHEN_SAID.contains(doc.token(after[0]).word().toLowerCase(java.util.Locale.ROOT))) {
      return null; // "A, X said Friday, as they released a report": when it was said
    }
    if (doc.token(after[0]).tag().equals("VBG")) {
      return null; // "A, X said, adding that B": the speaker's next act, not the sentence's end
    }
    if (isCoordinator(doc.token(after[0])) && reportsOnItsOwn(doc, after[0], after[1])) {
      return null; // "A, the ministry said, and union leaders warned of cuts": another report
    }
    Token opening = doc.token(before[0]);
    boolean quoted = doc.token(after[0]).opensQuote();
    // "It was, Weber said, the worst ...": a copula or modal right before the cue goes on after
    // it (not "Talks collapsed, the union said, in a statement": when it was said).
    Token lastBefore = doc.token(before[1]);
    boolean goesOn = lastBefore.tag().equals("MD")
        || hasFiniteVerb(doc, before[1], before[1])
            && lastBefore.lemma().matches("be|become|remain");
    if (quoted ? !hasFiniteVerb(doc, before[0], before[1]) && !opening.isNoun()
            && !opening.tag().equals("DT")
        : !hasFiniteVerb(doc, after[0], after[1]) && !goesOn) {
      return null;
    }
    after[1] = cutTrailingClauses(doc, after[0], after[1]);
    if (quoted && opening.word().matches("(?i)after|when|before|while|once|since|as|until")
        && after[0] + 1 <= after[1]
        && Character.isUpperCase(doc.token(after[0] + 1).word().charAt(0))) {
      // "After Weber spoke, Holt said, "I ..."": the writer's when, then her words
      return new int[][] {null, after};
    }
    return new int[][] {before, after};
  }

  /**
   * A cue inside a relative clause, between its pronoun and the rest ("which he said were linked to
   * contracts", "which, Karl Weber said, is crowded", "laws that some say target workers", "a
   * toll they say funded the bridge"): as with a quotation the cue interrupts, the rest of the
   * clause after the cue is reported. Returns its first and last token and the speaker's token,
   * or null.
   */
  private static int[] relativeClauseCue(Doc doc, Sentence s, int v) {
    if (v <= s.firstToken() || !doc.token(v).tag().matches("VBD|VBZ|VBP")) {
      return null;
    }
    int k = v - 1;
    while (k > s.firstToken() && doc.token(k).tag().equals("RB")) {
      k--;
    }
    int subject = k;
    Token head = doc.token(subject);
    // A verb right after the cue shows the clause's subject is missing: the noun it modifies
    // ("laws that some say target workers", "a toll they say funded the bridge").
    boolean gap = v + 1 < s.endToken() && doc.token(v + 1).tag().matches("VBD|VBZ|VBP|VBN|MD");
    boolean quantifier = gap && head.tag().matches("DT|JJ|CD");
    if (!(head.isNoun() || head.isPronoun() || head.ner().equals("PERSON") || quantifier)) {
      return null;
    }
    int start = head.isPronoun() || quantifier ? subject : Mentions.phraseStart(doc, subject);
    while (start > s.firstToken() && doc.token(start - 1).tag().equals("NNP")) {
      start--;
    }
    while (start - 1 > s.firstToken() && doc.token(start - 1).tag().equals("RB")) {
      start--; // "which even critics say"
    }
    boolean comma = start - 1 > s.firstToken() && doc.token(start - 1).word().equals(",");
    int pronoun = comma ? start - 2 : start - 1;
    if (pronoun < s.firstToken()) {
      return null;
    }
    Token before = doc.token(pronoun);
    boolean relative = before.tag().matches("WDT|WP")
        || gap && !comma && (before.word().equalsIgnoreCase("that") || before.isNoun());
    if (!relative) {
      return null;
    }
    int from = v + 1;
    if (comma != (from < s.endToken() && doc.token(from).word().equals(","))) {
      return null; // "which, X said, is": both commas or neither
    }
    if (comma) {
      from++;
    }
    int to = from;
    // A quotation inside the clause ('which an audit said was "careless" but did not ...')
    // is part of it; one that opens it right after the cue is the quotation rules' to read.
    while (to + 1 < s.endToken() && (!doc.token(to + 1).opensQuote() || to + 1 > from)
        && (!doc.token(to + 1).word().equals(",") || listGoesOn(doc, from, to + 1)
            || insideQuotation(doc, from + 1, to + 1))) {
      to++;
    }
    int[] rest = trim(doc, from, cutTrailingClauses(doc, from, to));
    // "cuts which they say left the docks open": right after the cue, in the gap, a verb the tagger
    // read as a participle is the clause's past tense.
    boolean pastInGap = gap && rest != null && rest[0] == v + 1
        && doc.token(v + 1).tag().equals("VBN");
    if (rest == null || !hasFiniteVerb(doc, rest[0], rest[1]) && !pastInGap
        || SUBORDINATORS.contains(doc.token(rest[0]).word().toLowerCase(java.util.Locale.ROOT))) {
      // "what Ms. Ruiz said when she left": when it was said, not what
      return null;
    }
    return new int[] {rest[0], rest[1], subject, pronoun};
  }

  /**
   * The words a relative clause's cue reports besides the rest of the clause: its pronoun
   * ("which" in "gifts, which he said were linked to contracts") or, with none, the noun phrase
   * it modifies ("a toll" in "a toll they say funded the bridge"). What was said runs through
   * them and skips the cue, so they are a quote of their own, as the halves of a quotation a cue
   * interrupts are. Not "that", which is no content once the complementizer is dropped, nor
   * "what" ("what she said was wrong"), as often the object of a verb outside the clause.
   * Returns the first and last token, or null.
   */
  private static int[] relativeHead(Doc doc, int pronoun) {
    Token p = doc.token(pronoun);
    if (!p.isNoun()) {
      Token before = pronoun > 0 ? doc.token(pronoun - 1) : null;
      if (before != null && before.word().equalsIgnoreCase("of") && pronoun > 1
          && doc.token(pronoun - 2).word().matches("(?i)all|some|most|many|none|each|both|one")) {
        return new int[] {pronoun - 2, pronoun}; // "All of which, he said, left ..."
      }
      // Not "in which he said ...": the pronoun is the preposition's, the clause is whole. Nor
      // "unclear which firm officials say won": a question's, after no noun or punctuation.
      boolean own = before == null || before.isNoun() || before.isPunctuation()
          || before.word().equals("--");
      return own && p.word().matches("(?i)which|who|whom") ? new int[] {pronoun, pronoun} : null;
    }
    int start = Mentions.phraseStart(doc, pronoun);
    return new int[] {Math.min(start, pronoun), pronoun};
  }

  /**
   * "Polls show the mayor up by ten points", "The survey showed her leading the field", "A poll
   * found her leading": what a poll, study or record shows or finds is reported in a phrase with
   * no verb of its own (a noun and what is said of it). Only after a finite "show" or "find" whose
   * subject is a poll, a record or another source of findings, not a person showing something;
   * and "find" with an object alone only after a study ("the city found a buyer" is no finding).
   * Returns the words from after the verb through the sentence's end, or null.
   */
  private static int[] shownFinding(Doc doc, Sentence s, int v, int subject) {
    Token verb = doc.token(v);
    Token who = doc.token(subject);
    if (!verb.lemma().matches("show|find") || !verb.tag().matches("VBD|VBZ|VBP")
        || !(who.word().equalsIgnoreCase("it") || showsFindings(findingSource(doc, v, who)))
        || v + 1 >= s.endToken()) {
      return null;
    }
    int object = -1;
    for (int c : doc.children(v)) {
      String rel = doc.token(c).rel();
      // "showed Holt receiving 20 percent": the parse may leave the participle's clause loose.
      // Not "shows footage of Holt asking, "Q"" nor "shows Holt calling it a disgrace": what
      // someone is shown saying is theirs.
      Token ct = doc.token(c);
      boolean looseClause = rel.equals("dep") && ct.tag().equals("VBG")
          && doc.child(c, "nsubj") > v && !Lexicon.isQuoteCue(ct)
          && !Lexicon.isReportingLemma(ct.lemma()) && !SpeechActRule.isSpeechActLemma(ct.lemma());
      // "A survey found broad support for the levy", not "the city found a buyer": an object alone
      // is a finding only of a study.
      boolean plainObject = rel.equals("obj") && verb.lemma().equals("find")
          && !STUDIES.contains(
              findingSource(doc, v, who).lemma().toLowerCase(java.util.Locale.ROOT));
      if (c > v && (rel.equals("obj") && !plainObject || rel.equals("xcomp")
          || rel.equals("ccomp") || looseClause)) {
        object = c;
        break;
      }
    }
    if (object < 0 || doc.child(v, "iobj") >= 0 || doc.token(v + 1).isPunctuation()
        || doc.token(v + 1).word().equalsIgnoreCase("up")) {
      return null; // "showed reporters the letter", "showed up"
    }
    // "Although the survey showed Holt ahead, the race was close": a finding in a clause set
    // before the main one ends at the comma.
    int last = subordinateEnd(doc, s, v, v + 1, s.endToken() - 1);
    int[] t = trimLoose(doc, v + 1, cutTrailingClauses(doc, v + 1, last));
    return t == null || t[1] - t[0] + 1 < MIN_TOKENS ? null : t;
  }

  /** What finds things by counting or inquiry, so that what it "found" is its finding. */
  private static final ImmutableSet<String> STUDIES =
      ImmutableSet.of(
          "poll", "survey", "study", "report", "paper", "analysis", "audit", "investigation",
          "review", "research", "inquiry", "probe", "census", "experiment", "test");

  /**
   * The subject of "show" or "find", or for "polls that show ..." the noun the relative clause
   * modifies.
   */
  private static Token findingSource(Doc doc, int v, Token who) {
    Token verb = doc.token(v);
    if (who.tag().equals("WDT") && verb.rel().equals("acl:relcl") && verb.head() >= 0) {
      return doc.token(verb.head());
    }
    return who;
  }

  private static boolean showsFindings(Token noun) {
    String lemma = noun.lemma().toLowerCase(java.util.Locale.ROOT);
    return Lexicon.SOURCE_NOUNS.contains(lemma) || Lexicon.EVIDENCE_NOUNS.contains(lemma);
  }

  /**
   * "The problem, says Ana Ruiz, an economist at the bank, is that ...": the verb and then the
   * speaker stand between commas inside the sentence they report, and the part after them goes on
   * with the finite verb whose subject came before. Returns the part before (first, last), the part
   * after (first, last) and the speaker's token, or null.
   */
  private static int[] invertedParenthetical(Doc doc, Sentence s, int v) {
    Token verb = doc.token(v);
    if (v - 2 < s.firstToken() || !doc.token(v - 1).word().equals(",")
        || !verb.tag().matches("VBD|VBZ") || !Lexicon.REPORTING_VERBS.contains(verb.lemma())) {
      return null;
    }
    int close = -1;
    int speaker = -1;
    for (int k = v + 1; k < s.endToken() && k <= v + 20; k++) {
      Token t = doc.token(k);
      if (t.word().equals(",")) {
        if (speaker < 0) {
          speaker = k - 1; // the name runs to the first comma
        }
        close = k;
        if (resumesWithVerb(doc, s, k + 1)) {
          break; // the reported sentence goes on with its verb
        }
        if (k > v + 1 && speaker != k - 1) {
          return null; // a second comma that does not lead back into the sentence
        }
        int aside = k + 1 < s.endToken() && doc.token(k + 1).word().matches("(?i)who")
            ? relativeAsideEnd(doc, s, k) : -1;
        if (aside > 0 && resumesWithVerb(doc, s, aside + 1)) {
          close = aside; // "..., said Ana Ruiz, who knows her well, never forgets": her aside
          break;
        }
        continue;
      }
      if (t.isVerb() || t.tag().equals("MD") || t.opensQuote() || t.closesQuote()
          || t.isPunctuation() && !t.word().equals(".")) {
        return null;
      }
    }
    if (close < 0 || speaker <= v || close + 1 >= s.endToken()
        || !resumesWithVerb(doc, s, close + 1)) {
      return null;
    }
    Token who = doc.token(speaker);
    if (!(who.ner().equals("PERSON") || who.isProperNoun() || who.isNoun())) {
      return null;
    }
    for (int k = s.firstToken(); k < v - 1; k++) {
      Token t = doc.token(k);
      if (t.opensQuote() || t.closesQuote() || t.isVerb() || t.tag().equals("MD")) {
        return null; // the part before is a subject, not a clause of its own
      }
    }
    int[] before = trimLoose(doc, s.firstToken(), v - 2);
    int[] after = trimLoose(doc, close + 1, cutTrailingClauses(doc, close + 1, s.endToken() - 1));
    if (before == null || after == null || after[1] - after[0] + 1 < 2) {
      return null;
    }
    return new int[] {before[0], before[1], after[0], after[1], speaker};
  }

  /**
   * "As the Ledger reported, CLAUSE", "As reported by the Ledger, CLAUSE", "CLAUSE, as the governor
   * noted on Monday.": a clause of "as" and a reporting verb with nothing said inside it sets the
   * source beside the writer's own clause, which is what the source reported. Returns the first and
   * last token of that clause and the speaker's token, or null.
   */
  private static int[] asClause(Doc doc, Sentence s, int v) {
    Token verb = doc.token(v);
    if (!Lexicon.REPORTING_VERBS.contains(verb.lemma())) {
      return null;
    }
    int as = v - 1;
    int subject = -1;
    // "as Western Journalism reported" may come tagged as a participle: it has its subject
    boolean tensed = verb.tag().matches("VBD|VBZ|VBP")
        || verb.tag().equals("VBN") && doc.child(v, "nsubj") >= 0 && doc.child(v, "nsubj") < v;
    if (!tensed && verb.tag().equals("VBN")) {
      // "As reported by the Ledger": the agent after "by"
      for (int c : doc.children(v)) {
        int by = doc.child(c, "case");
        if (c > v && by >= 0 && doc.token(by).word().equalsIgnoreCase("by")) {
          subject = c;
        }
      }
    } else if (tensed) {
      subject = Mentions.subjectOf(doc, v);
      if (subject < 0 || subject > v || doc.token(subject).head() != v) {
        return null;
      }
      as = doc.subtree(subject)[0] - 1;
    }
    if (subject < 0 || as < s.firstToken() || !doc.token(as).word().equalsIgnoreCase("as")) {
      return null;
    }
    for (int c : doc.children(v)) {
      String rel = doc.token(c).rel();
      boolean told = rel.equals("obj") && ADDRESSEE_VERBS.contains(verb.lemma());
      // "as she put it": the "it" belongs to the verb; a comma the parse hung there is none
      boolean own = c == v + 1 && verb.lemma().equals("put it") || doc.token(c).isPunctuation();
      if (!own && (rel.equals("ccomp") || rel.equals("xcomp") || rel.equals("obj") && !told)) {
        return null; // "as he said goodbye": something said inside the clause
      }
    }
    int close = -1;
    for (int k = v + 1; k <= v + 10; k++) {
      // The clause closes at a comma, the sentence's final mark, or the sentence's end when it
      // has none (the last line of an article).
      if (k == s.endToken() || k == lastWord(doc, s) + 1 || doc.token(k).word().equals(",")) {
        close = k;
        break;
      }
      Token t = doc.token(k);
      if (t.isPunctuation() || t.isVerb() || !doc.dominates(v, k)) {
        return null;
      }
    }
    if (close < 0) {
      return null;
    }
    int[] clause;
    boolean afterComma = as > s.firstToken() && doc.token(as - 1).word().equals(",");
    // "given that, as the Gazette reported, she has ...": a joining word before the comma opens the
    // clause that follows.
    boolean opensNext = afterComma && as - 2 >= s.firstToken()
        && doc.token(as - 2).tag().matches("IN|CC|RB|WDT|WRB");
    for (int k = s.firstToken(); k < as; k++) {
      Token t = doc.token(k);
      if (t.closesQuote() || t.isVerb() && Lexicon.isReportingLemma(t.lemma())) {
        return null; // '"Q," Holt said, as reported by the Gazette': the report has its cue
      }
    }
    if (as == s.firstToken() || afterComma && close <= lastWord(doc, s)
        && (opensNext || !hasFiniteVerb(doc, s.firstToken(), as - 1))) {
      // Fronted ("In 1990, as Holt reported, ..."): the clause after the comma.
      clause = trimLoose(doc, close + 1, cutTrailingClauses(doc, close + 1, s.endToken() - 1));
    } else if (afterComma) {
      // Closing, or after a whole clause ("A was built here, as he noted in May, and ..."):
      // the clause before.
      clause = trimLoose(doc, s.firstToken(), as - 2);
    } else {
      return null;
    }
    if (clause == null || clause[1] - clause[0] + 1 < MIN_TOKENS
        || !hasFiniteVerb(doc, clause[0], clause[1])) {
      return null;
    }
    return new int[] {clause[0], clause[1], subject};
  }

  /** "the States' military": an apostrophe right after a plural is a possessive, not a mark. */
  private static boolean isPossessiveMark(Doc doc, int k) {
    Token t = doc.token(k);
    if (k == 0 || !(t.word().equals("'") || t.word().equals("\u2019"))) {
      return false;
    }
    Token before = doc.token(k - 1);
    return before.end() == t.start() && before.word().endsWith("s");
  }

  /** Whether a comma stands among tokens {@code [from, to]}. */
  private static boolean hasComma(Doc doc, int from, int to) {
    for (int k = from; k <= to; k++) {
      if (doc.token(k).word().equals(",")) {
        return true;
      }
    }
    return false;
  }

  /** Adverbs of sequence: "said Holt, then left" is the speaker's next act, not the report. */
  private static final ImmutableSet<String> SEQUENCE_ADVERBS = ImmutableSet.of("then", "later",
      "afterwards", "afterward", "soon", "quickly", "promptly", "finally", "immediately");

  /**
   * Whether a tensed verb or a modal stands at {@code k}, or right after an adverb there that
   * does not tell what happened next.
   */
  private static boolean resumesWithVerb(Doc doc, Sentence s, int k) {
    if (k < s.endToken() && doc.token(k).tag().equals("RB")) {
      if (SEQUENCE_ADVERBS.contains(doc.token(k).word().toLowerCase(java.util.Locale.ROOT))) {
        return false;
      }
      k++;
    }
    return k < s.endToken() && doc.token(k).tag().matches("VBD|VBZ|VBP|MD");
  }

  /**
   * The comma that closes a relative clause or a participle's phrase opened at token {@code k}
   * (", which the board rejected,", ", run by the state,"), or -1.
   */
  private static int relativeAsideEnd(Doc doc, Sentence s, int k) {
    if (!doc.token(k).word().equals(",") || k + 1 >= s.endToken()) {
      return -1;
    }
    String next = doc.token(k + 1).word().toLowerCase(java.util.Locale.ROOT);
    if (doc.token(k + 1).tag().equals("IN") && !next.equals("that")
        && !SUBORDINATORS.contains(next) || PREPOSITION_PARTICIPLES.contains(next)) {
      return prepositionAsideEnd(doc, s, k);
    }
    if (!doc.token(k + 1).tag().matches("WDT|WP|VBN")) {
      return -1;
    }
    for (int j = k + 2; j < s.endToken() && j < k + 30; j++) {
      if (doc.token(j).word().equals(",")) {
        return j + 1 < s.endToken() ? j : -1;
      }
    }
    return -1;
  }

  /**
   * "said the mayor, despite the vote, is ready to ...": a prepositional phrase set off between the
   * subject and its verb. The comma that closes it, when a finite verb follows it; else -1.
   */
  private static int prepositionAsideEnd(Doc doc, Sentence s, int k) {
    for (int j = k + 2; j + 1 < s.endToken() && j < k + 12; j++) {
      Token t = doc.token(j);
      if (t.isVerb() || t.opensQuote() || t.closesQuote()) {
        return -1;
      }
      if (t.word().equals(",")) {
        int n = j + 1;
        if (doc.token(n).tag().equals("RB") && n + 1 < s.endToken()) {
          n++;
        }
        return doc.token(n).tag().matches("VBD|VBZ|VBP|MD") ? j : -1;
      }
      if (t.isPunctuation()) {
        return -1;
      }
    }
    return -1;
  }

  /** After a comma, the verb, then a name that the parse made its object: the speaker inverted. */
  private static int invertedSpeaker(Doc doc, Sentence s, int v) {
    // "..., told the Post.": after "tell" and its kin stands the one told, never the teller
    // ("..., warned Holt." and "..., asked Holt." do put the speaker there)
    if (v + 1 >= s.endToken() || v - 1 <= s.firstToken()
        || NEVER_INVERTED.contains(doc.token(v).lemma())
        || !(doc.token(v - 1).word().equals(",") || doc.token(v - 1).closesQuote())) {
      return -1;
    }
    for (int c : doc.children(v)) {
      Token o = doc.token(c);
      boolean name = o.ner().equals("PERSON") || o.ner().equals("ORGANIZATION")
          || o.tag().equals("NNP");
      int[] phrase = doc.subtree(c);
      // "..., said one aide in the room.": a common noun that ends the sentence is the speaker too.
      boolean last = o.isNoun() && phrase[phrase.length - 1] >= lastWord(doc, s)
          && doc.token(v).tag().matches("VBD|VBZ|VBP")
          && Lexicon.REPORTING_VERBS.contains(doc.token(v).lemma())
          && !ADDRESSEE_VERBS.contains(doc.token(v).lemma());
      // The parse may also take the name for an open complement ("..., said Holt.").
      boolean object = o.rel().equals("obj") || name && o.rel().equals("xcomp");
      if ((name || last) && object && phrase[0] == v + 1) {
        return c;
      }
    }
    // Read by word order when the parse lost the verb ("said" as a modifier of the name): a
    // person's name right after a finite reporting verb, ending the sentence or set off by a comma.
    int k = v + 1;
    while (k < s.endToken() && doc.token(k).ner().equals("PERSON")) {
      k++;
    }
    boolean ends = k > lastWord(doc, s) || doc.token(k).word().equals(",");
    if (k > v + 1 && ends && doc.token(v).tag().matches("VBD|VBZ")
        && Lexicon.REPORTING_VERBS.contains(doc.token(v).lemma())) {
      return k - 1;
    }
    return -1;
  }

  private static int lastWord(Doc doc, Sentence s) {
    int k = s.endToken() - 1;
    while (k > s.firstToken() && doc.token(k).isPunctuation()) {
      k--;
    }
    return k;
  }

  /**
   * Poll stories' short answers: "46 percent said yes", "a third say the same of the mayor". After
   * "say" (as the sentence ends, or before "of" or "about" for "the same"), "yes", "no", "so" or
   * "the same" is what was said; null otherwise.
   */
  private static int[] shortAnswer(Doc doc, Sentence s, int v) {
    if (!doc.token(v).lemma().equals("say") || v + 1 >= s.endToken()) {
      return null;
    }
    int k = v + 1;
    String w = doc.token(k).word().toLowerCase(java.util.Locale.ROOT);
    boolean ends = k + 1 >= s.endToken() || doc.token(k + 1).word().matches("[.,;]");
    if (w.matches("yes|no|so") && ends) {
      return new int[] {k, k};
    }
    if (w.equals("the") && k + 1 < s.endToken()
        && doc.token(k + 1).word().equalsIgnoreCase("same")) {
      int last = k + 1;
      if (last + 1 < s.endToken() && doc.token(last + 1).word().matches("(?i)of|about|for")) {
        for (int j = last + 2; j < s.endToken() && !doc.token(j).isPunctuation(); j++) {
          last = j;
        }
      }
      return last + 1 >= s.endToken() || doc.token(last + 1).isPunctuation()
          ? new int[] {k, last} : null;
    }
    return null;
  }

  /** A participle without subject or auxiliary ("Arriving at the depot"), not "has grown". */
  private static boolean participlePhrase(Doc doc, int h) {
    return isParticiple(doc.token(h)) && doc.child(h, "aux") < 0 && doc.child(h, "nsubj") < 0;
  }

  /** "Arriving at the depot, X said ...": a participle opens a phrase, not a report. */
  private static boolean isParticiple(Token t) {
    return t.tag().equals("VBG") || t.tag().equals("VBN");
  }

  static boolean hasFiniteVerb(Doc doc, int first, int last) {
    for (int k = first; k <= last; k++) {
      String tag = doc.token(k).tag();
      if (tag.equals("VBD") || tag.equals("VBZ") || tag.equals("VBP") || tag.equals("MD")) {
        return true;
      }
    }
    return false;
  }

  /**
   * The sentence's root when the parse made it a noun before token {@code v} that names someone:
   * a named entity, or a noun with a "who" clause; or -1.
   */
  private static int nounRoot(Doc doc, Sentence s, int v) {
    for (int k = s.firstToken(); k < v; k++) {
      Token t = doc.token(k);
      if (t.head() < 0 && !t.isPunctuation()) {
        return t.isNoun() && (!t.ner().equals("O") || hasWhoClause(doc, k)) ? k : -1;
      }
    }
    return -1;
  }

  /**
   * "Some who back the toll argue the bridge needs it", "Those who know Holt say ...": the parse
   * may hang the reporting verb inside the "who" (or "that") clause that follows the sentence's
   * opening pronoun or noun (after any conjunction or adverb: "But some who ..."), so that a noun
   * of that clause ("the toll", "Holt") reads as its subject. When the clause has a verb of its
   * own before the reporting verb, in the past or present tense, and the subject found lies
   * between, the opening word is the speaker: if the verb cannot be that subject's ("Holt say"),
   * or if the clause's own verb is not one that takes a report ("People who think Holt said",
   * "who heard Holt say" keep Holt). Returns it, or -1.
   */
  private static int rootBeforeRelative(Doc doc, Sentence s, int v, int subject) {
    int root = s.firstToken();
    while (root < v && doc.token(root).tag().matches("CC|RB")) {
      root++;
    }
    Token t = doc.token(v);
    if (!s.parsed() || subject <= root + 1 || subject >= v || v <= root + 2
        || !t.tag().matches("VBP|VBZ|VBD") || doc.child(v, "mark") >= 0) {
      return -1;
    }
    int aux = doc.child(v, "aux");
    if (aux >= 0 && (doc.token(aux).tag().equals("MD") || doc.token(aux).tag().equals("TO")
        || doc.token(aux).lemma().matches("be|have|do") && aux == v - 1)) {
      return -1; // "who have said", "who want to say": the verb is the clause's own
    }
    Token first = doc.token(root);
    boolean opener = first.isNoun()
        || first.tag().equals("DT") && !first.word().matches("(?i)the|a|an|this")
        || first.word().matches("(?i)many|few|most|several");
    if (!opener || !doc.token(root + 1).word().matches("(?i)who|that")) {
      return -1;
    }
    Token who = doc.token(subject);
    boolean singular = who.tag().matches("NN|NNP") || who.word().matches("(?i)he|she|it");
    boolean mismatch = t.tag().equals("VBP") && singular;
    boolean ownVerb = false;
    for (int k = root + 2; k < v; k++) {
      Token between = doc.token(k);
      if (between.isPunctuation() || between.word().equalsIgnoreCase("who")) {
        return -1; // "Those who came, who stayed ..." or an aside: the parse is not to be undone
      }
      if (between.isVerb() && k < subject) {
        ownVerb = true;
        if (!mismatch && (Lexicon.isReportingLemma(between.lemma())
            || between.lemma().matches("hear|see|watch|notice"))) {
          return -1;
        }
      }
    }
    return ownVerb ? root : -1;
  }


  /**
   * "Ruiz is confident that the levy will pass": an adjective of belief with a copula and a
   * clause after it reports the view as a verb of belief does; its subject holds it.
   */
  private static boolean beliefAdjective(Doc doc, Sentence s, int v) {
    Token t = doc.token(v);
    return s.parsed() && t.tag().startsWith("JJ") && Lexicon.BELIEF_ADJECTIVES.contains(t.lemma())
        && doc.child(v, "cop") >= 0 && doc.child(v, "ccomp") > v
        || heldBelief(doc, s, v);
  }

  /**
   * "Weber was worried (concerned, convinced) that ...", parsed as a passive: the participle is
   * the adjective of belief, and the passive's subject holds the view.
   */
  private static boolean heldBelief(Doc doc, Sentence s, int v) {
    Token t = doc.token(v);
    return s.parsed() && t.tag().equals("VBN") && PSYCH_PARTICIPLES.contains(t.lemma())
        && doc.child(v, "aux:pass") >= 0 && doc.child(v, "nsubj:pass") >= 0
        && doc.child(v, "nsubj:pass") < v && doc.child(v, "ccomp") > v;
  }

  private static final ImmutableSet<String> PSYCH_PARTICIPLES =
      ImmutableSet.of("worry", "concern", "convince");

  /**
   * Whether clause {@code c} opens with "that": "..., but that there is more to do" is a second
   * complement, whatever its subject.
   */
  private static boolean thatClause(Doc doc, int c) {
    int mark = doc.child(c, "mark");
    return mark >= 0 && doc.token(mark).word().equalsIgnoreCase("that");
  }

  /** Whether noun {@code n} has a relative clause with "who" for its subject: a person. */
  private static boolean hasWhoClause(Doc doc, int n) {
    for (int c : doc.children(n)) {
      int who = doc.child(c, "nsubj");
      if (doc.token(c).rel().startsWith("acl") && who >= 0
          && doc.token(who).word().equalsIgnoreCase("who")) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@code told Reuters the company had held talks}: without "that", the parse may hang the one
   * told on the reported clause. When the clause (head {@code ccomp}, first token {@code first})
   * opens right after the verb {@code v} with a noun phrase before its own subject, the clause
   * starts at that subject.
   */
  private static int pastListener(Doc doc, int v, int ccomp, int first) {
    int subject = doc.child(ccomp, "nsubj");
    if (subject < 0) {
      subject = doc.child(ccomp, "nsubj:pass");
    }
    if (first != v + 1 || subject <= first || doc.token(first).head() != ccomp
        || !doc.token(first).rel().matches("dep|obj|iobj")
        || !NEVER_INVERTED.contains(doc.token(v).lemma())) {
      return first;
    }
    int from = doc.subtree(subject)[0];
    if (from <= first) {
      return first;
    }
    for (int k = first; k < from; k++) {
      Token t = doc.token(k);
      if (!(t.isNoun() || t.tag().matches("PRP|DT|POS|JJ|NNPS?|CD"))
          || doc.dominates(subject, k)) {
        return first;
      }
    }
    return from;
  }

  /** First and last token of the clause verb {@code v} reports, trimmed; null if none. */
  static int[] content(Doc doc, Sentence s, int v) {
    int[] answer = shortAnswer(doc, s, v);
    if (answer != null) {
      return answer;
    }
    int first;
    int last;
    int ccomp = phraseComplement(doc, s, v);
    for (int c : ccomp >= 0 ? new int[0] : doc.children(v)) {
      if (doc.token(c).rel().equals("ccomp")) {
        ccomp = c;
        if (c > v) {
          break; // "As odd as it seems, X said the deal worked": the clause after the verb
        }
      }
    }
    if (ccomp < 0) {
      ccomp = looseComplement(doc, v);
    }
    if (ccomp < 0) {
      ccomp = strandedComplement(doc, v);
    }
    if (ccomp < 0) {
      ccomp = complementPastAside(doc, s, v);
    }
    if (ccomp < 0) {
      ccomp = complementInSetting(doc, v);
    }
    Token verb = doc.token(v);
    int[] pronounFirst = ccomp < 0 ? misparsedComplement(doc, s, v) : null;
    if (pronounFirst != null) {
      first = pronounFirst[0];
      last = pronounFirst[1];
    } else if (ccomp >= 0) {
      int[] sub = doc.subtree(ccomp);
      first = sub[0];
      last = sub[sub.length - 1];
      first = pastListener(doc, v, ccomp, first);
      if (last < v && !onlySubjectBetween(doc, v, last + 1)) {
        return fronted(doc, s, v); // a fronted clause must be followed by just "X said"
      }
      int h = verb.head();
      if (verb.rel().equals("csubj") && ccomp > v && h > last && doc.child(v, "nsubj") >= 0
          && doc.child(v, "nsubj") < v && doc.child(v, "mark") < 0) {
        // "X said having Y on side is a plus", parsed as if "X said having Y on side" were the
        // subject of "is a plus": the sentence goes on with the reported clause's verb.
        int[] rest = doc.subtree(h);
        last = rest[rest.length - 1];
      }
      if (verb.baseRel().equals("nsubj") && verb.tag().equals("VBG") && h > last && ccomp > v
          && auxiliariesOnly(doc, last + 1, h)) {
        // ", adding that a man questioned in the case had been released", parsed with "adding"
        // as the subject of "released": the clause goes on past where the parse cut it.
        int[] rest = doc.subtree(h);
        last = rest[rest.length - 1];
      }
      // "said A, and B": a clause coordinated with the complement belongs to what was said.
      for (int c : doc.children(v)) {
        Token ct = doc.token(c);
        if (c > last
            && ct.rel().equals("conj")
            && ct.isVerb()
            && (!Lexicon.isReportingLemma(ct.lemma()) || thatClause(doc, c))
            && (doc.child(c, "nsubj") >= 0 || hasModal(doc, c) || thatClause(doc, c))
            && onlyJoinersBetween(doc, last + 1, doc.subtree(c)[0])) {
          int[] more = doc.subtree(c);
          last = more[more.length - 1];
        } else if (c > last && ct.rel().equals("conj") && insideQuotation(doc, first, c)) {
          // 'said workers have been "roused and mobilized" by ...': the parse split a quotation
          // that opened inside the clause; the words it quotes belong to the clause.
          int[] more = doc.subtree(c);
          last = more[more.length - 1];
        } else if (c > last && ct.rel().equals("conj") && quotationIn(doc, first, last)
            && (ct.isVerb() || doc.child(c, "cop") >= 0)
            && (doc.child(c, "nsubj") >= 0 || doc.child(c, "expl") >= 0
                || doc.child(c, "aux") >= 0 || doc.child(c, "cop") >= 0)
            && !Lexicon.isReportingLemma(ct.lemma()) && !SpeechActRule.isSpeechActLemma(ct.lemma())
            && joinersAfterMarkBetween(doc, last + 1, doc.subtree(c)[0])
            && !reportIn(doc, doc.subtree(c))) {
          // 'said fares could be "far too high," and have been rising': a clause joined right
          // after a complement that quotes goes on with what was said when it has a subject, an
          // auxiliary or a copula of its own; a bare past tense is the speaker's next act ('and
          // hung up'), as is an act of speech ('and urged the union to ...'), and a clause that
          // reports again is not part of it ('but critics went on to note that ...').
          int[] more = doc.subtree(c);
          last = more[more.length - 1];
        } else if (c > last && ct.rel().equals("advcl") && doc.subtree(c)[0] == last + 2
            && doc.token(last + 1).word().equals(",") && doc.child(c, "mark") == last + 2
            && doc.token(last + 2).word().equalsIgnoreCase("because")
            && doc.child(c, "nsubj") >= 0 && !insideQuotation(doc, first, last)
            && !hasComma(doc, last + 3, doc.subtree(c)[doc.subtree(c).length - 1])) {
          // "says Holt should not run the board, because she ignored the reports": the reason
          // right after the complement, with its own subject, is part of the claim; one with a
          // comma of its own may run on into the speaker's next act (", and left").
          int[] more = doc.subtree(c);
          last = more[more.length - 1];
        } else if (c > last && ct.rel().equals("advcl") && doc.subtree(c)[0] == last + 1
            && doc.child(c, "mark") == last + 1
            && doc.token(last + 1).word().matches("(?i)if|unless")) {
          // "said the mayor should resign if she cannot stop the sale": a condition right after
          // the complement, with no comma, is part of what was said, wherever the parse hung it.
          int[] more = doc.subtree(c);
          last = more[more.length - 1];
        } else if (c > last && ct.rel().equals("parataxis") && doc.subtree(c)[0] == last + 1
            && doc.token(last).isNoun() && doc.child(c, "nsubj") >= 0
            && doc.subtree(doc.child(c, "nsubj"))[0] == last + 1
            && ct.tag().matches("VBD|VBZ|VBP")) {
          // "said her editors cut a page she drafted about ...": a clause right after the
          // complement's last noun, with no comma, is that noun's relative clause.
          int[] more = doc.subtree(c);
          last = more[more.length - 1];
        } else if (c > last && ct.rel().equals("dep") && ct.isVerb()
            && doc.subtree(c)[0] == last + 1 && doc.token(last).isNoun()
            && doc.child(c, "nsubj") < 0 && doc.child(c, "nsubj:pass") < 0
            && !Lexicon.isReportingLemma(ct.lemma())) {
          // "said the audit began after the report was filed": the parse cut the
          // complement's last noun from the predicate right after it, with no comma between.
          int[] more = doc.subtree(c);
          last = more[more.length - 1];
        } else if (c > last && ct.rel().equals("conj") && secondPredicate(doc, ccomp, c)
            && onlyJoinersOrMarksBetween(doc, last + 1, doc.subtree(c)[0])) {
          // "says growers are "right to be worried," but also keen on ...": the parse hung the
          // complement's second adjective on the verb; it is still what was said.
          int[] more = doc.subtree(c);
          last = more[more.length - 1];
        }
      }
    } else if ((verb.baseRel().equals("csubj") && doc.child(v, "nsubj") >= 0
            && doc.child(v, "nsubj") < v && doc.child(v, "mark") < 0
        || setOffParticiple(doc, s, v) && verb.baseRel().matches("nsubj|csubj"))
        && verb.head() > v && doc.child(v, "obj") > v) {
      // "X told me his support makes him ...", parsed as if "X told me his support" were the
      // subject of "makes", and likewise ", saying her choice of the word was unfair": the reported
      // clause runs from the object to the sentence's end.
      first = doc.subtree(doc.child(v, "obj"))[0];
      if (doc.token(first).word().equalsIgnoreCase("that")) {
        first++; // "say that high turnout ...", the complementizer read as a determiner
      }
      int[] rest = doc.subtree(verb.head());
      last = rest[rest.length - 1];
    } else if (verb.rel().equals("parataxis") && verb.head() >= 0 && verb.head() < v
        && !participlePhrase(doc, verb.head()) && setOff(doc, s, v)) {
      // "CLAUSE, X said": the verb hangs off the clause it reports.
      int[] own = doc.subtree(v);
      int[] clause = doc.subtree(verb.head());
      first = clause[0];
      last = own[0] - 1;
      int[] second = secondReport(doc, v, own);
      if (second != null) {
        return trim(doc, second[0], second[1]);
      }
      if (lastWord(doc, s) <= own[own.length - 1] && doc.token(verb.head()).head() >= 0) {
        // "A decided to X, avoiding doctors who could leak it, a source said.": the parse hung the
        // verb in the clause's last relative clause, but a closing "X said" reports the sentence.
        first = s.firstToken();
      }
      // The parse may hang the clause's last phrase on the verb ("an insult to every worker,
      // union leaders said"): the clause runs to the comma before the speaker.
      int speaker = Mentions.subjectOf(doc, v);
      if (speaker >= 0 && speaker < v && doc.token(speaker).head() == v) {
        int comma = doc.subtree(speaker)[0] - 1;
        boolean noComma = true;
        for (int k = own[0]; k < comma; k++) {
          noComma &= !doc.token(k).isPunctuation();
        }
        if (comma > last && doc.token(comma).word().equals(",") && noComma) {
          last = comma - 1;
        }
      }
    } else if (fronted(doc, s, v) != null) {
      return fronted(doc, s, v);
    } else {
      int[] fallback = complementAfter(doc, s, v);
      if (fallback == null) {
        return null;
      }
      first = fallback[0];
      last = fallback[1];
    }
    last = subordinateEnd(doc, s, v, first, last);
    return trim(doc, first, cutTrailingClauses(doc, first, last));
  }

  /** Whether token {@code k} is a dash: "--", an em or en dash, or a hyphen spaced as one. */
  static boolean isDash(Doc doc, int k) {
    String w = doc.token(k).word();
    return w.equals("--") || w.equals("\u2014") || w.equals("\u2013") || Mentions.isDash(doc, k);
  }

  /**
   * A reported clause the parse lost, in one of three shapes it misreads; {first, last}, or null.
   */
  private static int[] misparsedComplement(Doc doc, Sentence s, int v) {
    int[] clause = phraseAfterThat(doc, s, v);
    if (clause == null) {
      clause = clauseAfterTheOneTold(doc, v);
    }
    return clause != null ? clause : clauseAfterSubjectPronoun(doc, v);
  }

  /**
   * "said that, during the years when the two worked together, Holt was ...": a phrase set into
   * the clause right after its "that" leaves the parse at a loss. The clause runs from the phrase
   * to the sentence's end (the usual cuts then apply), provided a later comma is followed by the
   * clause's subject and verb; not "did not deny that, but he said ..." nor "confirmed that,
   * adding ...", where "that" is a pronoun and the comma ends the report.
   */
  private static int[] phraseAfterThat(Doc doc, Sentence s, int v) {
    if (v + 3 >= s.endToken() || !doc.token(v + 1).word().equalsIgnoreCase("that")
        || !doc.token(v + 2).word().equals(",") || doc.token(v + 1).rel().equals("nsubj")
        || doc.token(v + 3).tag().equals("CC")
        || doc.token(v + 3).tag().equals("VBG")
            && !doc.token(v + 3).word().equalsIgnoreCase("according")
            && !PREPOSITION_PARTICIPLES.contains(
                doc.token(v + 3).word().toLowerCase(java.util.Locale.ROOT))) {
      return null;
    }
    int last = lastWord(doc, s);
    for (int k = v + 4; k < last; k++) {
      int next = doc.token(k + 1).closesQuote() ? k + 2 : k + 1; // 'the "Holt Method," she ...'
      if (doc.token(k).word().equals(",") && next <= last && clauseFollows(doc, next, last)) {
        return new int[] {v + 3, last};
      }
    }
    return null;
  }

  /**
   * Whether a clause opens at {@code k}: a noun phrase (with what hangs on it, "40 of the 90
   * trips the mayor made with people who ...") or a pronoun, then a tensed verb or a modal
   * before any comma.
   */
  private static boolean clauseFollows(Doc doc, int k, int last) {
    if (!doc.token(k).tag().matches("DT|CD|EX|PRP\\$?|NNS?|NNPS?|JJ.?|RB")) {
      return false;
    }
    for (int j = k + 1; j <= last && j < k + 25; j++) {
      Token t = doc.token(j);
      if (t.tag().matches("VBD|VBZ|VBP|MD")) {
        return true;
      }
      if (t.word().matches("[,;:]")) {
        return false;
      }
    }
    return false;
  }

  /**
   * "told BBC Radio Kent the group would appeal": after the one told, the parse took the clause's
   * subject for a second object and hung its verb apart. The clause runs from that subject to the
   * verb's last word.
   */
  private static int[] clauseAfterTheOneTold(Doc doc, int v) {
    int subject = doc.child(v, "obj");
    int told = doc.child(v, "iobj");
    if (told <= v || subject <= told || !TELLING_VERBS.contains(doc.token(v).lemma())) {
      return null;
    }
    int[] one = doc.subtree(told);
    int[] sub = doc.subtree(subject);
    if (one[0] != v + 1 || sub[0] != one[one.length - 1] + 1) {
      return null;
    }
    for (int c : doc.children(v)) {
      Token t = doc.token(c);
      if (c > subject && doc.subtree(c)[0] == sub[sub.length - 1] + 1
          && t.rel().equals("dep") && t.isVerb() && doc.child(c, "nsubj") < 0
          && (t.tag().matches("VBD|VBZ|VBP") || doc.child(c, "aux") >= 0)) {
        int[] rest = doc.subtree(c);
        return new int[] {sub[0], rest[rest.length - 1]};
      }
    }
    return null;
  }

  /** Pronouns that can only be subjects: a verb's "object" in this form opens a clause. */
  private static final ImmutableSet<String> SUBJECT_PRONOUNS =
      ImmutableSet.of("i", "he", "she", "we", "they");

  /**
   * "said they, too, have received no pay": the parse took the clause's subject for the verb's
   * object and hung the clause's verb apart. A pronoun in the subject form right after the verb,
   * then a verb of its own without a subject: the clause runs from the pronoun to that verb's
   * last word.
   */
  private static int[] clauseAfterSubjectPronoun(Doc doc, int v) {
    int pronoun = doc.child(v, "obj");
    if (pronoun != v + 1 || !SUBJECT_PRONOUNS.contains(
        doc.token(pronoun).word().toLowerCase(java.util.Locale.ROOT))) {
      return null;
    }
    for (int c : doc.children(v)) {
      Token t = doc.token(c);
      if (c > pronoun && t.isVerb() && t.rel().matches("dep|parataxis|ccomp|conj")
          && doc.child(c, "nsubj") < 0 && doc.child(c, "nsubj:pass") < 0
          && !Lexicon.isReportingLemma(t.lemma())) {
        int[] sub = doc.subtree(c);
        return new int[] {pronoun, sub[sub.length - 1]};
      }
    }
    return null;
  }

  /** ", saying ...": a participle right after a comma, in a sentence with a parse. */
  private static boolean setOffParticiple(Doc doc, Sentence s, int v) {
    return s.parsed() && doc.token(v).tag().equals("VBG") && v - 1 > s.firstToken()
        && doc.token(v - 1).word().equals(",");
  }

  /**
   * "While some say A, others say B", "If the mayor says A -- and she may -- the vote fails": a
   * report inside a clause that a subordinator opens ends where the main clause begins, at the
   * comma or dash before its subject and verb. Returns the clause's new last token.
   */
  private static int subordinateEnd(Doc doc, Sentence s, int v, int first, int last) {
    int subject = Mentions.subjectOf(doc, v);
    if (subject < 0 || subject > v || first < v) {
      return last;
    }
    int start = doc.subtree(subject)[0];
    String opener = start <= s.firstToken()
        ? "" : doc.token(start - 1).word().toLowerCase(java.util.Locale.ROOT);
    if (!SUBORDINATORS.contains(opener) && !CONTRAST_WORDS.contains(opener)) {
      return last;
    }
    for (int k = first + 1; k < last; k++) {
      String w = doc.token(k).word();
      boolean dash = isDash(doc, k);
      // Not "told the paper that despite the crowds, he doubted it would last": a phrase that
      // opens the clause is set before its subject.
      int[] before = trimLoose(doc, first, k - 1);
      boolean opening = before != null && !hasFiniteVerb(doc, before[0], before[1])
          && doc.token(before[0]).tag().matches("IN|RB|VBG|TO");
      if ((w.equals(",") || dash) && subjectAndVerb(doc, k + 1, last) && !opening) {
        return k - 1;
      }
    }
    return last;
  }

  /**
   * "says, rain or shine, the ferry sails", "says despite all that, the bill ...": a
   * phrase without a finite verb, then a comma, then a subject and its verb. The reported clause
   * takes the phrase in, unless the phrase says where it was said ("said in an interview, ...").
   * Null when the words after the verb are not so.
   */
  private static int[] openedClause(Doc doc, Sentence s, int v) {
    int k = v + 1;
    if (k < s.endToken() && doc.token(k).word().equals(",")) {
      k++;
    }
    // Only a verb of speech, and only an opening that cannot be the verb's own preposition
    // ("responds to", "known for"): a subordinator, "despite", "win or lose", an adverb.
    String open = k < s.endToken() ? doc.token(k).word().toLowerCase(java.util.Locale.ROOT) : "";
    if (k >= s.endToken() || !Lexicon.REPORTING_VERBS.contains(doc.token(v).lemma())
        || doc.token(v).lemma().equals("add")
        || !(OPENERS.contains(open) || SUBORDINATORS.contains(open)
            || doc.token(k).tag().matches("RB|VB")) || open.equals("that")) {
      return null;
    }
    boolean where = false;
    for (int j = k + 1; j < s.endToken() && j <= k + 10; j++) {
      Token t = doc.token(j);
      where |= Lexicon.SPEECH_NOUNS.contains(t.lemma()) || SAYING_OCCASIONS.contains(t.lemma());
      if (t.word().equals(",")) {
        // Not "wrote in a post, X said he ...": a report of its own follows the comma.
        if (!subjectAndVerb(doc, j + 1, s.endToken() - 1)
            || speakerPhraseReports(doc, j + 1, s.endToken() - 1)) {
          return null;
        }
        return new int[] {where ? j + 1 : k, s.endToken() - 1};
      }
      if (t.tag().matches("VBD|VBZ|VBP|MD") || t.isPunctuation() || t.opensQuote()) {
        return null;
      }
    }
    return null;
  }

  /** Prepositions that open a phrase before a clause's subject: "despite all that, ...". */
  private static final ImmutableSet<String> OPENERS =
      ImmutableSet.of("despite", "in", "at", "during", "under", "without", "unlike", "like");

  /** Where words are said, beside {@link Lexicon#SPEECH_NOUNS}: "said in an interview, ...". */
  private static final ImmutableSet<String> SAYING_OCCASIONS =
      ImmutableSet.of(
          "interview", "speech", "email", "e-mail", "letter", "release", "conference", "call",
          "rally", "debate", "briefing", "appearance", "hearing", "radio", "television", "show",
          "program", "programme", "podcast", "broadcast", "twitter", "facebook", "op-ed", "column",
          "event", "meeting", "session", "forum", "visit");

  /** Whether a short noun phrase or a pronoun from {@code k} is followed by a finite verb. */
  static boolean subjectAndVerb(Doc doc, int k, int last) {
    for (int j = k; j <= last && j < k + 6; j++) {
      Token t = doc.token(j);
      if (j > k && t.tag().matches("VBD|VBZ|VBP|MD")) {
        return true;
      }
      boolean nominal =
          t.tag().matches("DT|CD|PRP\\$?|NNS?|NNPS?|POS") || t.tag().startsWith("JJ");
      if (!nominal || t.tag().equals("PRP") && j > k) {
        return false;
      }
    }
    return false;
  }

  /** Words that make a time word a time phrase: "last week", "on Friday", "this morning". */
  static final ImmutableSet<String> TIME_MODIFIERS =
      ImmutableSet.of("last", "this", "next", "on", "late", "early", "that", "earlier");

  private static final ImmutableSet<String> TELLING_VERBS =
      ImmutableSet.of("tell", "inform", "assure", "notify", "remind", "warn");

  /**
   * "told her she had never been a pilot", "tweeted Friday night he considered ...": a clause
   * that opens with its own subject, hung on the verb as parataxis right after the verb, after the
   * one told (for "tell", "assure" and the like) or after a time, is its complement. Returns its
   * head, or -1.
   */
  private static int looseComplement(Doc doc, int v) {
    for (int c : doc.children(v)) {
      int subject = doc.child(c, "nsubj");
      // "said his book The Tides detailed how ...": a title in the subject can leave the clause
      // an unlabelled dependent
      // "told members of the union's committee that the union won't be holding ...": a verb with an
      // auxiliary is tensed too
      boolean loose = doc.token(c).rel().equals("parataxis")
          || doc.token(c).rel().equals("dep") && (doc.token(c).tag().matches("VBD|VBZ|VBP|VBN")
              || doc.token(c).tag().matches("VB|VBG") && doc.child(c, "aux") >= 0);
      if (c <= v || !loose || subject < 0) {
        continue;
      }
      int start = doc.subtree(c)[0];
      int subjectStart = doc.subtree(subject)[0];
      boolean that = subjectStart == start + 1 && doc.token(start).word().equalsIgnoreCase("that");
      if (start <= v || subjectStart != start && !that) {
        return -1; // "pledges he's been making": a relative clause, not a complement
      }
      int k = v + 1;
      int told = doc.child(v, "obj");
      if (told == v + 1 || told > v && doc.subtree(told)[0] == v + 1) {
        if (!TELLING_VERBS.contains(doc.token(v).lemma())) {
          return -1; // not "has shown a weakness she did not reveal", a relative clause
        }
        int[] sub = doc.subtree(told);
        k = sub[sub.length - 1] + 1;
      }
      while (k < start && (Mentions.isTimeWord(doc.token(k))
          || k + 1 < start && TIME_MODIFIERS.contains(doc.token(k).word().toLowerCase(
              java.util.Locale.ROOT)) && Mentions.isTimeWord(doc.token(k + 1)))) {
        k++; // "told the paper last week she would ...", "tweeted on Friday he ..."
      }
      return k == start ? c : -1;
    }
    return -1;
  }

  /**
   * ", telling supporters in Leeds, England, that he had ...": a "that" clause right after the
   * verb's own words (and a comma), which the parse hung on a verb above that does not report.
   * Returns its head, or -1.
   */
  private static int strandedComplement(Doc doc, int v) {
    int[] own = doc.subtree(v);
    int k = own[own.length - 1] + 1;
    if (TELLING_VERBS.contains(doc.token(v).lemma())) {
      // The one told, however the parse hung it: "telling supporters in Leeds, England,".
      int limit = k + 12;
      while (k < doc.tokens().size() && k < limit && !doc.token(k).word().equalsIgnoreCase("that")
          && doc.token(k).tag().matches("NNS?|NNPS?|DT|IN|JJ|CD|PRP|,")) {
        k++;
      }
    }
    if (k < doc.tokens().size() && doc.token(k).word().equals(",")) {
      k++;
    }
    if (k >= doc.tokens().size() || !doc.token(k).word().equalsIgnoreCase("that")
        || !doc.token(k).rel().equals("mark")) {
      return -1;
    }
    int h = doc.token(k).head();
    int above = h < 0 ? -1 : doc.token(h).head();
    boolean stranded = h > k && doc.token(h).rel().equals("ccomp") && above >= 0 && above < v
        && !Lexicon.isReportingLemma(doc.token(above).lemma());
    return stranded && doc.subtree(h)[0] == k ? h : -1;
  }

  /** Whether tokens [{@code from}, {@code h}) are all auxiliaries of verb {@code h}. */
  private static boolean auxiliariesOnly(Doc doc, int from, int h) {
    if (from >= h) {
      return false;
    }
    for (int k = from; k < h; k++) {
      if (doc.token(k).head() != h || !doc.token(k).baseRel().equals("aux")) {
        return false;
      }
    }
    return true;
  }

  /** Prepositions of the setting a report was made in: "on a call", "in an interview". */
  private static final ImmutableSet<String> SETTING_PREPOSITIONS =
      ImmutableSet.of("on", "in", "at", "during", "via", "over");

  /**
   * "told analysts on a conference call that ...": a "that" clause right after a phrase of the
   * verb's that says where or when it spoke, which the parse hung on that phrase's noun. Returns
   * its head, or -1.
   */
  private static int complementInSetting(Doc doc, int v) {
    if (doc.child(v, "obj") >= 0 && !TELLING_VERBS.contains(doc.token(v).lemma())) {
      return -1; // "announced the name on the scanner hours before ...": what was said is the name
    }
    for (int c : doc.children(v)) {
      Token phrase = doc.token(c);
      int preposition = doc.child(c, "case");
      if (c < v || !phrase.isNoun() || !phrase.baseRel().matches("obl|nmod") || preposition < 0
          || !SETTING_PREPOSITIONS.contains(doc.token(preposition).word().toLowerCase(
              java.util.Locale.ROOT))) {
        continue;
      }
      for (int h : doc.children(c)) {
        int first = doc.subtree(h)[0];
        Token that = doc.token(first);
        if (h > c && doc.token(h).rel().equals("ccomp") && doc.token(h).isVerb()
            && first > c && first <= c + 2 && that.word().equalsIgnoreCase("that")
            && that.head() == h) {
          return h;
        }
      }
    }
    return -1;
  }

  /**
   * "made it clear that ...", "made the case that ...": for a reporting verb of several words
   * ending in a noun or adjective, the "that" clause right after the phrase, wherever the parse
   * hung it (often on "clear" or "case"). Returns its head, or -1.
   */
  private static int phraseComplement(Doc doc, Sentence s, int v) {
    String lemma = doc.token(v).lemma();
    if (!lemma.startsWith("make ")) {
      return -1;
    }
    for (int k = v + 1; k < s.endToken() && k <= v + 4; k++) {
      Token t = doc.token(k);
      if (t.word().equalsIgnoreCase("that")) {
        int h = t.head();
        return h > k && doc.subtree(h)[0] == k ? h : -1;
      }
    }
    return -1;
  }

  /**
   * "said on the radio, where she is now a host, that Weber should ...": a "that" clause after a
   * phrase and a relative aside set off by commas, which the parse hung inside the aside. Returns
   * its head, or -1. Nothing between the verb and the "that" may report, and the clause must hang
   * from a word of the aside that does not report either.
   */
  private static int complementPastAside(Doc doc, Sentence s, int v) {
    int aside = -1;
    for (int k = v + 1; k < s.endToken() && k <= v + 25; k++) {
      Token t = doc.token(k);
      Token before = doc.token(k - 1);
      if (t.isVerb() && (Lexicon.isReportingLemma(t.lemma()) || Lexicon.isQuoteCue(t))
          || t.word().equals(";") || t.opensQuote()) {
        return -1;
      }
      if (before.word().equals(",") && t.tag().matches("WRB|WP|WDT") && k > v + 2 && aside < 0) {
        aside = k;
      }
      if (k == v + 1 && isDash(doc, k) && aside < 0) {
        aside = k; // "said -- on the radio, as it happens -- that ...": an aside set off by dashes
      }
      if (!t.word().equalsIgnoreCase("that") || !t.rel().equals("mark")) {
        continue;
      }
      int h = t.head();
      int above = h < 0 ? -1 : doc.token(h).head();
      boolean hung = aside > 0 && (before.word().equals(",") || isDash(doc, k - 1)) && h > k
          && doc.token(h).rel().equals("ccomp") && above > aside && above < k
          && doc.subtree(h)[0] == k;
      return hung ? h : -1;
    }
    return -1;
  }

  /** The clause without leading "that" or punctuation and trailing punctuation; null if too short. */
  static int[] trim(Doc doc, int first, int last) {
    int[] t = trimLoose(doc, first, last);
    if (t == null || t[1] - t[0] + 1 < MIN_TOKENS) {
      return null;
    }
    first = t[0];
    last = t[1];
    boolean hasVerb = false;
    for (int k = first; k <= last; k++) {
      hasVerb |= doc.token(k).isVerb() || doc.token(k).tag().equals("MD");
    }
    return hasVerb ? new int[] {first, last} : null;
  }

  /**
   * The span without leading "that" (the complementizer, also where the parse made it the head)
   * or punctuation, and without trailing punctuation; null if empty.
   */
  static int[] trimLoose(Doc doc, int first, int last) {
    while (first <= last && (doc.token(first).isPunctuation() && !doc.token(first).opensQuote()
        || isComplementizer(doc.token(first)))) {
      first++;
    }
    while (last >= first && doc.token(last).isPunctuation() && !doc.token(last).closesQuote()) {
      last--;
    }
    return last >= first ? new int[] {first, last} : null;
  }

  private static boolean isComplementizer(Token t) {
    return t.word().equalsIgnoreCase("that")
        && (t.rel().matches("mark|dep") || t.tag().equals("IN") && t.rel().equals("ccomp"));
  }

  /** "... and would be withdrawn": a coordinated verb phrase in the reported tense. */
  private static boolean hasModal(Doc doc, int verb) {
    for (int c : doc.children(verb)) {
      Token t = doc.token(c);
      if (t.baseRel().equals("aux") && (t.tag().equals("MD") || t.lemma().equals("have"))) {
        return true;
      }
    }
    return false;
  }

  /**
   * When the parse gives the verb no clausal complement (it often misreads "saying" clauses): an
   * open complement that is not a "to" infinitive, else the words after the verb (after "that" if
   * it comes soon) when they begin a clause.
   */
  private static int[] complementAfter(Doc doc, Sentence s, int v) {
    int[] opened = openedClause(doc, s, v);
    if (opened != null) {
      return opened;
    }
    for (int c : doc.children(v)) {
      // "said if elected he would ...": the parse made the reported condition an adverbial of
      // the verb; right after the verb, with a subject and a finite verb of its own, it was said.
      int mark = doc.child(c, "mark");
      if (doc.token(c).rel().equals("advcl") && c > v && mark == v + 1
          && doc.subtree(c)[0] == v + 1
          && doc.token(mark).word().matches("(?i)if|unless") && doc.child(c, "nsubj") > mark
          && (hasModal(doc, c) || doc.token(c).tag().matches("VBD|VBZ|VBP"))) {
        int[] sub = doc.subtree(c);
        return new int[] {v + 1, sub[sub.length - 1]};
      }
    }
    for (int c : doc.children(v)) {
      Token ct = doc.token(c);
      int cop = doc.child(c, "cop");
      boolean tensedCopula = cop >= 0 && doc.token(cop).tag().matches("VBD|VBZ|VBP");
      int told = doc.child(v, "iobj");
      boolean dep = ct.rel().equals("dep") && told > v; // "told him the news was bad"
      if ((ct.rel().equals("xcomp") || dep) && c > v && doc.child(c, "mark") < 0
          && (ct.isVerb() || tensedCopula)) {
        int[] sub = doc.subtree(c);
        int object = doc.child(v, "obj");
        if (object > v && object < sub[0] && (finiteAuxiliary(doc, c) || tensedCopula)
            && (!ADDRESSEE_VERBS.contains(doc.token(v).lemma()) || told > v && told < object)) {
          // "said the lease was checked by ...": the parse made the clause's subject the verb's
          // object and the rest a small clause; a tensed auxiliary shows it is one clause. After
          // "told reporters" the one told stands first, and the object is the clause's subject.
          return new int[] {doc.subtree(object)[0], sub[sub.length - 1]};
        }
        if (!ct.isVerb() || dep) {
          continue;
        }
        return new int[] {Math.min(sub[0], c), sub[sub.length - 1]};
      }
    }
    int first = v + 1;
    if (!s.parsed() && first + 1 < s.endToken() && doc.token(first).word().equals(",")
        && !doc.token(first + 1).opensQuote()) {
      first++; // "In her years at the port, Ms. Holt said, the harbour has ..."
    }
    for (int k = first; k < s.endToken() && k <= v + 8; k++) {
      if (doc.token(k).word().equalsIgnoreCase("that")) {
        first = k + 1;
        break;
      }
      if (doc.token(k).isPunctuation() || doc.token(k).isVerb()) {
        break;
      }
    }
    if (first >= s.endToken()) {
      return null;
    }
    // A clause: a subject, then a finite verb before any punctuation. The subject may hold a
    // prepositional phrase or a relative clause ("said families who rent would not qualify"),
    // but not open with a preposition, a relative word or a verb.
    int opening = first;
    if (opening < s.endToken() && doc.token(opening).opensQuote()) {
      opening++;
    }
    if (opening >= s.endToken()
        || OBJECT_WORDS.contains(doc.token(opening).word().toLowerCase(java.util.Locale.ROOT))
            && !doc.token(opening).tag().equals("PRP$") // "her son would ..." opens a clause
        || doc.token(opening).tag().equals("RP")) {
      return null; // "deny them permits", "add up to": an object, not a clause
    }
    boolean addressee = ADDRESSEE_VERBS.contains(doc.token(v).lemma());
    int finiteNeeded = 1;
    boolean inRelative = false;
    int reach = first + 20;
    for (int k = first; k < s.endToken() && k < reach; k++) {
      Token t = doc.token(k);
      String tag = t.tag();
      String w = t.word().toLowerCase(java.util.Locale.ROOT);
      int aside = k > opening ? relativeAsideEnd(doc, s, k) : -1;
      if (aside > 0) {
        // "said the plan, which the board rejected, would return ...": the subject's relative clause
        reach += aside - k;
        k = aside;
        continue;
      }
      // "who rent" may come tagged VB, "who disrespect the court" even as a noun
      boolean relativeVerb = finiteNeeded == 2 && (t.isVerb()
          || t.tag().matches("NNS?") && doc.token(k - 1).tag().startsWith("W"));
      if (tag.equals("VBD") || tag.equals("VBZ") || tag.equals("VBP") || tag.equals("MD")
          || relativeVerb) {
        if (k <= opening) {
          return null;
        }
        if (--finiteNeeded == 0) {
          return new int[] {first, s.endToken() - 1};
        }
        inRelative = relativeVerb;
        continue;
      }
      if (inRelative && !t.isPunctuation() && !SUBORDINATORS.contains(w)) {
        continue; // "said every skipper who hopes to land a catch here needs ...": it runs on
      }
      if (tag.equals("TO") && k > opening + 1 && doc.token(k - 1).isNoun() && !addressee) {
        inRelative = true; // "said his plan to close the pier was ...": the noun's infinitive
        continue;
      }
      if (t.isPunctuation() && !t.opensQuote() && !t.closesQuote() && !tag.equals("HYPH")
          && !isPossessiveMark(doc, k)) {
        return null;
      }
      if (k == opening && tag.equals("VBG") && k + 1 < s.endToken() && doc.token(k + 1).isNoun()) {
        continue; // "claiming voting fraud is ...": a gerund as a noun's modifier
      }
      boolean opensBadly = tag.equals("IN") || tag.equals("TO") || tag.startsWith("W") || t.isVerb();
      // Within the subject a participle may modify a noun ("tweets targeting Machado were").
      boolean participle = tag.equals("VBN") || tag.equals("VBG");
      if (opensBadly && (k <= opening || addressee || tag.equals("TO") || SUBORDINATORS.contains(w)
          || t.isVerb() && !participle)) {
        return null;
      }
      if (tag.startsWith("W") || w.equals("that")) {
        finiteNeeded = 2; // the relative clause's verb, then the reported clause's own
      }
    }
    return null;
  }

  /**
   * Whether a verb in the past or present tense at {@code k} (or the verb that its "be", "have"
   * or "do" serves) has no subject inside the clause [{@code first}, {@code last}] and is not
   * joined to a verb in it: a predicate whose subject stands before the report. Not a passive
   * ("after her son, Tomas, was born"), nor the next verb of a list ("the firm cut pay,
   * closed two plants and ...").
   */
  private static boolean resumesOutside(Doc doc, int k, int first, int last) {
    Token t = doc.token(k);
    if (!t.tag().matches("VBD|VBZ") || t.rel().equals("aux:pass")) {
      return false; // nor a passive: "... her son, Tomas, was born"
    }
    int verb = k;
    if (t.baseRel().matches("aux|cop") && t.lemma().matches("be|have|do")) {
      verb = t.head();
      if (verb <= k) {
        return false;
      }
    }
    for (int c : doc.children(verb)) {
      if (doc.token(c).baseRel().equals("nsubj") && c >= first) {
        return false;
      }
    }
    int h = doc.token(verb).head();
    return !(doc.token(verb).rel().equals("conj") && h >= first && h <= last);
  }

  /**
   * Whether a relative clause set off by a comma (", who", ", which") opens before {@code first}
   * and is still open there: the report stands in it.
   */
  private static boolean relativeAsideBefore(Doc doc, int first) {
    int start = doc.sentenceOf(doc.token(first)).firstToken();
    for (int k = first - 1; k > start; k--) {
      Token t = doc.token(k);
      if (t.tag().matches("WP|WDT") && doc.token(k - 1).word().matches("[,(]")) {
        return true;
      }
      if (t.word().equals(",")) {
        return false; // "Ana Ruiz, who runs the port, said ...": the aside closed before
      }
    }
    return false;
  }

  /** Whether verb {@code c} has an auxiliary in the past or present tense ("was", "has", "will"). */
  private static boolean finiteAuxiliary(Doc doc, int c) {
    for (int a : doc.children(c)) {
      Token t = doc.token(a);
      if (a < c && t.baseRel().equals("aux") && t.tag().matches("VBD|VBZ|VBP|MD")) {
        return true;
      }
    }
    return false;
  }

  private static final ImmutableSet<String> CONTRAST_WORDS =
      ImmutableSet.of("while", "whereas", "although", "though");

  /**
   * The reported clause stops before a trailing participle or absolute phrase (", saying ...",
   * ", without spelling out ...", ", with X saying ..."), a "while" clause, or another speaker's
   * reporting clause.
   */
  /**
   * Whether a name or a short noun phrase at token {@code k} heads the subject of a reporting verb
   * in the past or present tense right after it, before token {@code last}: another speaker's
   * report, however the parse hung it (the caller checks that the noun phrase is not the second
   * of two subjects, "both she and Lind promised").
   */
  private static boolean nextSpeakerReports(Doc doc, int k, int last) {
    int j = k;
    while (j < last && j < k + 4 && (doc.token(j).isProperNoun() || doc.token(j).isNoun()
        || doc.token(j).tag().equals("DT") && j == k)) {
      j++;
    }
    boolean named = j > k && (doc.token(j - 1).isProperNoun() || doc.token(j - 1).isNoun());
    return named && j < last && doc.token(j).tag().matches("VBD|VBZ")
        && Lexicon.isReportingLemma(doc.token(j).lemma());
  }

  /**
   * Whether a noun phrase from token {@code k} (a name, or "the 40-year-old mother of two") is
   * followed, before token {@code last}, by a reporting verb in the past or present tense: another
   * speaker's report, found by word order where the sentence has no parse.
   */
  private static boolean speakerPhraseReports(Doc doc, int k, int last) {
    boolean noun = false;
    for (int j = k; j < last && j <= k + 10; j++) {
      Token t = doc.token(j);
      if (noun && j > k && t.tag().matches("VBD|VBZ") && Lexicon.isReportingLemma(t.lemma())) {
        return true;
      }
      noun |= t.isNoun() || t.isProperNoun();
      if (!(t.tag().matches("DT|CD|HYPH|POS|PRP\\$|NNS?|NNPS?") || t.tag().startsWith("JJ")
          || t.word().equalsIgnoreCase("of") && j > k)) {
        return false;
      }
    }
    return false;
  }

  /** Whether token {@code k} stands inside a quotation that opened at or after {@code first}. */
  private static boolean insideQuotation(Doc doc, int first, int k) {
    boolean open = false;
    for (int j = first; j < k; j++) {
      Token t = doc.token(j);
      // A straight mark both opens and closes: its tag tells which it does.
      if (t.closesQuote() && (!t.opensQuote() || t.tag().equals("''"))) {
        open = false;
      } else if (t.opensQuote()) {
        open = true;
      }
    }
    return open;
  }

  /** Whether the comma at {@code k} stands right inside or right after a closing mark. */
  private static boolean afterMark(Doc doc, int k, boolean insideMark) {
    return insideMark || k > 0 && doc.token(k - 1).closesQuote();
  }

  private static boolean quotationIn(Doc doc, int from, int to) {
    for (int j = from; j <= to; j++) {
      if (doc.token(j).opensQuote()) {
        return true;
      }
    }
    return false;
  }

  static int cutTrailingClauses(Doc doc, int first, int last) {
    for (int k = first + 1; k < last; k++) {
      Token cc = doc.token(k);
      if (cc.rel().equals("cc") && cc.head() > k && cc.head() <= last) {
        Token h = doc.token(cc.head());
        // "said he would X and warned against Y": the warning is its own report; not "is
        // ignoring the rules and showing contempt", a progressive whose auxiliary both verbs share.
        // Not "would sit her down and tell her ...": a bare verb shares the clause's modal.
        // Nor "said that A but that B insisted ...": "and that" goes on with what was said.
        boolean thatFollows = doc.token(k + 1).word().equalsIgnoreCase("that");
        // Nor "could close not only because it is old but also because the board denied it": a
        // second reason inside what was said.
        boolean subordinate = doc.child(cc.head(), "mark") >= 0;
        // A verb of belief after "but" or "and" ("was worn out but still feared ...") goes on with
        // the clause's own subject: only a verb of speech is a report of its own.
        if (h.isVerb() && Lexicon.REPORTING_VERBS.contains(h.lemma()) && h.rel().equals("conj")
            && !sharesProgressive(doc, cc.head(), first) && !sharesModal(doc, cc.head())
            && !sharesPerfect(doc, cc.head(), first) && !thatFollows && !subordinate) {
          return k - 1;
        }
        if (h.isVerb() && SpeechActRule.SPEECH_ACT_VERBS.contains(h.lemma())
            && h.rel().equals("conj") && doc.child(cc.head(), "nsubj") > k && !subordinate) {
          return k - 1; // "said A, and Democrats accused B": another speaker's act
        }
      }
      String word = doc.token(k).word().toLowerCase(java.util.Locale.ROOT);
      Token after = doc.token(k + 1);
      if ((word.equals("and") || word.equals("but")) && (after.tag().equals("VBD")
          || after.tag().equals("VBZ")) && Lexicon.isReportingLemma(after.lemma())
          && !sharesPerfect(doc, k + 1, first)) {
        return k - 1; // "... is "in ruins" and says she will ...": the subject's next report
      }
      if ((word.equals("and") || word.equals("but")) && !Mentions.isNominal(doc.token(k - 1))
          && nextSpeakerReports(doc, k + 1, last)) {
        return k - 1; // "accuses the board of "hiding" and Tomas Lind says ..."
      }
      if (k > first + 2 && CIRCUMSTANCE_WORDS.contains(word) && doc.token(k + 1).tag().equals("VBG")) {
        return k - 1; // "said the paper was unfair to him before proposing a boycott ...": when
      }
      if (word.equals(":") && after.opensQuote() && k > first + 2) {
        // "said she had no time to hunt for them: "I have ..."": the quotation is its own
        return k - 1;
      }
      boolean dash = word.equals("--") || word.equals("\u2014") || word.equals("\u2013");
      // A hyphen with space on both sides stands for a dash ("next spring - though few expect"),
      // unlike the one in "rate-slashing", which the tokenizer splits off.
      boolean hyphen = Mentions.isDash(doc, k);
      if (!word.equals(",") && !word.equals(";") && !dash && !hyphen) {
        continue;
      }
      // A comma inside the closing mark: "... us," refusing to ...: the cut comes after the mark.
      int end = k - 1;
      boolean insideMark = false;
      if (k + 2 <= last && doc.token(k + 1).closesQuote()) {
        end = k + 1;
        k++;
        insideMark = true;
      }
      Token next = doc.token(k + 1);
      String w = next.word().toLowerCase(java.util.Locale.ROOT);
      String before = doc.token(k - 1).word().toLowerCase(java.util.Locale.ROOT);
      if (w.matches("and|but") && k + 2 <= last
          && doc.token(k + 2).word().equalsIgnoreCase("that")) {
        continue; // "noted that A, and that B": a second complement of the same report
      }
      if (!insideMark && (before.equals("that") || SUBORDINATORS.contains(before))) {
        continue; // "that, having lost twice, she ...": a phrase set into the clause, not after it
      }
      // ", implicitly tying ...": an adverb may open the participle.
      // ", including the 100 delegates": a participle that works as a preposition goes on.
      boolean participle = next.tag().equals("VBG") && !PREPOSITION_PARTICIPLES.contains(w)
          || next.tag().equals("RB") && k + 2 <= last && doc.token(k + 2).tag().equals("VBG");
      // ", while ...", ", though ...", "- although ...": the writer sets a contrast beside the
      // report. ", compared with a fifth of ...": the writer's comparison.
      // "Though" must open a clause: not "rural, though deeply conservative, towns".
      boolean contrast = CONTRAST_WORDS.contains(w)
          && (!w.equals("though") || opensClause(doc, k + 2, last))
          || w.equals("compared") && k + 2 <= last
          && doc.token(k + 2).word().matches("(?i)with|to");
      if (dash || hyphen) {
        if ((contrast || dash && participle) && keepsVerb(doc, first, end, last)) {
          return end; // "-- having argued the opposite ...": the writer's aside
        }
        continue;
      }
      // After a whole quotation closed on a comma, a subordinate clause is the writer's:
      // 'says, "Stop," until the shots'; after quoted words inside a clause, the clause goes on.
      boolean cut = participle || contrast
          || insideMark && opensWithQuotation(doc, first, last) && SUBORDINATORS.contains(w)
          || afterMark(doc, k, insideMark) && w.matches("a|an|another")
          && !quotationIn(doc, k + 1, last); // '"reckless," a jab at the mayor': the writer's

      if (!cut && (w.equals("with") || w.equals("without"))) {
        for (int j = k + 2; j <= last && j < k + 10; j++) {
          if (doc.token(j).word().equals(",")) {
            break;
          }
          if (doc.token(j).tag().equals("VBG")) {
            cut = true;
            break;
          }
        }
      }
      if (!cut && !insideMark && resumesOutside(doc, k + 1, first, last)
          && relativeAsideBefore(doc, first)) {
        // "Ana Holt, who said in May that she would run, recalled ...": the comma closes the
        // relative clause the report stands in, and the subject's own verb follows.
        cut = true;
      }
      if (!cut && !insideMark && speakerPhraseReports(doc, k + 1, last)) {
        cut = true; // "..., the mother of two replied, ...": another report, also unparsed
      }
      if (!cut) {
        for (int j = k + 1; j <= last; j++) {
          Token t = doc.token(j);
          boolean speech = Lexicon.isReportingLemma(t.lemma())
              || SpeechActRule.SPEECH_ACT_VERBS.contains(t.lemma());
          // Not the reported clause's own verb ("reported that on the trip, the minister repeated
          // her offer"), only another speaker's report after it.
          boolean ownVerb = t.rel().equals("ccomp") && (t.head() < first || t.head() > last)
              || secondComplement(doc, j, first, last); // "that A but that if C, she insisted"
          // Nor a relative clause's on a subject ("the rule, which some have claimed was written
          // to please ..., is"): an aside inside the reported clause's subject.
          boolean relative = t.rel().startsWith("acl") && t.head() >= 0
              && doc.token(t.head()).rel().startsWith("nsubj");
          // Nor "what she calls": a free relative names a thing in the clause, it reports nothing.
          boolean naming = whObjectBefore(doc, j);
          // Nor a passive ("that, when she travels, she is now and then asked about it", "a fair
          // which is forecast to bring ..."): its subject is the one spoken to or of, no speaker.
          int subject = doc.child(j, "nsubj");
          boolean passive = subject >= 0 && doc.token(subject).rel().equals("nsubj:pass");
          if (t.isVerb() && speech && subject > k && !ownVerb && !relative && !naming
              && !passive) {
            cut = true;
            break;
          }
        }
      }
      // "Voters, fearing the worst, stayed home": a phrase set off before the clause has its verb
      // is inside the clause, not after it.
      if (cut && keepsVerb(doc, first, end, last)) {
        return end;
      }
    }
    return last;
  }

  /**
   * Whether a cut after {@code end} leaves the clause its verb: not when the words from first to
   * end hold none and hang from a verb after them, the head of the clause.
   */
  private static boolean keepsVerb(Doc doc, int first, int end, int last) {
    for (int k = first; k <= end; k++) {
      if (doc.token(k).isVerb() || doc.token(k).tag().equals("MD")) {
        return true;
      }
    }
    int top = first;
    for (int steps = 0; steps < 40; steps++) {
      int h = doc.token(top).head();
      if (h < first || h > last) {
        break;
      }
      top = h;
    }
    // "fishermen may be ready to pay": an adjective with its copula heads the clause as a verb.
    return top <= end || !doc.token(top).isVerb() && doc.child(top, "cop") < 0;
  }

  private static final ImmutableSet<String> NAMING_VERBS =
      ImmutableSet.of("call", "dub", "term", "describe", "label", "characterize", "brand");

  /**
   * Whether the clause holds its own report, a reporting verb with its subject inside it, and
   * then a new clause after a comma and a coordinator ("She said fathers would not qualify, and
   * when pressed, the aide replied, ..."): the later speaker's words are only that last part.
   */
  private static boolean reportsItself(Doc doc, int[] clause) {
    boolean report = false;
    for (int k = clause[0]; k < clause[1]; k++) {
      Token t = doc.token(k);
      int subject = doc.child(k, "nsubj");
      report |= t.tag().matches("VBD|VBZ|VBP") && Lexicon.isReportingLemma(t.lemma())
          && subject >= clause[0] && subject < k;
      if (report && t.word().equals(",") && isCoordinator(doc.token(k + 1))) {
        return true;
      }
    }
    return false;
  }

  /** Whether the naming verb at {@code v} has "what" before it: "what she calls". */
  private static boolean whObjectBefore(Doc doc, int v) {
    if (!NAMING_VERBS.contains(doc.token(v).lemma())) {
      return false; // "what she told the panel" reports; "what she calls X" names
    }
    for (int c : doc.children(v)) {
      if (c < v && doc.token(c).word().equalsIgnoreCase("what")) {
        return true;
      }
    }
    return false;
  }

  /**
   * "would sit her down and tell her": a bare verb with no subject or auxiliary of its own, joined
   * to a verb under a modal; not "and believe me", "but did not suggest".
   */
  private static boolean sharesModal(Doc doc, int h) {
    Token conj = doc.token(h);
    int head = conj.head();
    return conj.tag().equals("VB") && head >= 0 && doc.token(head).tag().equals("VB")
        && hasModal(doc, head) && doc.child(h, "aux") < 0 && doc.child(h, "nsubj") < 0;
  }

  /**
   * Whether verb {@code j} heads a second "that" clause joined to a verb in the clause ("that A
   * but that B"), which the same speaker reports.
   */
  private static boolean secondComplement(Doc doc, int j, int first, int last) {
    Token t = doc.token(j);
    int mark = doc.child(j, "mark");
    return t.rel().equals("conj") && t.head() >= first && t.head() <= last && mark >= 0
        && doc.token(mark).word().equalsIgnoreCase("that");
  }

  /** "had posted it and added a note": a participle joined to a perfect inside the content. */
  private static boolean sharesPerfect(Doc doc, int h, int first) {
    Token conj = doc.token(h);
    int head = conj.head();
    int aux = head < 0 ? -1 : doc.child(head, "aux");
    // The parse may tag the second participle as a past tense; one that reports a clause of
    // its own ("had voted and added that ...") or follows a comma ("had voted for him, but
    // cautioned ...") is a new report.
    int cc = doc.child(h, "cc");
    boolean participle = conj.tag().equals("VBN")
        || conj.tag().equals("VBD") && cc > 0 && !doc.token(cc - 1).word().equals(",");
    return participle && head >= first && doc.token(head).tag().equals("VBN")
        && aux >= 0 && doc.token(aux).lemma().equals("have") && doc.child(h, "aux") < 0
        && doc.child(h, "nsubj") < 0 && doc.child(h, "ccomp") < 0;
  }

  /** "is ignoring ... and showing": a participle joined to a progressive inside the content. */
  private static boolean sharesProgressive(Doc doc, int h, int first) {
    Token conj = doc.token(h);
    int head = conj.head();
    return conj.tag().equals("VBG") && head >= first && doc.token(head).tag().equals("VBG")
        && doc.child(head, "aux") >= 0 && doc.child(h, "aux") < 0 && doc.child(h, "nsubj") < 0;
  }

  /**
   * The clause that opens the sentence and ends at the comma (or the closing mark after a comma)
   * right before the speaker's phrase, when it is a whole clause: a finite verb, not opened by a
   * participle, a quotation mark or a subordinator. Null otherwise.
   */
  private static int[] frontedBefore(Doc doc, Sentence s, int speaker) {
    int open = Mentions.phraseStart(doc, speaker) - 1;
    int last;
    if (open > s.firstToken() && doc.token(open).word().equals(",")) {
      last = open - 1;
    } else if (open - 1 > s.firstToken() && doc.token(open).closesQuote()
        && doc.token(open - 1).word().equals(",")) {
      last = open; // '... was "a colleague," the statement added': the mark ends the clause
    } else {
      return null;
    }
    int[] clause = trim(doc, s.firstToken(), last);
    if (clause == null || reportsItself(doc, clause)) {
      return null;
    }
    Token opening = doc.token(clause[0]);
    // "But when the council cut the funds, the city said enough": when, not what
    Token lead = opening.tag().equals("CC") && clause[0] < clause[1]
        ? doc.token(clause[0] + 1) : opening;
    return (hasFiniteVerb(doc, clause[0], clause[1]) || pastReadAsParticiple(doc, clause))
        && !isParticiple(opening)
        && !opening.opensQuote()
        && !SUBORDINATORS.contains(opening.word().toLowerCase(java.util.Locale.ROOT))
        && !SUBORDINATORS.contains(lead.word().toLowerCase(java.util.Locale.ROOT))
        ? clause : null;
  }

  /**
   * Whether the clause holds a past tense the tagger read as a participle: "Friends of the mayor
   * long ago soured on him", its "soured" with a subject of its own and no auxiliary.
   */
  private static boolean pastReadAsParticiple(Doc doc, int[] clause) {
    for (int k = clause[0]; k <= clause[1]; k++) {
      if (doc.token(k).tag().equals("VBN") && doc.child(k, "nsubj") >= clause[0]
          && doc.child(k, "nsubj") < k && doc.child(k, "aux") < 0
          && doc.child(k, "aux:pass") < 0 && doc.child(k, "cop") < 0) {
        return true;
      }
    }
    return false;
  }

  /** Whether the clause at {@code first} opens with "asked" or "when asked", bare. */
  private static boolean opensWithAQuestionPut(Doc doc, Sentence s, int first) {
    if (QuestionRule.putToTheSubject(doc, s, first)) {
      return true;
    }
    // Not "If asked to serve, I will, Holt said": a condition may be the speaker's own words.
    return first + 1 < s.endToken() && doc.token(first).word().equalsIgnoreCase("when")
        && QuestionRule.putToTheSubject(doc, s, first + 1);
  }

  /** Whether tokens {@code [first, last]} hold a reporting verb and its subject. */
  private static boolean reportsOnItsOwn(Doc doc, int first, int last) {
    for (int j = first; j <= last; j++) {
      Token t = doc.token(j);
      int subject = doc.child(j, "nsubj");
      if (t.isVerb() && subject >= first && subject < j
          && Lexicon.REPORTING_VERBS.contains(t.lemma())) {
        return true;
      }
    }
    return false;
  }

  /** Whether verb {@code v} has an object or a clausal complement of its own. */
  private static boolean hasComplement(Doc doc, int v) {
    // "..., he told reporters.": after "tell" the object is the one told, not what was said
    boolean listener = NEVER_INVERTED.contains(doc.token(v).lemma());
    return doc.child(v, "obj") >= 0 && !listener || doc.child(v, "ccomp") >= 0
        || doc.child(v, "xcomp") >= 0;
  }

  /** Whether a finite verb comes within a few words of {@code k}, before any comma. */
  private static boolean opensClause(Doc doc, int k, int last) {
    for (int j = k; j <= last && j < k + 8; j++) {
      Token t = doc.token(j);
      if (t.word().equals(",")) {
        return false;
      }
      if (t.tag().matches("VBD|VBZ|VBP|MD")) {
        return true;
      }
    }
    return false;
  }

  /**
   * "A, X reported, while B, Y reported": the second verb hangs off the first as parataxis, and
   * its own clause, between the first report and its speaker, is what it reports (B, without
   * "while"); the first report's words are not the second speaker's. Null when {@code v} does not
   * hang off a reporting verb that way.
   */
  private static int[] secondReport(Doc doc, int v, int[] own) {
    Token head = doc.token(doc.token(v).head());
    int speaker = Mentions.subjectOf(doc, v);
    if (!head.isVerb() || !Lexicon.isReportingLemma(head.lemma()) || speaker < 0 || speaker > v
        || doc.token(speaker).head() != v) {
      return null;
    }
    int first = own[0];
    while (first < v && (doc.token(first).isPunctuation()
        || doc.token(first).rel().matches("mark|cc"))) {
      first++;
    }
    int last = doc.subtree(speaker)[0] - 1;
    while (last >= first && doc.token(last).isPunctuation()) {
      last--;
    }
    if (first <= doc.token(v).head() || last - first < 2) {
      return null;
    }
    for (int k = first; k <= last; k++) {
      if (doc.token(k).isVerb() && doc.token(k).head() == v) {
        return new int[] {first, last};
      }
    }
    return null;
  }

  /**
   * "CLAUSE, X said", "CLAUSE" X said": punctuation sets the reporting clause off, before its
   * subject (or its verb, when the subject follows).
   */
  private static boolean setOff(Doc doc, Sentence s, int v) {
    int subject = Mentions.subjectOf(doc, v);
    int start = subject >= 0 && subject < v ? doc.subtree(subject)[0] : doc.subtree(v)[0];
    if (start <= s.firstToken()) {
      return false;
    }
    Token before = doc.token(start - 1);
    // "... points to the crowds as proof: she says they are bigger": after a colon or a semicolon
    // the verb opens a clause of its own and reports what follows it.
    if (before.word().equals(":") || before.word().equals(";")) {
      return false;
    }
    return before.isPunctuation() || before.closesQuote();
  }

  /**
   * "But when Congress cut the funds, Mexico said enough": a subordinate clause with no main
   * clause of its own says when, not what.
   */
  private static boolean onlySubordinate(Doc doc, int[] clause) {
    int k = clause[0];
    if (isCoordinator(doc.token(k)) && k < clause[1]) {
      k++;
    }
    if (!SUBORDINATORS.contains(doc.token(k).word().toLowerCase(java.util.Locale.ROOT))) {
      return false;
    }
    for (int j = k + 1; j <= clause[1]; j++) {
      if (doc.token(j).word().equals(",")) {
        return false;
      }
    }
    return true;
  }

  private static boolean opensWithQuotation(Doc doc, int first, int last) {
    int[] t = trimLoose(doc, first, last);
    return t != null
        && (doc.token(t[0]).opensQuote() || t[0] > 0 && doc.token(t[0] - 1).opensQuote());
  }

  /**
   * "CLAUSE, the IMF said.": whatever the parse made of it, a clause, a comma, the subject and the
   * verb, with nothing after the verb but adjuncts, report the clause.
   */
  private static int[] fronted(Doc doc, Sentence s, int v) {
    int subject = Mentions.subjectOf(doc, v);
    if (subject > v && !s.parsed()) {
      return invertedFronted(doc, s, v);
    }
    if (subject < 0 || subject > v || doc.token(v).head() >= 0 && doc.token(v).head() != v
        && !doc.token(v).rel().equals("root")) {
      return null;
    }
    int subjectStart =
        s.parsed() ? doc.subtree(subject)[0] : Mentions.phraseStart(doc, subject);
    for (int k = doc.subtree(subject)[doc.subtree(subject).length - 1] + 1; k < v; k++) {
      Token t = doc.token(k);
      boolean auxiliary = s.parsed()
          ? t.head() == v && (t.baseRel().equals("aux") || t.rel().equals("advmod"))
          : t.tag().equals("MD") || t.tag().startsWith("RB") || t.isVerb();
      if (!auxiliary) {
        return null;
      }
    }
    int comma = subjectStart - 1;
    if (comma <= s.firstToken()
        || !(doc.token(comma).word().equals(",") || doc.token(comma).closesQuote())) {
      return null;
    }
    for (int k = v + 1; k < s.endToken(); k++) {
      Token t = doc.token(k);
      if (t.word().equals(",") && k + 1 < s.endToken() && (isCoordinator(doc.token(k + 1))
          || doc.token(k + 1).tag().equals("VBG"))) {
        break; // "..., the ministry said, and imports rose", "..., she said, citing ...": no report
      }
      boolean adjunct = t.isPunctuation() || !t.isVerb() && !t.tag().equals("MD") && !t.word().equals("that");
      if (!adjunct) {
        return null;
      }
    }
    int[] clause = trim(doc, s.firstToken(), comma - 1);
    if (clause == null || onlySubordinate(doc, clause)) {
      return null;
    }
    for (int k = clause[0]; k <= clause[1]; k++) {
      String tag = doc.token(k).tag();
      // The tagger often reads a past tense after a plural subject as a participle ("the poorest
      // households paid 3 percent"); a participle that opens the clause ("Asked about it, ...") is not
      // one.
      if (tag.equals("VBD") || tag.equals("VBZ") || tag.equals("VBP") || tag.equals("MD")
          || tag.equals("VBN") && k > clause[0] + 1) {
        return clause;
      }
    }
    return null;
  }

  /**
   * Without a parse, "Both parties \"saw it coming,\" said Victor Cha": a clause, a comma (inside or
   * outside a closing mark), then the verb before its subject.
   */
  /** Whether there is a clause and no cue of its own in it ("A," she said, "B," said Holt). */
  private static boolean cueless(Doc doc, int[] clause) {
    if (clause == null) {
      return false;
    }
    for (int k = clause[0]; k <= clause[1]; k++) {
      if (doc.token(k).isVerb() && Lexicon.isQuoteCue(doc.token(k))) {
        return false;
      }
    }
    return true;
  }

  private static int[] invertedFronted(Doc doc, Sentence s, int v) {
    int comma = v - 1;
    if (comma > s.firstToken() && doc.token(comma).closesQuote()) {
      comma--;
    }
    if (comma <= s.firstToken() || !doc.token(comma).word().equals(",")) {
      return null;
    }
    int[] clause = trim(doc, s.firstToken(), v - 1);
    if (clause == null) {
      return null;
    }
    for (int k = clause[0]; k <= clause[1]; k++) {
      String tag = doc.token(k).tag();
      // words in quotation marks go untagged, and hold a verb of their own
      if (tag.equals("VBD") || tag.equals("VBZ") || tag.equals("VBP") || tag.equals("MD")
          || tag.equals(CoreNlpAnalyzer.UNTAGGED)) {
        return clause;
      }
    }
    return null;
  }

  /** Between a fronted clause and its verb stand only punctuation, the subject and auxiliaries. */
  private static boolean onlySubjectBetween(Doc doc, int v, int from) {
    int subjects = 0;
    for (int c : doc.children(v)) {
      subjects += doc.token(c).baseRel().equals("nsubj") ? 1 : 0;
    }
    int subject = Mentions.subjectOf(doc, v);
    if (subjects > 1 || subject < 0) {
      return false;
    }
    for (int k = from; k < v; k++) {
      Token t = doc.token(k);
      boolean ok =
          t.isPunctuation()
              || doc.dominates(subject, k)
              || t.head() == v && (t.baseRel().equals("aux") || t.rel().equals("advmod"));
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  private static boolean isCoordinator(Token t) {
    String w = t.word().toLowerCase(java.util.Locale.ROOT);
    return w.equals("and") || w.equals("but") || w.equals("while") || w.equals("whereas");
  }

  /**
   * Whether {@code c}, joined to the reporting verb, is a second adjective for the complement
   * {@code ccomp}'s copula: both adjectives, {@code c} with a coordinator and no subject of its
   * own.
   */
  private static boolean secondPredicate(Doc doc, int ccomp, int c) {
    return doc.token(c).tag().startsWith("JJ") && doc.token(ccomp).tag().startsWith("JJ")
        && doc.child(ccomp, "cop") >= 0 && doc.child(c, "cc") >= 0 && doc.child(c, "nsubj") < 0;
  }

  private static boolean onlyJoinersOrMarksBetween(Doc doc, int from, int to) {
    for (int k = from; k < to; k++) {
      if (!doc.token(k).closesQuote() && !onlyJoinersBetween(doc, k, k + 1)) {
        return false;
      }
    }
    return true;
  }

  /** Whether a verb of reporting stands among the tokens {@code sub} (another report). */
  private static boolean reportIn(Doc doc, int[] sub) {
    for (int k : sub) {
      if (doc.token(k).isVerb() && Lexicon.isReportingLemma(doc.token(k).lemma())) {
        return true;
      }
    }
    return false;
  }

  /** Only joiners and closing marks between {@code from} and {@code to}, a closing mark among them. */
  private static boolean joinersAfterMarkBetween(Doc doc, int from, int to) {
    boolean mark = false;
    for (int k = from; k < to; k++) {
      Token t = doc.token(k);
      if (t.closesQuote() && !t.tag().equals("``")) {
        mark = true;
      } else if (!onlyJoinersBetween(doc, k, k + 1)) {
        return false;
      }
    }
    return mark || from > 0 && doc.token(from - 1).closesQuote();
  }

  private static boolean onlyJoinersBetween(Doc doc, int from, int to) {
    for (int k = from; k < to; k++) {
      String w = doc.token(k).word();
      if (!(w.equals(",") || w.equalsIgnoreCase("and") || w.equalsIgnoreCase("but")
          || w.equalsIgnoreCase("that"))) {
        return false;
      }
    }
    return true;
  }
}
