package io.github.quotekit.internal.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

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
  private final DependencyParser parser;

  public CoreNlpAnalyzer() {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
    p.setProperty("tokenize.language", "en");
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
    this.parser =
        DependencyParser.loadFromModelFile(DependencyParser.DEFAULT_MODEL, new Properties());
  }

  /** Analyses {@code text} (already laid out by TextLayout); offsets index {@code text}. */
  public Doc analyze(String text) {
    Annotation doc = new Annotation(breakLongRuns(text));
    pipeline.annotate(doc);
    List<Token> tokens = new ArrayList<>();
    List<Sentence> sentences = new ArrayList<>();
    for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
      List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
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
      SemanticGraph graph = n <= MAX_SENTENCE_TOKENS ? basicDependencies(s) : null;
      boolean parsed = graph != null && !graph.isEmpty();
      if (parsed) {
        for (IndexedWord root : graph.getRoots()) {
          rels[root.index() - 1] = "root";
        }
        for (SemanticGraphEdge e : graph.edgeIterable()) {
          int dep = e.getDependent().index() - 1;
          heads[dep] = base + e.getGovernor().index() - 1;
          rels[dep] = e.getRelation().toString();
        }
      }
      for (int i = 0; i < n; i++) {
        CoreLabel l = labels.get(i);
        int start = l.beginPosition();
        int end = l.endPosition();
        String lemma = l.lemma() == null ? l.word() : l.lemma();
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
              parsed));
    }
    return new Doc(text, tokens, sentences);
  }

  /**
   * The basic dependencies, the only graph the rules read. CoreNLP's depparse annotator builds four
   * more for each sentence (the enhanced ones are slow) and has no length limit.
   */
  private SemanticGraph basicDependencies(CoreMap sentence) {
    GrammaticalStructure parse = parser.predict(sentence);
    return SemanticGraphFactory.makeFromTree(
        parse, SemanticGraphFactory.Mode.BASIC, GrammaticalStructure.Extras.NONE, null);
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
