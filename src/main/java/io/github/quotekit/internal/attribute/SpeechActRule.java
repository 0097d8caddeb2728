package io.github.quotekit.internal.attribute;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import io.github.quotekit.internal.nlp.CoreNlpAnalyzer;
import io.github.quotekit.internal.nlp.Doc;
import io.github.quotekit.internal.nlp.Sentence;
import io.github.quotekit.internal.nlp.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code X accused Y of Z}, {@code X urged Y to Z}, {@code X announced NEW CONTROLS}: a speech act
 * whose content is the verb's object and complements rather than a clause. The content runs from
 * after the verb to the end of its last object, complement or "of/for/to/about/as" phrase, and
 * stops before the circumstances of the saying (time, place, a trailing participle). A few verbs
 * report through a preposition ({@code X referred to Y}, {@code X talked about Y}): their content
 * is the preposition's object.
 */
final class SpeechActRule implements ReportedSpeechRule {
  /**
   * Verbs that report what someone said by its act: announcing, accusing, urging, praising,
   * vowing ("vowed to rebuild the bridge": a vow, a promise, a pledge or a threat is made in
   * words).
   * Not proposals, demands, agreements and refusals ("Russia demanded Kyiv cede territory",
   * "agreed to pay"): those report a position, not words, and the project's reference annotation
   * (the seed article) leaves them out, although PolNeAR counts them.
   */
  static final ImmutableSet<String> SPEECH_ACT_VERBS =
      ImmutableSet.of(
          "announce", "accuse", "ask", "urge", "describe", "criticize", "criticise", "praise",
          "endorse", "deny", "reject", "dismiss", "defend", "blame", "cite", "question",
          "challenge", "condemn", "denounce", "encourage", "applaud", "slam", "blast", "attack",
          "call", "decline", "mock", "ridicule", "lambaste", "decry", "hail", "laud", "tout",
          "vow", "promise", "pledge", "threaten", "herald", "deem");

  private static final ImmutableSet<String> CONTENT_RELATIONS =
      ImmutableSet.of("obj", "iobj", "xcomp", "ccomp", "dobj");

  private static final ImmutableSet<String> CONTENT_PREPOSITIONS =
      ImmutableSet.of("of", "for", "to", "about", "as", "on", "against");

  /**
   * Of the prepositions of circumstance, those that as often tie a phrase to the object before
   * them ("a quarrel at a cafe", "the treatment of fishermen in the harbour").
   */
  private static final ImmutableSet<String> OBJECT_PREPOSITIONS =
      ImmutableSet.of("in", "at", "on", "with", "over");

  /** Where one says things: "at a rally", "in an interview" tell where, not what. */
  private static final ImmutableSet<String> SAYING_PLACES =
      ImmutableSet.of(
          "rally", "interview", "speech", "statement", "event", "debate", "hearing", "meeting",
          "conference", "briefing", "appearance", "forum", "address", "op-ed", "tweet", "post",
          "letter", "email", "show", "program", "programme", "radio", "television", "call",
          "town", "city", "state", "campaign", "stop", "session", "remark", "remarks", "press",
          "news", "video", "ad", "column", "book", "memo", "report", "way", "response", "part",
          "parliament", "senate", "congress", "house", "chamber", "court", "committee", "floor",
          "hall", "day", "week", "month", "year", "time", "moment", "occasion");

  private static final ImmutableSet<String> CIRCUMSTANCE_PREPOSITIONS =
      ImmutableSet.of(
          "in", "at", "during", "on", "with", "from", "since", "through", "via", "amid", "over",
          "before", "until", "because", "despite", "under", "into");

  /**
   * Verbs whose content is the object of one preposition right after them: "referring to the
   * governor", "pointed to the jobs report", "railed against the levy", "commented on the
   * vote". What a speaker refers or points to is what they spoke of. Not with an object
   * ("referred the case to the board") or a particle ("pointed out"); not "responded to", which
   * as often answers with deeds. The value is a pattern of the prepositions each verb takes.
   */
  private static final ImmutableMap<String, String> PREPOSITIONAL_ACTS =
      ImmutableMap.of("refer", "to", "point", "to", "talk", "about|of", "speak", "about|of",
          "rail", "against", "comment", "on");

