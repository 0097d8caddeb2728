package io.github.quotekit.internal.attribute;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import io.github.quotekit.SpeakerType;
import io.github.quotekit.internal.nlp.Doc;
import io.github.quotekit.internal.nlp.Token;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * "he said", "they said": a pronoun speaker is the nearest fitting one before it. He and she look
 * back a few sentences for a named person, subjects first, whose first name does not contradict
 * the pronoun (CoreNLP's lists of common first names); they and it take the last organisation or
 * group that spoke, else a plural or organisation subject just before.
 */
final class PronounResolver {
  private static final int LOOK_BACK_SENTENCES = 4;
  /** Endings of nouns for people by what they do: "the actress", "the economist", "the chairman". */
  private static final java.util.regex.Pattern PERSON_NOUN =
      java.util.regex.Pattern.compile("[a-z-]+(er|or|ist|ess|man|woman|ian)");
  /**
   * First names and whether they are men's (true) or women's (false), from the name lists CoreNLP's
   * models ship: its short lists and those of its coreference list of about 14,600 names that its
   * corpus counts ("gender_filtered") bear out, some 1,700 in all. A name the lists give both
   * ways, or that the counts show used for the other sex at least {@value #AMBIGUOUS_SHARE} of
   * the time ("Lindsey"), says nothing.
   */
  private static final ImmutableMap<String, Boolean> NAME_IS_MALE = firstNames();
  private static final double AMBIGUOUS_SHARE = 0.4;
  /** Each possessive pronoun's subject form: whose "his" is, "he" is. */
  private static final ImmutableMap<String, String> POSSESSIVES =
      ImmutableMap.of("his", "he", "her", "she", "their", "they", "its", "it");

  /** A speaker already attributed: where, and who. */
  record Spoken(int position, String name, SpeakerType type) {}

  private PronounResolver() {}

  /** The canonical name and type the pronoun mention refers to, or null. */
  static Spoken resolve(Article a, Mention m, List<Spoken> history) {
    String w = a.text.substring(m.start(), m.end()).toLowerCase(Locale.ROOT);
    // "Her message to the council:": a possessive names its owner as the speaker
    boolean possessive = a.doc.token(m.head()).tag().equals("PRP$");
    return resolve(a, m, history, possessive ? POSSESSIVES.getOrDefault(w, w) : w);
  }

  /**
   * Whom the possessive pronoun at token {@code k} refers to ("his campaign" is the campaign of
   * the "he" there), or null when it is none or cannot be resolved.
   */
  static Spoken resolvePossessive(Article a, int k, List<Spoken> history) {
    Token t = a.doc.token(k);
    String as = POSSESSIVES.get(t.word().toLowerCase(Locale.ROOT));
    if (as == null || !t.tag().equals("PRP$")) {
      return null;
    }
    SpeakerType type = Lexicon.PERSON_PRONOUNS.contains(as) ? SpeakerType.PERSON : SpeakerType.GROUP;
    return resolve(a, new Mention(t.start(), t.end(), k, type, null, true), history, as);
  }

  private static Spoken resolve(Article a, Mention m, List<Spoken> history, String w) {
    Doc doc = a.doc;
    int sentence = doc.token(m.head()).sentence();
    if (w.equals("who")) {
      // "The union backs Karl Weber, who says ...": the one the relative clause is about.
      int k = m.head() - 1;
      if (k >= 0 && doc.token(k).word().equals(",")) {
        k--;
      }
      Token before = k >= 0 ? doc.token(k) : null;
      if (before == null || before.sentence() != sentence || !before.isNoun()) {
        return null;
      }
      Mention antecedent = Mentions.of(a, k, -1);
      return antecedent == null || antecedent.pronoun() || antecedent.name() == null
          ? null : new Spoken(antecedent.start(), antecedent.name(), antecedent.type());
    }
    if (w.equals("i")) {
      // "I" outside quotation marks is the writer's own voice (a column, a memoir), whom the
      // article seldom names: not the last person named before it.
      return null;
    }
    if (Lexicon.PERSON_PRONOUNS.contains(w)) {
      boolean male = w.equals("he");
      boolean female = w.equals("she");
      int limit = firstSamePronoun(doc, w, sentence, m);
      for (int s = sentence; s >= 0 && s >= sentence - LOOK_BACK_SENTENCES; s--) {
        Spoken chain = s < sentence ? speakerIn(a, w, s, history, male, female) : null;
        if (chain != null) {
          return chain; // "He said Weber is wrong. He also said ...": he is still the one speaking
        }
        Spoken titled = s < sentence ? titledSubject(a, s, male, female) : null;
        if (titled == UNNAMED) {
          return null; // "Its chairman stepped down. ... he said": one the article does not name
        }
        if (titled != null) {
          return titled;
        }
        Names.PersonName best = null;
        boolean bestIsSubject = false;
        for (Names.PersonName p : a.names.people()) {
          Token first = doc.token(p.firstToken());
          if (first.sentence() != s || first.start() >= limit) {
            continue;
          }
          if (!fits(p.words(), a.names.canonical(p.words()), male, female)
              || a.insideQuotation(first)) {
            continue; // a name the quoted words mention is not the one who speaks them
          }
          String full = canonicalFitting(a, p.words(), male, female);
          if (!fits(List.of(full.split(" ")[0]), "", male, female)) {
            continue; // "he" after "congratulated Clinton", the article's Clinton a woman
          }
          if (modifiesThing(doc, p) || titlesAnother(a, p)) {
            continue; // "the Clinton campaign", "a Trump rally": a thing named after the person
          }
          boolean subject = isSubject(doc, p);
          // In the pronoun's own sentence the nearest wins; before it, the subject, else the first.
          boolean better =
              best == null
                  || (s == sentence && !bestIsSubject)
                  || (subject && !bestIsSubject);
          if (better) {
            best = p;
            bestIsSubject = subject;
          }
        }
        if (best != null) {
          return new Spoken(doc.token(best.firstToken()).start(),
              canonicalFitting(a, best.words(), male, female), SpeakerType.PERSON);
        }
      }
      for (int i = history.size() - 1; i >= 0; i--) {
        Spoken h = history.get(i);
        if (h.type() == SpeakerType.PERSON && !Lexicon.isPronoun(h.name())
            && fits(List.of(h.name().split(" ")[0]), "", male, female)) {
          return h;
        }
      }
      return null;
    }
    for (int i = history.size() - 1; i >= 0; i--) {
      Spoken h = history.get(i);
      // "It" is one body, not a group of people ("officials said ... It said" is someone else).
      // A document is "it", never "they" or "we" ("the report said ... it found").
      boolean fits = w.equals("it") ? h.type() == SpeakerType.ORGANIZATION
          : h.type() != SpeakerType.PERSON && !Lexicon.namesDocument(h.name());
      if (fits && h.position() < m.start()) {
        int hs = doc.token(doc.tokenFrom(h.position())).sentence();
        if (sentence - hs <= LOOK_BACK_SENTENCES) {
          return h;
        }
        break;
      }
    }
    for (int s = sentence; s >= 0 && s >= sentence - 2; s--) {
      var sent = doc.sentences().get(s);
      // A sentence left unparsed (no cue of its own) gives its subject by word order.
      int surface = sent.parsed() ? -1 : firstSubject(doc, sent);
      for (int k = sent.endToken() - 1; k >= sent.firstToken(); k--) {
        Token t = doc.token(k);
        boolean subject = sent.parsed()
            ? t.rel().startsWith("nsubj") && !t.rel().endsWith(":pass") // a passive's is acted on
            : k == surface;
        if (t.start() >= m.start() || !subject) {
          continue;
        }
        int partner = doc.child(k, "conj");
        if (t.ner().equals("PERSON") && partner > k && doc.token(partner).ner().equals("PERSON")) {
          // "Ms. Holt and Mr. Weber say ...": they are the two named.
          String one = a.names.canonical(List.of(t.word()));
          String other = a.names.canonical(List.of(doc.token(partner).word()));
          return new Spoken(doc.token(Mentions.phraseStart(doc, k)).start(), one + " and " + other,
              SpeakerType.GROUP);
        }
        boolean plural = t.tag().equals("NNS") || t.tag().equals("NNPS");
        // "The city sent a letter. It says ...": "it" is a thing or body, named as a subject.
        boolean thing = w.equals("it") && t.isNoun() && !plural && !t.ner().equals("PERSON")
            && doc.token(k).sentence() < sentence
            && (Lexicon.ORGANISATION_NOUNS.contains(t.lemma())
                || Lexicon.SOURCE_NOUNS.contains(t.lemma()));
        // "Beijing has warned against what it calls ...": a capital that speaks is its government.
        boolean speakingPlace = w.equals("it") && t.isProperNoun() && t.ner().equals("LOCATION")
            && t.head() >= 0 && doc.token(t.head()).isVerb()
            && doc.token(t.head()).rel().equals("root")
            && Lexicon.isReportingLemma(doc.token(t.head()).lemma());
        if (w.equals("it") ? thing || speakingPlace || t.ner().equals("ORGANIZATION")
            : plural || t.ner().equals("ORGANIZATION")) {
          Mention found = Mentions.of(a, k, -1);
          if (found != null && !found.pronoun()) {
            return new Spoken(found.start(), found.name(), found.type());
          }
        }
      }
    }
    return null;
  }

  /**
   * Where the first use of the same pronoun in the mention's sentence starts ("she is
   * Weber's equal, and she promises ...": both are one person, not Weber), else the mention's.
   */
  private static int firstSamePronoun(Doc doc, String w, int sentence, Mention m) {
    int first = doc.sentences().get(sentence).firstToken();
    boolean named = false;
    for (int k = first; k < m.head(); k++) {
      Token t = doc.token(k);
      if (t.word().equalsIgnoreCase(w) && t.tag().equals("PRP")) { // he, she: always a subject
        // Not "If he wins, Trump has said he ...": there the pronoun looks ahead to the name.
        return named || k == first ? t.start() : m.start();
      }
      named |= t.ner().equals("PERSON");
    }
    return m.start();
  }

  /**
   * The person who spoke in sentence {@code s}, when named there or by the same pronoun as
   * {@code w}, and when a name fits the pronoun; or null. Names inside that speaker's reported
   * words do not take the pronoun over: "Weber said Lind was wrong. He said ..." is Weber. Of two
   * speakers, the main clause's subject, else the last ("When Holt asked, Weber said ...").
   */
  private static Spoken speakerIn(Article a, String w, int s, List<Spoken> history,
      boolean male, boolean female) {
    Spoken chosen = null;
    Token chosenAt = null;
    for (int i = history.size() - 1; i >= 0; i--) {
      Spoken h = history.get(i);
      Token at = a.doc.token(a.doc.tokenFrom(h.position()));
      if (at.sentence() < s) {
        break;
      }
      if (at.sentence() == s && (chosen == null || mainSubject(a.doc, at.index()))) {
        chosen = h;
        chosenAt = at;
      }
    }
    if (chosen == null || Lexicon.isPronoun(chosen.name())) {
      return null; // no one, or an unresolved pronoun
    }
    boolean described = gendered(chosen.name(), male, female) && noOtherPerson(a, s, chosenAt);
    if (chosen.type() != SpeakerType.PERSON) {
      // "A spokeswoman for Halvorsen said ... She added": the one the noun says is a woman
      return described ? chosen : null;
    }
    boolean fitting = chosenAt.tag().equals("PRP") ? chosenAt.word().equalsIgnoreCase(w)
        : chosenAt.ner().equals("PERSON")
            && fits(List.of(chosen.name().split(" ")), chosen.name(), male, female)
        || described;
    return fitting ? chosen : null;
  }

  /**
   * Whether sentence {@code s} names or titles no one but the described speaker that opens at
   * {@code at}: "A spokeswoman for the mayor said ..." and "A spokeswoman said the mayor was
   * away" leave "she" to the mayor as well.
   */
  private static boolean noOtherPerson(Article a, int s, Token at) {
    Doc doc = a.doc;
    var sentence = doc.sentences().get(s);
    int head = at.index();
    while (head + 1 < sentence.endToken() && !doc.token(head).isNoun()) {
      head++; // the description's noun: "spokeswoman" in "a spokeswoman for ..."
    }
    for (int k = sentence.firstToken(); k < sentence.endToken(); k++) {
      Token t = doc.token(k);
      boolean inside = k > head && k <= head + 4;
      if (k != head && Names.isTitle(t.word())
          || t.ner().equals("PERSON") && !inside) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a speaker described, not named ("a spokeswoman for the port"), is by its noun a woman
   * ({@code female}) or a man ({@code male}). Only an indefinite description: "the woman" is
   * often someone the article has named, whom the names before the pronoun find.
   */
  private static boolean gendered(String name, boolean male, boolean female) {
    String[] words = name.toLowerCase(Locale.ROOT).split(" ");
    if (words.length < 2 || !words[0].matches("an?")) {
      return false;
    }
    String noun = words.length > 2 && !words[2].matches("for|of|at|to|with|from|in|on")
        ? words[2] : words[1]; // "a company spokeswoman"
    return female && WOMEN.contains(noun) || male && MEN.contains(noun);
  }

  private static final ImmutableSet<String> WOMEN = ImmutableSet.of("spokeswoman", "chairwoman",
      "woman", "businesswoman", "congresswoman", "councilwoman", "mother", "wife", "daughter",
      "sister", "actress", "grandmother", "girl", "widow", "policewoman");
  private static final ImmutableSet<String> MEN = ImmutableSet.of("spokesman", "chairman", "man",
      "businessman", "congressman", "councilman", "father", "husband", "son", "brother",
      "grandfather", "boy", "widower", "policeman");

  /** Whether the phrase token {@code k} begins is the subject of its sentence's root. */
  private static boolean mainSubject(Doc doc, int k) {
    Token t = doc.token(k);
    for (int hops = 0; hops < 4 && t.rel().matches("compound|flat|amod|det"); hops++) {
      t = doc.token(t.head());
    }
    return t.rel().startsWith("nsubj") && t.head() >= 0 && doc.token(t.head()).rel().equals("root");
  }

  /** The noun before the first finite verb of an unparsed sentence, not a passive's; or -1. */
  private static int firstSubject(Doc doc, io.github.quotekit.internal.nlp.Sentence s) {
    for (int v = s.firstToken(); v < s.endToken(); v++) {
      Token t = doc.token(v);
      if (t.tag().matches("VBD|VBZ|VBP|MD")) {
        boolean passive = t.lemma().equals("be") && v + 1 < s.endToken()
            && doc.token(v + 1).tag().equals("VBN");
        int k = v - 1;
        return !passive && k >= s.firstToken() && doc.token(k).isNoun() ? k : -1;
      }
      if (t.isPunctuation() && !t.word().equals(".")) {
        return -1; // a fronted phrase: too far to read by word order
      }
    }
    return -1;
  }

  /** What {@link #titledSubject} gives for a person in view whom the article does not name. */
  private static final Spoken UNNAMED = new Spoken(-1, null, SpeakerType.PERSON);

  /**
   * 'The senator shrugged. "...," she said.': the subject of sentence {@code s}, when it is a title
   * that stands for one person the article names (and the name fits the pronoun), is whom the
   * pronoun means; {@link #UNNAMED} when it is another body's ("Its chairman"); or null.
   */
  private static Spoken titledSubject(Article a, int s, boolean male, boolean female) {
    Doc doc = a.doc;
    var sent = doc.sentences().get(s);
    int k = -1;
    if (sent.parsed()) {
      for (int j = sent.firstToken(); j < sent.endToken() && k < 0; j++) {
        if (doc.token(j).rel().equals("root")) {
          k = doc.child(j, "nsubj");
        }
      }
    } else {
      k = firstSubject(doc, sent);
    }
    if (k < 0 || !doc.token(k).tag().equals("NN")
        || !Character.isLowerCase(doc.token(k).word().charAt(0))
        || !PERSON_NOUN.matcher(doc.token(k).lemma()).matches()
            && !Lexicon.TITLES.contains(doc.token(k).lemma())
        || Lexicon.ORGANISATION_NOUNS.contains(doc.token(k).lemma())
        || Lexicon.SOURCE_NOUNS.contains(doc.token(k).lemma())) {
      return null; // one person's title, not "the officers", "the campaign" or "the paper"
    }
    int first = Mentions.phraseStart(doc, k);
    if (doc.token(first).word().toLowerCase(Locale.ROOT).matches("its|their")
        && !mentionsAnother(doc, sent, male)) {
      return UNNAMED; // "Its chairman" is another body's, and the one in view
    }
    if (!doc.token(first).word().equalsIgnoreCase("the") || mentionsAnother(doc, sent, male)) {
      return null; // "promised him" puts a second man in view
    }
    String holder = a.names.byTitle(doc.tokens(), first, k);
    if (holder == null || !fits(List.of(holder.split(" ")[0]), "", male, female)) {
      return null;
    }
    return new Spoken(doc.token(first).start(), holder, SpeakerType.PERSON);
  }

  /**
   * Whether sentence {@code s} names a person or holds an object pronoun of the pronoun's sex
   * ("him", "her" as an object): someone besides its subject the pronoun may mean.
   */
  private static boolean mentionsAnother(Doc doc, io.github.quotekit.internal.nlp.Sentence s,
      boolean male) {
    for (int k = s.firstToken(); k < s.endToken(); k++) {
      Token t = doc.token(k);
      String w = t.word().toLowerCase(Locale.ROOT);
      if (t.ner().equals("PERSON") || (male ? w.matches("him|himself")
          : w.equals("herself") || w.equals("her") && t.tag().equals("PRP"))) {
        return true;
      }
    }
    return false;
  }

  /** Whether the name modifies a common noun after it ("the Clinton campaign"). */
  private static boolean modifiesThing(Doc doc, Names.PersonName p) {
    Token last = doc.token(p.endToken() - 1);
    if (!last.rel().equals("compound") || last.head() < p.endToken()) {
      return false;
    }
    Token head = doc.token(last.head());
    return head.isNoun() && !head.isProperNoun() && !head.ner().equals("PERSON");
  }

  /**
   * Whether the name only says whose title the next person holds: "Ashgrove manager Terence
   * Oduya", "Halvergate's chief executive, Sunniva Rowe". Read from the words, since the sentence
   * may be unparsed (and the tagger may take the first name for a common noun). Only a name of
   * one word that is no short form of a person's full name: the tagger's mistake for a body.
   */
  private static boolean titlesAnother(Article a, Names.PersonName p) {
    if (p.words().size() > 1 || !a.names.canonical(p.words()).equals(p.full())) {
      return false; // "Sorby's deputy, Josef Lind": Sorby is a person the article names in full
    }
    List<Token> tokens = a.doc.tokens();
    int k = p.endToken();
    if (k < tokens.size() && tokens.get(k).tag().equals("POS")) {
      k++;
    }
    boolean title = false;
    for (int end = Math.min(tokens.size(), k + 4); k < end; k++) {
      Token t = tokens.get(k);
      String w = t.word();
      boolean lower = !w.isEmpty() && Character.isLowerCase(w.charAt(0));
      boolean isTitle = Names.isTitle(w) || (lower && PERSON_NOUN.matcher(w).matches());
      if (!isTitle && !(lower && (t.isNoun() || t.tag().startsWith("JJ")))) {
        break;
      }
      title |= isTitle;
    }
    if (!title || k >= tokens.size()) {
      return false;
    }
    if (tokens.get(k).word().equals(",")) {
      k++;
    }
    for (Names.PersonName other : a.names.people()) {
      if (other.firstToken() == k) {
        return true;
      }
    }
    return false;
  }

  private static boolean isSubject(Doc doc, Names.PersonName p) {
    int after = p.endToken();
    if (after < doc.tokens().size() && doc.token(after).tag().equals("POS")) {
      return false; // "she is Weber's equal", the possessor parsed as a subject
    }
    for (int k = p.firstToken(); k < p.endToken(); k++) {
      if (doc.token(k).rel().startsWith("nsubj")) {
        return true;
      }
    }
    return false;
  }

  /**
   * The fullest name for a mention, and for a bare surname that two people share ("Clinton"), the
   * one whose first name fits the pronoun ("she": Hillary, not Bill), if the article names one.
   */
  static String canonicalFitting(Article a, List<String> words, boolean male, boolean female) {
    String canonical = a.names.canonical(words);
    if (words.size() != 1 || fits(List.of(canonical.split(" ")[0]), "", male, female)) {
      return canonical;
    }
    for (Names.PersonName p : a.names.people()) {
      List<String> w = p.words();
      if (w.size() >= 2 && w.get(w.size() - 1).equals(words.get(0))
          && fits(List.of(w.get(0)), "", male, female)) {
        return a.names.canonical(w);
      }
    }
    return canonical;
  }

  /** Whether {@code word} is a first name the lists give for one sex: "Mark", "Lena". */
  static boolean isFirstName(String word) {
    return NAME_IS_MALE.containsKey(word.toLowerCase(Locale.ROOT));
  }

  /**
   * Whether the first word of a mention does not contradict the pronoun. A surname alone, the
   * last word of the fullest name the article gives ({@code canonical}), says nothing: "Clinton"
   * is a man's first name too.
   */
  private static boolean fits(List<String> words, String canonical, boolean male,
      boolean female) {
    if (words.size() == 1 && canonical.contains(" ") && canonical.endsWith(" " + words.get(0))) {
      return true;
    }
    String first = words.get(0).toLowerCase(Locale.ROOT);
    Boolean isMale = NAME_IS_MALE.get(first);
    return isMale == null || (!male || isMale) && (!female || !isMale);
  }

  private static ImmutableMap<String, Boolean> firstNames() {
    Map<String, Boolean> out = new HashMap<>();
    Set<String> both = new HashSet<>();
    for (String line : lines("gender/male_first_names.txt")) {
      put(out, both, line, true);
    }
    for (String line : lines("gender/female_first_names.txt")) {
      put(out, both, line, false);
    }
    // Name, then how often it stood for a man, a woman, a thing, a group in CoreNLP's corpus.
    Map<String, double[]> counts = new HashMap<>();
    for (String line : lines("quoteattribution/gender_filtered.txt")) {
      String[] f = line.split("\\s+");
      if (f.length == 5) {
        counts.put(f[0], new double[] {Double.parseDouble(f[1]), Double.parseDouble(f[2])});
      }
    }
    // The long list has slips ("Rand" a woman's name): a name is taken from it only where the
    // counts agree.
    for (String line : lines("dcoref/namegender.combine.txt")) {
      String[] f = line.split("\t");
      double[] c = f.length == 2 ? counts.get(f[0]) : null;
      if (c != null && (f[1].equals("MALE") ? c[0] > c[1] : f[1].equals("FEMALE") && c[1] > c[0])) {
        put(out, both, f[0], f[1].equals("MALE"));
      }
    }
    for (Map.Entry<String, Boolean> e : out.entrySet()) {
      double[] c = counts.get(e.getKey());
      double other = c == null ? 0 : e.getValue() ? c[1] : c[0];
      if (c != null && other / (c[0] + c[1]) >= AMBIGUOUS_SHARE) {
        both.add(e.getKey());
      }
    }
    both.forEach(out::remove);
    return ImmutableMap.copyOf(out);
  }

  private static void put(Map<String, Boolean> out, Set<String> both, String name, boolean male) {
    String n = name.trim().toLowerCase(Locale.ROOT);
    Boolean prior = out.putIfAbsent(n, male);
    if (prior != null && prior != male) {
      both.add(n);
    }
  }

  /** The non-blank lines of a resource under CoreNLP's models, or none if it is missing. */
  private static List<String> lines(String model) {
    String path = "edu/stanford/nlp/models/" + model;
    InputStream in = PronounResolver.class.getClassLoader().getResourceAsStream(path);
    if (in == null) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (!line.isBlank()) {
          out.add(line);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
