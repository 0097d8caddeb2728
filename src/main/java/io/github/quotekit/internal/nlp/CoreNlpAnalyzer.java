package io.github.quotekit.internal.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.pipeline.DefaultPaths;
import edu.stanford.nlp.pipeline.POSTaggerAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.tagger.maxent.MaxentTagger;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;

/**
 * The one place CoreNLP is called: tokens, sentences, parts of speech, lemmas, coarse named
 * entities and the basic Universal Dependencies parse. Coreference and CoreNLP's own quote
 * annotator are left out on purpose: they are slow and are what quotekit replaces. Thread-safe.
 *
 * <p>Two guards keep hostile text from costing more than its length: a run of more than {@link
 * #MAX_RUN} characters without white space is cut for the tokenizer (whose time grows with the
 * square of such a run), and a sentence of more than {@link #MAX_SENTENCE_TOKENS} tokens (text with
 * no sentence end, not prose) keeps its tokens but is not tagged, named or parsed.
 */
public final class CoreNlpAnalyzer {
  /** The longest run without white space the tokenizer sees; a longer one is cut with spaces. */
  public static final int MAX_RUN = 64;

  /** The longest sentence tagged, named and parsed; news sentences run to a few dozen tokens. */
  public static final int MAX_SENTENCE_TOKENS = 200;

  private final StanfordCoreNLP pipeline;
  private final Annotator tagger;
  private final StanfordCoreNLP ner;
  private final Lemmas lemmas = new Lemmas();
  private final GreedyParser parser;

  /** A sentence's words, lemmas and character offsets, for planning its parse. */
  public record TaggedSentence(List<String> words, List<String> lemmas, int[] starts, int[] ends) {}

  /**
   * Which tokens of a sentence the dependency parser reads: null to leave the sentence unparsed,
   * else a mask in which each run of false tokens is parsed as one placeholder word. The parse is
   * most of CoreNLP's cost; most sentences of an article neither quote nor report, and the words of
   * a long quotation play no part in who said it.
   */
  public interface ParsePlan {
    boolean[] keep(TaggedSentence sentence);

    /**
     * Which tokens of a sentence (by character offsets) the tagger need not read: null for none,
     * else a mask in which each run of true tokens is tagged as one placeholder word and the tokens
     * themselves get no tag ({@value #UNTAGGED}).
     */
    default boolean[] untagged(int[] starts, int[] ends) {
      return null;
    }

    /** Every sentence, every token. */
    ParsePlan ALL = s -> fullMask(s.words().size());
  }

  /** The tag of a token the tagger did not read (PTB's empty element). */
  public static final String UNTAGGED = "-NONE-";

  /** An analyzer with names and the parse. */
  public CoreNlpAnalyzer() {
    this(true);
  }

  /**
   * An analyzer that, with {@code full}, also names entities and parses; without, only tokenizes,
   * splits, tags and lemmatises (the parse plan is then ignored).
   */
  public CoreNlpAnalyzer(boolean full) {
    Properties p = new Properties();
    // Lemmas come from Lemmas, which remembers them; NER comes after, on chosen sentences.
    p.setProperty("annotators", "tokenize,ssplit");
    p.setProperty("tokenize.language", "en");
    // CoreNLP drops characters it cannot tokenize (U+202A and the like) either way; by default it
    // also logs a warning, which the command line would print whatever its verbosity.
    p.setProperty("tokenize.options", "untokenizable=noneDelete,quotes=latex");
    // TextLayout leaves a newline only where a paragraph, headline or dateline ends.
    p.setProperty("ssplit.newlineIsSentenceBreak", "always");
    p.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
    p.setProperty("ner.useSUTime", "false");
    p.setProperty("ner.applyNumericClassifiers", "false");
    p.setProperty("ner.applyFineGrained", "false");
    p.setProperty("ner.buildEntityMentions", "false");
    p.setProperty("pos.maxlen", Integer.toString(MAX_SENTENCE_TOKENS));
    p.setProperty("ner.maxlen", Integer.toString(MAX_SENTENCE_TOKENS));
    this.pipeline = new StanfordCoreNLP(p);
    p.setProperty("annotators", "pos");
    this.tagger = full ? new StanfordCoreNLP(p, false) : approximateTagger();
    if (full) {
      p.setProperty("annotators", "ner");
      this.ner = new StanfordCoreNLP(p, false);
    } else {
      this.ner = null;
    }
    this.parser =
        full
            ? new GreedyParser(
                DependencyParser.loadFromModelFile(
                    DependencyParser.DEFAULT_MODEL, new Properties()))
            : null;
  }