  static boolean isSpeechActLemma(String lemma) {
    return SPEECH_ACT_VERBS.contains(lemma);
  }

  /**
   * Whether a word with {@code lemma}, followed by the words {@code next} and {@code then} (or
   * null), can report speech: a speech act, or one of {@link #PREPOSITIONAL_ACTS} with its
   * preposition next or after one word ("points to", "spoke openly about"); not "by nine points".
   */
  static boolean triggers(String lemma, String next, String then) {
    String prep = PREPOSITIONAL_ACTS.get(lemma);
    return SPEECH_ACT_VERBS.contains(lemma) || OBJECT_REPORTS.contains(lemma)
        || prep != null && (next != null && next.toLowerCase(Locale.ROOT).matches(prep)
            || then != null && then.toLowerCase(Locale.ROOT).matches(prep));
  }

  /**
   * Verbs of saying that also report what was said by their object: "noted the attacks",
   * "tweeted their approval", "recalling weekly breakfasts with her". With a clause they are
   * {@link ReportingVerbRule}'s. Not "discussed the war in calls with X": what was discussed is a
   * subject of talks, not anyone's words (the seed's annotation leaves it out); nor "posted",
   * which news also uses for results ("posted a record loss"), nor "underscore", whose subject is
   * mostly a finding or an event ("the figures underscore the risk").
   */
  private static final ImmutableSet<String> OBJECT_REPORTS =
      ImmutableSet.of(
          "note", "recall", "explain", "acknowledge", "tweet", "mention", "reveal", "detail",
          "outline", "repeat", "reiterate", "express", "voice", "report", "offer", "proclaim",
          "stress", "emphasize", "emphasise", "declare", "predict");

  /**
   * What one offers by speaking ("offered her condolences", "offered a spirited defence of the levy"), not
   * goods, posts or chances ("offers flexible hours", "offered him a job").
   */
  private static final ImmutableSet<String> OFFERED_WORDS =
      ImmutableSet.<String>builder()
          .addAll(Lexicon.SPEECH_NOUNS)
          .add("thought", "condolence", "congratulation", "praise", "defense", "defence",
              "apology", "idea", "proposal", "view", "opinion", "review", "criticism",
              "evaluation", "testimony", "caveat", "retort", "prayer", "assurance",
              "reassurance", "encouragement", "rebuttal", "argument", "account", "description",
              "guidance", "insight", "analysis", "prediction", "critique", "suggestion",
              "endorsement", "promise", "pledge", "vision", "case", "detail", "specific",
              "solution", "plan", "rationale", "justification", "excuse", "take", "prescription",
              "thanks", "tribute", "recollection", "rhetoric", "language", "appraisal")
          .build();

  /**
   * Verbs of judging or portraying that say what someone holds or shows a thing to be, with
   * "as": "sees X as Y", "cast her rival as an insider" (and "consider", without it: "considers X
   * a threat").
   */
  static final ImmutableSet<String> SEEING_AS =
      ImmutableSet.of("see", "view", "regard", "consider", "portray", "cast", "paint", "frame",
          "depict", "position", "pitch");

  /** Of {@link #SEEING_AS}, the verbs of portraying, which other objects make no view of. */
  private static final ImmutableSet<String> PORTRAYING =
      ImmutableSet.of("portray", "cast", "paint", "frame", "depict", "position", "pitch");

  /**
   * Objects that make no view of "cast", "paint" and the like ("cast a vote as", "cast doubt
   * on it as"): what the verb does to them is not showing them as something.
   */
  private static final ImmutableSet<String> NOT_PORTRAYED =
      ImmutableSet.of("vote", "ballot", "net", "shadow", "doubt", "glance", "eye", "spell", "lot",
          "role", "wall", "house", "room");

