package io.github.quotekit.internal.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.process.Morphology;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * CoreNLP's lemmatiser (its MorphaAnnotator, phrasal verbs included) with its answers remembered:
 * a lemma depends on the word and its tag alone, and news repeats its words, so most tokens need
 * no run of the Morpha lexer. Thread-safe.
 */
final class Lemmas {
  /** Enough for a news vocabulary (a few MB); past it the memory starts again empty. */
  private static final int MAX_ENTRIES = 50_000;

  /** MorphaAnnotator's particles: a tagged verb "look_up" keeps its particle. */
  private static final List<String> PARTICLES =
      List.of(
          "abroad", "across", "after", "ahead", "along", "aside", "away", "around", "back",
          "down", "forward", "in", "off", "on", "over", "out", "round", "together", "through",
          "up");

  /**
   * Verbs whose lemma takes the particle after them, as reporting verbs of their own: "pointed
   * out", and the retorts "shot back", "fired back", "hit back".
   */
  private static final Map<String, String> PARTICLE_OF =
      Map.of("point", "out", "shoot", "back", "fire", "back", "hit", "back");

  private static final java.util.regex.Pattern RETORT_FOLLOWERS =
      java.util.regex.Pattern.compile("[,:.]|that|\"|\u201c|``");

  private final Map<String, String> known = new ConcurrentHashMap<>();

  /** Sets the lemma of each token, as MorphaAnnotator would. */
  void annotate(List<CoreLabel> tokens) {
    Morphology morphology = null;
    CoreLabel verb = null;
    for (int i = 0; i < tokens.size(); i++) {
      CoreLabel token = tokens.get(i);
      if (verb != null && token.word() != null
          && token.word().equalsIgnoreCase(PARTICLE_OF.get(verb.lemma()))
          && (verb.lemma().equals("point") || retortFollows(tokens, i + 1))) {
        verb.setLemma(verb.lemma() + " " + PARTICLE_OF.get(verb.lemma()));
      }
      if (verb != null && verb.lemma().equals("put") && "it".equalsIgnoreCase(token.word())
          && i + 1 < tokens.size() && tokens.get(i + 1).word().matches("[,:.;]")) {
        verb.setLemma("put it"); // "as the mayor put it, ...": a way of saying
      }
      if (verb != null && verb.lemma().equals("make")) {
        String phrase = statedAs(tokens, i);
        if (phrase != null) {
          verb.setLemma(phrase); // "made it clear that ...": a way of saying
        }
      }
      verb = null;
      String word = token.word();
      String tag = token.tag();
      if (word == null || tag == null) {
        continue;
      }
      String key = tag + ' ' + word;
      String lemma = known.get(key);
      if (lemma == null) {
        if (morphology == null) {
          morphology = new Morphology();
        }
        lemma = lemma(morphology, word, tag);
        if (known.size() >= MAX_ENTRIES) {
          known.clear();
        }
        known.put(key, lemma);
      }
      token.setLemma(lemma);
      if (tag.startsWith("VB")
          && (PARTICLE_OF.containsKey(lemma) || lemma.equals("put") || lemma.equals("make"))) {
        verb = token;
      }
    }
  }

  /**
   * After "make" at token {@code i}: "make clear" for "(it) clear that", "make the case" and "make
   * the point" for "the case that", "the point that"; else null.
   */
  private static String statedAs(List<CoreLabel> tokens, int i) {
    int k = i;
    if (k < tokens.size() && "it".equalsIgnoreCase(tokens.get(k).word())) {
      k++;
    }
    if (k + 1 < tokens.size() && "clear".equalsIgnoreCase(tokens.get(k).word())
        && "that".equalsIgnoreCase(tokens.get(k + 1).word())) {
      return "make clear";
    }
    if (k == i && k + 2 < tokens.size() && "the".equalsIgnoreCase(tokens.get(k).word())
        && tokens.get(k + 1).word().matches("(?i)case|point")
        && "that".equalsIgnoreCase(tokens.get(k + 2).word())) {
      return "make the " + tokens.get(k + 1).word().toLowerCase(java.util.Locale.ROOT);
    }
    return null;
  }

  /** "shot back, ...", "fired back that ...": not "shot back up", a rise. */
  private static boolean retortFollows(List<CoreLabel> tokens, int next) {
    String w = next < tokens.size() ? tokens.get(next).word() : null;
    return w != null && RETORT_FOLLOWERS.matcher(w).matches();
  }

  private static String lemma(Morphology morphology, String word, String tag) {
    if (tag.isEmpty()) {
      return morphology.stem(word);
    }
    if (tag.startsWith("VB") && word.contains("_")) {
      String[] parts = word.split("_");
      if (parts.length == 2 && PARTICLES.contains(parts[1])) {
        return morphology.lemma(parts[0], tag) + '_' + parts[1];
      }
    }
    return morphology.lemma(word, tag);
  }
}
