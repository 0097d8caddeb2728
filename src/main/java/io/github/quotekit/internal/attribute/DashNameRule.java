package io.github.quotekit.internal.attribute;

import io.github.quotekit.SpeakerType;
import io.github.quotekit.internal.nlp.Doc;
import io.github.quotekit.internal.nlp.Token;
import java.util.Optional;

/**
 * {@code "Q." ― Maria Lopez}: a dash and a name after a quotation, as pull quotes and collected
 * reader voices sign them. The dash is the cue.
 */
final class DashNameRule {
  private static final int MAX_NAME_TOKENS = 6;

  private DashNameRule() {}

  /** The attribution when token {@code dash} is followed by a name and nothing else. */
  static Optional<Cue> after(Article a, int dash) {
    Doc doc = a.doc;
    int first = dash + 1;
    int end = first;
    int blockEnd = a.blockAt(doc.token(dash).start()).end();
    while (end < doc.tokens().size()
        && doc.token(end).start() < blockEnd
        && end - first < MAX_NAME_TOKENS
        && isNameWord(doc.token(end))) {
      end++;
    }
    if (end == first) {
      return Optional.empty();
    }
    // The name must close the sentence or the block: "― Steve Quinlan." or "― Steve Quinlan / ...".
    if (end < doc.tokens().size()
        && doc.token(end).start() < blockEnd
        && !doc.token(end).word().equals(".")
        && !doc.token(end).word().equals(",")) {
      return Optional.empty();
    }
    Names.PersonName name = Names.personName(doc.tokens(), first, end);
    if (name == null) {
      return Optional.empty();
    }
    int last = end - 1;
    while (last > first && doc.token(last).isPunctuation()) {
      last--;
    }
    Mention m =
        new Mention(
            doc.token(first).start(),
            doc.token(last).end(),
            last,
            SpeakerType.PERSON,
            a.names.canonical(name.words()),
            false);
    Token d = doc.token(dash);
    return Optional.of(new Cue(d.start(), d.end(), -1, m, "dash-name"));
  }

  private static boolean isNameWord(Token t) {
    String w = t.word();
    return Character.isUpperCase(w.charAt(0));
  }
}
