package io.github.quotekit.internal.attribute;

import io.github.quotekit.internal.detect.Quotation;
import io.github.quotekit.internal.nlp.Doc;
import io.github.quotekit.internal.nlp.Token;

/**
 * {@code X likened the levy to "a slow poison"}, {@code X condemned the test as
 * "provocative"}: a quotation inside a clause whose verb has a subject is the subject's words; the
 * verb is the cue and the reported content runs from after the verb to the end of its phrase, a
 * mixed quote.
 */
final class EmbeddedQuoteRule {
  private static final int MAX_CLIMB = 6;
  /** How far before an unparsed quotation its verb may stand. */
  private static final int SURFACE_REACH = 12;
  private final int minWords;

  EmbeddedQuoteRule(int minWords) {
    this.minWords = minWords;
  }

  /** The clause the embedded quotation {@code q} stands in, or null. */
  ReportedSpeechRule.Clause find(Article a, Quotation q) {
    if (!a.embedded(q) || a.isTitle(q)) {
      return null; // "who hosts the show "Morning in the Harbour"": a title, not anyone's words
    }
    Doc doc = a.doc;
    int t = doc.tokenFrom(q.start());
    while (t < doc.tokens().size() && doc.token(t).start() < q.end() && doc.token(t).isPunctuation()) {
      t++;
    }
    if (t >= doc.tokens().size() || doc.token(t).start() >= q.end()) {
      return null;
    }
    if (!doc.sentenceOf(doc.token(t)).parsed()) {
      return surface(a, q, t);
    }
    int v = t;
    for (int i = 0; i < MAX_CLIMB && v >= 0; i++) {
      Token vt = doc.token(v);
      if (vt.start() < q.start() && vt.isVerb() && !a.insideQuotation(vt)) {
        break;
      }
      ReportedSpeechRule.Clause owned = ownersClaim(a, q, v);
      if (owned != null) {
        return owned;
      }
      v = vt.head();
    }
    if (v < 0 || doc.token(v).start() >= q.start() || !doc.token(v).isVerb()) {
      return null;
    }
    if (doc.token(v).head() >= 0) {
      // "X's claim that the ferry carried "Q"": the verb heads the claim's own clause
      ReportedSpeechRule.Clause owned = ownersClaim(a, q, doc.token(v).head());
      if (owned != null) {
        return owned;
      }
    }
    if (SpeechActRule.namingParticiple(doc, v)) {
      return null; // 'a pay formula called the "fixed scale"': a name given, not anyone's words
    }
    if (inListener(doc, v, t)) {
      return null; // "told Channel 4's "Today" on Monday": the programme told, not what was said
    }
    int subject = Mentions.subjectOf(doc, v);
    if (subject < 0 || doc.token(subject).start() >= q.start()) {
      return null;
    }
    Mention m = Mentions.of(a, subject, v);
    if (m == null) {
      return null;
    }
    if (words(a, q) < minWords && !naming(doc, v)) {
      return null;
    }
    // "told Radio Sportiva that his client "...": what was said begins after the one told
    int first = doc.token(v).lemma().matches("tell|inform|assure|notify")
        ? afterThat(doc, v, doc.tokenFrom(q.start())) : v + 1;
    int quoteEnd = doc.tokenBefore(q.end());
    int last = ReportingVerbRule.cutTrailingClauses(doc, first, reportedEnd(doc, v, quoteEnd));
    if (last > quoteEnd && asideFollows(doc, quoteEnd + 1, last)) {
      last = quoteEnd;
    }
    int[] content = ReportingVerbRule.trimLoose(doc, first, last);
    if (content == null) {
      return null;
    }
    int start = Math.min(doc.token(content[0]).start(), q.start());
    int end = Math.max(doc.token(content[1]).end(), q.end());
    Token verb = doc.token(v);
    return new ReportedSpeechRule.Clause(
        start, end, new Cue(verb.start(), verb.end(), v, m, "embedded-quote"));
  }