  /**
   * "Many skippers see the levy as a threat", "viewed the deal as a trap": what the
   * subject holds the object to be is their view, reported as a speech act is. Only with an
   * object and an "as" phrase after it ("saw the film" is no view), and not denied.
   */
  private static boolean seenAs(Doc doc, int v) {
    if (doc.token(v).lemma().equals("consider") && !negated(doc, v)) {
      // "consider the levy a threat": the parse makes the two a small clause under the verb
      int x = doc.child(v, "xcomp");
      return x > v && doc.child(x, "nsubj") > v && (doc.token(x).isNoun()
          || doc.token(x).tag().startsWith("JJ"));
    }
    int o = doc.child(v, "obj");
    if (!SEEING_AS.contains(doc.token(v).lemma()) || o < v || negated(doc, v)
        || PORTRAYING.contains(doc.token(v).lemma())
            && NOT_PORTRAYED.contains(doc.token(o).lemma().toLowerCase(Locale.ROOT))) {
      return false;
    }
    int[] sub = doc.subtree(v);
    for (int k = doc.subtree(o)[doc.subtree(o).length - 1] + 1; k <= sub[sub.length - 1]; k++) {
      Token t = doc.token(k);
      if (t.word().equalsIgnoreCase("as") && t.rel().matches("case|mark")) {
        return t.head() >= 0 && (doc.token(t.head()).head() == v || doc.token(t.head()).head() == o);
      }
    }
    return false;
  }

  /** Whether verb {@code v} is one of {@link #OBJECT_REPORTS} with an object, not denied. */
  private static boolean objectReport(Doc doc, int v) {
    int o = doc.child(v, "obj");
    if (!OBJECT_REPORTS.contains(doc.token(v).lemma()) || o < v || doc.child(v, "ccomp") >= 0
        || doc.child(v, "xcomp") >= 0 || negated(doc, v)) {
      return false;
    }
    return switch (doc.token(v).lemma()) {
      case "report" -> !named(doc.token(o)) && !passedOn(doc, v, o);
      case "offer" -> OFFERED_WORDS.contains(doc.token(o).lemma());
      default -> true;
    };
  }

  /**
   * "..., reported the Harbour Times": a name after "reported" is its subject, not its content.
   */
  private static boolean named(Token t) {
    return t.ner().equals("PERSON") || t.ner().equals("ORGANIZATION");
  }

  /**
   * "reported the post to the police", "reported her message as spam": passed on or flagged, not
   * told: a "to" or "as" phrase hung on the verb or, misparsed, on its object. (After other verbs
   * of saying, "to" names a listener: "tweeted her thanks to X".)
   */
  private static boolean passedOn(Doc doc, int v, int o) {
    int[] sub = doc.subtree(v);
    for (int k = o + 1; k <= sub[sub.length - 1]; k++) {
      Token t = doc.token(k);
      int phrase = t.head();
      if (t.rel().equals("case") && t.word().toLowerCase(Locale.ROOT).matches("to|as")
          && phrase >= 0 && (doc.token(phrase).head() == v || doc.token(phrase).head() == o)) {
        return true;
      }
    }
    return false;
  }

  /** The evaluative acts whose content may be a name alone ("endorsed Sanders"). */
  private static final ImmutableSet<String> NAME_ACTS =
      ImmutableSet.of(
          "endorse", "praise", "criticize", "criticise", "condemn", "denounce", "blame", "slam",
          "blast", "attack", "mock", "ridicule", "lambaste", "hail", "laud", "applaud", "decry");

