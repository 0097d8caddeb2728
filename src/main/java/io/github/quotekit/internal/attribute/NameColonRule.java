package io.github.quotekit.internal.attribute;

import io.github.quotekit.SpeakerType;
import io.github.quotekit.internal.detect.Quotation;
import io.github.quotekit.internal.nlp.Doc;
import io.github.quotekit.internal.nlp.Token;
import java.util.List;
import java.util.Optional;

/**
 * {@code Okafor: "No new taxes"}: a name, a colon and a quotation, as headlines and transcripts
 * give them. The colon is the cue; the name is all that stands before it in its block.
 */
final class NameColonRule implements DirectQuoteRule {
  private static final int MAX_NAME_TOKENS = 5;

  @Override
  public Optional<Cue> attribute(Quotation q, Article a) {
    if (a.charBefore(q.start()) != ':') {
      return Optional.empty();
    }
    Doc doc = a.doc;
    int colon = doc.tokenBefore(q.start());
    if (colon < 0) {
      return Optional.empty();
    }
    int blockStart = a.blockAt(q.start()).start();
    int first = colon;
    // The name opens its block, or follows a quotation or a sentence that ended in it: 'Lind:
    // "Q1" Ruiz: "Q2"', as a story lines up what each side said; or a dash set off by spaces, as
    // a roundup puts the author after the item's headline ("FERRY FARES RISE - Ana Ruiz: "Q"").
    while (first > 0 && doc.token(first - 1).start() >= blockStart
        && !doc.token(first - 1).closesQuote()
        && !doc.token(first - 1).word().matches("[.!?]")
        && !Mentions.isDash(doc, first - 1)
        && !doc.token(first - 1).word().matches("--|\u2014|\u2013")) {
      first--;
    }
    int n = colon - first;
    if (n < 1 || n > MAX_NAME_TOKENS) {
      return Optional.empty();
    }
    for (int k = first; k < colon; k++) {
      Token t = doc.token(k);
      if (!Character.isUpperCase(t.word().charAt(0))) {
        return Optional.empty();
      }
    }
    Names.PersonName name = Names.personName(doc.tokens(), first, colon);
    if (name == null) {
      return Optional.empty();
    }
    int s = first;
    while (s < colon - 1 && Names.isTitle(doc.token(s).word())) {
      s++;
    }
    String canonical = a.names.canonical(List.copyOf(name.words()));
    Mention m =
        new Mention(
            doc.token(s).start(),
            doc.token(colon - 1).end(),
            colon - 1,
            SpeakerType.PERSON,
            canonical,
            false);
    Token c = doc.token(colon);
    return Optional.of(new Cue(c.start(), c.end(), -1, m, "name-colon"));
  }
}