  /** Whether token {@code t} lies in the object of "tell" (or "inform", "assure") at {@code v}. */
  private static boolean inListener(Doc doc, int v, int t) {
    if (!doc.token(v).lemma().matches("tell|inform|assure|notify")) {
      return false;
    }
    for (String rel : new String[] {"obj", "iobj"}) {
      int o = doc.child(v, rel);
      if (o >= 0 && java.util.Arrays.binarySearch(doc.subtree(o), t) >= 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@code pounced on Weber's claim that the ferry carried "a million passengers"}: a noun for a
   * claim at token {@code n}, before the quotation, whose owner is named in the possessive and
   * whose "that" clause holds the quotation. The owner speaks, the noun is the cue and the clause
   * is the content; or null.
   */
  private static ReportedSpeechRule.Clause ownersClaim(Article a, Quotation q, int n) {
    Doc doc = a.doc;
    Token noun = doc.token(n);
    if (!noun.isNoun() || noun.start() >= q.start() || !CLAIM_NOUNS.contains(noun.lemma())
        || n + 2 >= doc.tokens().size() || !doc.token(n + 1).word().equalsIgnoreCase("that")) {
      return null;
    }
    int owner = doc.child(n, "nmod:poss");
    if (owner < 0
        || !(doc.token(owner).isProperNoun() || doc.token(owner).ner().equals("PERSON"))) {
      return null;
    }
    Mention m = Mentions.of(a, owner, -1);
    if (m == null) {
      return null;
    }
    int[] sub = doc.subtree(n);
    int quoteEnd = doc.tokenBefore(q.end());
    int last = ReportingVerbRule.cutTrailingClauses(doc, n + 2, Math.max(sub[sub.length - 1],
        quoteEnd));
    int[] content = ReportingVerbRule.trimLoose(doc, n + 2, Math.max(last, quoteEnd));
    if (content == null) {
      return null;
    }
    int start = Math.min(doc.token(content[0]).start(), q.start());
    int end = Math.max(doc.token(content[1]).end(), q.end());
    return new ReportedSpeechRule.Clause(
        start, end, new Cue(noun.start(), noun.end(), -1, m, "embedded-quote"));
  }

  private static final com.google.common.collect.ImmutableSet<String> CLAIM_NOUNS =
      com.google.common.collect.ImmutableSet.of("claim", "assertion", "statement", "remark",
          "comment", "promise", "pledge", "warning", "suggestion", "argument", "insistence",
          "contention", "boast", "charge", "allegation", "prediction", "vow");

  /**
   * Without a parse: the nearest verb before the quotation in its sentence, with a subject by word
   * order, and the content from after the verb to the quotation's end (the commonest end of a
   * mixed quote). A verb that only names (call, describe) must stand close to a short quotation.
   */
  private ReportedSpeechRule.Clause surface(Article a, Quotation q, int inner) {
    Doc doc = a.doc;
    var sentence = doc.sentenceOf(doc.token(inner));
    int open = doc.tokenFrom(q.start());
    int v = -1;
    for (int k = open - 1; k >= sentence.firstToken() && k >= open - SURFACE_REACH; k--) {
      Token t = doc.token(k);
      Quotation title = a.quotationAt(t.start());
      if (title != null && a.isTitle(title)) {
        continue; // "tells Radio Dover's "Harbour Hour" that ...": a programme named on the way
      }
      if (t.word().equals(";") || a.insideQuotation(t)) {
        break;
      }
      if (t.isVerb() && !t.tag().equals("VBN") && !t.tag().equals("VBG")
          || t.tag().equals("VBG") && Lexicon.isNamingLemma(t.lemma())
          || pastTenseTaggedParticiple(doc, sentence.firstToken(), k)) {
        v = k;
        break;
      }
    }
    if (v < 0 || words(a, q) < minWords && !naming(doc, v) || isCopula(doc.token(v))) {
      return null;
    }
    int subject = Mentions.surfaceSubject(doc, v);
    if (subject < 0 || subject > v) {
      return null;
    }
    Mention m = Mentions.of(a, subject, v);
    if (m == null) {
      return null;
    }
    int quoteEnd = doc.tokenBefore(q.end());
    int first = afterThat(doc, v, open);
    int last = ReportingVerbRule.cutTrailingClauses(doc, first, sentence.endToken() - 1);
    if (last <= quoteEnd || asideFollows(doc, quoteEnd + 1, last)
        || circumstanceFollows(doc, quoteEnd + 1)) {
      last = quoteEnd;
    }
    int[] content = ReportingVerbRule.trimLoose(doc, first, last);
    if (content == null) {
      return null;
    }
    Token verb = doc.token(v);
    return new ReportedSpeechRule.Clause(
        Math.min(doc.token(content[0]).start(), q.start()),
        Math.max(doc.token(content[1]).end(), q.end()),
        new Cue(verb.start(), verb.end(), v, m, "embedded-quote"));
  }

  /**
   * "Holt condemned Friday's vote as ...": the tagger may give a verb of speech right after a name
   * or a subject pronoun the participle's tag. With the name or pronoun right before it, and so
   * no auxiliary between, it is the past tense; not after an object pronoun ("heard him called
   * "a coward"").
   */
  private static boolean pastTenseTaggedParticiple(Doc doc, int firstToken, int k) {
    Token t = doc.token(k);
    if (!t.tag().equals("VBN") || k <= firstToken
        || !(Lexicon.REPORTING_VERBS.contains(t.lemma())
            || SpeechActRule.isSpeechActLemma(t.lemma()))) {
      return false;
    }
    Token before = doc.token(k - 1);
    return before.tag().equals("NNP")
        || before.word().matches("(?i)he|she|they|we|I|you");
  }

  /**
   * Where what a reporting verb at {@code v} says begins: after the "that" that opens it before
   * the quotation at token {@code open} ("tells the Gazette on Friday that "..." ..."), with no
   * verb, comma, semicolon or colon between; else right after the verb.
   */
  private static int afterThat(Doc doc, int v, int open) {
    if (!Lexicon.isReportingLemma(doc.token(v).lemma())) {
      return v + 1;
    }
    for (int k = v + 1; k < open && k <= v + 12; k++) {
      Token t = doc.token(k);
      if (t.word().equalsIgnoreCase("that") && t.tag().equals("IN")) {
        return k + 1; // the conjunction, not "says that reporter's ..."
      }
      if (t.isVerb() || t.word().matches("[,;:]")) {
        break;
      }
    }
    return v + 1;
  }

  private static boolean isCopula(Token t) {
    String l = t.lemma();
    return l.equals("be") || l.equals("have") || l.equals("do") || t.tag().equals("MD");
  }

  /**
   * Whether {@code v} names or judges someone's words, so that a short quotation under it is theirs.
   * A participle hanging on another report ({@code "...," she said, describing that as her "Plan
   * B"}) labels the quotation already reported rather than reporting a new one.
   */
  private static boolean naming(Doc doc, int v) {
    Token verb = doc.token(v);
    if (!Lexicon.isNamingLemma(verb.lemma())) {
      return false;
    }
    int head = verb.head();
    return !(verb.tag().equals("VBG") && head >= 0 && doc.token(head).isVerb()
        && Lexicon.isQuoteCueLemma(doc.token(head).lemma()));
  }

  /**
   * Whether the words after the quotation are the writer's aside rather than more of the report:
   * a dash ({@code "a slow poison" - a phrase that ...}), a relative clause ({@code the
   * "Clean Streets Plan," which ...}) or another verb phrase ({@code as "unfit" or poking holes ...}).
   */
  /**
   * Without a parse: '... as a "broken machine" during a stop in Leeds', '"a shambles" Tuesday
   * night': a time, or a preposition of when and where, right after the quotation opens the
   * circumstances of the saying, not more of what was said (the parse's {@link #reportedEnd}).
   */
  private static boolean circumstanceFollows(Doc doc, int k) {
    if (k >= doc.tokens().size()) {
      return false;
    }
    Token t = doc.token(k);
    return Mentions.isTimeWord(t) || t.tag().equals("IN")
        && CIRCUMSTANCES.contains(t.word().toLowerCase(java.util.Locale.ROOT));
  }

  private static final com.google.common.collect.ImmutableSet<String> CIRCUMSTANCES =
      com.google.common.collect.ImmutableSet.of(
          "during", "at", "while", "after", "before", "since", "amid", "when");

  private static boolean asideFollows(Doc doc, int k, int last) {
    Token t = doc.token(k);
    String w = t.word();
    if (w.equals("-") || w.equals("--") || w.equals("\u2014") || w.equals("\u2013")) {
      return true;
    }
    if (w.equals(",") && k + 1 <= last) {
      String n = doc.token(k + 1).word().toLowerCase(java.util.Locale.ROOT);
      return n.equals("which") || n.equals("who") || n.equals("whose");
    }
    String lower = w.toLowerCase(java.util.Locale.ROOT);
    return (lower.equals("or") || lower.equals("and") || lower.equals("but")) && k + 1 <= last
        && doc.token(k + 1).isVerb();
  }

  /**
   * The end of what {@code v} reports: its dependents after it up to the one that holds the
   * quotation (ending at token {@code quoteEnd}); later ones ("... as a 'disgrace' on Tuesday in the
   * radio", "..., but stopped short of ...") are the circumstances of the saying, not its content.
   */
  private static int reportedEnd(Doc doc, int v, int quoteEnd) {
    int end = v;
    for (int c : doc.children(v)) {
      if (c < v) {
        continue;
      }
      int[] sub = doc.subtree(c);
      end = Math.max(end, sub[sub.length - 1]);
      if (end >= quoteEnd) {
        break;
      }
    }
    return Math.max(end, quoteEnd);
  }

  private static int words(Article a, Quotation q) {
    String inner = a.layout.normalized().substring(q.start(), q.end()).trim();
    return inner.split("\\s+").length;
  }
}
