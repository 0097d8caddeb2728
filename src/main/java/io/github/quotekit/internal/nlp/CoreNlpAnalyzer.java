package io.github.quotekit.internal.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * The one place CoreNLP is called: tokens, sentences, parts of speech, lemmas, coarse named
 * entities and the basic Universal Dependencies parse. Coreference and CoreNLP's own quote
 * annotator are left out on purpose: they are slow and are what quotekit replaces. Thread-safe.
 */
public final class CoreNlpAnalyzer {
  private final StanfordCoreNLP pipeline;

  public CoreNlpAnalyzer() {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse");
    p.setProperty("tokenize.language", "en");
    // TextLayout leaves a newline only where a paragraph, headline or dateline ends.
    p.setProperty("ssplit.newlineIsSentenceBreak", "always");
    p.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
    p.setProperty("ner.useSUTime", "false");
    p.setProperty("ner.applyNumericClassifiers", "false");
    p.setProperty("ner.applyFineGrained", "false");
    p.setProperty("ner.buildEntityMentions", "false");
    p.setProperty("depparse.extradependencies", "NONE");
    this.pipeline = new StanfordCoreNLP(p);
  }

  /** Analyses {@code text} (already laid out by TextLayout); offsets index {@code text}. */
  public Doc analyze(String text) {
    Annotation doc = new Annotation(text);
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
      SemanticGraph graph = s.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
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
}
