package io.github.quotekit.internal.nlp;

import edu.stanford.nlp.parser.nndep.Classifier;
import edu.stanford.nlp.parser.nndep.Config;
import edu.stanford.nlp.parser.nndep.Configuration;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.parser.nndep.ParsingSystem;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.RuntimeInterruptedException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * CoreNLP's neural dependency parser ({@link DependencyParser#predict}), run over the weights of a
 * loaded model with the same arithmetic in a cheaper order, so that each tree is the same to the
 * last bit. Where CoreNLP computes each of the 83 transition scores as a dot product over the
 * 1,000 hidden units (a chain of dependent additions), this adds each unit's share to all 83 scores
 * at once; each score still sums its terms in the same order. A feature's hidden-layer share not
 * precomputed by the model is computed the same way and kept in a lock-free cache (CoreNLP's is
 * one synchronised LRU map, which two threads contend for). And the tree is read straight from the
 * parser's final configuration, with no grammatical structure or semantic graph built. Thread-safe.
 */
final class GreedyParser {
  /**
   * Feature shares kept, 4 KB each (64 MB when full): a share not precomputed is computed at its
   * first use and kept until another feature takes its slot.
   */
  private static final int CACHE_BITS = 14;

  private final DependencyParser parser;
  private final ParsingSystem system;
  private final List<String> transitions;
  private final MethodHandle features;
  /** W1 transposed: for each input (feature slot × embedding dimension), its hidden row. */
  private final float[][] w1t;
  private final float[][] embeddings;
  private final float[] b1;
  /** W2 transposed and widened: for each hidden unit, its weight towards each transition. */
  private final double[][] w2t;
  private final double[][] saved;
  /**
   * CoreNLP's map from feature index to its precomputed share in {@link #saved}, as an open
   * addressing table: keys, with -1 for an empty slot, and at the same slot the row of saved.
   */
  private final int[] preKeys;
  private final int[] preRows;
  /** Per transition: 'S'hift, 'L'eft or 'R'ight arc, and whether its label is the root's. */
  private final char[] kinds;
  private final boolean[] rootArcs;
  private final boolean singleRoot;
  private final int hidden;
  private final int embeddingSize;
  private final AtomicReferenceArray<Share> cache = new AtomicReferenceArray<>(1 << CACHE_BITS);

  private record Share(int feature, float[] values) {}

  /** One parse: the head (1-based, 0 for the root) and relation of each token. */
  record Tree(int[] heads, String[] labels) {}

  @SuppressWarnings("unchecked")
  GreedyParser(DependencyParser parser) {
    this.parser = parser;
    try {
      Field classifierField = DependencyParser.class.getDeclaredField("classifier");
      classifierField.setAccessible(true);
      Classifier classifier = (Classifier) classifierField.get(parser);
      Field systemField = DependencyParser.class.getDeclaredField("system");
      systemField.setAccessible(true);
      this.system = (ParsingSystem) systemField.get(parser);
      Field transitionsField = ParsingSystem.class.getDeclaredField("transitions");
      transitionsField.setAccessible(true);
      this.transitions = List.copyOf((List<String>) transitionsField.get(system));
      Method featureArray =
          DependencyParser.class.getDeclaredMethod("getFeatureArray", Configuration.class);
      featureArray.setAccessible(true);
      this.features = MethodHandles.lookup().unreflect(featureArray);
      Field savedField = Classifier.class.getDeclaredField("saved");
      savedField.setAccessible(true);
      this.saved = (double[][]) savedField.get(classifier);
      Field preMapField = Classifier.class.getDeclaredField("preMap");
      preMapField.setAccessible(true);
      Map<Integer, Integer> preMap = (Map<Integer, Integer>) preMapField.get(classifier);
      int size = Integer.highestOneBit(Math.max(1, preMap.size()) * 4 - 1) << 1;
      this.preKeys = new int[size];
      this.preRows = new int[size];
      java.util.Arrays.fill(preKeys, -1);
      for (Map.Entry<Integer, Integer> e : preMap.entrySet()) {
        int slot = slot(e.getKey(), size);
        while (preKeys[slot] != -1) {
          slot = (slot + 1) & (size - 1);
        }
        preKeys[slot] = e.getKey();
        preRows[slot] = e.getValue();
      }
      Field rootField = ParsingSystem.class.getDeclaredField("rootLabel");
      rootField.setAccessible(true);
      String rootLabel = (String) rootField.get(system);
      Field singleRootField = system.getClass().getDeclaredField("singleRoot");
      singleRootField.setAccessible(true);
      this.singleRoot = singleRootField.getBoolean(system);
      this.kinds = new char[transitions.size()];
      this.rootArcs = new boolean[transitions.size()];
      for (int j = 0; j < kinds.length; j++) {
        String t = transitions.get(j);
        kinds[j] = t.startsWith("L") ? 'L' : t.startsWith("R") ? 'R' : 'S';
        rootArcs[j] = kinds[j] != 'S' && t.substring(2, t.length() - 1).equals(rootLabel);
      }
      float[][] w1 = classifier.getW1();
      float[][] w2 = classifier.getW2();
      this.embeddings = classifier.getE();
      this.b1 = classifier.getb1();
      this.hidden = w1.length;
      this.embeddingSize = embeddings[0].length;
      this.w1t = new float[w1[0].length][hidden];
      for (int j = 0; j < hidden; j++) {
        for (int k = 0; k < w1[j].length; k++) {
          w1t[k][j] = w1[j][k];
        }
      }
      this.w2t = new double[hidden][w2.length];
      for (int i = 0; i < w2.length; i++) {
        for (int j = 0; j < hidden; j++) {
          w2t[j][i] = w2[i][j];
        }
      }
    } catch (ReflectiveOperationException | RuntimeException e) {
      throw new IllegalStateException("CoreNLP's dependency parser is not the expected 4.5 one", e);
    }
    if (transitions.size() != w2t[0].length) {
      throw new IllegalStateException("CoreNLP's dependency parser is not the expected 4.5 one");
    }
  }

