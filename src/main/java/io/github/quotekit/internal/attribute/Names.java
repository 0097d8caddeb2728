package io.github.quotekit.internal.attribute;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import io.github.quotekit.internal.nlp.Doc;
import io.github.quotekit.internal.nlp.Token;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The people an article names, for turning a surname, a short form or a bare title into the
 * fullest name the article gives: "Zelenskiy" becomes "Volodymyr Zelenskiy", "the mayor" becomes
 * the one person the article calls mayor.
 */
final class Names {
  /** Words that make a title another office: a vice president is not the president. */
  private static final ImmutableSet<String> RANKS =
      ImmutableSet.of("vice", "deputy", "assistant", "associate", "acting", "lieutenant", "under",
          "prime");

  /** Words that say which party a title is of: "the Democratic nominee". */
  private static final ImmutableSet<String> PARTIES =
      ImmutableSet.of("democratic", "democrat", "republican", "gop", "libertarian");

  /** Named-entity classes that say which place a title is of: "the Florida governor". */
  private static final ImmutableSet<String> PLACES =
      ImmutableSet.of("LOCATION", "STATE_OR_PROVINCE", "CITY", "COUNTRY", "NATIONALITY");

  /** One person name as it stands in the text: its words, titles stripped, and where. */
  record PersonName(ImmutableList<String> words, int firstToken, int endToken) {
    String full() {
      return String.join(" ", words);
    }

    String surname() {
      return words.get(surnameIndex(words)).toLowerCase(Locale.ROOT);
    }
  }

  /** Whether name {@code a} is fuller than {@code b}, a suffix counting only to break a tie. */
  private static boolean fuller(PersonName a, PersonName b) {
    int ka = surnameIndex(a.words());
    int kb = surnameIndex(b.words());
    return ka != kb ? ka > kb : a.words().size() - ka < b.words().size() - kb;
  }

  /** Where the surname is in a name's words: the last but a suffix ("Jr.", "III"). */
  static int surnameIndex(List<String> words) {
    int k = words.size() - 1;
    while (k > 0 && SUFFIXES.contains(bare(words.get(k)).replace(",", ""))) {
      k--;
    }
    return k;
  }

  private static final ImmutableSet<String> SUFFIXES =
      ImmutableSet.of("jr", "sr", "ii", "iii", "iv");

  private final ImmutableList<PersonName> people;
  private final ImmutableMap<String, String> personByTitle;
  /** The party and places each title is given with: "GOP" in "2012 GOP presidential nominee". */
  private final ImmutableMap<String, ImmutableSet<Qualifier>> titleWords;

  private Names(
      ImmutableList<PersonName> people,
      ImmutableMap<String, String> personByTitle,
      ImmutableMap<String, ImmutableSet<Qualifier>> titleWords) {
    this.people = people;
    this.personByTitle = personByTitle;
    this.titleWords = titleWords;
  }

  /**
   * "Chris Dalton Calls Karl Weber ...": in a headline's capitals a reporting verb may be
   * tagged as part of the names around it. A capitalised verb form ending in -s whose stem is a
   * reporting, naming or speech-act verb ends a name when capitalised words stand on both sides
   * of it, or it ends a sentence set in capitals, as in a headline; in running text ("said Ana
   * Brands on Monday") it is a surname.
   */
  static boolean isHeadlineVerb(List<Token> tokens, int k) {
    Token t = tokens.get(k);
    String w = t.word();
    if (w.length() < 4 || !Character.isUpperCase(w.charAt(0)) || !w.endsWith("s")
        || k == 0 || !capitalised(tokens.get(k - 1))
        || !(k + 1 < tokens.size() && capitalised(tokens.get(k + 1)) || titleCase(tokens, k))) {
      return false;
    }
    String lower = w.toLowerCase(java.util.Locale.ROOT);
    for (String stem : new String[] {lower.substring(0, lower.length() - 1),
        lower.endsWith("es") ? lower.substring(0, lower.length() - 2) : ""}) {
      if (Lexicon.isNamingLemma(stem) || Lexicon.isQuoteCueLemma(stem)
          || SpeechActRule.isSpeechActLemma(stem)) {
        return true;
      }
    }
    return false;
  }

