package io.github.quotekit.internal.attribute;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.quotekit.Quote;
import io.github.quotekit.QuoteKind;
import io.github.quotekit.Span;
import io.github.quotekit.Speaker;
import io.github.quotekit.SpeakerType;
import io.github.quotekit.internal.detect.Quotation;
import io.github.quotekit.internal.layout.Layout;
import io.github.quotekit.internal.nlp.Doc;
import io.github.quotekit.internal.nlp.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns quotations and reported clauses into quotes with speakers. The order is fixed:
 *
 * <ol>
 *   <li>each quotation is tried against the direct-quote rules in turn: {@link QuoteThenCueRule},
 *       {@link CueThenQuoteRule}, {@link NameColonRule}; the first that finds a cue wins;
 *   <li>the reported-speech rules, {@link LabelColonRule}, {@link ReportingVerbRule}, {@link
 *       AccordingToRule}, {@link SpeechActRule}, {@link QuestionRule} and {@link InStudyRule},
 *       find clauses for the cues
 *       not yet taken; a clause holding a quotation makes a mixed quote, one that is a quotation
 *       makes it direct;
 *   <li>quotations still without a cue are kept when they read as speech (a quote paragraph, a
 *       sentence in quotation marks) and dropped when they are scare quotes;
 *   <li>a reported clause wholly inside another report's words is the outer speaker's, not a
 *       quote of its own;
 *   <li>in text order, a quote without a cue takes the speaker of the quote before it (same or
 *       previous block), with the mention that attributes both, and pronouns are resolved by
 *       {@link PronounResolver}.
 * </ol>
 */
public final class Attributor {
  private static final List<DirectQuoteRule> DIRECT_RULES =
      List.of(new QuoteThenCueRule(), new CueThenQuoteRule(), new NameColonRule(),
          new SetupSentenceRule());
  private static final List<ReportedSpeechRule> REPORTED_RULES =
      List.of(
          new LabelColonRule(), new ReportingVerbRule(), new AccordingToRule(), new SpeechActRule(),
          new QuestionRule(), new InStudyRule());
  private static final int MIN_EMBEDDED_QUOTE_WORDS = 8;
  /** Verbs of refusing to speak: who "declined to comment" said nothing that follows. */
  private static final com.google.common.collect.ImmutableSet<String> REFUSALS =
      com.google.common.collect.ImmutableSet.of("decline", "refuse");
  /** Quoted phrases shorter than this inside a clause are labels (scare quotes), not speech. */
  private static final int MIN_LABEL_WORDS = 3;
  private static final EmbeddedQuoteRule EMBEDDED =
      new EmbeddedQuoteRule(MIN_LABEL_WORDS);
  private static final int MIN_STANDALONE_QUOTE_WORDS = 3;
  /** Twice the longest stretch of a sentence around a quote that the corpus shows. */
  private static final int CONTEXT_MARGIN = 400;

  private Attributor() {}

