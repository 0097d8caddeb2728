package io.github.quotekit.internal.nlp;

/**
 * One token of an article, copied out of CoreNLP so that the rules never see its types.
 *
 * @param index position in the whole article
 * @param sentence index of the sentence holding the token
 * @param start first character (into the article text)
 * @param end end character, exclusive
 * @param word the token's text as it stands in the article
 * @param lemma the lemma, lower case
 * @param tag the Penn Treebank part of speech
 * @param ner the coarse named-entity class (PERSON, ORGANIZATION, LOCATION) or "O"
 * @param head the article-wide index of the syntactic head, or -1 for a root or an unparsed sentence
 * @param rel the Universal Dependencies relation to the head ("root" for the root, "" if unparsed)
 */
public record Token(
    int index,
    int sentence,
    int start,
    int end,
    String word,
    String lemma,
    String tag,
    String ner,
    int head,
    String rel) {

  public boolean isVerb() {
    return tag.startsWith("VB");
  }

  public boolean isNoun() {
    return tag.startsWith("NN");
  }

  public boolean isProperNoun() {
    return tag.startsWith("NNP");
  }

  public boolean isPronoun() {
    return tag.equals("PRP") || tag.equals("WP");
  }

  public boolean isPunctuation() {
    if (word.isEmpty() || Character.isLetterOrDigit(word.codePointAt(0))) {
      return false;
    }
    // A clitic ('s, \u2019re) is a word that starts with an apostrophe.
    char c = word.charAt(0);
    return !((c == '\'' || c == '\u2019') && word.length() > 1 && Character.isLetter(word.charAt(1)));
  }

  /** The relation without its subtype: "nsubj:pass" gives "nsubj". */
  public String baseRel() {
    int colon = rel.indexOf(':');
    return colon < 0 ? rel : rel.substring(0, colon);
  }

  /** Whether the token is or starts with an opening quotation mark. */
  public boolean opensQuote() {
    char c = word.charAt(0);
    return c == '"' || c == '\u201c' || c == '`' || openingApostrophes();
  }

  /** Two apostrophes that open a quotation ({@code ''Like this''}), tagged as an opening mark. */
  private boolean openingApostrophes() {
    return word.equals("''") && tag.equals("``");
  }

  /** Whether the token is or ends with a closing quotation mark. */
  public boolean closesQuote() {
    char c = word.charAt(word.length() - 1);
    return (c == '"' || c == '\u201d' || c == '\'') && !openingApostrophes();
  }
}