  private static boolean capitalised(Token t) {
    return Character.isUpperCase(t.word().charAt(0));
  }

  /** Whether the sentence of token {@code k} is set in a headline's capitals ("..., X Says."). */
  private static boolean titleCase(List<Token> tokens, int k) {
    int sentence = tokens.get(k).sentence();
    int first = k;
    while (first > 0 && tokens.get(first - 1).sentence() == sentence) {
      first--;
    }
    for (int i = first; i < tokens.size() && tokens.get(i).sentence() == sentence; i++) {
      String w = tokens.get(i).word();
      if (w.length() >= 4 && Character.isLowerCase(w.charAt(0))) {
        return false;
      }
    }
    return true;
  }

  static Names of(Doc doc) {
    List<PersonName> people = new ArrayList<>();
    Map<String, String> byTitle = new HashMap<>();
    Map<String, Boolean> ambiguous = new HashMap<>();
    Map<String, Set<Qualifier>> titleWords = new HashMap<>();
    List<Token> tokens = doc.tokens();
    // Without a named-entity recogniser, a run of two or more proper nouns stands for a name.
    boolean named = tokens.stream().anyMatch(t -> !t.ner().equals("O"));
    java.util.function.Predicate<Token> inName =
        named ? t -> t.ner().equals("PERSON") && !isHeadlineVerb(tokens, t.index())
            : t -> t.isProperNoun() && !isTitle(t.word())
                && !Lexicon.ORGANISATION_NOUNS.contains(t.lemma())
                && !isHeadlineVerb(tokens, t.index());
    int i = 0;
    while (i < tokens.size()) {
      if (!inName.test(tokens.get(i)) || spacedDash(tokens, i)) {
        i++;
        continue;
      }
      int s = i;
      // A dash set off by spaces parts two names the recogniser ran together: "A — B said".
      while (i < tokens.size()
          && inName.test(tokens.get(i))
          && !spacedDash(tokens, i)
          && tokens.get(i).sentence() == tokens.get(s).sentence()) {
        i++;
      }
      if (!named && i - s < 2) {
        continue;
      }
      boolean office = !named && officeBefore(tokens, s);
      PersonName name = personName(tokens, office ? afterOffice(tokens, s, i) : s, i);
      if (name == null) {
        continue;
      }
      people.add(name);
      List<int[]> titles = new ArrayList<>();
      // Titles just before the name: "Defense Secretary Pete Hegseth", "Mayor Jane Doe".
      for (int k = s - 1; k >= 0 && k >= s - 3; k--) {
        Token t = tokens.get(k);
        if (t.sentence() != tokens.get(s).sentence() || !t.isNoun() || t.ner().equals("PERSON")) {
          break;
        }
        titles.add(new int[] {titlePhraseStart(tokens, k), k});
      }
      // And set off beside it: "Lena Okafor, the mayor of Harrowgate,", "the company's chief
      // executive, Anna Rothwell,".
      int[] after = appositiveAfter(tokens, i);
      if (after != null) {
        titles.add(after);
      }
      int[] before = appositiveBefore(tokens, s, i);
      if (before != null) {
        titles.add(before);
      }
      if (i + 2 < tokens.size() && tokens.get(i).word().equals(",")
          && tokens.get(i + 1).word().matches("\\d{1,3}")
          && tokens.get(i + 2).isPunctuation()) {
        titles.add(new int[] {i + 1, i + 1}); // "Daniel Okafor, 28,": later "the 28-year-old"
      }
      for (int[] title : titles) {
        int phrase = title[0];
        int k = title[1];
        String age = age(tokens, k);
        String key = age != null ? age : rank(tokens, phrase, k) + titleWord(tokens.get(k));
        String portfolio = age != null ? "" : portfolio(tokens, phrase, k);
        // "Transport Minister X" and "Finance Minister Y": "the minister" is either, "the
        // transport minister" only X
        for (String each : portfolio.isEmpty() ? List.of(key) : List.of(key, portfolio + key)) {
          String prior = byTitle.putIfAbsent(each, name.full());
          titleWords.computeIfAbsent(each, x -> new HashSet<>())
              .addAll(qualifiers(tokens, phrase, k));
          titleWords.get(each).addAll(ofWhat(tokens, k));
          if (prior != null && !sameSurname(prior, name.full())) {
            ambiguous.put(each, true);
          }
        }
      }
    }
    if (named) {
      people.addAll(missedPeople(tokens));
      people.addAll(untaggedSurnames(tokens, people));
    }
    ambiguous.keySet().forEach(byTitle::remove);
    ImmutableMap.Builder<String, ImmutableSet<Qualifier>> qualifiers = ImmutableMap.builder();
    byTitle.keySet().forEach(t -> qualifiers.put(t, ImmutableSet.copyOf(titleWords.get(t))));
    return new Names(
        ImmutableList.copyOf(people), ImmutableMap.copyOf(byTitle), qualifiers.buildOrThrow());
  }