  /**
   * Where the content of verb {@code v} begins if it is one of {@link #PREPOSITIONAL_ACTS} with its
   * own preposition next (after at most one adverb), no object and no particle: the token after
   * the preposition. Otherwise -1.
   */
  private static int prepositionalAct(Doc doc, Sentence s, int v) {
    String prep = PREPOSITIONAL_ACTS.get(doc.token(v).lemma());
    if (prep == null || doc.child(v, "obj") >= 0 || doc.child(v, "compound:prt") >= 0
        // "a student referred to as X": a participle naming someone, not anyone speaking
        || doc.token(v).tag().equals("VBN") && doc.token(v).rel().startsWith("acl")
        || marks(doc, v, "without")) {
      return -1;
    }
    int next = v + 1;
    if (next < s.endToken() && doc.token(next).tag().startsWith("RB")) {
      next++;
    }
    if (next + 1 >= s.endToken()
        || !doc.token(next).word().toLowerCase(Locale.ROOT).matches(prep)) {
      return -1;
    }
    Token object = doc.token(next + 1);
    if (object.isPunctuation() && !object.opensQuote()
        || (object.tag().equals("IN") || object.tag().equals("TO"))
            && !object.word().matches("(?i)whether|if|that")) {
      return -1; // "what the world is talking about on Twitter": the object stands before
    }
    // Only what someone did refer or speak to: not "has not talked about it", "declined to talk
    // about it", "nobody is talking about it"; and someone, not "it" ("it's possible that after
    // talking about it ..."), though a term may refer to a thing ("It refers to the share of ...").
    // A lone pronoun says nothing of what was said ("talked about it").
    int subject = Mentions.subjectOf(doc, v);
    String subjectWord = subject >= 0 ? doc.token(subject).word() : "";
    boolean talk = doc.token(v).lemma().matches("talk|speak");
    boolean someone = !negated(doc, v) && !subjectWord.equalsIgnoreCase("nobody")
        && !(talk && subjectWord.equalsIgnoreCase("it"))
        && !(object.tag().matches("PRP|DT") && isLast(doc, s, next + 1));
    return someone ? next + 1 : -1;
  }

  /** Whether token {@code k} ends its phrase: the sentence's end or punctuation follows it. */
  private static boolean isLast(Doc doc, Sentence s, int k) {
    return k + 1 >= s.endToken() || doc.token(k + 1).isPunctuation();
  }

  /**
   * Whether verb {@code v} is denied: "not", "n't" or "never" on it, a subject "nobody" or "no
   * one", or, for an infinitive, the same on the verb it completes or a refusal there ("declined
   * to talk about it").
   */
  private static boolean negated(Doc doc, int v) {
    for (int depth = 0; depth < 3 && v >= 0; depth++) {
      for (int c : doc.children(v)) {
        Token t = doc.token(c);
        if (t.rel().equals("advmod") && t.word().matches("(?i)not|n't|never")
            || t.rel().startsWith("nsubj") && t.word().equalsIgnoreCase("nobody")
            || t.rel().startsWith("nsubj") && doc.child(c, "det") >= 0
                && doc.token(doc.child(c, "det")).word().equalsIgnoreCase("no")) {
          return true;
        }
      }
      Token t = doc.token(v);
      if (!t.baseRel().equals("xcomp") || t.head() < 0) {
        return false;
      }
      v = t.head();
      if (doc.token(v).lemma().matches("decline|refuse")) {
        return true;
      }
    }
    return false;
  }

