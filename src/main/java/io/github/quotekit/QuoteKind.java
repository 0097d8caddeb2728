package io.github.quotekit;

/** How a quotation is reported. */
public enum QuoteKind {
  /** The words stand in quotation marks: {@code "We will win," she said.} */
  DIRECT,
  /** Reported speech that holds quoted words: {@code She said they would "win easily".} */
  MIXED,
  /** Reported speech without quotation marks: {@code She said they would win.} */
  INDIRECT;

  /** The lower-case name used in the JSON record format. */
  public String jsonName() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
