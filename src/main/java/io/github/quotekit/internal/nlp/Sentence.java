package io.github.quotekit.internal.nlp;

/**
 * A sentence: the tokens {@code [firstToken, endToken)} of its document.
 *
 * @param index position in the article
 * @param firstToken article-wide index of the first token
 * @param endToken article-wide index after the last token
 * @param start first character
 * @param end end character, exclusive
 * @param parsed whether the dependency parse ran over this sentence
 * @param named whether the named-entity recogniser ran over this sentence
 * @param parserWords how many words the parser read (a long quotation read as one), 0 if unparsed
 */
public record Sentence(
    int index,
    int firstToken,
    int endToken,
    int start,
    int end,
    boolean parsed,
    boolean named,
    int parserWords) {

  public int size() {
    return endToken - firstToken;
  }
}