  @Override
  public List<Clause> find(Article a, int sentence) {
    Doc doc = a.doc;
    Sentence s = doc.sentences().get(sentence);
    List<Clause> out = new ArrayList<>();
    if (!s.parsed()) {
      return out;
    }
    for (int v = s.firstToken(); v < s.endToken(); v++) {
      Token t = doc.token(v);
      // Not in a relative clause whose object is the noun it modifies: "a war he has promised
      // to end" reports no words of his.
      int prepositional = t.isVerb() ? prepositionalAct(doc, s, v) : -1;
      if (!t.isVerb()
          || !(isSpeechActLemma(t.lemma()) || prepositional >= 0 || objectReport(doc, v)
              || seenAs(doc, v))
          || a.insideQuotation(t)
          || t.tag().equals("VBN") && doc.child(v, "aux:pass") >= 0
          || QuestionRule.putToTheSubject(doc, s, v)
          || t.rel().equals("acl:relcl") && doc.child(v, "obj") < 0
          || namingParticiple(doc, v) || beforeItsNoun(doc, s, v)
          || ReportingVerbRule.selfRequest(doc, s, v)) {
        continue;
      }
      if (QuestionRule.activeAsk(doc, v) && QuestionRule.askedQuestion(a, s, v) != null
          || t.lemma().equals("ask") && QuestionRule.reducedPassive(a, s, v)) {
        continue; // "asked the board whether ...": the question, not the one asked
      }
      int cue = cueBeforeParticiple(a, s, v);
      int subject = cue >= 0 ? Mentions.subjectOf(doc, cue) : Mentions.subjectOf(doc, v);
      if (subject < 0 && cue >= 0 && t.rel().equals("acl") && t.head() > cue
          && doc.token(t.head()).rel().matches("obj|nsubj") && doc.token(t.head()).head() == cue) {
        subject = t.head(); // "said Karl Weber, ..., referring to", the name read as the object
      }
      if (cue >= 0 && subject >= 0 && subject < cue && doc.token(subject).head() != cue
          && doc.token(cue).rel().matches("dep|parataxis")) {
        // "CLAUSE, the Post reported, citing X": the parse left "reported" without a subject of
        // its own; by word order the one who reported cites
        int surface = Mentions.surfaceSubject(doc, cue);
        subject = surface > subject && surface < cue ? surface : subject;
      }
      if (subject < 0 || subject > v || reducedRelative(doc, s, subject)) {
        continue;
      }
      int last = contentEnd(doc, v);
      if (last <= v) {
        continue;
      }
      int named = namedAsEnd(doc, s, v);
      if (named >= 0) {
        // The parse may hang when and where on the quoted name, inside the object's phrase.
        last = withoutWhenAndWhere(doc, v, Math.max(last, named));
      }
      int whole = last;
      last = ReportingVerbRule.cutTrailingClauses(doc, v + 1, last);
      // "referring to the vote": what was referred to, without the verb's own preposition
      int[] content = ReportingVerbRule.trimLoose(doc, Math.max(v + 1, prepositional), last);
      // One word is enough after a preposition ("talks about immigration") or for a name that is
      // all the verb takes ("endorsed Sanders"), not for any word after a verb ("denied it") nor
      // a name cut from what follows it ("accused Cruz, the senator, of ...", "call Cruz "the
      // worst"").
      boolean oneWord = prepositional >= 0
          || content != null && NAME_ACTS.contains(t.lemma()) && content[1] == whole
              && doc.token(content[0]).isProperNoun()
              && doc.token(content[0]).ner().matches("PERSON|ORGANIZATION")
              && !moreContentAfter(doc, s, v, content[1]) && !negated(doc, v);
      if (content == null || content[1] - content[0] < (oneWord ? 0 : 1)
          || labelsWhatWasSaid(doc, v, content[0])) {
        continue;
      }
      Mention m = Mentions.of(a, subject, cue >= 0 ? cue : v);
      if (m == null) {
        continue;
      }
      // "called for a ban", "referring to the vote": the verb's preposition belongs to the cue
      int first = content[0];
      int marker = prepositional == v + 2 ? v + 1 : leadingPreposition(doc, v, content);
      if (marker == first) {
        first++;
      }
      int cueEnd = doc.token(marker == v + 1 ? marker : v).end();
      out.add(Clause.spanning(doc, first, content[1], new Cue(t.start(), cueEnd, v, m, "speech-act")));
    }
    return out;
  }

  /**
   * The preposition that opens {@code content} right after verb {@code v} and marks a phrase
   * the verb governs ("called for a ban", "spoke about the levy", "railed against it"), or -1.
   * Not a phrase the verb's object or another such phrase follows: "called on Monday for calm"
   * and "denied on Wednesday any wrongdoing" go on past an adjunct. Not the "to" of an
   * infinitive ("vowed to rebuild"), which is part of what was said, nor a phrase of time, nor
   * "with" and "as", as often how it was said ("with regret", "defended as necessary the cuts").
   */
  private static int leadingPreposition(Doc doc, int v, int[] content) {
    int k = content[0];
    if (k != v + 1 || content[1] <= k) {
      return -1;
    }
    Token p = doc.token(k);
    if (!p.tag().equals("IN") || !p.rel().equals("case")
        || !p.word().toLowerCase(Locale.ROOT).matches("for|on|about|against|of")) {
      return -1;
    }
    int head = p.head();
    if (head <= k || head > content[1] || doc.token(head).head() != v
        || Mentions.isTimeWord(doc.token(head))) {
      return -1;
    }
    int[] phrase = doc.subtree(head);
    if (phrase[0] != k) {
      return -1;
    }
    int end = phrase[phrase.length - 1];
    for (int c : doc.children(v)) {
      // What the verb takes after the phrase makes the phrase an adjunct: "called on Monday for
      // calm", "denied on Wednesday any wrongdoing".
      if (c > end && c <= content[1] && (CONTENT_RELATIONS.contains(doc.token(c).baseRel())
          || marks(doc, c, "for|on|about|against|of|to|as"))) {
        return -1;
      }
    }
    return k;
  }