  public static ImmutableList<Quote> attribute(
      String original, Layout layout, Doc doc, ImmutableList<Quotation> quotations) {
    Article a = new Article(original, layout, doc, quotations);
    List<Found> found = new ArrayList<>();
    Map<Quotation, Found> direct = new IdentityHashMap<>();
    Set<Integer> claimedCues = new HashSet<>();
    Quotation before = null;
    for (Quotation q : quotations) {
      Found shared = sharedAttribution(a, before, q, direct);
      before = q;
      if (shared != null) {
        direct.put(q, shared);
        continue;
      }
      for (DirectQuoteRule rule : DIRECT_RULES) {
        Optional<Cue> cue = rule.attribute(q, a);
        if (cue.isPresent() && cue.get().mention() != null) {
          direct.put(q, new Found(q.start(), q.end(), QuoteKind.DIRECT, cue.get(), block(a, q.start())));
          break;
        }
      }
    }
    Set<Quotation> consumed = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    for (int s = 0; s < doc.sentences().size(); s++) {
      for (ReportedSpeechRule rule : REPORTED_RULES) {
        Set<Integer> claimedHere = new HashSet<>();
        for (ReportedSpeechRule.Clause c : rule.find(a, s)) {
          // A cue may attribute a quotation and, apart from it, a clause ("Ortiz \"kept
          // her pension,\" Weber said, and still \"sat on the board\""), but not the same words twice.
          if (claimedCues.contains(c.cue().start()) || overlapsDirectOfCue(a, c, direct)
              || insideTurn(c, found)) {
            continue;
          }
          Found f = fromClause(a, c, direct, consumed);
          if (f != null) {
            // A rule may give one cue two clauses (the halves of an interrupted sentence).
            claimedHere.add(c.cue().start());
            found.add(f);
          }
        }
        claimedCues.addAll(claimedHere);
      }
    }
    for (Quotation q : quotations) {
      if (direct.containsKey(q) || consumed.contains(q)) {
        continue;
      }
      ReportedSpeechRule.Clause c = EMBEDDED.find(a, q);
      if (c != null && !claimedCues.contains(c.cue().start())) {
        Found f = fromClause(a, c, direct, consumed);
        if (f != null) {
          claimedCues.add(c.cue().start());
          found.add(f);
        }
      }
    }
    Quotation previous = null;
    for (Quotation q : quotations) {
      Found d = direct.get(q);
      if (d != null) {
        found.add(d);
      } else if (!consumed.contains(q)
          && (readsAsSpeech(a, q) || goesOnAfterItsCue(a, previous, q, direct))) {
        found.add(new Found(q.start(), q.end(), QuoteKind.DIRECT, null, block(a, q.start())));
      }
      previous = q;
    }
    dropNestedReports(found);
    found.sort(Comparator.comparingInt(Found::start).thenComparingInt(Found::end));
    return resolve(a, found);
  }

  /**
   * "Weber said the mayor believes the plan will fail": the belief is Weber's report, told inside
   * his words, not something the mayor is recorded saying; a report wholly inside another report's
   * words is not a quote of its own. Quotations inside a report are kept. A report that a misparse
   * cut short inside another (the two crossing) first runs on to the other's end; when the other
   * is a mixed quote told among its words, it takes that quote in and the mixed quote goes.
   */
  private static void dropNestedReports(List<Found> found) {
    // "told reporters that the mayor thinks the budget" and "the budget is too small": a misparse
    // ended the outer report inside the inner one; the outer runs on to the inner's end.
    found.sort(Comparator.comparingInt(Found::start).thenComparingInt(Found::end));
    for (int i = 0; i < found.size(); i++) {
      Found outer = found.get(i);
      for (int j = i + 1; j < found.size() && outer.kind() != QuoteKind.DIRECT; j++) {
        Found inner = found.get(j);
        if (outer.start() < inner.start() && inner.start() < outer.end() && outer.end() < inner.end()) {
          if (inner.kind() == QuoteKind.INDIRECT) {
            outer = new Found(outer.start(), inner.end(), outer.kind(), outer.cue(), outer.block());
            found.set(i, outer);
          } else if (reportsWithin(outer, inner)) {
            // "informing the press he believes the deal" and "the deal is "a fine thing."": the
            // quoted words complete the outer report, which becomes mixed and takes them in.
            outer = new Found(outer.start(), inner.end(), QuoteKind.MIXED, outer.cue(), outer.block());
            found.set(i, outer);
            found.remove(j--);
          }
        }
      }
    }
    found.removeIf(
        inner -> inner.kind() == QuoteKind.INDIRECT
            && found.stream().anyMatch(outer -> outer != inner && outer.kind() != QuoteKind.DIRECT
                && outer.start() <= inner.start() && inner.end() <= outer.end()
                && outer.end() - outer.start() > inner.end() - inner.start()));
  }

  /**
   * Whether the mixed quote {@code inner} is told within the indirect report {@code outer}: the
   * outer cue comes first and the inner cue stands among the outer report's words.
   */
  private static boolean reportsWithin(Found outer, Found inner) {
    return outer.kind() == QuoteKind.INDIRECT && inner.kind() == QuoteKind.MIXED
        && outer.cue() != null && inner.cue() != null && outer.cue().start() < outer.start()
        && outer.start() <= inner.cue().start() && inner.cue().start() < outer.end();
  }

