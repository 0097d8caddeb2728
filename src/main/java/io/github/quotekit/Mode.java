package io.github.quotekit;

/**
 * How much analysis the extractor runs. Figures measured on PolNeAR dev and the project's benchmark
 * (see the README); the relative cost is per article against CoreNLP's quote pipeline.
 */
public enum Mode {
  /**
   * Tags, names (CoreNLP's 3-class NER) and the dependency parse of the sentences that quote or
   * report: the speaker is the reporting verb's subject, the reported clause its complement. The
   * default. On the benchmark's corpus about 26 to 68 ms of one core per 1.8 KB article (the most
   * on a slower machine), 22 to 34 times CoreNLP's quote pipeline's throughput, models loaded in 2
   * to 6 s and 480 MB; PolNeAR dev direct-track attribution F1 83.3 (all quotes 69.2).
   */
  ACCURATE,
  /**
   * Tags only: no named-entity recogniser, no parse. Speakers are found by word order around the
   * cue (the noun phrase before the verb, or after it in "said X"), names are runs of proper nouns,
   * and a reported clause runs from the cue to the end of its sentence. Much faster, less accurate
   * on reported speech and on who speaks: the tagger runs with its approximate scoring. About 8
   * to 10 ms of one core per corpus article, 166 to 201 times CoreNLP's quote pipeline's
   * throughput, models loaded in under a second and 110 MB; PolNeAR dev direct-track attribution
   * F1 80.7 (all quotes 59.9).
   */
  FAST
}
