package io.github.quotekit.internal.attribute;

import com.google.common.collect.ImmutableList;
import io.github.quotekit.internal.layout.TextLayout;
import io.github.quotekit.internal.nlp.Doc;
import io.github.quotekit.internal.nlp.Sentence;
import io.github.quotekit.internal.nlp.Token;
import java.util.ArrayList;
import java.util.List;

/** Articles built from tags and parses given by hand, as the models sometimes give them. */
final class HandBuiltArticle {
  private HandBuiltArticle() {}

  /**
   * One sentence of tokens: word, tag, named-entity class, head (-1 for the root), relation, and
   * optionally the lemma (else the word in lower case).
   */
  static Article of(Object[]... rows) {
    StringBuilder text = new StringBuilder();
    List<Token> tokens = new ArrayList<>();
    for (int i = 0; i < rows.length; i++) {
      String word = (String) rows[i][0];
      if (i > 0 && !word.equals(".")) {
        text.append(' ');
      }
      int start = text.length();
      text.append(word);
      String lemma = rows[i].length > 5 ? (String) rows[i][5] : word.toLowerCase();
      tokens.add(new Token(i, 0, start, text.length(), word, lemma,
          (String) rows[i][1], (String) rows[i][2], (Integer) rows[i][3], (String) rows[i][4]));
    }
    String s = text.toString();
    Sentence sentence = new Sentence(0, 0, tokens.size(), 0, s.length(), true, true, tokens.size());
    Doc doc = new Doc(s, tokens, List.of(sentence));
    return new Article(s, TextLayout.analyze(s), doc, ImmutableList.of());
  }
}
