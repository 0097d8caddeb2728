package io.github.quotekit.internal.detect;

/**
 * A stretch of text between quotation marks: {@code [start, end)} includes the marks. A quotation
 * may run over several paragraphs; one never closed ends where its last paragraph does.
 */
public record Quotation(int start, int end, boolean closed) {

  public int length() {
    return end - start;
  }
}
