package io.github.quotekit.internal.layout;

/** What a block of an article is. */
public enum BlockKind {
  /** The article's title, its first short block without end punctuation. */
  HEADLINE,
  /** A line that gives only a date, a time or a place and agency. */
  DATELINE,
  /** A short title inside the article, such as an all-capitals subhead. */
  HEADING,
  /** Running text. */
  PARAGRAPH
}
