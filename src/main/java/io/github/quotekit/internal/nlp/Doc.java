package io.github.quotekit.internal.nlp;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** An analysed article: tokens, sentences and dependency trees, indexed for the rules. */
public final class Doc {
  private final String text;
  private final ImmutableList<Token> tokens;
  private final ImmutableList<Sentence> sentences;
  private final int[][] children;
  /** For each character, the token covering it or, between tokens, -(next token) - 1. */
  private final int[] tokenAtChar;

  public Doc(String text, List<Token> tokens, List<Sentence> sentences) {
    this.text = text;
    this.tokens = ImmutableList.copyOf(tokens);
    this.sentences = ImmutableList.copyOf(sentences);
    List<List<Integer>> kids = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      kids.add(new ArrayList<>(2));
    }
    for (Token t : tokens) {
      if (t.head() >= 0) {
        kids.get(t.head()).add(t.index());
      }
    }
    children = new int[tokens.size()][];
    for (int i = 0; i < tokens.size(); i++) {
      children[i] = kids.get(i).stream().mapToInt(Integer::intValue).toArray();
    }
    tokenAtChar = new int[text.length() + 1];
    int next = 0;
    for (int c = 0; c <= text.length(); c++) {
      while (next < tokens.size() && tokens.get(next).end() <= c) {
        next++;
      }
      if (next < tokens.size() && tokens.get(next).start() <= c) {
        tokenAtChar[c] = next;
      } else {
        tokenAtChar[c] = -next - 1;
      }
    }
  }

  public String text() {
    return text;
  }

  public ImmutableList<Token> tokens() {
    return tokens;
  }

  public Token token(int i) {
    return tokens.get(i);
  }

  public ImmutableList<Sentence> sentences() {
    return sentences;
  }

  public Sentence sentenceOf(Token t) {
    return sentences.get(t.sentence());
  }

  /** The children of token {@code i} in its dependency tree, left to right. */
  public int[] children(int i) {
    return children[i];
  }

  /** The first child of {@code i} whose relation (or its base) is {@code rel}, or -1. */
  public int child(int i, String rel) {
    for (int c : children[i]) {
      Token t = tokens.get(c);
      if (t.rel().equals(rel) || t.baseRel().equals(rel)) {
        return c;
      }
    }
    return -1;
  }

  /** The tokens under {@code i} (itself included), as a sorted array. */
  public int[] subtree(int i) {
    List<Integer> out = new ArrayList<>();
    collect(i, out);
    int[] a = out.stream().mapToInt(Integer::intValue).toArray();
    Arrays.sort(a);
    return a;
  }

  private void collect(int i, List<Integer> out) {
    out.add(i);
    for (int c : children[i]) {
      collect(c, out);
    }
  }

  /** The token covering character {@code c}, or -1. */
  public int tokenAt(int c) {
    int v = tokenAtChar[Math.min(Math.max(c, 0), text.length())];
    return v >= 0 ? v : -1;
  }

  /** The first token starting at or after character {@code c} (tokens().size() if none). */
  public int tokenFrom(int c) {
    int v = tokenAtChar[Math.min(Math.max(c, 0), text.length())];
    if (v >= 0) {
      return tokens.get(v).start() >= c ? v : v + 1;
    }
    return -v - 1;
  }

  /** The last token ending at or before character {@code c}, or -1. */
  public int tokenBefore(int c) {
    int i = tokenFrom(c) - 1;
    while (i >= 0 && tokens.get(i).end() > c) {
      i--;
    }
    return i;
  }

  /** Whether token {@code ancestor} dominates token {@code i} (or is it). */
  public boolean dominates(int ancestor, int i) {
    int guard = 0;
    while (i >= 0 && guard++ < 500) {
      if (i == ancestor) {
        return true;
      }
      i = tokens.get(i).head();
    }
    return false;
  }
}