  /**
   * Whether participle {@code v} stands inside a noun phrase, before the noun it describes: "42
   * pledged delegates", "the announced cuts", "Weber's promised review", whatever the parse made
   * of it. After a number, only before a plural that nothing reported follows: in "21 warned
   * skippers that fares would rise" and "About 40 urged pilots to strike" the number speaks.
   */
  static boolean beforeItsNoun(Doc doc, Sentence s, int v) {
    Token t = doc.token(v);
    if (v == s.firstToken() || v + 1 >= s.endToken() || t.lemma().matches("say|tell")
        || !t.tag().matches("VBN|VBD") || !doc.token(v + 1).tag().matches("NNS?")) {
      return false;
    }
    Token before = doc.token(v - 1);
    if (before.tag().equals("CD")) {
      boolean reports = v + 2 < s.endToken() && doc.token(v + 2).word().matches("that|to")
          || doc.child(v, "ccomp") >= 0 || doc.child(v, "xcomp") >= 0;
      return doc.token(v + 1).tag().equals("NNS") && !reports;
    }
    return before.tag().matches("POS|PRP\\$")
        || before.word().toLowerCase(Locale.ROOT).matches("a|an|the");
  }

  /**
   * Whether verb {@code v} has an object, complement or "of/for/to/about/as/against" phrase after
   * token {@code end}, or a quotation right after it: more of what was said than runs to
   * {@code end}.
   */
  private static boolean moreContentAfter(Doc doc, Sentence s, int v, int end) {
    if (end + 1 < s.endToken() && doc.token(end + 1).opensQuote()) {
      return true;
    }
    for (int c : doc.children(v)) {
      if (c > end && (CONTENT_RELATIONS.contains(doc.token(c).baseRel())
          || marks(doc, c, "of|for|to|about|as|against"))) {
        return true;
      }
    }
    return false;
  }

  /**
   * '"Q," Weber said, citing the report', '"Q," said Weber, citing the report': a participle set
   * off by a comma right after a verb that cues quotations (and its speaker, if inverted) is that
   * verb's speaker's, though the parse may hang it on the quotation's own verb. Returns the cue's
   * token, or -1.
   */
  private static int cueBeforeParticiple(Article a, Sentence s, int v) {
    Doc doc = a.doc;
    if (!doc.token(v).tag().equals("VBG") || v - 2 < s.firstToken()
        || !doc.token(v - 1).word().equals(",")) {
      return -1;
    }
    int k = v - 2;
    Token before = doc.token(k);
    int cue = before.rel().startsWith("nsubj") && before.head() >= s.firstToken()
        && before.head() < k ? before.head() : k;
    Token c = doc.token(cue);
    if (!(c.isVerb() && Lexicon.isQuoteCue(c)) && doc.token(v).rel().equals("acl")) {
      // "said Karl Weber, a former mayor, referring to ...": hung on the speaker's name, past
      // the words in apposition to it
      int name = doc.token(v).head();
      Token n = name >= 0 ? doc.token(name) : null;
      if (n != null && (n.rel().startsWith("nsubj") || n.rel().equals("obj") && n.head() < name)
          && n.head() >= s.firstToken() && n.head() < v) {
        cue = n.head();
        c = doc.token(cue);
      }
    }
    return c.isVerb() && Lexicon.isQuoteCue(c) && !a.insideQuotation(c) ? cue : -1;
  }

