package io.github.quotekit;

/** What kind of source a speaker is. */
public enum SpeakerType {
  /** A named person: "Volodymyr Zelenskiy". */
  PERSON,
  /**
   * An organisation, office or institution, or a document or finding that speaks for one: "the
   * Kremlin", "Zelenskiy's office", "the report".
   */
  ORGANIZATION,
  /** Several sources at once, a country or another collective: "France, Germany and Spain". */
  GROUP,
  /** The article does not tell, as when a speaker is read back from a record that omits it. */
  UNKNOWN
}
