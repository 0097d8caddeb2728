package io.github.quotekit.internal.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** GreedyParser gives CoreNLP's own basic dependencies, head for head and label for label. */
class GreedyParserTest {

  @Test
  void parsesEveryCorpusSentenceExactlyAsCoreNlpDoes() throws IOException {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos");
    p.setProperty("ssplit.newlineIsSentenceBreak", "always");
    StanfordCoreNLP tagger = new StanfordCoreNLP(p);
    DependencyParser coreNlp =
        DependencyParser.loadFromModelFile(DependencyParser.DEFAULT_MODEL, new Properties());
    GreedyParser greedy = new GreedyParser(coreNlp);
    int sentences = 0;
    try (Stream<Path> files = Files.list(Path.of("corpus"))) {
      for (Path f : files.filter(x -> x.toString().endsWith(".txt")).sorted().toList()) {
        Annotation a = new Annotation(Files.readString(f, StandardCharsets.UTF_8));
        tagger.annotate(a);
        for (CoreMap s : a.get(CoreAnnotations.SentencesAnnotation.class)) {
          List<CoreLabel> tokens = s.get(CoreAnnotations.TokensAnnotation.class);
          String[] expected = coreNlpParse(coreNlp, s, tokens.size());
          GreedyParser.Tree tree = greedy.parse(s);
          String[] actual = new String[tokens.size()];
          for (int k = 0; k < actual.length; k++) {
            int head = tree.heads()[k];
            actual[k] = head == 0 ? "root" : head + "/" + tree.labels()[k];
          }
          assertEquals(Arrays.asList(expected), Arrays.asList(actual), f + ": " + tokens);
          sentences++;
        }
      }
    }
    assertTrue(sentences > 300, sentences + " sentences");
  }

  /** What CoreNlpAnalyzer read before: predict, then the basic semantic graph. */
  private static String[] coreNlpParse(DependencyParser parser, CoreMap sentence, int n) {
    SemanticGraph graph =
        SemanticGraphFactory.makeFromTree(
            parser.predict(sentence),
            SemanticGraphFactory.Mode.BASIC,
            GrammaticalStructure.Extras.NONE,
            null);
    String[] out = new String[n];
    for (IndexedWord root : graph.getRoots()) {
      out[root.index() - 1] = "root";
    }
    for (SemanticGraphEdge e : graph.edgeIterable()) {
      out[e.getDependent().index() - 1] = e.getGovernor().index() + "/" + e.getRelation();
    }
    return out;
  }
}
