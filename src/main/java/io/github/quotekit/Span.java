package io.github.quotekit;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * A stretch of the caller's text: half-open UTF-16 offsets {@code [start, end)} and the characters
 * they index. Immutable and thread-safe.
 *
 * @param start the first character, inclusive
 * @param end the end, exclusive
 * @param text exactly {@code source.substring(start, end)}
 */
public record Span(int start, int end, String text) {

  public Span {
    checkArgument(start >= 0, "start must be non-negative, was %s", start);
    checkArgument(end >= start, "end (%s) must not be before start (%s)", end, start);
    checkNotNull(text, "text");
    checkArgument(
        text.length() == end - start,
        "text length %s does not match span [%s, %s)",
        text.length(),
        start,
        end);
  }

  /** The span {@code [start, end)} of {@code source}, its text taken from it. */
  public static Span of(String source, int start, int end) {
    checkNotNull(source, "source");
    checkArgument(
        start >= 0 && end >= start && end <= source.length(),
        "span [%s, %s) lies outside a text of length %s",
        start,
        end,
        source.length());
    return new Span(start, end, source.substring(start, end));
  }

  /** The number of characters the span covers. */
  public int length() {
    return end - start;
  }

  /** Whether {@code other} lies wholly inside this span. */
  public boolean contains(Span other) {
    return start <= other.start && other.end <= end;
  }
}