  /** The parse of {@code sentence}, whose tokens carry words, tags and 1-based indices. */
  Tree parse(CoreMap sentence) {
    Configuration c = system.initialConfiguration(sentence);
    double[] h = new double[hidden];
    double[] scratch = new double[hidden];
    double[] scores = new double[transitions.size()];
    while (!(c.getStackSize() == 1 && c.getBufferSize() == 0)) {
      if (Thread.interrupted()) {
        throw new RuntimeInterruptedException();
      }
      score(featureArray(c), h, scratch, scores);
      double best = Double.NEGATIVE_INFINITY;
      String chosen = null;
      for (int j = 0; j < scores.length; j++) {
        if (scores[j] > best && canApply(c, j)) {
          best = scores[j];
          chosen = transitions.get(j);
        }
      }
      system.apply(c, chosen);
    }
    int n = c.getSentenceSize();
    int[] heads = new int[n];
    String[] labels = new String[n];
    boolean[] passive = new boolean[n + 1];
    for (int k = 1; k <= n; k++) {
      heads[k - 1] = c.getHead(k);
      labels[k - 1] = c.getLabel(k);
      if (heads[k - 1] >= 0 && labels[k - 1].equals("aux:pass")) {
        passive[heads[k - 1]] = true;
      }
    }
    // As CoreNLP's UniversalEnglishGrammaticalStructure.correctSubjPass does for the basic graph.
    for (int k = 0; k < n; k++) {
      if (heads[k] > 0 && passive[heads[k]]) {
        if (labels[k].equals("nsubj")) {
          labels[k] = "nsubj:pass";
        } else if (labels[k].equals("csubj")) {
          labels[k] = "csubj:pass";
        }
      }
    }
    return new Tree(heads, labels);
  }

  /**
   * CoreNLP's ArcStandard.canApply for transition {@code j}, without parsing the transition's name
   * at each call.
   */
  private boolean canApply(Configuration c, int j) {
    char kind = kinds[j];
    if (kind != 'S') {
      int h = kind == 'L' ? c.getStack(0) : c.getStack(1);
      if (h < 0 || (h == 0 && !rootArcs[j]) || (h > 0 && rootArcs[j])) {
        return false;
      }
    }
    int nStack = c.getStackSize();
    int nBuffer = c.getBufferSize();
    if (kind == 'L') {
      return nStack > 2;
    } else if (kind == 'R') {
      return singleRoot ? nStack > 2 || (nStack == 2 && nBuffer == 0) : nStack >= 2;
    }
    return nBuffer > 0;
  }

  private static int slot(int key, int size) {
    return (key * 0x9E3779B9) >>> (32 - Integer.numberOfTrailingZeros(size));
  }

  /** The row of {@link #saved} that holds feature {@code index}'s share, or -1. */
  private int precomputed(int index) {
    int size = preKeys.length;
    for (int slot = slot(index, size); ; slot = (slot + 1) & (size - 1)) {
      int key = preKeys[slot];
      if (key == index) {
        return preRows[slot];
      } else if (key == -1) {
        return -1;
      }
    }
  }

  private int[] featureArray(Configuration c) {
    try {
      return (int[]) features.invokeExact(parser, c);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException(e);
    }
  }

  /** CoreNLP's Classifier.computeScores, term for term, into {@code scores}. */
  private void score(int[] feature, double[] h, double[] scratch, double[] scores) {
    java.util.Arrays.fill(h, 0);
    int offset = 0;
    for (int j = 0; j < feature.length; j++) {
      int tok = feature[j];
      int index = tok * Config.numTokens + j;
      int pre = precomputed(index);
      if (pre >= 0) {
        double[] s = saved[pre];
        for (int i = 0; i < hidden; i++) {
          h[i] += s[i];
        }
      } else {
        float[] s = share(index, tok, offset, scratch);
        for (int i = 0; i < hidden; i++) {
          h[i] += s[i];
        }
      }
      offset += embeddingSize;
    }
    for (int i = 0; i < hidden; i++) {
      h[i] += b1[i];
      h[i] = h[i] * h[i] * h[i];
    }
    java.util.Arrays.fill(scores, 0);
    for (int j = 0; j < hidden; j++) {
      double hj = h[j];
      double[] w = w2t[j];
      for (int i = 0; i < scores.length; i++) {
        scores[i] += hj * w[i];
      }
    }
  }

  /** A feature's hidden-layer share, as CoreNLP's matrixMultiplySlice computes it. */
  private float[] share(int index, int tok, int offset, double[] acc) {
    int slot = index * 0x9E3779B9 >>> (32 - CACHE_BITS);
    Share cached = cache.get(slot);
    if (cached != null && cached.feature() == index) {
      return cached.values();
    }
    java.util.Arrays.fill(acc, 0);
    float[] e = embeddings[tok];
    for (int k = 0; k < embeddingSize; k++) {
      float ek = e[k];
      float[] w = w1t[offset + k];
      for (int i = 0; i < hidden; i++) {
        acc[i] += w[i] * ek;
      }
    }
    float[] values = new float[hidden];
    for (int i = 0; i < hidden; i++) {
      values[i] = (float) acc[i];
    }
    cache.set(slot, new Share(index, values));
    return values;
  }
}