  /**
   * The title phrase set off after a name that ends before token {@code e}: {@code , the mayor of
   * Harrowgate,}, {@code , the company's chief executive,}, {@code , a Democrat,}. Returns where
   * its words begin and its head noun (the last noun before a preposition, relative pronoun or
   * punctuation), or null when none stands there or it is a former office.
   */
  private static int[] appositiveAfter(List<Token> tokens, int e) {
    if (e + 2 >= tokens.size() || !tokens.get(e).word().equals(",")) {
      return null;
    }
    int j = e + 1;
    int sentence = tokens.get(e).sentence();
    if (j + 2 < tokens.size() && tokens.get(j).tag().equals("CD")
        && tokens.get(j + 1).word().equals(",")) {
      j += 2; // "Karl Weber, 61, a retired teacher,"
    }
    boolean determined = tokens.get(j).tag().matches("DT|PRP\\$")
        && tokens.get(j).word().toLowerCase(Locale.ROOT).matches("the|a|an|his|her|its|their|our");
    if (determined) {
      j++;
    } else if (!isTitle(tokens.get(j).word())) {
      return null; // "Clinton, 45 percent of voters": only a title stands without "the" or "a"
    }
    int from = j;
    int head = -1;
    while (j < tokens.size() && j < from + 6 && tokens.get(j).sentence() == sentence
        && tokens.get(j).tag().matches("JJ.?|NNP?S?|CD|HYPH|POS|DT|VBN")
        && !tokens.get(j).ner().equals("PERSON")) {
      Token t = tokens.get(j);
      if (t.tag().equals("POS")) {
        head = -1;
        from = j + 1; // "the company's chief executive": the title begins after the owner
      } else if (t.tag().equals("DT") && j > from) {
        break;
      } else if (t.tag().startsWith("NN")) {
        head = j;
      }
      j++;
    }
    return head >= 0 && boundary(tokens, j, sentence) ? title(tokens, from, head) : null;
  }

