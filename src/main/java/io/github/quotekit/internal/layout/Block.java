package io.github.quotekit.internal.layout;

/** A paragraph, headline or other block: characters {@code [start, end)} of the article. */
public record Block(int index, int start, int end, BlockKind kind) {}