  /**
   * "a fund called the Harbour Trust", "a group of skippers called Save Our Pier": a participle
   * of naming right after the noun it names gives a name, not anyone's words.
   */
  static boolean namingParticiple(Doc doc, int v) {
    Token t = doc.token(v);
    if (!NAMING_AS.contains(t.lemma()) || v < 2 || !doc.token(v - 1).isNoun()
        || doc.token(v - 1).isProperNoun() || doc.child(v, "aux") >= 0) {
      return false;
    }
    // Read as a past tense, "a competition called the Harbour Prize" still needs its "a": not
    // "the spokesman called Holt".
    int object = doc.child(v, "obj");
    int predicate = doc.child(v, "xcomp");
    if (object < 0) {
      object = predicate; // 'called "The Harbour"', parsed as what the thing is called
    } else if (predicate >= 0) {
      return false; // "called the plan a mistake"
    }
    int det = doc.child(v - 1, "det");
    if (!(t.tag().equals("VBN")
            || t.tag().equals("VBD") && det >= 0 && doc.token(det).word().matches("(?i)an?"))
        || object < 0) {
      return false;
    }
    boolean quoted = false;
    for (int k = v + 1; k <= object; k++) {
      Token w = doc.token(k);
      if (w.opensQuote() || w.closesQuote()) {
        quoted = w.tag().equals("``"); // the tagger tells an opening straight mark by its place
        continue;
      }
      // A name may hold a possessive ("the Dockers' League") and, in quotation marks, any word
      // ('a pay formula called the "fixed scale"').
      boolean possessive = w.tag().equals("POS") && k > v + 1
          && Character.isUpperCase(doc.token(k - 1).word().charAt(0));
      if (!quoted && !possessive && !Character.isUpperCase(w.word().charAt(0))
          && !w.tag().equals("DT") && !w.tag().equals(CoreNlpAnalyzer.UNTAGGED)) {
        return false; // a name, not "a spokesman called the plan a mistake"
      }
    }
    return true;
  }

  /**
   * "called his support for the levy a mistake", "called the plan on Saturday "a wake-up
   * call"": what a thing is called follows its object, often with a phrase between that the parse
   * hangs elsewhere. After "call", "label", "dub", "brand" or "term" and an object right after the
   * verb, the content runs to the end of the clause: the sentence's end, or a comma before a
   * conjunction. Returns its last token, or -1.
   */
  private static int namedAsEnd(Doc doc, Sentence s, int v) {
    if (!NAMING_AS.contains(doc.token(v).lemma())
        || !doc.token(v).tag().matches("VBD|VBZ|VBP|VBG") || v + 1 >= s.endToken()) {
      return -1; // not "His group, called the Legacy Fund, will ...": a name given, not a view
    }
    int object = doc.child(v, "obj");
    if (object < 0 || doc.subtree(object)[0] != v + 1) {
      return -1;
    }
    int last = v;
    for (int k = v + 1; k < s.endToken(); k++) {
      Token t = doc.token(k);
      Token next = k + 1 < s.endToken() ? doc.token(k + 1) : null;
      boolean joins = next != null && (next.tag().equals("CC") || next.tag().startsWith("W")
          || next.tag().equals("VBG") || next.word().endsWith("ing") || next.opensQuote());
      boolean nextVerb = t.tag().equals("CC") && next != null && next.isVerb(); // "and describe"
      if (t.word().equals(",") && next != null && next.tag().matches("VBD|VBZ|VBP|MD")
          && v > s.firstToken() && doc.token(v - 1).word().equals(",")) {
        return -1; // "Her group, called the Harbour Trust, will ...": an apposition
      }
      if (t.word().equals(";") || t.word().equals(":") || t.word().equals(",") && joins
          || nextVerb
          || ReportingVerbRule.SUBORDINATORS.contains(t.word().toLowerCase(Locale.ROOT))) {
        break;
      }
      last = k;
    }
    return withoutWhenAndWhere(doc, v, last);
  }

  /**
   * "... "reckless" on Tuesday in Albany": when and where it was said is not what was said. The
   * content after verb {@code v} up to {@code last}, without trailing phrases of time or place.
   */
  private static int withoutWhenAndWhere(Doc doc, int v, int last) {
    boolean trimmed = true;
    while (trimmed) {
      trimmed = false;
      int end = last;
      while (end > v && doc.token(end).isPunctuation() && !doc.token(end).closesQuote()) {
        end--;
      }
      for (int p = end - 1; p > v + 1 && p >= end - 2; p--) {
        Token prep = doc.token(p);
        Token tail = doc.token(end);
        if (prep.tag().equals("IN") && CIRCUMSTANCE_PREPOSITIONS.contains(prep.word())
            && (Mentions.isTimeWord(tail) || tail.ner().equals("LOCATION"))) {
          last = p - 1;
          trimmed = true;
          break;
        }
      }
    }
    return last;
  }