  /**
   * The title phrase set off before a name that starts at token {@code s} and ends before
   * {@code e}: {@code The chief executive of Harlow Motors, Ben Carter, said}. Its head is the
   * last noun before "of", "for" or "at", or before the comma; a comma must close the name ("The
   * governor, Ana Ruiz said, had ..." is no apposition).
   */
  private static int[] appositiveBefore(List<Token> tokens, int s, int e) {
    if (s < 3 || !tokens.get(s - 1).word().equals(",") || e >= tokens.size()
        || !tokens.get(e).word().equals(",")) {
      return null;
    }
    int sentence = tokens.get(s).sentence();
    int det = -1;
    for (int k = s - 2; k >= 0 && k >= s - 10 && tokens.get(k).sentence() == sentence; k--) {
      Token t = tokens.get(k);
      if (t.word().toLowerCase(Locale.ROOT).matches("the|a|an|his|her|its|their|our")) {
        det = k;
        break;
      }
      if (!t.tag().matches("JJ.?|NNP?S?|CD|HYPH|POS|IN|CC") || t.ner().equals("PERSON")) {
        return null;
      }
    }
    if (det < 0 || det > 0 && tokens.get(det - 1).sentence() == sentence
        && !tokens.get(det - 1).word().matches(",|;|:|\\(|\"|\u201c|--|\u2014")) {
      return null; // only a phrase that opens its sentence or clause: not "a son of the mayor"
    }
    int from = det + 1;
    int head = -1;
    for (int k = from; k < s - 1; k++) {
      Token t = tokens.get(k);
      if (t.tag().equals("POS")) {
        head = -1;
        from = k + 1;
      } else if (t.tag().equals("IN") || t.tag().equals("CC")) {
        break;
      } else if (t.tag().startsWith("NN")) {
        head = k;
      }
    }
    return head >= 0 ? title(tokens, from, head) : null;
  }

  /** Whether token {@code j} ends an apposition: punctuation, a preposition, "who". */
  private static boolean boundary(List<Token> tokens, int j, int sentence) {
    if (j >= tokens.size() || tokens.get(j).sentence() != sentence) {
      return true;
    }
    Token t = tokens.get(j);
    return t.isPunctuation() || t.tag().matches("IN|TO|WP|WP\\$|WDT");
  }

  /**
   * The title phrase [{@code from}, {@code head}] as a title, or null: a common noun or a title
   * word, not a former office nor an age ("61"), nor a body's name.
   */
  private static int[] title(List<Token> tokens, int from, int head) {
    Token h = tokens.get(head);
    if (h.isProperNoun() && !isTitle(h.word()) && !Character.isLowerCase(h.word().charAt(0))
        && !h.ner().equals("TITLE") || !h.ner().matches("O|TITLE")) {
      return null;
    }
    for (int k = from; k <= head; k++) {
      if (tokens.get(k).word().toLowerCase(Locale.ROOT).matches("former|ex-?|late|then|one")) {
        return null;
      }
    }
    return new int[] {from, head};
  }

  /**
   * Where the name starts in the proper nouns [{@code s}, {@code e}) that follow a title and "of"
   * ("Secretary of State Ana Ruiz"): past the words that name what the office is of ("State",
   * "Homeland Security"), as long as a word is left.
   */
  static int afterOffice(List<Token> tokens, int s, int e) {
    int k = s;
    while (k < e - 1 && Lexicon.OFFICE_WORDS.contains(bare(tokens.get(k).word()))) {
      k++;
    }
    return k;
  }

  /**
   * Whether token {@code s} follows a title and "of" or "for", where the words that name an office
   * begin: "Secretary of State ...", "Minister for Foreign Affairs ...".
   */
  static boolean officeBefore(List<Token> tokens, int s) {
    return s >= 2 && tokens.get(s - 1).word().matches("of|for")
        && isTitle(tokens.get(s - 2).word())
        && tokens.get(s - 2).sentence() == tokens.get(s).sentence();
  }