  /**
   * The fast mode's tagger: the same model, with its approximate scoring. Each word's tags are
   * scored only among those its dictionary allows, the other tags sharing one default score,
   * rather than normalised over all 50 for every history the Viterbi search tries; that halves
   * the tagger's time, three quarters of the fast mode's. It is not exact: on PolNeAR dev about 2
   * tokens in 1,000 take another tag, which moved a handful of quotes there and in train but left
   * the direct track's figures as they were. The accurate mode keeps the exact tagger, since the
   * parser and the recogniser read its tags.
   */
  private static Annotator approximateTagger() {
    Properties config = new Properties();
    config.setProperty("approximate", "true");
    return new POSTaggerAnnotator(
        new MaxentTagger(DefaultPaths.DEFAULT_POS_MODEL, config, false), MAX_SENTENCE_TOKENS, 1);
  }

  static boolean[] fullMask(int n) {
    boolean[] all = new boolean[n];
    java.util.Arrays.fill(all, true);
    return all;
  }

  /** Analyses {@code text} and parses every sentence. */
  public Doc analyze(String text) {
    return analyze(text, ParsePlan.ALL);
  }

  /** Analyses {@code text} (already laid out by TextLayout); offsets index {@code text}. */
  public Doc analyze(String text, ParsePlan plan) {
    Annotation doc = new Annotation(openingApostrophes(breakLongRuns(text)));
    pipeline.annotate(doc);
    List<CoreMap> all = doc.get(CoreAnnotations.SentencesAnnotation.class);
    tag(doc, all, plan);
    statesAsNouns(all);
    lemmas.annotate(doc.get(CoreAnnotations.TokensAnnotation.class));
    boolean[] named = name(doc, all);
    knownSurnames(all, named);
    List<CoreMap> reduced = new ArrayList<>();
    int[][] originOf = new int[all.size()][];
    for (int si = 0; si < all.size(); si++) {
      List<CoreLabel> labels = all.get(si).get(CoreAnnotations.TokensAnnotation.class);
      int n = labels.size();
      List<String> words = new ArrayList<>(n);
      List<String> lemmas = new ArrayList<>(n);
      int[] starts = new int[n];
      int[] ends = new int[n];
      for (int i = 0; i < n; i++) {
        CoreLabel l = labels.get(i);
        words.add(text.substring(l.beginPosition(), l.endPosition()));
        lemmas.add(l.lemma() == null ? l.word() : l.lemma().toLowerCase(java.util.Locale.ROOT));
        starts[i] = l.beginPosition();
        ends[i] = l.endPosition();
      }
      boolean[] keep =
          n == 0 || n > MAX_SENTENCE_TOKENS || parser == null
              ? null
              : plan.keep(new TaggedSentence(words, lemmas, starts, ends));
      if (keep == null) {
        continue;
      }
      // The parser reads a copy: kept tokens, and one placeholder for each run of dropped ones.
      List<CoreLabel> copy = new ArrayList<>();
      List<Integer> origin = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        if (!keep[i] && i > 0 && !keep[i - 1]) {
          continue;
        }
        CoreLabel c = new CoreLabel(labels.get(i));
        if (!keep[i]) {
          c.setWord("yes");
          c.setValue("yes");
          c.setLemma("yes");
          c.setTag("UH");
        }
        c.setIndex(copy.size() + 1);
        copy.add(c);
        origin.add(i);
      }
      CoreMap sentence = new edu.stanford.nlp.util.ArrayCoreMap();
      sentence.set(CoreAnnotations.TokensAnnotation.class, copy);
      sentence.set(CoreAnnotations.SentenceIndexAnnotation.class, si);
      reduced.add(sentence);
      originOf[si] = origin.stream().mapToInt(Integer::intValue).toArray();
    }
    GreedyParser.Tree[] trees = new GreedyParser.Tree[all.size()];
    for (CoreMap r : reduced) {
      trees[r.get(CoreAnnotations.SentenceIndexAnnotation.class)] = parser.parse(r);
    }
    List<Token> tokens = new ArrayList<>();
    List<Sentence> sentences = new ArrayList<>();
    for (int si = 0; si < all.size(); si++) {
      List<CoreLabel> labels = all.get(si).get(CoreAnnotations.TokensAnnotation.class);
      if (labels.isEmpty()) {
        continue;
      }
      int base = tokens.size();
      int sentenceIndex = sentences.size();
      int n = labels.size();
      int[] heads = new int[n];
      String[] rels = new String[n];
      java.util.Arrays.fill(heads, -1);
      java.util.Arrays.fill(rels, "");
      GreedyParser.Tree tree = trees[si];
      boolean parsed = tree != null && tree.heads().length > 0;
      if (parsed) {
        int[] origin = originOf[si];
        for (int k = 0; k < tree.heads().length; k++) {
          int dep = origin[k];
          int head = tree.heads()[k];
          if (head == 0) {
            rels[dep] = "root";
          } else if (head > 0) {
            heads[dep] = base + origin[head - 1];
            rels[dep] = tree.labels()[k];
          }
        }
      }
      boolean[] has = parsed ? hasReadAsIs(labels, heads, rels, base) : new boolean[n];
      for (int i = 0; i < n; i++) {
        CoreLabel l = labels.get(i);
        int start = l.beginPosition();
        int end = l.endPosition();
        String lemma = has[i] ? "have" : l.lemma() == null ? l.word() : l.lemma();
        String ner = l.ner() == null ? "O" : l.ner();
        tokens.add(
            new Token(
                base + i,
                sentenceIndex,
                start,
                end,
                text.substring(start, end),
                lemma.toLowerCase(java.util.Locale.ROOT),
                l.tag() == null ? "" : l.tag(),
                ner,
                heads[i],
                rels[i]));
      }
      sentences.add(
          new Sentence(
              sentenceIndex,
              base,
              base + n,
              labels.get(0).beginPosition(),
              labels.get(n - 1).endPosition(),
              parsed,
              named[si],
              parsed ? tree.heads().length : 0));
    }
    return new Doc(text, tokens, sentences);
  }

  /**
   * "He's said he will run": the parse reads "'s" as a passive's "is", so the speaker would be
   * the one spoken of. Before a participle that reports a clause of its own (not an infinitive,
   * "he's said to be ill"), with a subject that is not "it" ("it's said that ..."), "'s" is
   * "has": its relation becomes "aux", the subject's "nsubj". Returns which tokens were so read;
   * {@code heads} index the document, {@code base} is the sentence's first token.
   */
  static boolean[] hasReadAsIs(List<CoreLabel> labels, int[] heads, String[] rels, int base) {
    int n = labels.size();
    boolean[] has = new boolean[n];
    for (int i = 0; i + 1 < n; i++) {
      String w = labels.get(i).word();
      int h = heads[i] - base;
      if (!(w.equals("'s") || w.equals("\u2019s")) || !"aux:pass".equals(rels[i])
          || h <= i || h >= n || !"VBN".equals(labels.get(h).tag())) {
        continue;
      }
      int clause = -1;
      int subject = -1;
      boolean infinitive = false;
      for (int j = 0; j < n; j++) {
        if (heads[j] - base != h) {
          continue;
        }
        clause = rels[j].equals("ccomp") && j > h ? j : clause;
        infinitive |= rels[j].equals("xcomp");
        subject = rels[j].equals("nsubj:pass") && j < i ? j : subject;
      }
      if (clause < 0 || infinitive || subject < 0
          || labels.get(subject).word().matches("(?i)it|there|that|this|what")) {
        continue;
      }
      has[i] = true;
      rels[i] = "aux";
      rels[subject] = "nsubj";
    }
    return has;
  }

  /**
   * Tags the sentences, each as the plan trims it: a run of tokens it leaves out is read as one
   * placeholder word, and the tokens themselves are tagged {@link #UNTAGGED}.
   */
  private void tag(Annotation doc, List<CoreMap> sentences, ParsePlan plan) {
    List<List<CoreLabel>> originals = new ArrayList<>(sentences.size());
    for (CoreMap sentence : sentences) {
      List<CoreLabel> labels = sentence.get(CoreAnnotations.TokensAnnotation.class);
      originals.add(labels);
      int n = labels.size();
      if (n == 0 || n > MAX_SENTENCE_TOKENS) {
        continue;
      }
      int[] starts = new int[n];
      int[] ends = new int[n];
      for (int i = 0; i < n; i++) {
        starts[i] = labels.get(i).beginPosition();
        ends[i] = labels.get(i).endPosition();
      }
      boolean[] skip = plan.untagged(starts, ends);
      if (skip == null) {
        continue;
      }
      List<CoreLabel> read = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        if (!skip[i]) {
          read.add(labels.get(i));
        } else if (i == 0 || !skip[i - 1]) {
          CoreLabel placeholder = new CoreLabel(labels.get(i));
          placeholder.setWord("yes");
          placeholder.setValue("yes");
          read.add(placeholder);
        }
      }
      sentence.set(CoreAnnotations.TokensAnnotation.class, read);
    }
    tagger.annotate(doc);
    for (int si = 0; si < sentences.size(); si++) {
      List<CoreLabel> labels = originals.get(si);
      sentences.get(si).set(CoreAnnotations.TokensAnnotation.class, labels);
      for (CoreLabel l : labels) {
        if (l.tag() == null && labels.size() <= MAX_SENTENCE_TOKENS) {
          l.setTag(UNTAGGED);
        }
      }
    }
  }

  /**
   * Runs the named-entity recogniser over the sentences that can hold a name: those with a capital
   * letter past their first word, or a word tagged as a proper noun. The recogniser labels each
   * sentence on its own, so the others lose nothing; on the corpus and PolNeAR dev not one entity
   * token lies in a sentence left out. Returns which sentences it ran over.
   */
  private boolean[] name(Annotation doc, List<CoreMap> sentences) {
    boolean[] named = new boolean[sentences.size()];
    if (ner == null) {
      return named;
    }
    List<CoreMap> chosen = new ArrayList<>();
    List<CoreLabel> tokens = new ArrayList<>();
    for (int si = 0; si < sentences.size(); si++) {
      List<CoreLabel> labels = sentences.get(si).get(CoreAnnotations.TokensAnnotation.class);
      if (!mayHoldName(labels)) {
        continue;
      }
      named[si] = true;
      CoreMap copy = new edu.stanford.nlp.util.ArrayCoreMap(sentences.get(si));
      copy.set(CoreAnnotations.TokenBeginAnnotation.class, tokens.size());
      tokens.addAll(labels);
      copy.set(CoreAnnotations.TokenEndAnnotation.class, tokens.size());
      chosen.add(copy);
    }
    if (!chosen.isEmpty()) {
      Annotation part = new Annotation(doc.get(CoreAnnotations.TextAnnotation.class));
      part.set(CoreAnnotations.TokensAnnotation.class, tokens);
      part.set(CoreAnnotations.SentencesAnnotation.class, chosen);
      ner.annotate(part);
    }
    return named;
  }

  /**
   * "A self-described centrist, Cuban said ...": where the article names a person in full ("Mark
   * Cuban"), the surname standing alone elsewhere in it is that person, even where the tagger read
   * it as another word (an adjective of nationality, a preposition) and the recogniser followed.
   * Such a word, capitalised and not opening its sentence (or opening it before a verb in the past
   * or present tense), becomes a proper noun and a PERSON before the parse reads it. Not right
   * after a PERSON word, where it would lengthen another name ("Tom Will"); a word the tagger
   * already took for a proper noun is left as it is: "the Trump campaign" stays an organisation's
   * name.
   */
  static void knownSurnames(List<CoreMap> sentences, boolean[] named) {
    Set<String> surnames = new HashSet<>();
    for (int si = 0; si < sentences.size(); si++) {
      if (!named[si]) {
        continue;
      }
      List<CoreLabel> labels = sentences.get(si).get(CoreAnnotations.TokensAnnotation.class);
      for (int i = 1; i < labels.size(); i++) {
        boolean last = i + 1 == labels.size() || !"PERSON".equals(labels.get(i + 1).ner());
        if (last && "PERSON".equals(labels.get(i).ner()) && "PERSON".equals(labels.get(i - 1).ner())
            && labels.get(i).word().length() > 2 && capitalised(labels.get(i).word())) {
          surnames.add(labels.get(i).word());
        }
      }
    }
    if (surnames.isEmpty()) {
      return;
    }
    for (int si = 0; si < sentences.size(); si++) {
      List<CoreLabel> labels = sentences.get(si).get(CoreAnnotations.TokensAnnotation.class);
      for (int i = 0; i < labels.size(); i++) {
        CoreLabel l = labels.get(i);
        // Opening its sentence, a capital says nothing; a verb of the past or present after it
        // still does ("Early said ...").
        boolean placed = i > 0 ? !"PERSON".equals(labels.get(i - 1).ner())
            : i + 1 < labels.size() && labels.get(i + 1).tag() != null
                && labels.get(i + 1).tag().matches("VBD|VBZ");
        if (placed && surnames.contains(l.word()) && capitalised(l.word())
            && (l.ner() == null || "O".equals(l.ner()))
            && l.tag() != null && !l.tag().startsWith("NNP") && !l.tag().equals(UNTAGGED)) {
          if (!named[si]) {
            // The recogniser skipped the sentence (no capital past its first word): the others
            // of its words are no names either.
            for (CoreLabel other : labels) {
              other.setNER("O");
            }
            named[si] = true;
          }
          l.setNER("PERSON");
          l.setTag("NNP");
        }
      }
    }
  }

  /**
   * "New England states Maine, Vermont and ...", "Southern states", "50 states": the tagger may
   * read the noun "states" (or "state") as the verb. It is the noun right after a determiner, an
   * adjective, a number or a possessive, where no verb stands; before a name that opens a list
   * ("states Maine, Vermont"); and before a tensed verb, or "that" and one ("then states passed it
   * on", "the states that voted"). Elsewhere ("The lawsuit states the city failed ...") the tag
   * stands.
   */
  private static void statesAsNouns(List<CoreMap> sentences) {
    for (CoreMap sentence : sentences) {
      List<CoreLabel> labels = sentence.get(CoreAnnotations.TokensAnnotation.class);
      for (int i = 1; i + 1 < labels.size(); i++) {
        CoreLabel l = labels.get(i);
        String word = l.word().toLowerCase(java.util.Locale.ROOT);
        String tag = l.tag();
        if (!(word.equals("states") && "VBZ".equals(tag) || word.equals("state") && "VBP".equals(tag))) {
          continue;
        }
        String before = labels.get(i - 1).tag() == null ? "" : labels.get(i - 1).tag();
        boolean afterModifier = before.matches("DT|PDT|JJ|JJR|JJS|CD|PRP\\$");
        boolean beforeList = i + 2 < labels.size() && "NNP".equals(labels.get(i + 1).tag())
            && labels.get(i + 2).word().equals(",");
        // "then states passed it on", "the states that voted first": a tensed verb right
        // after it, or after "that", has it for subject.
        int k = labels.get(i + 1).word().equalsIgnoreCase("that") ? i + 2 : i + 1;
        boolean beforeVerb = k < labels.size() && labels.get(k).tag() != null
            && labels.get(k).tag().matches("VBD|VBZ|VBP|MD");
        if (afterModifier || beforeList || beforeVerb) {
          l.setTag(word.equals("states") ? "NNS" : "NN");
        }
      }
    }
  }

  private static boolean capitalised(String word) {
    return !word.isEmpty() && Character.isUpperCase(word.charAt(0));
  }

  private static boolean mayHoldName(List<CoreLabel> labels) {
    for (int i = 0; i < labels.size(); i++) {
      CoreLabel l = labels.get(i);
      if (l.tag() != null && l.tag().startsWith("NNP")) {
        return true;
      }
      if (i > 0) {
        String w = l.word();
        for (int k = 0; k < w.length(); k++) {
          if (Character.isUpperCase(w.charAt(k))) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * {@code text} with the same length, each opening mark made of two apostrophes ({@code ''} after
   * a space or at the start, before a word) written as two backquotes. The tokenizer reads
   * {@code ''} as a closing mark, so "... the port. ''Nobody did it better''" put the opening
   * mark into the sentence before; {@code ``} is its opening mark. Words are read from the
   * caller's text, so nothing else changes.
   */
  static String openingApostrophes(String text) {
    char[] out = null;
    for (int i = text.indexOf("''"); i >= 0; i = text.indexOf("''", i + 2)) {
      boolean after = i == 0 || Character.isWhitespace(text.charAt(i - 1))
          || "([{\u2014\u2013".indexOf(text.charAt(i - 1)) >= 0;
      boolean before = i + 2 < text.length() && !Character.isWhitespace(text.charAt(i + 2))
          && text.charAt(i + 2) != '\'';
      if (after && before) {
        if (out == null) {
          out = text.toCharArray();
        }
        out[i] = '`';
        out[i + 1] = '`';
      }
    }
    return out == null ? text : new String(out);
  }

  /**
   * {@code text} with the same length, a space put into every run of more than {@link #MAX_RUN}
   * characters without white space (a surrogate pair is blanked whole, never halved).
   */
  static String breakLongRuns(String text) {
    char[] out = null;
    int run = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        run = 0;
      } else if (++run > MAX_RUN && !Character.isSurrogatePair(text.charAt(i - 1), c)) {
        if (out == null) {
          out = text.toCharArray();
        }
        out[i] = ' ';
        if (i + 1 < out.length && Character.isSurrogatePair(c, out[i + 1])) {
          out[++i] = ' '; // the pair goes whole
        }
        run = 0;
      }
    }
    return out == null ? text : new String(out);
  }
}

