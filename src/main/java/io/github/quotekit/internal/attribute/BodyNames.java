package io.github.quotekit.internal.attribute;

import com.google.common.collect.ImmutableSet;
import io.github.quotekit.internal.nlp.Doc;
import io.github.quotekit.internal.nlp.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The name an article gave a body it goes on to call by its kind: "Corrow &amp; Pike Bank ... the
 * bank said", "the Harlow Town Council ... the council said", and "Pellbrook Motors ... the company
 * said" when the article has named no other company.
 */
final class BodyNames {
  /** Kinds of business: "the company" may stand for a business named in any words. */
  private static final ImmutableSet<String> BUSINESSES =
      ImmutableSet.of(
          "company", "firm", "corporation", "business", "carrier", "airline", "retailer",
          "lender", "insurer", "bank", "chain", "manufacturer", "maker", "operator", "developer",
          "startup", "conglomerate", "brewer", "publisher", "supermarket", "utility", "studio",
          "label", "broadcaster");
  /** Words before an outlet that passed the news on: "told Reuters", "in an interview with". */
  private static final ImmutableSet<String> LISTENER_BEFORE =
      ImmutableSet.of("tell", "to", "with");
  /** Words inside a body's name that need not be capitalised: "Bank of England", "A &amp; B". */
  private static final ImmutableSet<String> JOINERS = ImmutableSet.of("of", "for", "&");
  /** Heads of names of bodies that are no business: "Greenlow Hospital", "Larkfield United". */
  private static final ImmutableSet<String> NOT_BUSINESSES =
      ImmutableSet.of("hospital", "united", "city", "fc", "rovers", "county", "church", "museum",
          "library", "clinic", "police", "school", "university", "college");

  private BodyNames() {}

  /**
   * For a mention that is "the" and a body's kind in lower case, the name of the body of that
   * kind the article named before it; or null when it named none, or more than one.
   */
  static String resolve(Article a, Mention m) {
    Doc doc = a.doc;
    int h = m.head();
    if (m.pronoun() || h < 1 || m.name() == null) {
      return null;
    }
    Token head = doc.token(h);
    Token det = doc.token(h - 1);
    String kind = head.word().toLowerCase(Locale.ROOT);
    if (!m.name().equalsIgnoreCase("the " + kind)) {
      return null; // already a name: the holder of a title ("the chairman"), say
    }
    if (!det.word().equalsIgnoreCase("the") || det.start() != m.start()
        || !head.tag().equals("NN") || !Character.isLowerCase(head.word().charAt(0))
        || !(Lexicon.namesABody(kind) || BUSINESSES.contains(kind))) {
      return null;
    }
    // A name with the same head word: "Corrow & Pike Bank", "the Bank of Tarvia".
    List<String> named = new ArrayList<>();
    for (int k = 0; k < h - 1; k++) {
      Token t = doc.token(k);
      if (t.word().equalsIgnoreCase(kind) && Character.isUpperCase(t.word().charAt(0))
          && !t.word().equals(t.word().toUpperCase(Locale.ROOT)) && !a.insideQuotation(t)) {
        String name = nameAround(a, k);
        if (name != null) {
          named.add(name);
        }
      }
    }
    if (!named.isEmpty() || !BUSINESSES.contains(kind)) {
      return theOne(named);
    }
    // "the company": the one business the article has named before, in however many forms.
    List<String> names = new ArrayList<>();
    for (int k = 0; k < h - 1; k++) {
      Token t = doc.token(k);
      if (!t.ner().equals("ORGANIZATION") || a.insideQuotation(t)) {
        continue;
      }
      int e = k;
      while (e + 1 < h - 1 && doc.token(e + 1).ner().equals("ORGANIZATION")
          && doc.token(e + 1).sentence() == t.sentence()) {
        e++;
      }
      int p = k > 0 && doc.token(k - 1).word().equalsIgnoreCase("the") ? k - 2 : k - 1;
      if (p >= 0 && (LISTENER_BEFORE.contains(doc.token(p).lemma().toLowerCase(Locale.ROOT))
          || doc.token(p).word().matches("\\(|-LRB-"))) {
        k = e;
        continue; // "told Reuters", "(AP)": the outlet the news came through
      }
      int s = t.word().equalsIgnoreCase("the") ? k + 1 : k;
      if (s <= e && business(doc, s, e, kind)) {
        names.add(a.text.substring(doc.token(s).start(), doc.token(e).end()));
      }
      k = e;
    }
    return theOne(names);
  }