  /** Verbs that name something as what the quotation says: "called the plan "a disaster"". */
  static final ImmutableSet<String> NAMING_AS =
      ImmutableSet.of("call", "label", "dub", "brand", "term");

  /** "a war he has promised to end", however parsed: a noun, then the pronoun subject. */
  private static boolean reducedRelative(Doc doc, Sentence s, int subject) {
    Token before = subject > s.firstToken() ? doc.token(subject - 1) : null;
    return doc.token(subject).isPronoun() && before != null
        && before.tag().matches("NNS?") && !Mentions.isTimeWord(before);
  }

  /** {@code "...," he said, describing that as his "Plan B"}: a name for words already reported. */
  private static boolean labelsWhatWasSaid(Doc doc, int v, int first) {
    String w = doc.token(first).word().toLowerCase(Locale.ROOT);
    return doc.token(v).tag().equals("VBG") && (w.equals("that") || w.equals("this") || w.equals("it"));
  }

  /** Whether the phrase headed by {@code c} opens with a preposition {@code words} accepts. */
  private static boolean marks(Doc doc, int c, String words) {
    int marker = doc.child(c, "case") >= 0 ? doc.child(c, "case") : doc.child(c, "mark");
    return marker >= 0 && marker == doc.subtree(c)[0]
        && doc.token(marker).word().toLowerCase(Locale.ROOT).matches(words);
  }

  /**
   * The last token of the verb's objects and complements after it, or {@code v} if none. After
   * an adjunct ("accused X on Monday of Y", "described X during an interview as Y") only an
   * "as" or "of" phrase continues the content.
   */
  private static int contentEnd(Doc doc, int v) {
    int end = v;
    boolean adjunct = false;
    for (int c : doc.children(v)) {
      if (c < v) {
        continue;
      }
      Token ct = doc.token(c);
      boolean content = CONTENT_RELATIONS.contains(ct.baseRel())
          || CONTENT_RELATIONS.contains(ct.rel())
          // "described the plan as all but hopeless", however the parse hangs the "as" phrase
          || end > v && doc.token(doc.subtree(c)[0]).word().equalsIgnoreCase("as")
              && doc.child(c, "nsubj") < 0; // not "as he did again": a clause of its own
      if (!content && (ct.baseRel().equals("obl") || ct.baseRel().equals("advcl"))) {
        // "accused X of hiding it", "called for talks": the preposition marks the content; "on
        // Monday" is when, not what.
        int marker = doc.child(c, "case") >= 0 ? doc.child(c, "case") : doc.child(c, "mark");
        String prep = marker < 0 ? "" : doc.token(marker).word().toLowerCase(Locale.ROOT);
        content = marker >= 0 && !Mentions.isTimeWord(ct)
            && (CONTENT_PREPOSITIONS.contains(prep)
                // A phrase right after the object is often the object's, misattached ("rude
                // behavior by the contractor", "her work after the floods"); where and when the
                // saying happened are not.
                || end > v && ct.baseRel().equals("obl") && doc.subtree(c)[0] == end + 1
                    && (!CIRCUMSTANCE_PREPOSITIONS.contains(prep)
                        || OBJECT_PREPOSITIONS.contains(prep) && !ct.ner().equals("LOCATION")
                            && !ct.isProperNoun() && !ct.tag().equals("CD")
                            && !SAYING_PLACES.contains(ct.lemma())));
      }
      if (!content) {
        if (end > v) {
          adjunct = true; // an adjunct after the content: only "as" or "of" goes on from here
        }
        continue;
      }
      if (adjunct && !marks(doc, c, "as|of")) {
        break;
      }
      int[] sub = doc.subtree(c);
      end = Math.max(end, sub[sub.length - 1]);
    }
    return end;
  }
}
