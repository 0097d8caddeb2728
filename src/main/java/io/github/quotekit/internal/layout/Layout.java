package io.github.quotekit.internal.layout;

import com.google.common.collect.ImmutableList;

/**
 * An article's layout: its text with the same length and offsets, but with the line breaks inside
 * paragraphs, control characters and stray lines turned into spaces, so that a newline is left
 * only where a block ends; and the blocks themselves, in order.
 */
public record Layout(String normalized, ImmutableList<Block> blocks) {

  /** The block holding character {@code c}, or the nearest block before it; null if none. */
  public Block blockAt(int c) {
    int lo = 0;
    int hi = blocks.size() - 1;
    Block found = null;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      Block b = blocks.get(mid);
      if (b.start() <= c) {
        found = b;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found;
  }
}