  /**
   * Whether tokens [{@code s}, {@code e}], an organisation's name, may be a business's: it opens
   * with a proper noun that is no first name, joins no two names ("X and Y", "X to Y", "Customers of X"), and none of
   * its words names another kind of body ("Department of Labor", "Greenlow Hospital") or is the
   * mention's kind itself, which {@link #nameAround} has judged ("Bank Street").
   */
  private static boolean business(Doc doc, int s, int e, String kind) {
    if (!doc.token(s).isProperNoun() || PronounResolver.isFirstName(doc.token(s).word())) {
      return false; // not a business's name, or the tagger's run of a person's name into one
    }
    for (int k = s; k <= e; k++) {
      String w = doc.token(k).word().toLowerCase(Locale.ROOT).replace(".", "");
      if (w.equals("and") || w.equals("to") || w.equals(kind) || NOT_BUSINESSES.contains(w)
          || Lexicon.namesABody(w) && !BUSINESSES.contains(w)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The longest of {@code names} when the others are its short forms ("Pellbrook" of "Pellbrook
   * Motors"); null when there are none, or two bodies: which one is meant takes more than words.
   */
  private static String theOne(List<String> names) {
    String longest = null;
    for (String n : names) {
      if (longest == null || n.length() > longest.length()) {
        longest = n;
      }
    }
    for (String n : names) {
      if (!longest.startsWith(n) && !longest.endsWith(n)) {
        return null;
      }
    }
    return longest;
  }

  /**
   * The capitalised name that token {@code k} (the kind, in capitals) belongs to, with at least one
   * other word of its own, without a leading "The"; or null.
   */
  private static String nameAround(Article a, int k) {
    Doc doc = a.doc;
    int sentenceStart = doc.sentenceOf(doc.token(k)).firstToken();
    int sentenceEnd = doc.sentenceOf(doc.token(k)).endToken();
    int s = k;
    while (s - 1 >= sentenceStart && (capitalised(doc.token(s - 1))
        || doc.token(s - 1).word().equals("&") && s - 2 >= sentenceStart
            && capitalised(doc.token(s - 2)))) {
      s--;
    }
    if (s < k && doc.token(s).word().equals("The")) {
      s++;
    }
    for (Names.PersonName p : a.names.people()) {
      if (p.firstToken() < k && p.endToken() > s) {
        return null; // a headline in title case ("Tandon Hammers Corvell Bank"), not a name
      }
    }
    if (k + 1 < sentenceEnd && capitalised(doc.token(k + 1))) {
      return null; // "the August Bank Holiday", "Bank Street": the kind is not the name's head
    }
    int e = k;
    while (e + 2 < sentenceEnd && JOINERS.contains(doc.token(e + 1).word())
        && capitalised(doc.token(e + 2))) {
      e += 2;
      while (e + 1 < sentenceEnd && capitalised(doc.token(e + 1))) {
        e++;
      }
    }
    if (s == k && e == k) {
      return null; // "Bank" alone, at the start of a sentence, is no name
    }
    return a.text.substring(doc.token(s).start(), doc.token(e).end());
  }

  private static boolean capitalised(Token t) {
    String w = t.word();
    return !w.isEmpty() && Character.isUpperCase(w.charAt(0)) && (t.isNoun() || t.isProperNoun());
  }
}