  /** Whether the clause is reported within a transcript turn already found ("PENCE: ..."). */
  private static boolean insideTurn(ReportedSpeechRule.Clause c, List<Found> found) {
    for (Found f : found) {
      if (f.cue() != null && f.cue().rule().equals("label-colon")
          && f.start() <= c.cue().start() && c.cue().start() < f.end()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the clause's cue already attributes a quotation, and the clause is not one that stands
   * before the cue while the quotation follows it.
   */
  private static boolean overlapsDirectOfCue(
      Article a, ReportedSpeechRule.Clause c, Map<Quotation, Found> direct) {
    for (Found d : direct.values()) {
      if (d.cue() != null && d.cue().start() == c.cue().start()
          && !(c.end() <= c.cue().start() && d.start() >= c.cue().end())
          && !completes(a, c, d)) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@code The new ferry "will change the island," Weber said.}: the quotation before the cue
   * opens in lower case and the reported clause starts before it in the writer's words, so the
   * quotation only completes the clause, which is the report (a mixed quote).
   */
  private static boolean completes(Article a, ReportedSpeechRule.Clause c, Found d) {
    return completesBefore(a, c, d) || runsOnAfter(a, c, d);
  }

  /**
   * {@code Weber said "a few boats" would sail on Monday.}, {@code "A few boats" would sail on
   * Monday, Weber said.}: the reported clause holds the quotation and goes on after it in the
   * writer's words, a verb among them, so the quotation is only part of the report (a mixed
   * quote). Not when the quotation ends a sentence of its own, nor before a mere time ("on
   * Monday").
   */
  private static boolean runsOnAfter(Article a, ReportedSpeechRule.Clause c, Found d) {
    String text = a.layout.normalized();
    boolean before = c.end() <= c.cue().start();
    if (c.start() > d.start() || c.end() <= d.end() || !before && c.start() < c.cue().end()) {
      return false;
    }
    String inner = text.substring(d.start(), d.end()).strip();
    int k = inner.length() - 1;
    while (k > 0 && !Character.isLetterOrDigit(inner.charAt(k))
        && ".?!".indexOf(inner.charAt(k)) < 0) {
      k--;
    }
    if (".?!".indexOf(inner.charAt(k)) >= 0) {
      return false;
    }
    Doc doc = a.doc;
    int next = doc.tokenFrom(d.end());
    while (next < doc.tokens().size() && doc.token(next).isPunctuation()) {
      next++;
    }
    if (next < doc.tokens().size() && doc.token(next).tag().equals("CC")) {
      return false; // '"Q," and shared a link': the speaker's next act, not more of the report
    }
    for (int t = next; t < doc.tokens().size() && doc.token(t).start() < c.end(); t++) {
      Token tok = doc.token(t);
      if ((tok.isVerb() || tok.tag().equals("MD")) && !a.insideQuotation(tok)) {
        return true;
      }
    }
    return false;
  }

  private static boolean completesBefore(Article a, ReportedSpeechRule.Clause c, Found d) {
    String text = a.layout.normalized();
    int lastLetter = d.end() - 1;
    while (lastLetter > d.start() && !Character.isLetterOrDigit(text.charAt(lastLetter))) {
      lastLetter--;
    }
    if (!(c.start() < d.start() && c.end() > lastLetter && c.end() <= c.cue().start())) {
      return false;
    }
    return opensInLowerCase(text, d.start(), d.end())
        && !text.substring(c.start(), d.start()).isBlank();
  }

  /** Whether the first letter or digit in {@code text[start, end)} is a lower-case letter. */
  private static boolean opensInLowerCase(String text, int start, int end) {
    int k = start;
    while (k < end && !Character.isLetterOrDigit(text.charAt(k))) {
      k++;
    }
    return k < end && Character.isLowerCase(text.charAt(k));
  }

  /**
   * {@code "A," she said, "B."}: a quotation that follows, after a comma, the cue of the quotation
   * just before it shares that quotation's attribution.
   */
  private static Found sharedAttribution(
      Article a, Quotation before, Quotation q, Map<Quotation, Found> direct) {
    Found prev = before == null ? null : direct.get(before);
    if (prev == null || prev.cue() == null || !prev.cue().rule().equals("quote-then-cue")) {
      return null;
    }
    int attributionEnd = Math.max(prev.cue().end(), prev.cue().mention().end());
    if (attributionEnd > q.start()
        || a.charBefore(q.start()) != ','
        || a.blockAt(q.start()) != a.blockAt(before.start())) {
      return null;
    }
    String between = a.layout.normalized().substring(attributionEnd, q.start());
    // "A," Holt told the board by email, explaining her vote, "but B.": a quotation that opens
    // in lower case goes on with the sentence of the first, past a longer aside; not past a
    // clause that it completes ("A," Holt posted, urging that unless ..., "B.").
    boolean goesOn = opensInLowerCase(a.layout.normalized(), q.start(), q.end())
        && !between.matches("(?s).*\\bthat\\b.*");
    int reach = goesOn ? 160 : 60;
    if (between.contains(".") || between.length() > reach) {
      return null;
    }
    return new Found(q.start(), q.end(), QuoteKind.DIRECT, prev.cue(), prev.block());
  }

  /** A reported clause as a quote: mixed when it holds a quotation, direct when it is one. */
  private static Found fromClause(
      Article a, ReportedSpeechRule.Clause c, Map<Quotation, Found> direct, Set<Quotation> consumed) {
    int start = c.start();
    int end = c.end();
    List<Quotation> inside = new ArrayList<>();
    List<Quotation> nested = new ArrayList<>();
    for (Quotation q : a.quotationsIn(start, end)) {
      if (consumed.contains(q)) {
        return null; // the quotation already stands in a wider reported clause
      }
      Found d = direct.get(q);
      if (d != null) {
        boolean completing = d.cue() != null && d.cue().start() == c.cue().start()
            && completes(a, c, d);
        if (!completing
            && (d.cue() == null || d.cue().start() < start || d.cue().start() >= end)) {
          return null; // the clause belongs to a quotation attributed on its own
        }
        // "saying anyone who objects "has already lost the argument"": the quotation's own cue
        // stands inside this reported clause, so the words are reported by this clause's speaker.
        // A quotation that completes the clause before their shared cue joins it the same way.
        nested.add(q);
      }
      inside.add(q);
    }
    Token opening = a.doc.token(a.doc.tokenFrom(start));
    if (!inside.isEmpty() && opening.tag().equals("IN")
        && !ReportingVerbRule.SUBORDINATORS.contains(opening.word().toLowerCase(Locale.ROOT))
        && inside.get(inside.size() - 1).end() >= end - 1
        && a.isTitle(inside.get(inside.size() - 1), true)) {
      return null; // said "in June on the radio show "Tides and Times."": where, not what
    }
    nested.forEach(direct::remove);
    if (inside.isEmpty()) {
      return new Found(start, end, QuoteKind.INDIRECT, c.cue(), block(a, start));
    }
    if (inside.get(inside.size() - 1).end() >= end - 1) {
      // The clause ends with a quotation that opens a list of them: the list is the same report.
      int listEnd = a.doc.token(a.quotedListEnd(a.doc.tokenBefore(inside.get(inside.size() - 1).end()))).end();
      List<Quotation> more = a.quotationsIn(end, listEnd);
      if (more.stream().noneMatch(q -> consumed.contains(q) || direct.containsKey(q))) {
        inside.addAll(more.stream().filter(q -> !inside.contains(q)).toList());
        end = Math.max(end, listEnd);
      }
    }
    Quotation first = inside.get(0);
    Quotation last = inside.get(inside.size() - 1);
    consumed.addAll(inside);
    if (inside.size() == 1 && first.start() <= start && first.end() >= end - 1) {
      Found d = new Found(first.start(), first.end(), QuoteKind.DIRECT, c.cue(), block(a, first.start()));
      direct.put(first, d);
      return null;
    }
    return new Found(
        Math.min(start, first.start()),
        Math.max(end, last.end()),
        QuoteKind.MIXED,
        c.cue(),
        block(a, start));
  }

  /** A quotation with no cue is speech when it stands as a sentence; a short label is not. */
  private static boolean readsAsSpeech(Article a, Quotation q) {
    String after = a.layout.normalized().substring(q.end(), Math.min(q.end() + 4, a.layout.normalized().length()));
    if (a.isTitle(q) || after.startsWith(" by ")) {
      return false; // a title, or a piece cited by its headline: "\"Costs rise again,\" by Ana Ruiz"
    }
    String inner = a.layout.normalized().substring(q.start(), q.end()).trim();
    int words = inner.split("\\s+").length;
    boolean embedded = a.embedded(q)
        || a.charBefore(q.start()) == ',' && a.blockAt(q.start()).start() < q.start();
    if (embedded) {
      return words >= MIN_EMBEDDED_QUOTE_WORDS;
    }
    return words >= MIN_STANDALONE_QUOTE_WORDS;
  }

  /**
   * {@code "Q," X said. "Every week."}: a quotation too short to stand alone as speech still does
   * when it is a whole sentence that goes on, in the same paragraph, right after the sentence
   * that attributed the quotation before it. So does one that a single word opens ("X said.
   * Instead, "he just sits there."").
   */
  private static boolean goesOnAfterItsCue(
      Article a, Quotation before, Quotation q, Map<Quotation, Found> direct) {
    Found prev = before == null ? null : direct.get(before);
    String text = a.layout.normalized();
    boolean opened = OPENING_WORD.matcher(text.substring(Math.max(0, q.start() - 20), q.start()))
        .find();
    if (prev == null || prev.cue() == null || a.embedded(q) && !opened
        || a.blockAt(q.start()) != a.blockAt(before.start())) {
      return false;
    }
    String inner = text.substring(q.start(), q.end()).replaceAll("[\\s\"\u201c\u201d]+$", "");
    int attributionEnd = Math.max(prev.cue().end(), prev.cue().mention().end());
    if (attributionEnd > q.start() || inner.isEmpty()
        || ".!?".indexOf(inner.charAt(inner.length() - 1)) < 0) {
      return false;
    }
    String between = text.substring(attributionEnd, q.start()).strip();
    if (opened) {
      between = OPENING_WORD.matcher(between).replaceFirst("").strip();
    }
    return between.endsWith(".") && between.length() <= 40;
  }

  /**
   * A sentence's one opening word before a quotation, a word that joins it to the sentence before
   * (". Instead, ", ". But "), not a word of its own ("Asked", "Outside", a name).
   */
  private static final java.util.regex.Pattern OPENING_WORD =
      java.util.regex.Pattern.compile(
          "(?<=[.!?][\"\u201d]?)\\s+(?:Instead|But|And|Yet|Still|Then|So|Also|However|Again"
              + "|Otherwise|Rather|Indeed|Besides|Now),?\\s*$");

  private static int block(Article a, int c) {
    var b = a.blockAt(c);
    return b == null ? 0 : b.index();
  }

  /**
   * "Hand-painted signs read "Save our school"", "Many wore stickers reading "...": the words are
   * what a sign, sticker or banner reads, not something its bearers said.
   */
  private static boolean writtenOnDisplay(Article a, Cue cue) {
    if (cue.verb() < 0 || !a.doc.token(cue.verb()).lemma().equals("read")) {
      return false;
    }
    Token head = a.doc.token(cue.mention().head());
    Token before = cue.verb() > 0 ? a.doc.token(cue.verb() - 1) : head;
    return Lexicon.DISPLAY_NOUNS.contains(head.lemma().toLowerCase(java.util.Locale.ROOT))
        || Lexicon.DISPLAY_NOUNS.contains(before.lemma().toLowerCase(java.util.Locale.ROOT));
  }

  /**
   * Whether {@code f} reports someone else's words in a clause of the sentence that attributes
   * {@code quotation}, the quote whose speaker runs on ('"A," Ruiz told Lind, after Lind said B.
   * "C."'): the run of quotes is still the quotation's speaker's. Not "according to", which
   * attributes the quotation itself.
   */
  private static boolean sideReport(Article a, Found quotation, Found f) {
    if (quotation == null || quotation.kind() == QuoteKind.INDIRECT
        || f.kind() != QuoteKind.INDIRECT || quotation.cue() == null || quotation.cue().start() < 0
        || f.cue() == null || f.cue().start() < 0
        || f.cue().rule().equals(AccordingToRule.RULE)) {
      return false;
    }
    int first = a.doc.tokenFrom(quotation.cue().start());
    int second = a.doc.tokenFrom(f.cue().start());
    int n = a.doc.tokens().size();
    return first < n && second < n
        && a.doc.token(first).sentence() == a.doc.token(second).sentence();
  }

  private static ImmutableList<Quote> resolve(Article a, List<Found> found) {
    ImmutableList.Builder<Quote> out = ImmutableList.builder();
    List<PronounResolver.Spoken> history = new ArrayList<>();
    Speaker previous = null;
    int previousBlock = -10;
    Found runner = null; // the quote whose speaker the next cue-less quote would take
    for (Found f : found) {
      Speaker speaker = null;
      double confidence;
      Cue cue = f.cue();
      if (cue == null) {
        if (previous != null && previousBlock >= f.block() - 1) {
          // The attribution that covers the quote before covers this one: same name, same mention.
          speaker = previous;
          confidence = 0.7;
        } else {
          confidence = 0.5;
        }
      } else if (cue.mention() == null) {
        confidence = 0.6; // "Asked whether ...": the one who asked is not named
      } else if (writtenOnDisplay(a, cue)) {
        confidence = 0.6; // "Signs read "...": words on a placard, no one's in particular
      } else {
        Mention m = cue.mention();
        Mention from = sender(a, m);
        if (from != null) {
          m = from;
        }
        String name = m.name();
        SpeakerType type = m.type();
        confidence = f.kind() == QuoteKind.INDIRECT ? 0.8 : 0.95;
        if (m.pronoun() && name == null) {
          PronounResolver.Spoken r = PronounResolver.resolve(a, m, history);
          if (r != null) {
            name = r.name();
            type = r.type();
            confidence -= 0.1;
          } else {
            name = a.text.substring(m.start(), m.end());
            confidence = 0.4;
          }
        } else if (!m.pronoun() && name != null) {
          name = withPossessor(a, m, name, history);
          String body = BodyNames.resolve(a, m);
          if (body != null) {
            name = body;
            type = SpeakerType.ORGANIZATION; // "the studio", "the carrier": no person
          }
        }
        speaker = new Speaker(name, type, Optional.of(Span.of(a.text, m.start(), m.end())));
        history.add(new PronounResolver.Spoken(m.start(), name, type));
      }
      Span span = Span.of(a.text, f.start(), f.end());
      Optional<Span> cueSpan =
          cue == null || cue.start() < 0 ? Optional.empty()
              : Optional.of(Span.of(a.text, cue.start(), cueEnd(a, cue)));
      out.add(
          new Quote(
              span,
              f.kind(),
              Optional.ofNullable(speaker),
              cueSpan,
              context(a, f),
              confidence));
      if (cue != null && cue.verb() >= 0 && REFUSALS.contains(a.doc.token(cue.verb()).lemma())) {
        // "Weber declined to comment.": he said nothing, so a quote paragraph after it is not his
        previous = null;
        runner = null;
      } else if ((cue == null || cue.mention() != null) && !sideReport(a, runner, f)) {
        // "when asked whether ...", put by no one named, does not break the run of a speaker's
        // quotes: the next quote paragraph is still the answer's
        previous = speaker;
        previousBlock = f.block();
        runner = f;
      }
    }
    return out.build();
  }

  /** Messages whose words are their sender's: "a statement from the council said". */
  private static final ImmutableSet<String> MESSAGES =
      ImmutableSet.of("statement", "letter", "email", "e-mail", "memo", "message", "note");

  /**
   * For a mention that is a message "from" someone named, "A statement from the Harlow Town
   * Council", "a letter from Mayor Ann Cole to residents", the sender's mention; or null.
   */
  private static Mention sender(Article a, Mention m) {
    Doc doc = a.doc;
    int h = m.head();
    if (m.pronoun() || !MESSAGES.contains(doc.token(h).lemma())
        || h + 2 >= doc.tokens().size() || !doc.token(h + 1).word().equals("from")) {
      return null;
    }
    int end = doc.sentenceOf(doc.token(h)).endToken();
    int k = h + 2;
    // The last noun of the phrase, through titles and possessives: "Harnett Logistics chief
    // executive Pia Lorne", "Pia Lorne's assistant", "the Corrow Mayor's Office".
    while (k + 1 < end && (doc.token(k + 1).isNoun() || doc.token(k + 1).word().equals("&")
        || doc.token(k + 1).tag().matches("JJ|POS") && k + 2 < end
            && doc.token(k + 2).isNoun())) {
      k++;
    }
    if (!doc.token(k).isNoun() || Mentions.isTimeWord(doc.token(k))
        || doc.token(k).ner().matches("DATE|TIME|DURATION|SET|NUMBER|ORDINAL")) {
      return null; // "a statement from January", "a letter from a reader's son"
    }
    Mention sender = Mentions.of(a, k, -1);
    boolean named = false;
    for (int j = h + 2; j <= k; j++) {
      named |= !doc.token(j).ner().equals("O") || doc.token(j).isProperNoun() && j > h + 2;
    }
    return sender == null || sender.pronoun() || sender.name() == null || !named
        || sender.type() == SpeakerType.UNKNOWN
        ? null : sender;
  }

  /**
   * "his campaign said": the campaign is named by whose it is, "Karl Weber's campaign", when the
   * possessive pronoun that opens the mention resolves; the name as it stands otherwise.
   */
  private static String withPossessor(
      Article a, Mention m, String name, List<PronounResolver.Spoken> history) {
    int k = a.doc.tokenFrom(m.start());
    if (k < 0 || k >= a.doc.tokens().size() || k >= m.head()) {
      return name;
    }
    String pronoun = a.doc.token(k).word();
    // The name may be another than the words ("his spokesman" named by the title's holder).
    if (!name.regionMatches(true, 0, pronoun + " ", 0, pronoun.length() + 1)) {
      return name;
    }
    PronounResolver.Spoken owner = PronounResolver.resolvePossessive(a, k, history);
    if (owner == null || owner.name() == null) {
      return name;
    }
    return owner.name() + "'s" + name.substring(pronoun.length());
  }

  /**
   * The cue's end, past the other words of a reporting verb of several: "pointed out", "put it",
   * "made (it) clear", "made the case".
   */
  private static int cueEnd(Article a, Cue cue) {
    int v = cue.verb();
    if (v < 0) {
      return cue.end();
    }
    String[] words = a.doc.token(v).lemma().split(" ");
    int end = cue.end();
    int k = v + 1;
    for (int w = 1; w < words.length; w++) {
      if (k < a.doc.tokens().size() && !words[w].equals("it")
          && a.doc.token(k).word().equalsIgnoreCase("it")) {
        k++; // "made it clear"
      }
      if (k >= a.doc.tokens().size() || !a.doc.token(k).word().equalsIgnoreCase(words[w])) {
        return cue.end();
      }
      end = a.doc.token(k).end();
      k++;
    }
    return end;
  }

  /**
   * The whole sentences that hold the quote, its cue and its speaker's mention, but no more than
   * {@link #CONTEXT_MARGIN} characters either side of those: each record holds its context as a
   * copy, and a run-on "sentence" of many quotes would otherwise be copied whole into each.
   */
  private static Span context(Article a, Found f) {
    int lo = f.start();
    int hi = f.end();
    if (f.cue() != null) {
      if (f.cue().start() >= 0) {
        lo = Math.min(lo, f.cue().start());
        hi = Math.max(hi, f.cue().end());
      }
      if (f.cue().mention() != null) {
        lo = Math.min(lo, f.cue().mention().start());
        hi = Math.max(hi, f.cue().mention().end());
      }
    }
    Doc doc = a.doc;
    int first = doc.tokenFrom(lo);
    int last = doc.tokenBefore(hi);
    int start = lo;
    int end = hi;
    if (first < doc.tokens().size()) {
      Token t = doc.token(first);
      int from = doc.sentenceOf(t).start();
      if (from < lo - CONTEXT_MARGIN) {
        from = doc.token(doc.tokenFrom(lo - CONTEXT_MARGIN)).start();
      }
      start = Math.min(start, from);
    }
    if (last >= 0) {
      Token t = doc.token(last);
      int to = doc.sentenceOf(t).end();
      if (to > hi + CONTEXT_MARGIN) {
        to = doc.token(doc.tokenBefore(hi + CONTEXT_MARGIN)).end();
      }
      end = Math.max(end, to);
    }
    return Span.of(a.text, start, end);
  }
}