  /**
   * People the recogniser did not tag as people, in runs of proper nouns with no person in them:
   * a name after a title in a run tagged an organisation ("Harbour Court Justice Frank
   * Lindqvist"), and a run it left untagged that opens with a first name ("Mark Delaney").
   * Without them a later "Lindqvist" or "Delaney" would not find the full name.
   */
  private static List<PersonName> missedPeople(List<Token> tokens) {
    List<PersonName> out = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      int s = i;
      while (i < tokens.size() && tokens.get(i).isProperNoun() && !spacedDash(tokens, i)
          && tokens.get(i).sentence() == tokens.get(s).sentence()) {
        i++;
      }
      if (i == s) {
        i++;
        continue;
      }
      List<Token> run = tokens.subList(s, i);
      boolean organisation = run.stream().allMatch(t -> t.ner().equals("ORGANIZATION"));
      boolean untagged = run.stream().allMatch(t -> t.ner().matches("O|MISC|NATIONALITY"));
      int title = -1;
      for (int k = i - 3; k >= s && organisation; k--) {
        if (isTitle(tokens.get(k).word())) {
          title = k;
          break;
        }
      }
      PersonName name = null;
      if (title >= 0) {
        name = personName(tokens, title + 1, i);
      } else if (untagged && i - s >= 2 && i - s <= 3 && !isTitle(tokens.get(s).word())
          && PronounResolver.isFirstName(tokens.get(s).word())) {
        name = personName(tokens, s, i);
      }
      if (name != null && name.words().size() >= 2) {
        out.add(name);
      }
    }
    return out;
  }

  /**
   * A surname standing alone that the recogniser left untagged ("Quintanar is skeptical.", with
   * "Carlos Quintanar" named before): a lone proper noun (or a capitalised noun that opens a
   * sentence, before its verb), no title, that is the surname of a person of two words or more in
   * the article.
   */
  private static List<PersonName> untaggedSurnames(List<Token> tokens, List<PersonName> people) {
    Set<String> surnames = new HashSet<>();
    for (PersonName p : people) {
      if (p.words().size() >= 2) {
        surnames.add(p.surname());
      }
    }
    List<PersonName> out = new ArrayList<>();
    for (int k = 0; k < tokens.size(); k++) {
      Token t = tokens.get(k);
      boolean alone = (k == 0 || !tokens.get(k - 1).isProperNoun())
          && (k + 1 >= tokens.size() || !tokens.get(k + 1).isProperNoun());
      // At a sentence's start the tagger may take an unknown name for a common noun: "Cullinane
      // later said ...", the name standing alone before a verb.
      boolean initialNoun = t.tag().equals("NN") && (k == 0 || t.sentence() != tokens.get(k - 1)
          .sentence()) && k + 1 < tokens.size()
          && tokens.get(k + 1).tag().matches("VB[DZ]|MD|RB") && !t.word().isEmpty()
          && Character.isUpperCase(t.word().charAt(0));
      if ((t.tag().equals("NNP") || initialNoun) && t.ner().equals("O") && alone
          && !isTitle(t.word()) && surnames.contains(t.word().toLowerCase(Locale.ROOT))) {
        out.add(new PersonName(ImmutableList.of(t.word()), k, k + 1));
      }
    }
    return out;
  }

  /** Whether token {@code k} is a dash with a space before it: not a hyphen inside a name. */
  private static boolean spacedDash(List<Token> tokens, int k) {
    String w = tokens.get(k).word();
    boolean dash = w.equals("-") || w.equals("--") || w.equals("\u2014") || w.equals("\u2013");
    return dash && k > 0 && tokens.get(k).start() > tokens.get(k - 1).end();
  }

  /** The words of tokens [s, e) as a name: titles and a possessive ending dropped. */
  static PersonName personName(List<Token> tokens, int s, int e) {
    while (e > s && (tokens.get(e - 1).word().equals("'s")
        || tokens.get(e - 1).word().equals("\u2019s")
        || tokens.get(e - 1).isPunctuation())) {
      e--;
    }
    // "Karl King of New York" tagged as one person: the name ends before "of" once a word that
    // is not a title stands before it ("Secretary of State Ana Ruiz" keeps its office words).
    int of = s + 1;
    while (of < e && !tokens.get(of).word().equals("of")) {
      of++;
    }
    if (of < e && tokens.subList(s, of).stream().anyMatch(t -> !isTitle(t.word()))) {
      e = of;
    }
    int first = s;
    while (first < e - 1 && isTitle(tokens.get(first).word())) {
      first++;
    }
    // "Brookline Superior Court Justice Frank Olsen": the name is what follows the last title,
    // when a given name and a surname follow it.
    for (int k = e - 3; k > first; k--) {
      if (isTitle(tokens.get(k).word()) && !isTitle(tokens.get(k + 1).word())
          && !isTitle(tokens.get(e - 1).word())) {
        first = k + 1;
        break;
      }
    }
    if (first >= e) {
      return null;
    }
    // A word that can be a title is a surname after an honorific: "Mr. King", "Ms. Speaker".
    if (isTitle(tokens.get(first).word())
        && (first == 0 || !HONORIFICS.contains(bare(tokens.get(first - 1).word())))) {
      return null;
    }
    // Rebuild the name from the tokens and the spacing between them: "Jean-Noel", not "Jean - Noel".
    StringBuilder full = new StringBuilder(tokens.get(first).word());
    for (int k = first + 1; k < e; k++) {
      if (tokens.get(k).start() > tokens.get(k - 1).end()) {
        full.append(' ');
      }
      full.append(tokens.get(k).word());
    }
    return new PersonName(ImmutableList.copyOf(full.toString().split(" ")), s, e);
  }

  static boolean isTitle(String word) {
    return Lexicon.TITLES.contains(bare(word));
  }

  /** Titles that only ever stand before a surname. */
  private static final java.util.Set<String> HONORIFICS =
      java.util.Set.of("mr", "mrs", "ms", "miss", "dr");

  private static String bare(String word) {
    return word.toLowerCase(Locale.ROOT).replace(".", "");
  }

  private static boolean sameSurname(String a, String b) {
    String[] wa = a.toLowerCase(Locale.ROOT).split(" ");
    String[] wb = b.toLowerCase(Locale.ROOT).split(" ");
    return wa[wa.length - 1].equals(wb[wb.length - 1]);
  }

  /**
   * The fullest name in the article that the given words could be short for: one sharing the last
   * word and holding all the others, or whose first name they are; the words themselves when
   * nothing fits.
   */
  String canonical(List<String> words) {
    if (words.isEmpty()) {
      return "";
    }
    List<String> lower = words.stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
    String last = lower.get(surnameIndex(lower));
    PersonName best = null;
    for (PersonName p : people) {
      List<String> pl = p.words().stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
      boolean suffixed = surnameIndex(lower) < lower.size() - 1; // "Donald Jr."
      boolean fits =
          (pl.get(surnameIndex(pl)).equals(last) || suffixed) && pl.containsAll(lower)
              || (lower.size() == 1 && pl.size() > 1 && pl.get(0).equals(last));
      // The fullest name, a suffix not counted: with "Duncan Hunter" and "Duncan Hunter Sr." both
      // in the article, they are two people, and the name without the suffix stands.
      if (fits && (best == null || fuller(p, best))) {
        best = p;
      }
    }
    // Not a given name ("a neighbour who gave her name only as Maria", beside "Ana Maria Ruiz").
    if (lower.size() == 1 && (best == null || best.words().size() == 1)
        && !PronounResolver.isFirstName(last)) {
      PersonName holder = onlyNameHolding(last); // a name used alone that no surname explains
      best = holder != null ? holder : best;
    }
    return best == null ? String.join(" ", words) : best.full();
  }

  /** Last words of a programme named after its host ("The Ana Ruiz Show"), not of a name. */
  private static final ImmutableSet<String> PROGRAMMES =
      ImmutableSet.of("show", "hour", "program", "programme", "podcast", "report", "factor");

  /**
   * "Tavo" after "Joao Marcos Tavo da Cunha": the fullest name that holds {@code word} inside
   * it, when every name that holds it is part of that one (one person); else null.
   */
  private PersonName onlyNameHolding(String word) {
    PersonName best = null;
    List<PersonName> holding = new ArrayList<>();
    for (PersonName p : people) {
      List<String> pl = p.words().stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
      if (pl.size() > 1 && pl.contains(word) && !PROGRAMMES.contains(pl.get(pl.size() - 1))) {
        holding.add(p);
        if (best == null || fuller(p, best)) {
          best = p;
        }
      }
    }
    for (PersonName p : holding) {
      if (!best.words().containsAll(p.words())) {
        return null;
      }
    }
    return best;
  }

  /**
   * The fullest name of a person the article names with this surname and a given name before
   * it, or null: for a surname that is also a title ("King", "Judge"), which alone says nothing.
   */
  String fullSurname(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    PersonName best = null;
    for (PersonName p : people) {
      if (p.words().size() > 1 && p.surname().equals(w)
          && (best == null || p.words().size() > best.words().size())) {
        best = p;
      }
    }
    return best == null ? null : best.full();
  }

  /**
   * A word that says which party or place a title is of: its kind (a party, or the place's
   * named-entity class, so that "Israeli" is not read against "Israel") and the word.
   */
  record Qualifier(String kind, String word) {}

  /**
   * Where the phrase of the title at {@code k} begins: the adjectives, nouns and numbers right
   * before it ("2012 GOP presidential nominee"), not a preposition or a comma ("served under
   * President X", "a deputy to Gov. X", "Weber, a Democrat, and Gov. X").
   */
  private static int titlePhraseStart(List<Token> tokens, int k) {
    int j = k;
    while (j > 0 && j > k - 5 && tokens.get(j - 1).sentence() == tokens.get(k).sentence()
        && tokens.get(j - 1).tag().matches("JJ.?|NNP?S?|CD|HYPH")) {
      j--;
    }
    return j;
  }

  /**
   * The rank words among tokens [from, to) of one title's phrase, in order: "vice " in "Vice
   * President", "the vice-presidential nominee" or "the party's vice presidential pick".
   */
  private static String rank(List<Token> tokens, int from, int to) {
    StringBuilder out = new StringBuilder();
    for (int k = from; k < to; k++) {
      String w = tokens.get(k).word().toLowerCase(Locale.ROOT);
      int dash = w.indexOf('-');
      String first = dash > 0 ? w.substring(0, dash) : w;
      first = first.equals("lt.") || first.equals("lt") ? "lieutenant" : first; // "Lt. Gov."
      if (RANKS.contains(first)) {
        out.append(first).append(' ');
      }
    }
    return out.toString();
  }

  /**
   * The words before a title's head that say what it is over, in lower case, each followed by a
   * space: "transport " of "Transport Minister", "finance " of "the finance minister"; not its
   * determiner, possessor or rank.
   */
  private static String portfolio(List<Token> tokens, int from, int to) {
    StringBuilder out = new StringBuilder();
    for (int k = from; k < to; k++) {
      Token t = tokens.get(k);
      String w = t.word().toLowerCase(Locale.ROOT);
      if ((t.isNoun() || t.tag().startsWith("JJ")) && !RANKS.contains(w)
          && !t.ner().equals("PERSON")) {
        out.append(w).append(' ');
      }
    }
    return out.toString();
  }

  /**
   * The person the article gives the title that heads tokens [first, head] to, when exactly one
   * holds that title with the same rank ("the vice president" is not "President X") and none of
   * the mention's parties and places contradicts the ones the holder was given; else null.
   */
  String byTitle(List<Token> tokens, int first, int head) {
    if (tokens.get(first).word().toLowerCase(Locale.ROOT).matches("an?|another|one|some|any")) {
      return null; // "a spokesman for the operator": someone else than the one the article named
    }
    String age = ageNoun(tokens, first, head);
    if (age != null) {
      return personByTitle.get(age); // "the 28-year-old", after "Daniel Okafor, 28,"
    }
    String title = rank(tokens, first, head) + titleWord(tokens.get(head));
    String holder = personByTitle.get(title);
    String portfolio = portfolio(tokens, first, head);
    if (holder == null && !portfolio.isEmpty()) {
      title = portfolio + title;
      holder = personByTitle.get(title);
    }
    if (holder == null) {
      return null;
    }
    // "the Democratic nominee" is not the one the article calls "Republican nominee", nor "the
    // New Jersey governor" the "Florida governor"; "the Senate Democratic leader" may be the one
    // it calls "Senate minority leader", with no party given.
    ImmutableSet<Qualifier> given = titleWords.get(title);
    for (Qualifier q : qualifiers(tokens, first, head)) {
      if (!given.contains(q) && given.stream().anyMatch(g -> g.kind().equals(q.kind()))) {
        return null;
      }
    }
    // "the coach of the Falcons" is not the one given as "the coach of the Hawks"; "the
    // organizer of a harbour rally" may be the one given as "the organizer of the rally", and
    // "engineer at collapse inquiry" the one given as "the engineer who inspected the bridge"
    List<Qualifier> of = ofWhat(tokens, head);
    if (!of.isEmpty() && given.stream().anyMatch(g -> g.kind().equals("of"))
        && of.stream().noneMatch(given::contains)) {
      return null;
    }
    return holder;
  }

  /**
   * The words of what a title at {@code k} is of, for or at, right after it ("mayor of
   * Harrowgate", "coach of the Hawks"): its nouns, in lower case, up to punctuation.
   */
  private static List<Qualifier> ofWhat(List<Token> tokens, int k) {
    List<Qualifier> out = new ArrayList<>();
    if (k + 1 >= tokens.size() || !tokens.get(k + 1).word().matches("of|for|at")) {
      return out;
    }
    for (int j = k + 2; j < tokens.size() && j < k + 8; j++) {
      Token t = tokens.get(j);
      if (t.sentence() != tokens.get(k).sentence() || t.isPunctuation() || t.isVerb()
          || t.tag().equals("CC")) {
        break;
      }
      if (t.isNoun()) {
        out.add(new Qualifier("of", t.word().toLowerCase(Locale.ROOT)));
      }
    }
    return out;
  }

  /** The key of an age given as a number after a name's comma ("Okafor, 28,"), or null. */
  private static String age(List<Token> tokens, int k) {
    Token t = tokens.get(k);
    return t.tag().equals("CD") && t.word().matches("\\d{1,3}") && k > 0
        && tokens.get(k - 1).word().equals(",") ? "age " + t.word() : null;
  }

  /**
   * The key of a mention [{@code first}, {@code head}] that names someone by age: "the
   * 28-year-old" (one word, or split at its hyphens); or null.
   */
  private static String ageNoun(List<Token> tokens, int first, int head) {
    StringBuilder words = new StringBuilder();
    for (int k = first; k <= head; k++) {
      words.append(tokens.get(k).word());
    }
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?i)the(\\d{1,3})-year-old")
        .matcher(words);
    return m.matches() ? "age " + m.group(1) : null;
  }

  /**
   * Titles as written short before a name ("Sen. Ana Ruiz"), and as a later "the" names them.
   * Only with the full stop, so that "the union rep" is not "Rep. Ana Ruiz"; and not "Gen.", whose
   * "general" also ends "the attorney general".
   */
  private static final ImmutableMap<String, String> SHORT_TITLES =
      ImmutableMap.of("sen.", "senator", "rep.", "representative", "gov.", "governor",
          "ceo", "executive"); // "the CEO" is the one given as chief executive

  /** The title word at {@code t} as a key: its lemma in lower case, short forms written out. */
  private static String titleWord(Token t) {
    String lemma = t.lemma().toLowerCase(Locale.ROOT);
    return SHORT_TITLES.getOrDefault(t.word().toLowerCase(Locale.ROOT), lemma);
  }

  private static List<Qualifier> qualifiers(List<Token> tokens, int from, int to) {
    List<Qualifier> out = new ArrayList<>();
    for (int k = from; k < to; k++) {
      Token t = tokens.get(k);
      String w = t.word().toLowerCase(Locale.ROOT);
      if (PARTIES.contains(w)) {
        String party = w.equals("gop") ? "republican" : w.equals("democrat") ? "democratic" : w;
        out.add(new Qualifier("party", party));
      } else if (PLACES.contains(t.ner())) {
        out.add(new Qualifier(t.ner(), w));
      }
    }
    return out;
  }

  ImmutableList<PersonName> people() {
    return people;
  }

  @Override
  public String toString() {
    return Arrays.toString(people.toArray());
  }
}
